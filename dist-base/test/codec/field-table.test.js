import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CodecError, decodeTable, decodeTableTyped, encodeTable, Typed, typedToTable, } from '../../src/amqp/codec/index.js';
import { Rng, randomTypedTable } from './random.js';
test('random typed tables round-trip byte-exact through the typed form', () => {
    for (let seed = 1; seed <= 500; seed++) {
        const r = new Rng(seed);
        const table = randomTypedTable(r, 3);
        const bytes = encodeTable(typedToTable(table));
        const decoded = decodeTableTyped(bytes, 0, bytes.length);
        assert.deepEqual(decoded, table, `seed ${seed}`);
        assert.deepEqual(encodeTable(typedToTable(decoded)), bytes, `seed ${seed}`);
        // The natural decoder accepts everything the typed one does.
        decodeTable(bytes, 0, bytes.length);
    }
});
test('natural decode of every RabbitMQ type tag', () => {
    const bytes = encodeTable({
        t: new Typed('t', true),
        b: new Typed('b', -5),
        B: new Typed('B', 250),
        s: new Typed('s', -300),
        u: new Typed('u', 60000),
        I: new Typed('I', -70000),
        i: new Typed('i', 4000000000),
        l: new Typed('l', 2 ** 40),
        lBig: new Typed('l', -(2n ** 62n)),
        f: new Typed('f', 1.5),
        d: new Typed('d', 0.1),
        D: new Typed('D', { scale: 2, value: 12345 }),
        S: new Typed('S', 'héllo'),
        x: new Typed('x', Buffer.from([1, 2, 3])),
        T: new Typed('T', 1700000000),
        F: new Typed('F', { a: new Typed('u', 1) }),
        A: new Typed('A', [new Typed('b', 1), 'two']),
        V: new Typed('V', null),
    });
    assert.deepEqual(decodeTable(bytes, 0, bytes.length), {
        t: true,
        b: -5,
        B: 250,
        s: -300,
        u: 60000,
        I: -70000,
        i: 4000000000,
        l: 2 ** 40,
        lBig: -(2n ** 62n),
        f: 1.5,
        d: 0.1,
        D: { scale: 2, value: 12345 },
        S: 'héllo',
        x: Buffer.from([1, 2, 3]),
        T: new Date(1700000000 * 1000),
        F: { a: 1 },
        A: [1, 'two'],
        V: null,
    });
});
test("'s' is RabbitMQ's signed 16-bit int, not a short string", () => {
    const bytes = Buffer.from([1, 0x6b, 0x73, 0xff, 0xfe]); // key "k", 's', -2
    assert.deepEqual(decodeTable(bytes, 0, bytes.length), { k: -2 });
});
test('plain values get the inferred type tags', () => {
    const when = new Date(1700000000999);
    const bytes = encodeTable({
        s: 'x',
        b: false,
        i32: -(2 ** 31),
        i64: 2 ** 31,
        big: 5n,
        dbl: 1.25,
        buf: new Uint8Array([9]),
        nul: null,
        und: undefined,
        date: when,
        arr: [1],
        obj: {},
    });
    const typed = decodeTableTyped(bytes, 0, bytes.length);
    const tags = Object.fromEntries(Object.entries(typed).map(([k, f]) => [k, f.type]));
    assert.deepEqual(tags, {
        s: 'S',
        b: 't',
        i32: 'I',
        i64: 'l',
        big: 'l',
        dbl: 'd',
        buf: 'x',
        nul: 'V',
        und: 'V',
        date: 'T',
        arr: 'A',
        obj: 'F',
    });
    assert.equal(typed.date.value, 1700000000);
});
test('a __proto__ key stays an own property', () => {
    const bytes = Buffer.concat([Buffer.from([9]), Buffer.from('__proto__'), Buffer.from('t\x01', 'latin1')]);
    const t = decodeTable(bytes, 0, bytes.length);
    assert.equal(Object.getPrototypeOf(t), Object.prototype);
    assert.equal(Object.getOwnPropertyDescriptor(t, '__proto__')?.value, true);
});
function assertSyntaxError(fn) {
    assert.throws(fn, (e) => e instanceof CodecError && e.replyCode === 502);
}
/** Bytes that do not decode: 501, as RabbitMQ answers ("cannot decode"). */
function assertUndecodable(fn) {
    assert.throws(fn, (e) => e instanceof CodecError && e.replyCode === 501);
}
test('malformed tables throw CodecError: 501 when the bytes do not decode, 502 when a value is invalid', () => {
    assertSyntaxError(() => decodeTable(Buffer.from([1, 0x6b, 0x5a]), 0, 3)); // unknown tag 'Z'
    assertUndecodable(() => decodeTable(Buffer.from([1, 0x6b, 0x49, 0, 0]), 0, 5)); // truncated int
    assertUndecodable(() => decodeTable(Buffer.from([5, 0x6b]), 0, 2)); // key overruns
    assertUndecodable(() => decodeTable(Buffer.from([1, 0x6b, 0x53, 0, 0, 0, 9, 0x61]), 0, 8)); // string overruns
    assertUndecodable(() => decodeTable(Buffer.from([1, 0x6b]), 0, 3)); // length beyond buffer
    assertSyntaxError(() => encodeTable({ a: new Typed('I', 'nope') }));
    assertSyntaxError(() => encodeTable({ a: new Typed('Q', 1) }));
});
test('deep nesting is refused instead of overflowing the stack', () => {
    // 10 000 nested 'F' tables: key "" + 'F' + length, innermost empty.
    const depth = 10_000;
    const buf = Buffer.alloc(depth * 6);
    for (let i = 0; i < depth; i++) {
        buf[i * 6] = 0;
        buf[i * 6 + 1] = 0x46;
        buf.writeUInt32BE(buf.length - i * 6 - 6, i * 6 + 2);
    }
    assertSyntaxError(() => decodeTable(buf, 0, buf.length));
});
//# sourceMappingURL=field-table.test.js.map