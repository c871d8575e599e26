export type BrokerErrorCode = 
/** the named object (queue, exchange, stream, vhost) does not exist */
'NOT_FOUND'
/** the object is held by another session (an exclusive queue of another connection) */
 | 'RESOURCE_LOCKED'
/** the request conflicts with the object's state or is not valid for it (redeclared differently, in use, bad argument) */
 | 'PRECONDITION_FAILED'
/** the user may not do this to this object */
 | 'ACCESS_REFUSED'
/** the user may not use this vhost, or the session may not do this at all */
 | 'NOT_ALLOWED'
/** the request names something that cannot be (an unknown exchange type) */
 | 'COMMAND_INVALID'
/** this kind of object does not support the operation (basic.get on a stream) */
 | 'NOT_IMPLEMENTED'
/** the broker failed, not the request (a definitions write, a sync that failed) */
 | 'INTERNAL_ERROR'
/** refused for want of a resource (disk space, file descriptors): may succeed later */
 | 'RESOURCE_ERROR';
export declare class BrokerError extends Error {
    readonly code: BrokerErrorCode;
    /** AMQP: ends the whole connection rather than one channel */
    readonly connectionLevel: boolean;
    constructor(code: BrokerErrorCode, message: string, 
    /** AMQP: ends the whole connection rather than one channel */
    connectionLevel?: boolean);
}
/** Every code, for fronts' tests that walk their table. */
export declare const BROKER_ERROR_CODES: readonly BrokerErrorCode[];
/**
 * A management-side validation refusal (a policy, parameter, limit, user, permission or
 * definitions document that is not valid): PRECONDITION_FAILED, under its own class name
 * so that callers can still tell them apart.
 */
export declare class ValidationError extends BrokerError {
    constructor(message: string);
}
export declare const notFound: (what: string, name: string, vhost: string) => BrokerError;
