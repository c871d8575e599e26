export { AwsError, COMMON_ERRORS, errorInfo } from './errors.js';
export { decodeJsonInput } from './json-input.js';
export { md5Hex, md5OfBody, md5OfMessageAttributes, md5OfMessageSystemAttributes, type MessageAttributeValue, } from './md5.js';
export type { ErrorInfo, MemberRef, Operation, ScalarType, ServiceModel, Shape } from './model.js';
export { SNS_MODEL, SQS_MODEL } from './models.generated.js';
export { decodeQueryInput, type Params } from './query-input.js';
export { type AwsProtocol, DEFAULT_SERVICES, detectProtocol, type HttpRequestParts, type ParsedRequest, parseAwsRequest, type Services, } from './request.js';
export { escapeXml, type HttpResponseParts, serializeError, serializeOutput } from './response.js';
export { type Credentials, formatAmzDate, type SecretLookup, type SignedRequest, signingKey, SigningKeys, verifySigV4, type VerifyOptions, type VerifyResult, } from './sigv4.js';
