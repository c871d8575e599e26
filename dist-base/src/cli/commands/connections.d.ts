import type { ApiOptions } from '../api-client.js';
export declare function connectionsCommand(opts: ApiOptions): Promise<void>;
export declare function channelsCommand(opts: ApiOptions): Promise<void>;
