// Public surface of the SQS/SNS codec: pure, I/O-free reading of both AWS protocols into
// typed action inputs, writing outputs and errors in each, the MD5 digests the SDKs check,
// and Signature Version 4 verification. The service tables come from botocore's models.
export { AwsError, COMMON_ERRORS, errorInfo } from './errors.js';
export { decodeJsonInput } from './json-input.js';
export { md5Hex, md5OfBody, md5OfMessageAttributes, md5OfMessageSystemAttributes, } from './md5.js';
export { SNS_MODEL, SQS_MODEL } from './models.generated.js';
export { decodeQueryInput } from './query-input.js';
export { DEFAULT_SERVICES, detectProtocol, parseAwsRequest, } from './request.js';
export { escapeXml, serializeError, serializeOutput } from './response.js';
export { formatAmzDate, signingKey, SigningKeys, verifySigV4, } from './sigv4.js';
//# sourceMappingURL=index.js.map