// The SDK's shared contract: what a message looks like to application code, what a
// publisher and a dedup store must offer. The client core, the stores and the outbox
// are written against these types only, so each can be used (and tested) on its own.
// Nothing here knows about a particular AMQP library or about the Wharf broker.
/** Envelope header names the SDK writes and reads (RabbitMQ-safe `x-` names). */
export const HEADER = {
    schemaVersion: 'x-schema-version',
    attempt: 'x-attempt',
    failureReason: 'x-failure-reason',
    failureMessage: 'x-failure-message',
    originalQueue: 'x-original-queue',
    traceparent: 'traceparent',
    tracestate: 'tracestate',
};
/** Thrown (or returned via `permanent()`) by a handler: no retry, straight to the dead-letter queue. */
export class PermanentError extends Error {
    name = 'PermanentError';
}
/**
 * Raised by `publish` when the broker nacks or returns the message, when the channel
 * or client closes before the confirm, or (`timeout`) when no confirm came in time.
 */
export class PublishError extends Error {
    reason;
    name = 'PublishError';
    constructor(message, reason) {
        super(message);
        this.reason = reason;
    }
}
//# sourceMappingURL=types.js.map