import type { ApiOptions } from '../api-client.js';
export interface CreateKeyOptions extends ApiOptions {
    key?: string;
    secret?: string;
}
export declare function sqsKeysListCommand(opts: ApiOptions): Promise<void>;
export declare function sqsKeysCreateCommand(user: string, opts: CreateKeyOptions): Promise<void>;
export declare function sqsKeysDeleteCommand(key: string, opts: ApiOptions): Promise<void>;
