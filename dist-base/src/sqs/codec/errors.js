// The codec's one error type. `code` is the error's model name (the JSON protocol's shape
// name: QueueDoesNotExist) or, for errors no model lists, its common name (MissingParameter,
// SignatureDoesNotMatch, ...). The response writers look up the query code, HTTP status and
// fault side from the model, so a front raises `new AwsError('QueueDoesNotExist', message)`
// and each protocol answers in its own shape.
export class AwsError extends Error {
    code;
    name = 'AwsError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
/**
 * Errors every AWS query service can answer that the service models do not list
 * (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/CommonErrors.html),
 * with the status SQS documents for each; the JSON protocol names them the same.
 */
export const COMMON_ERRORS = Object.freeze({
    AccessDenied: { queryCode: 'AccessDenied', httpStatus: 403, senderFault: true },
    IncompleteSignature: { queryCode: 'IncompleteSignature', httpStatus: 400, senderFault: true },
    InternalFailure: { queryCode: 'InternalFailure', httpStatus: 500, senderFault: false },
    InvalidAction: { queryCode: 'InvalidAction', httpStatus: 400, senderFault: true },
    InvalidClientTokenId: { queryCode: 'InvalidClientTokenId', httpStatus: 403, senderFault: true },
    InvalidParameterCombination: {
        queryCode: 'InvalidParameterCombination',
        httpStatus: 400,
        senderFault: true,
    },
    InvalidParameterValue: { queryCode: 'InvalidParameterValue', httpStatus: 400, senderFault: true },
    InvalidQueryParameter: { queryCode: 'InvalidQueryParameter', httpStatus: 400, senderFault: true },
    MalformedQueryString: { queryCode: 'MalformedQueryString', httpStatus: 404, senderFault: true },
    MissingAction: { queryCode: 'MissingAction', httpStatus: 400, senderFault: true },
    MissingAuthenticationToken: { queryCode: 'MissingAuthenticationToken', httpStatus: 403, senderFault: true },
    MissingParameter: { queryCode: 'MissingParameter', httpStatus: 400, senderFault: true },
    NotAuthorized: { queryCode: 'NotAuthorized', httpStatus: 400, senderFault: true },
    OptInRequired: { queryCode: 'OptInRequired', httpStatus: 403, senderFault: true },
    RequestExpired: { queryCode: 'RequestExpired', httpStatus: 400, senderFault: true },
    ServiceUnavailable: { queryCode: 'ServiceUnavailable', httpStatus: 503, senderFault: false },
    SignatureDoesNotMatch: { queryCode: 'SignatureDoesNotMatch', httpStatus: 403, senderFault: true },
    ThrottlingException: { queryCode: 'ThrottlingException', httpStatus: 400, senderFault: true },
    ValidationError: { queryCode: 'ValidationError', httpStatus: 400, senderFault: true },
    // The JSON protocol's own refusals of a body it cannot read or a target it does not know.
    SerializationException: { queryCode: 'SerializationException', httpStatus: 400, senderFault: true },
    UnknownOperationException: { queryCode: 'UnknownOperationException', httpStatus: 400, senderFault: true },
});
/** Query code, HTTP status and fault side of an error; unknown codes are a sender's 400. */
export function errorInfo(model, code) {
    return model.errors[code] ?? COMMON_ERRORS[code] ?? { queryCode: code, httpStatus: 400, senderFault: true };
}
//# sourceMappingURL=errors.js.map