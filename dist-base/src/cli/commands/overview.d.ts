import type { ApiOptions } from '../api-client.js';
export declare function overviewCommand(opts: ApiOptions): Promise<void>;
