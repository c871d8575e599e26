import { type ApiOptions } from '../api-client.js';
export interface TopicOptions extends ApiOptions {
    partitions?: number;
    config?: string[];
    deleteConfig?: string[];
}
/** Collects repeated `--config k=v`. */
export declare function collectConfig(value: string, prev?: string[]): string[];
export declare function topicsListCommand(opts: ApiOptions): Promise<void>;
export declare function topicDescribeCommand(name: string, opts: ApiOptions): Promise<void>;
export declare function topicCreateCommand(name: string, opts: TopicOptions): Promise<void>;
export declare function topicAlterCommand(name: string, opts: TopicOptions): Promise<void>;
export declare function topicDeleteCommand(name: string, opts: ApiOptions): Promise<void>;
