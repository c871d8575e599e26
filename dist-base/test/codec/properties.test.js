import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASIC_PROPERTIES, decodeHeadersTyped, decodeProperties, decodeTable, encodeProperties, newPropertySummary, readPropertySummary, replaceHeaders, Typed, typedToTable, } from '../../src/amqp/codec/index.js';
import { amqplibDefs } from './amqplib-defs.js';
import { Rng, randomTypedTable } from './random.js';
function randomProps(r, all) {
    const p = {};
    for (const pr of BASIC_PROPERTIES) {
        if (!all && r.bool())
            continue;
        if (pr.type === 'shortstr')
            p[pr.name] = r.shortstr();
        else if (pr.type === 'octet')
            p[pr.name] = r.int(0, 255);
        else if (pr.type === 'timestamp')
            p[pr.name] = r.u64();
        else
            p[pr.name] = { a: r.string(10), n: r.int(-1000, 1000), nested: { ok: r.bool() } };
    }
    return p;
}
test('all 14 properties exist with spec flag bits', () => {
    assert.equal(BASIC_PROPERTIES.length, 14);
    assert.equal(BASIC_PROPERTIES[0].name, 'contentType');
    assert.equal(BASIC_PROPERTIES[0].flag, 0x8000);
    assert.equal(BASIC_PROPERTIES[13].name, 'clusterId');
    assert.equal(BASIC_PROPERTIES[13].flag, 0x0004);
});
test('random property sets round-trip, and summaries agree with full decodes', () => {
    const summary = newPropertySummary();
    for (let seed = 1; seed <= 300; seed++) {
        const r = new Rng(seed);
        const props = randomProps(r, seed % 3 === 0);
        const bytes = encodeProperties(props);
        const back = decodeProperties(bytes);
        assert.deepEqual(back, props, `seed ${seed}`);
        readPropertySummary(bytes, summary);
        assert.equal(summary.deliveryMode, props.deliveryMode ?? 0);
        assert.equal(summary.priority, props.priority ?? 0);
        assert.equal(summary.expiration, props.expiration);
        if (props.headers) {
            assert.deepEqual(decodeTable(bytes, summary.headersOffset, summary.headersLength), props.headers);
        }
        else
            assert.equal(summary.headersOffset, -1);
    }
});
test('encoding matches amqplib byte for byte', () => {
    for (let seed = 1; seed <= 100; seed++) {
        const r = new Rng(seed);
        const props = randomProps(r, false);
        if (props.headers)
            props.headers = { a: r.string(10), b: 'c' }; // amqplib infers numbers differently
        const frame = amqplibDefs.encodeProperties(60, 1, 0, props);
        assert.deepEqual(encodeProperties(props), frame.subarray(7 + 12, frame.length - 1), `seed ${seed}`);
    }
});
test('empty properties are just a zero flags word', () => {
    assert.deepEqual(encodeProperties({}), Buffer.from([0, 0]));
    assert.deepEqual(decodeProperties(Buffer.from([0, 0])), {});
});
test('replaceHeaders keeps every other byte, and re-encoding typed headers is byte-exact', () => {
    for (let seed = 1; seed <= 200; seed++) {
        const r = new Rng(seed);
        const props = randomProps(r, false);
        const bytes = encodeProperties(props);
        // Typed headers of every type survive a decode/replace cycle unchanged.
        const typed = randomTypedTable(r, 2);
        const withTyped = replaceHeaders(bytes, typedToTable(typed));
        const headers = decodeHeadersTyped(withTyped);
        assert.deepEqual(headers, typed, `seed ${seed}`);
        assert.deepEqual(replaceHeaders(withTyped, typedToTable(headers)), withTyped, `seed ${seed}`);
        // Other properties are untouched.
        const { headers: _, ...rest } = decodeProperties(withTyped);
        const { headers: __, ...orig } = props;
        assert.deepEqual(rest, orig, `seed ${seed}`);
    }
});
test('replaceHeaders adds x-death to a message without headers', () => {
    const bytes = encodeProperties({ contentType: 'text/plain', deliveryMode: 2, expiration: '60000' });
    const out = replaceHeaders(bytes, { 'x-death': [{ count: new Typed('l', 1), queue: 'q' }] });
    assert.deepEqual(decodeProperties(out), {
        contentType: 'text/plain',
        headers: { 'x-death': [{ count: 1, queue: 'q' }] },
        deliveryMode: 2,
        expiration: '60000',
    });
    assert.equal(decodeHeadersTyped(bytes), undefined);
});
test('truncated or trailing property bytes throw 502', () => {
    const bytes = encodeProperties({ contentType: 'abc', headers: { a: 1 }, priority: 3 });
    for (let n = 0; n < bytes.length; n++) {
        assert.throws(() => decodeProperties(bytes.subarray(0, n)), { replyCode: 502 });
    }
    assert.throws(() => decodeProperties(Buffer.concat([bytes, Buffer.from([0])])), { replyCode: 502 });
    assert.throws(() => readPropertySummary(bytes.subarray(0, 5), newPropertySummary()), { replyCode: 502 });
});
//# sourceMappingURL=properties.test.js.map