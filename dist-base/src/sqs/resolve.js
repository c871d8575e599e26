// Finding the engine queue a request names (QueueUrl, or the path it was posted to), with
// the caller's permission checked, and turning engine errors into SQS's.
import { AccessRefused, BrokerError, StreamQueue, } from '../broker/index.js';
import { AwsError } from './codec/index.js';
import { nonExistent } from './sqs-queues.js';
export function queueUrlOf(ctx) {
    const url = ctx.input.QueueUrl;
    if (typeof url === 'string' && url !== '')
        return url;
    // some clients post to the queue URL itself without a QueueUrl parameter
    if (ctx.path !== '/' && ctx.path !== '')
        return ctx.path;
    throw new AwsError('MissingParameter', 'The request must contain the parameter QueueUrl.');
}
/** The queue named by the request, after checking `permission` on it. */
export function resolveQueue(ctx, permission, url = queueUrlOf(ctx)) {
    const { vhost: vhostName, name } = ctx.front.queues.parseUrl(url);
    return resolveByName(ctx, vhostName, name, permission);
}
export function resolveByName(ctx, vhostName, name, permission) {
    let vhost;
    let access;
    try {
        ({ vhost, access } = ctx.vhost(vhostName));
    }
    catch (err) {
        if (err instanceof BrokerError && err.code === 'NOT_ALLOWED' && !ctx.front.broker.vhost(vhostName)) {
            throw nonExistent();
        }
        throw err;
    }
    const q = vhost.queues.get(name);
    if (!q || !servedBySqs(q))
        throw nonExistent();
    if (permission)
        access.check(permission, 'queue', name);
    return { q, vhost, access, vhostName, name };
}
/**
 * Queues SQS sees: not deleted, not an exclusive AMQP queue of another connection, and not a stream (a Kafka
 * topic, a Redis key or an AMQP stream queue: SQS does not serve streams, docs/protocols.md).
 */
export function servedBySqs(q) {
    return !q.deleted && !q.options.exclusive && !(q instanceof StreamQueue);
}
/**
 * The engine's error family (src/broker/errors.ts) as SQS error codes: one exhaustive table, so a
 * new engine code does not compile until SQS answers it. SNS renames them (server.ts, snsError).
 */
const ENGINE_CODES = {
    NOT_FOUND: 'QueueDoesNotExist',
    // an exclusive AMQP queue of another connection: SQS does not see it (resolveByName)
    RESOURCE_LOCKED: 'QueueDoesNotExist',
    PRECONDITION_FAILED: 'InvalidParameterValue',
    ACCESS_REFUSED: 'AccessDenied',
    NOT_ALLOWED: 'AccessDenied',
    COMMAND_INVALID: 'InvalidParameterValue',
    NOT_IMPLEMENTED: 'UnsupportedOperation',
    INTERNAL_ERROR: 'InternalFailure',
    RESOURCE_ERROR: 'ServiceUnavailable',
};
/** An engine error in SQS's terms. */
export function toAwsError(err) {
    if (err instanceof AwsError)
        return err;
    if (err instanceof AccessRefused)
        return new AwsError('AccessDenied', err.message);
    if (err instanceof BrokerError) {
        const code = ENGINE_CODES[err.code];
        return code === 'QueueDoesNotExist' ? nonExistent() : new AwsError(code, err.message);
    }
    return new AwsError('InternalFailure', err?.message ?? String(err));
}
//# sourceMappingURL=resolve.js.map