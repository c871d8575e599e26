// The engine's one error family: every refusal the engine makes is a BrokerError with a
// protocol-neutral code and a message meant for the client. Each front maps the code to
// its own reply in one exhaustive table (a Record over BrokerErrorCode, so a new code does
// not compile until every front answers it):
//   AMQP  src/amqp/errors.ts        reply codes (404, 405, 406, 403, ...)
//   Kafka src/kafka/engine-errors.ts error codes (UNKNOWN_TOPIC_OR_PARTITION, ...)
//   SQS   src/sqs/resolve.ts        error shapes (QueueDoesNotExist, AccessDenied, ...)
//   RESP  src/resp/errors.ts        error lines (ERR ..., NOPERM ...)
//   HTTP  src/http/engine-errors.ts statuses (404, 400, 500, 503)
// The names are AMQP's (the first front), the meanings are these:
export type BrokerErrorCode =
  /** the named object (queue, exchange, stream, vhost) does not exist */
  | 'NOT_FOUND'
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

export class BrokerError extends Error {
  constructor(
    readonly code: BrokerErrorCode,
    message: string,
    /** AMQP: ends the whole connection rather than one channel */
    readonly connectionLevel = false,
  ) {
    super(message);
    this.name = 'BrokerError';
  }
}

/** Every code, for fronts' tests that walk their table. */
export const BROKER_ERROR_CODES: readonly BrokerErrorCode[] = [
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
  constructor(message: string) {
    super('PRECONDITION_FAILED', message);
    this.name = new.target.name;
  }
}

export const notFound = (what: string, name: string, vhost: string) =>
  new BrokerError('NOT_FOUND', `no ${what} '${name}' in vhost '${vhost}'`);
