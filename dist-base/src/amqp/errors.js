// The one error type the AMQP session layer throws. It is caught at a single boundary
// (Connection.onMethod and friends), which sends channel.close or connection.close.
import { BrokerError } from '../broker/index.js';
export class AmqpError extends Error {
    replyCode;
    text;
    connectionLevel;
    classId;
    methodId;
    constructor(replyCode, text, connectionLevel, classId = 0, methodId = 0) {
        super(text);
        this.replyCode = replyCode;
        this.text = text;
        this.connectionLevel = connectionLevel;
        this.classId = classId;
        this.methodId = methodId;
        this.name = 'AmqpError';
    }
}
/** The engine's error codes (src/broker/errors.ts) as AMQP reply codes: every one is mapped. */
const ENGINE_CODES = {
    NOT_FOUND: [404, 'NOT_FOUND'],
    RESOURCE_LOCKED: [405, 'RESOURCE_LOCKED'],
    PRECONDITION_FAILED: [406, 'PRECONDITION_FAILED'],
    ACCESS_REFUSED: [403, 'ACCESS_REFUSED'],
    NOT_ALLOWED: [530, 'NOT_ALLOWED'],
    COMMAND_INVALID: [503, 'COMMAND_INVALID'],
    NOT_IMPLEMENTED: [540, 'NOT_IMPLEMENTED'],
    INTERNAL_ERROR: [541, 'INTERNAL_ERROR'],
    RESOURCE_ERROR: [506, 'RESOURCE_ERROR'],
};
/** The engine's codes and the session layer's own (framing and sequencing errors). */
const CODES = {
    ...ENGINE_CODES,
    FRAME_ERROR: [501, 'FRAME_ERROR'],
    SYNTAX_ERROR: [502, 'SYNTAX_ERROR'],
    UNEXPECTED_FRAME: [505, 'UNEXPECTED_FRAME'],
    CHANNEL_ERROR: [504, 'CHANNEL_ERROR'],
};
// Hard errors always close the connection (AMQP 0-9-1 spec, "class": "hard-error").
const HARD = new Set([320, 402, 501, 502, 503, 504, 505, 506, 530, 540, 541]);
/** RabbitMQ's reply text convention: "NOT_FOUND - no queue 'q' in vhost '/'". */
export function amqpError(code, message, forceConnection = false) {
    const [n, name] = CODES[code];
    return new AmqpError(n, `${name} - ${message}`, forceConnection || HARD.has(n));
}
export function fromBroker(err) {
    const [n, name] = ENGINE_CODES[err.code];
    return new AmqpError(n, `${name} - ${err.message}`, err.connectionLevel || HARD.has(n));
}
/** Anything thrown while handling a method becomes an AmqpError (unexpected ones: 541). */
export function toAmqpError(err) {
    if (err instanceof AmqpError)
        return err;
    if (err instanceof BrokerError)
        return fromBroker(err);
    return amqpError('INTERNAL_ERROR', err?.message ?? String(err));
}
//# sourceMappingURL=errors.js.map