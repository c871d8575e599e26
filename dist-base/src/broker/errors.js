export class BrokerError extends Error {
    code;
    connectionLevel;
    constructor(code, message, 
    /** AMQP: ends the whole connection rather than one channel */
    connectionLevel = false) {
        super(message);
        this.code = code;
        this.connectionLevel = connectionLevel;
        this.name = 'BrokerError';
    }
}
/** Every code, for fronts' tests that walk their table. */
export const BROKER_ERROR_CODES = [
    'NOT_FOUND',
    'RESOURCE_LOCKED',
    'PRECONDITION_FAILED',
    'ACCESS_REFUSED',
    'NOT_ALLOWED',
    'COMMAND_INVALID',
    'NOT_IMPLEMENTED',
    'INTERNAL_ERROR',
    'RESOURCE_ERROR',
];
/**
 * A management-side validation refusal (a policy, parameter, limit, user, permission or
 * definitions document that is not valid): PRECONDITION_FAILED, under its own class name
 * so that callers can still tell them apart.
 */
export class ValidationError extends BrokerError {
    constructor(message) {
        super('PRECONDITION_FAILED', message);
        this.name = new.target.name;
    }
}
export const notFound = (what, name, vhost) => new BrokerError('NOT_FOUND', `no ${what} '${name}' in vhost '${vhost}'`);
//# sourceMappingURL=errors.js.map