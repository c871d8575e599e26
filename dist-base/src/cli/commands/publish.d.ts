import type { ApiOptions } from '../api-client.js';
export interface PublishOptions extends ApiOptions {
    persistent?: boolean;
    header?: string[];
}
export declare function collectHeader(value: string, previous?: string[]): string[];
export declare function publishCommand(exchange: string, routingKey: string, payload: string, opts: PublishOptions): Promise<void>;
