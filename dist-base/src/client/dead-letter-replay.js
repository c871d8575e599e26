// Moving dead letters back to work from code, as `wharf dlq replay` does on the broker:
// each message is taken unacked from the dead-letter queue, published again with a
// confirm, and only then acked, so a crash in between leaves a duplicate at worst (the
// message id is kept, for the consumer's dedup store), never a loss. Over plain AMQP,
// so it works on RabbitMQ too. Where a message goes: the queue named by the SDK's
// `x-original-queue` header, else the queue of its first `x-death` entry (the broker's
// own dead-lettering), else `target` when given; a message with nowhere to go stays.
import { randomUUID } from 'node:crypto';
import { republishProperties, toEnvelope } from './envelope.js';
import { asError } from './errors.js';
import { HEADER } from './types.js';
/** Headers the SDK adds when it dead-letters: dropped, so the replayed message starts afresh. */
const FAILURE_HEADERS = [HEADER.failureReason, HEADER.failureMessage, HEADER.originalQueue, HEADER.attempt];
function sourceOf(msg) {
    const headers = (msg.properties.headers ?? {});
    const original = headers[HEADER.originalQueue];
    if (original !== undefined && original !== null && String(original) !== '')
        return String(original);
    const deaths = headers['x-death'];
    if (Array.isArray(deaths) && deaths.length > 0) {
        const q = deaths[0]?.queue;
        if (q !== undefined && q !== null)
            return Buffer.isBuffer(q) ? q.toString() : String(q);
    }
    return undefined;
}
export async function replayDeadLetters(ch, publisher, queue, options = {}) {
    const result = { moved: 0, skipped: 0, errors: [] };
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const intervalMs = options.rate && options.rate > 0 ? 1000 / options.rate : 0;
    // Only what is there now: messages left unacked are requeued when the channel closes,
    // and a busy queue would otherwise never end the replay.
    const { messageCount } = await ch.checkQueue(queue);
    const started = Date.now();
    for (let seen = 0; seen < messageCount && result.moved < limit; seen++) {
        const msg = await ch.get(queue, { noAck: false });
        if (msg === false)
            break;
        const source = sourceOf(msg);
        const to = source !== undefined ? { exchange: '', routingKey: source } : options.target;
        let wanted = to !== undefined;
        if (wanted && options.filter) {
            try {
                wanted = await options.filter(toEnvelope(msg));
            }
            catch {
                wanted = false; // a body the filter cannot read is left for a person to look at
            }
        }
        if (!wanted || !to) {
            result.skipped++; // stays unacked until the channel closes, then back in the queue
            continue;
        }
        if (intervalMs > 0) {
            const due = started + result.moved * intervalMs;
            if (due > Date.now())
                await new Promise((r) => setTimeout(r, due - Date.now()));
        }
        const props = republishProperties(msg, {});
        for (const h of FAILURE_HEADERS)
            delete props.headers[h];
        const withId = { ...props, messageId: props.messageId ?? randomUUID() };
        try {
            await publisher.send(to.exchange, to.routingKey, msg.content, withId);
        }
        catch (err) {
            result.skipped++;
            if (result.errors.length < 100)
                result.errors.push(`${withId.messageId} -> '${to.routingKey}': ${asError(err).message}`);
            continue;
        }
        ch.ack(msg); // confirmed in its queue: only now out of the dead-letter queue
        result.moved++;
    }
    return result;
}
//# sourceMappingURL=dead-letter-replay.js.map