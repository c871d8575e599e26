// Choreography sagas, kept small: each participant declares which event types it
// handles and what it emits next, a compensation included (order → payment → inventory;
// on failure the refund and the cancellation are just more events). There is no
// coordinator and no saga state here: each step is an ordinary consumer handler, and
// whatever state a participant needs lives in its own database.
//
// Every event of one saga instance carries the same correlation id. An emitted event's
// message id is derived from the triggering event's id, so a redelivered trigger that
// runs its step again re-emits the same ids, which the next participant's DedupStore
// drops: steps may be retried without emitting twice.
import { createHash, randomUUID } from 'node:crypto';
export function defineSaga(options) {
    const { publisher, exchange, steps } = options;
    const send = (type, payload, correlationId, messageId, extra) => publisher.publish(exchange, type, payload, { ...extra, type, correlationId, messageId });
    return {
        handles: Object.keys(steps),
        async handle(envelope) {
            const type = envelope.type ?? envelope.routingKey;
            const step = Object.hasOwn(steps, type) ? steps[type] : undefined;
            if (!step)
                return;
            const correlationId = envelope.correlationId ?? envelope.id;
            let seq = 0;
            const context = {
                correlationId,
                emit: (next, payload, extra) => send(next, payload, correlationId, derivedId(envelope.id, next, seq++), extra),
            };
            await step(envelope, context);
        },
        async start(type, payload, startOptions = {}) {
            const { correlationId, ...extra } = startOptions;
            const messageId = randomUUID();
            const id = correlationId ?? messageId;
            await send(type, payload, id, messageId, extra);
            return id;
        },
    };
}
/** A UUID-shaped id that is the same every time the same trigger emits the same event. */
function derivedId(triggerId, type, seq) {
    const h = createHash('sha256').update(`${triggerId}\0${type}\0${seq}`).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
//# sourceMappingURL=saga.js.map