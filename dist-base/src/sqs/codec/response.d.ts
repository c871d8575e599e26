import { AwsError } from './errors.js';
import type { ServiceModel } from './model.js';
import type { AwsProtocol } from './request.js';
export interface HttpResponseParts {
    status: number;
    headers: Record<string, string>;
    body: Buffer;
}
export declare function serializeOutput(protocol: AwsProtocol, model: ServiceModel, action: string, output: Record<string, unknown>, requestId: string): HttpResponseParts;
export declare function serializeError(protocol: AwsProtocol, model: ServiceModel, error: AwsError, requestId: string): HttpResponseParts;
/** XML text: markup characters escaped, and CR kept as a reference (a parser would fold it). */
export declare function escapeXml(s: string): string;
