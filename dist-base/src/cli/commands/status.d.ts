import { type ApiOptions } from '../api-client.js';
export declare function statusCommand(opts: ApiOptions): Promise<void>;
