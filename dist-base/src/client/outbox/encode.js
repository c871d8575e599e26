// Encoding happens in add(), inside the application's transaction: a payload that cannot
// be serialised fails the business transaction instead of poisoning the relay later,
// and the row holds exactly the bytes that go on the wire, so every republish of a row
// is identical. The rules match the client's publish: Buffers as they are, strings as
// UTF-8 text, everything else as JSON.
import { randomUUID } from 'node:crypto';
import { encodeBody } from '../envelope.js';
export function encodeMessage(message) {
    const { exchange, routingKey, payload, options = {} } = message;
    if (typeof exchange !== 'string')
        throw new TypeError('outbox: exchange must be a string');
    if (typeof routingKey !== 'string')
        throw new TypeError('outbox: routingKey must be a string');
    const { messageId = randomUUID(), contentType, ...rest } = options;
    if (typeof messageId !== 'string' || messageId === '') {
        throw new TypeError('outbox: messageId must be a non-empty string');
    }
    // Stored as JSON, so headers must survive JSON unchanged (a Buffer or Date would not).
    if (rest.headers !== undefined)
        assertJson(rest.headers, 'headers');
    const stored = rest;
    return {
        messageId,
        exchange,
        routingKey,
        ...encodeBody(payload, contentType),
        options: JSON.stringify(stored),
    };
}
function assertJson(value, path) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean')
        return;
    if (typeof value === 'number' && Number.isFinite(value))
        return;
    if (Array.isArray(value)) {
        value.forEach((v, i) => assertJson(v, `${path}[${i}]`));
        return;
    }
    const proto = typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
    if (proto === Object.prototype || proto === null) {
        for (const [k, v] of Object.entries(value))
            assertJson(v, `${path}.${k}`);
        return;
    }
    throw new TypeError(`outbox: ${path} is not a JSON value (strings, finite numbers, booleans, null, arrays, objects)`);
}
//# sourceMappingURL=encode.js.map