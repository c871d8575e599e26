import { decodeHeadersTyped, decodeProperties, encodeProperties, typedToTable, } from './codec/index.js';
import { withIntHeader } from './codec/header-patch.js';
const str = (value) => ({ type: 'S', value });
export function deadLetteredProperties(properties, record) {
    const props = decodeProperties(properties);
    const headers = decodeHeadersTyped(properties) ?? {};
    const previous = headers['x-death'];
    const stored = previous?.type === 'A' ? previous.value : [];
    const history = record({
        entries: stored.map(readEntry),
        hasFirstDeath: headers['x-first-death-reason'] !== undefined,
        expiration: props.expiration,
    });
    headers['x-death'] = { type: 'A', value: history.entries.map(writeEntry) };
    if (history.first) {
        headers['x-first-death-reason'] = str(history.first.reason);
        headers['x-first-death-queue'] = str(history.first.queue);
        headers['x-first-death-exchange'] = str(history.first.exchange);
    }
    headers['x-last-death-reason'] = str(history.last.reason);
    headers['x-last-death-queue'] = str(history.last.queue);
    headers['x-last-death-exchange'] = str(history.last.exchange);
    // RabbitMQ drops the expiration of every dead-lettered copy so it cannot expire again
    props.expiration = undefined;
    props.headers = typedToTable(headers);
    return { properties: encodeProperties(props), history };
}
function readEntry(e) {
    if (e.type !== 'F')
        return { queue: undefined, reason: undefined, count: 0, stored: e };
    return {
        queue: fieldString(e.value.queue),
        reason: fieldString(e.value.reason),
        count: countOf(e.value),
        stored: e,
    };
}
function writeEntry(e) {
    const stored = e.stored;
    if (stored) {
        // as it was, with its count's own type, unless the count grew (then a long, as RabbitMQ)
        if (stored.type !== 'F' || countOf(stored.value) === e.count)
            return stored;
        return { type: 'F', value: { ...stored.value, count: { type: 'l', value: e.count } } };
    }
    const d = e.death;
    const entry = {
        count: { type: 'l', value: e.count },
        reason: str(d.reason),
        queue: str(d.queue),
        time: { type: 'T', value: Math.floor(d.time / 1000) },
        exchange: str(d.exchange),
        'routing-keys': { type: 'A', value: d.routingKeys.map(str) },
    };
    if (e.originalExpiration !== undefined)
        entry['original-expiration'] = str(e.originalExpiration);
    return { type: 'F', value: entry };
}
function countOf(entry) {
    const count = entry.count;
    return count && typeof count.value !== 'object' ? Number(count.value) || 0 : 0;
}
function fieldString(f) {
    if (!f || f.type !== 'S')
        return undefined;
    return typeof f.value === 'string' ? f.value : f.value.toString('utf8');
}
/** Sets header x-delivery-count (a long, as RabbitMQ's quorum queues write it). */
export function withDeliveryCount(properties, count) {
    return withIntHeader(properties, 'x-delivery-count', 'l', count);
}
/** x-delay becomes -delay (a signed int) once the delayed-message exchange releases it. */
export function withDelayReleased(properties, delay) {
    return withIntHeader(properties, 'x-delay', 'I', -delay);
}
/** x-stream-offset (a long) on a delivery from a stream. */
export function withStreamOffset(properties, offset) {
    return withIntHeader(properties, 'x-stream-offset', 'l', offset);
}
//# sourceMappingURL=header-rewrites.js.map