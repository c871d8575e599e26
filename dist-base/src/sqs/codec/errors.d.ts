import type { ErrorInfo, ServiceModel } from './model.js';
export declare class AwsError extends Error {
    readonly code: string;
    name: string;
    constructor(code: string, message: string);
}
/**
 * Errors every AWS query service can answer that the service models do not list
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/CommonErrors.html),
 * with the status SQS documents for each; the JSON protocol names them the same.
 */
export declare const COMMON_ERRORS: Readonly<Record<string, ErrorInfo>>;
/** Query code, HTTP status and fault side of an error; unknown codes are a sender's 400. */
export declare function errorInfo(model: ServiceModel, code: string): ErrorInfo;
