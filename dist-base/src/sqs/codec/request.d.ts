import { AwsError } from './errors.js';
import type { ServiceModel } from './model.js';
export type AwsProtocol = 'query' | 'json';
export interface HttpRequestParts {
    method: string;
    /** Path and query string as received (`/123/queue?Action=...`). */
    url: string;
    /** Lower-case header names, as Node gives them. */
    headers: Readonly<Record<string, string | string[] | undefined>>;
    body: Buffer;
}
export interface Services {
    sqs: ServiceModel;
    sns?: ServiceModel;
}
export declare const DEFAULT_SERVICES: Services;
export type ParsedRequest = {
    ok: true;
    protocol: AwsProtocol;
    service: 'sqs' | 'sns';
    model: ServiceModel;
    action: string;
    input: Record<string, unknown>;
} | {
    ok: false;
    protocol: AwsProtocol;
    service: 'sqs' | 'sns';
    model: ServiceModel;
    error: AwsError;
};
export declare function header(parts: HttpRequestParts, name: string): string | undefined;
export declare function detectProtocol(parts: HttpRequestParts): AwsProtocol;
export declare function parseAwsRequest(parts: HttpRequestParts, services?: Services): ParsedRequest;
