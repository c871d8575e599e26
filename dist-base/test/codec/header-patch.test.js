// The per-delivery header patch (x-stream-offset, x-delivery-count, x-delay) must give
// exactly what the full decode + re-encode gave, for every shape of properties: no
// headers, the field absent, present with the same type, present with another type, and
// every other property and header kept byte for byte.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASIC_PROPERTIES, decodeHeadersTyped, decodeProperties, encodeProperties, replaceHeaders, typedToTable, } from '../../src/amqp/codec/index.js';
import { withIntHeader } from '../../src/amqp/codec/header-patch.js';
import { Rng, randomTypedTable } from './random.js';
/** The reference: decode every header, set the field, encode the table again. */
function reference(props, name, type, value) {
    const headers = decodeHeadersTyped(props) ?? {};
    delete headers[name]; // the patch appends a replaced field of another type at the end
    const had = decodeHeadersTyped(props)?.[name];
    if (had && had.type === type) {
        const kept = decodeHeadersTyped(props);
        kept[name] = { type, value };
        return replaceHeaders(props, typedToTable(kept));
    }
    headers[name] = { type, value };
    return replaceHeaders(props, typedToTable(headers));
}
function randomProps(r) {
    const p = {};
    for (const pr of BASIC_PROPERTIES) {
        if (r.bool())
            continue;
        if (pr.type === 'shortstr')
            p[pr.name] = r.shortstr();
        else if (pr.type === 'octet')
            p[pr.name] = r.int(0, 255);
        else if (pr.type === 'timestamp')
            p[pr.name] = r.int(0, 2 ** 40);
    }
    return p;
}
const NAMES = ['x-stream-offset', 'x-delivery-count', 'x-delay'];
test('withIntHeader agrees with decode + re-encode on random properties', () => {
    for (let seed = 1; seed <= 2000; seed++) {
        const r = new Rng(seed);
        const props = randomProps(r);
        const name = r.pick(NAMES);
        const type = r.bool() ? 'l' : 'I';
        if (r.bool()) {
            const headers = randomTypedTable(r, 2);
            const pick = r.int(0, 3);
            if (pick === 1)
                headers[name] = { type, value: r.int(-1000, 1000) };
            if (pick === 2)
                headers[name] = { type: 'S', value: r.string(20) };
            if (pick === 3)
                headers[name] = { type: type === 'l' ? 'I' : 'l', value: 7 };
            props.headers = typedToTable(headers);
        }
        const encoded = encodeProperties(props);
        const value = type === 'l'
            ? r.pick([0, 1, 2 ** 32 + 5, -(2 ** 40) - 3, Number.MAX_SAFE_INTEGER])
            : r.int(-(2 ** 31), 2 ** 31 - 1);
        const got = withIntHeader(encoded, name, type, value);
        assert.deepEqual(got, reference(encoded, name, type, value), `seed ${seed}`);
        // every other property is untouched
        const before = decodeProperties(encoded);
        const after = decodeProperties(got);
        delete before.headers;
        const afterHeaders = after.headers;
        delete after.headers;
        assert.deepEqual(after, before, `seed ${seed}`);
        assert.equal(Number(afterHeaders[name]), value, `seed ${seed}`);
    }
});
test('withIntHeader leaves its input alone and refuses truncated properties', () => {
    const encoded = encodeProperties({ contentType: 'text/plain', headers: { a: 1 } });
    const copy = Buffer.from(encoded);
    withIntHeader(encoded, 'x-stream-offset', 'l', 42);
    assert.deepEqual(encoded, copy);
    assert.throws(() => withIntHeader(encoded.subarray(0, encoded.length - 3), 'x-delay', 'I', 1));
    assert.throws(() => withIntHeader(Buffer.alloc(1), 'x-delay', 'I', 1));
});
//# sourceMappingURL=header-patch.test.js.map