import { type ApiOptions } from '../api-client.js';
import { type ProgressOptions } from './progress.js';
export interface CreateOptions extends ApiOptions, ProgressOptions {
    srcUri: string;
    srcQueue?: string;
    srcExchange?: string;
    srcExchangeKey?: string;
    destUri: string;
    destQueue?: string;
    destExchange?: string;
    destExchangeKey?: string;
    ackMode?: string;
    deleteAfter?: string;
    prefetch?: number;
    reconnectDelay?: number;
    maxRate?: number;
    addForwardHeaders?: boolean;
    addTimestampHeader?: boolean;
    srcPredeclared?: boolean;
    destPredeclared?: boolean;
    wait?: boolean;
}
/** The shovel's definition (the parameter's value) from the options, RabbitMQ's key names. */
export declare function shovelValue(o: CreateOptions): Record<string, unknown>;
export declare function shovelListCommand(opts: ApiOptions): Promise<void>;
export declare function shovelStatusCommand(name: string, opts: ApiOptions): Promise<void>;
export declare function shovelCreateCommand(name: string, opts: CreateOptions): Promise<void>;
export declare function shovelDeleteCommand(name: string, opts: ApiOptions): Promise<void>;
export declare function shovelRestartCommand(name: string, opts: ApiOptions): Promise<void>;
