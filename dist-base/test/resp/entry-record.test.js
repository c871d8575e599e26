// How a Redis entry is stored as an AMQP-format record (src/resp/streams/entry-record.ts): every field list
// reads back byte for byte, with the headers an AMQP consumer sees where headers can hold the fields, and the
// whole list in x-redis-fields where they cannot (names not UTF-8, repeated, all digits, empty).
import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { describe, test } from 'node:test';
import { amqpPropertiesFormat } from '../../src/amqp/properties-format.js';
import { decodeHead, FLAG_WIDE_HEAD } from '../../src/broker/messages/record.js';
import { decodeEntry, encodeEntry, EntryEncoder } from '../../src/resp/streams/entry-record.js';
const b = (s) => (typeof s === 'string' ? Buffer.from(s) : Buffer.from(s));
function roundTrip(fields) {
    const { head, body, flags } = encodeEntry(amqpPropertiesFormat, 'k', '1-1', fields, 1_700_000_000_000);
    const decoded = decodeEntry(amqpPropertiesFormat, flags, head, body);
    assert.equal(decoded.id, '1-1');
    const headers = amqpPropertiesFormat.headers(decodeHead(head, flags).properties) ?? {};
    return { fields: decoded.fields, headers };
}
/** The properties encode() makes from the headers object an entry maps to (the mapping of the header comment). */
function fromObjects(fields, id, nowMs) {
    const headers = {};
    for (let i = 0; i < fields.length; i += 2) {
        const name = fields[i].toString('utf8');
        const v = fields[i + 1];
        headers[name] = name === 'body' ? null : isUtf8(v) ? v.toString('utf8') : v;
    }
    headers['x-redis-id'] = id;
    return amqpPropertiesFormat.encode({ headers, delivery_mode: 2, timestamp: Math.floor(nowMs / 1000) });
}
describe('entry records', () => {
    test('UTF-8 fields are headers of the same name, a body field the body', () => {
        const fields = [b('sku'), b('A1'), b('body'), b('hello'), b('qty'), b('é3')];
        const r = roundTrip(fields);
        assert.deepEqual(r.fields, fields);
        assert.equal(r.headers.sku, 'A1');
        assert.equal(r.headers.qty, 'é3');
        assert.ok(!('x-redis-fields' in r.headers));
    });
    test('a value that is not UTF-8 is a byte-array header and reads back as the same bytes', () => {
        const bad = b([0x66, 0xff, 0xfe, 0x00, 0xc3]); // invalid and truncated sequences
        const overlong = b([0xc0, 0xaf]); // an overlong '/': not UTF-8 either
        const fields = [b('v'), bad, b('w'), overlong];
        const r = roundTrip(fields);
        assert.deepEqual(r.fields, fields);
        assert.ok(Buffer.isBuffer(r.headers.v) || r.headers.v instanceof Uint8Array);
    });
    for (const [what, fields] of [
        ['a name that is not UTF-8', [b([0xff, 0x61]), b('x')]],
        ['a repeated name', [b('a'), b('1'), b('a'), b('2')]],
        ['a name of digits only', [b('10'), b('x'), b('2'), b('y')]],
        ['an empty name', [b(''), b('x')]],
    ]) {
        test(`${what}: the whole list in x-redis-fields`, () => {
            const r = roundTrip(fields);
            assert.deepEqual(r.fields, fields);
            assert.ok(Array.isArray(r.headers['x-redis-fields']));
        });
    }
    test('the fast encoding (encodeHeaders) makes the same bytes as encode() of the headers object', () => {
        const now = 1_765_000_123_456;
        for (const fields of [
            [b('f'), b('x'.repeat(100))],
            [b('sku'), b('A1'), b('body'), b('hello'), b('qty'), b('é3')],
            [b('v'), b([0x66, 0xff]), b('empty'), b(''), b('ключ'), b('значение')],
            [b('n'.repeat(255)), b('v'.repeat(70_000))],
            [b('01'), b('leading zero is not an index')],
        ]) {
            const { head, flags } = encodeEntry(amqpPropertiesFormat, 'k', '1765000123456-7', fields, now);
            assert.deepEqual(decodeHead(head, flags).properties, fromObjects(fields, '1765000123456-7', now));
        }
    });
    test('one encoder for many entries: each encodes as a fresh one would (arrays reused, fields from an index)', () => {
        const enc = new EntryEncoder(amqpPropertiesFormat);
        const entries = [
            [b('a'), b('1'), b('b'), b('2'), b('c'), b('3'), b('body'), b('x')],
            [b('f'), b('v')],
            [b('1'), b('digits: the list layout')],
            [b('k'), b('v'), b('k2'), b([0xff])],
        ];
        for (const [i, fields] of entries.entries()) {
            const id = `1765000123456-${i}`;
            const args = [b('XADD'), b('key'), b('*'), ...fields];
            const got = enc.encode('key', b(id), args, 3, 1_765_000_123_456);
            const want = encodeEntry(amqpPropertiesFormat, 'key', id, fields, 1_765_000_123_456);
            assert.deepEqual([got.head, got.body, got.flags], [want.head, want.body, want.flags]);
            assert.deepEqual(decodeEntry(amqpPropertiesFormat, got.flags, got.head, got.body), { id, fields });
        }
    });
    test('a key longer than 255 bytes takes the wide head layout, announced in the flags', () => {
        const key = 'k'.repeat(300);
        const { head, body, flags } = encodeEntry(amqpPropertiesFormat, key, '1-1', [b('a'), b('1')], 0);
        assert.equal(flags & FLAG_WIDE_HEAD, FLAG_WIDE_HEAD);
        assert.equal(decodeHead(head, flags).routingKey, key);
        assert.deepEqual(decodeEntry(amqpPropertiesFormat, flags, head, body).fields, [b('a'), b('1')]);
    });
});
//# sourceMappingURL=entry-record.test.js.map