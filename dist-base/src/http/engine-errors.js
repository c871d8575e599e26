const NOT_FOUND_BODY = { error: 'Object Not Found', reason: 'Not Found' };
const ENGINE_ANSWERS = {
    NOT_FOUND: [404, 'Object Not Found'],
    RESOURCE_LOCKED: [400, 'bad_request'],
    PRECONDITION_FAILED: [400, 'bad_request'],
    ACCESS_REFUSED: [400, 'bad_request'],
    NOT_ALLOWED: [400, 'bad_request'],
    COMMAND_INVALID: [400, 'bad_request'],
    NOT_IMPLEMENTED: [400, 'bad_request'],
    INTERNAL_ERROR: [500, 'internal_error'],
    RESOURCE_ERROR: [503, 'service_unavailable'],
};
/** The status and JSON body an engine refusal is answered with. */
export function httpAnswerOf(err) {
    const [status, error] = ENGINE_ANSWERS[err.code];
    if (err.code === 'NOT_FOUND')
        return { status, body: NOT_FOUND_BODY };
    return { status, body: { error, reason: err.message } };
}
//# sourceMappingURL=engine-errors.js.map