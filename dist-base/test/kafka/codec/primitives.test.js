// The hand-written primitives: both kinds of varint, nullable strings/bytes/arrays, int64 limits,
// bounds checks, and the writer's growth, zero-copy chunks and back-patched sizes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CodecErrorKind, KafkaCodecError, Reader, Writer } from '../../../src/kafka/codec/index.js';
import { ZERO_COPY_MIN } from '../../../src/kafka/codec/writer.js';
const hex = (s) => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const codecError = (kind) => (e) => e instanceof KafkaCodecError && e.kind === kind;
test('unsigned varints (flexible versions) and zigzag varints (records) are different encodings', () => {
    const w = new Writer(4);
    w.uvarint(0);
    w.uvarint(1);
    w.uvarint(300);
    w.uvarint(0xffffffff);
    w.varint(0);
    w.varint(-1);
    w.varint(1);
    w.varint(-64);
    w.varint(2147483647);
    w.varint(-2147483648);
    w.varlong(-1);
    w.varlong(1700000000000);
    w.varlong(-(2 ** 52));
    w.varlong(2 ** 52);
    const b = w.toBuffer();
    // Known encodings: uvarint 300 = ac 02; zigzag -1 = 01, 1 = 02, -64 = 7f.
    assert.equal(b.subarray(0, 4).toString('hex'), '0001ac02');
    const r = new Reader(b);
    assert.deepEqual([r.uvarint(), r.uvarint(), r.uvarint(), r.uvarint()], [0, 1, 300, 0xffffffff]);
    assert.deepEqual([r.varint(), r.varint(), r.varint(), r.varint()], [0, -1, 1, -64]);
    assert.deepEqual([r.varint(), r.varint()], [2147483647, -2147483648]);
    assert.deepEqual([r.varlong(), r.varlong(), r.varlong(), r.varlong()], [-1, 1700000000000, -(2 ** 52), 2 ** 52]);
    r.done('varints');
});
test('varints that never end or overflow are malformed, not loops', () => {
    assert.throws(() => new Reader(hex('ffffffffff01')).uvarint(), codecError(CodecErrorKind.MALFORMED));
    assert.throws(() => new Reader(hex('ffffffff1f')).uvarint(), codecError(CodecErrorKind.MALFORMED));
    assert.throws(() => new Reader(hex('8080')).uvarint(), codecError(CodecErrorKind.TRUNCATED));
    assert.throws(() => new Reader(Buffer.alloc(11, 0xff)).varlong(), codecError(CodecErrorKind.MALFORMED));
});
test('classic and compact strings, bytes and arrays, with -1 / 0 as null', () => {
    const w = new Writer(1);
    w.string('héllo', false);
    w.nullableString(null, false);
    w.string('héllo', true);
    w.nullableString(null, true);
    w.nullableBytes(hex('0102'), false);
    w.nullableBytes(null, false);
    w.nullableBytes(hex('0102'), true);
    w.nullableBytes(null, true);
    w.nullableArray([1, 2], false, 0, (ww, x) => ww.int32(x));
    w.nullableArray(null, false, 0, (ww, x) => ww.int32(x));
    w.nullableArray([3], true, 0, (ww, x) => ww.int32(x));
    w.nullableArray(null, true, 0, (ww, x) => ww.int32(x));
    const b = w.toBuffer();
    assert.equal(b.toString('hex'), '000668c3a96c6c6f' +
        'ffff' +
        '0768c3a96c6c6f' +
        '00' +
        '000000020102' +
        'ffffffff' +
        '030102' +
        '00' +
        '000000020000000100000002' +
        'ffffffff' +
        '0200000003' +
        '00');
    const r = new Reader(b);
    assert.equal(r.string(false), 'héllo');
    assert.equal(r.nullableString(false), null);
    assert.equal(r.string(true), 'héllo');
    assert.equal(r.nullableString(true), null);
    assert.deepEqual(r.nullableBytes(false), hex('0102'));
    assert.equal(r.nullableBytes(false), null);
    assert.deepEqual(r.nullableBytes(true), hex('0102'));
    assert.equal(r.nullableBytes(true), null);
    const int = (rr) => rr.int32();
    assert.deepEqual(r.nullableArray(false, 0, int), [1, 2]);
    assert.equal(r.nullableArray(false, 0, int), null);
    assert.deepEqual(r.nullableArray(true, 0, int), [3]);
    assert.equal(r.nullableArray(true, 0, int), null);
    r.done('all');
    // null where the field is not nullable
    assert.throws(() => new Reader(hex('ffff')).string(false), codecError(CodecErrorKind.MALFORMED));
    assert.throws(() => new Reader(hex('00')).string(true), codecError(CodecErrorKind.MALFORMED));
    assert.throws(() => new Reader(hex('fffffffe')).nullableBytes(false), codecError(CodecErrorKind.MALFORMED));
});
test('a count or length beyond the frame throws before allocating or looping', () => {
    assert.throws(() => new Reader(hex('7fffffff')).array(false, 0, (r) => r.int8()), codecError(CodecErrorKind.TRUNCATED));
    assert.throws(() => new Reader(hex('0005616263')).string(false), codecError(CodecErrorKind.TRUNCATED));
    assert.throws(() => new Reader(hex('ffffffff0f')).nullableBytes(true), codecError(CodecErrorKind.TRUNCATED));
    assert.throws(() => new Reader(hex('00000000000000')).int64(), codecError(CodecErrorKind.TRUNCATED));
});
test('int64 round-trips every safe integer and refuses the rest', () => {
    for (const v of [0, -1, 1, 2 ** 32, -(2 ** 32) - 1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]) {
        const w = new Writer();
        w.int64(v);
        const b = w.toBuffer();
        assert.equal(b.readBigInt64BE(0), BigInt(v));
        assert.equal(new Reader(b).int64(), v);
    }
    assert.throws(() => new Reader(hex('7fffffffffffffff')).int64(), codecError(CodecErrorKind.MALFORMED));
    assert.throws(() => new Writer().int64(2 ** 60), codecError(CodecErrorKind.ENCODE));
});
test('uuid is 16 raw bytes', () => {
    const u = hex('00112233445566778899aabbccddeeff');
    const w = new Writer();
    w.uuid(u);
    assert.deepEqual(new Reader(w.toBuffer()).uuid(), u);
    assert.throws(() => w.uuid(hex('00')), codecError(CodecErrorKind.ENCODE));
});
test('sized (tagged) fields get their varint size, also when it needs more than one byte', () => {
    for (const n of [0, 5, 127, 128, 300, ZERO_COPY_MIN - 1]) {
        const w = new Writer(2);
        w.int8(7);
        const s = w.beginSized();
        w.raw(Buffer.alloc(n, 0xab));
        w.endSized(s);
        w.int8(9);
        const r = new Reader(w.toBuffer());
        assert.equal(r.int8(), 7);
        assert.equal(r.uvarint(), n);
        r.skip(n);
        assert.equal(r.int8(), 9);
        r.done('sized');
    }
    const w = new Writer();
    const s = w.beginSized();
    w.raw(Buffer.alloc(ZERO_COPY_MIN));
    assert.throws(() => w.endSized(s), codecError(CodecErrorKind.ENCODE), 'a sized field cannot hold a zero-copy chunk');
});
test('large blobs are referenced, not copied, and the frame size is patched across chunks', () => {
    const blob = Buffer.alloc(ZERO_COPY_MIN * 2, 1);
    const w = new Writer(8);
    const size = w.reserveInt32();
    w.int16(5);
    w.records([blob, Buffer.from('tail')], false);
    w.int32(42);
    w.patchInt32(size, w.length - 4);
    const chunks = w.chunks();
    assert.ok(chunks.includes(blob), 'the blob itself is one of the chunks');
    const all = Buffer.concat(chunks);
    assert.equal(all.length, w.length);
    const r = new Reader(all);
    assert.equal(r.int32(), all.length - 4);
    assert.equal(r.int16(), 5);
    const recs = r.records(false);
    assert.equal(recs.length, blob.length + 4);
    assert.equal(recs.subarray(blob.length).toString(), 'tail');
    assert.equal(r.int32(), 42);
    r.done('response');
});
test('tagged-field windows confine reads and skip what a newer peer appended', () => {
    // one tagged field, tag 0, size 3, holding int16 7 and one extra byte
    const r = new Reader(hex('01 00 03 0007ff 2a'));
    assert.equal(r.uvarint(), 1);
    assert.equal(r.uvarint(), 0);
    const outer = r.enterTagged(r.uvarint());
    assert.equal(r.int16(), 7);
    assert.throws(() => r.int16(), codecError(CodecErrorKind.TRUNCATED));
    r.leaveTagged(outer);
    assert.equal(r.int8(), 42);
    assert.throws(() => new Reader(hex('01 00 05 00')).skipTaggedFields(), codecError(CodecErrorKind.TRUNCATED));
});
//# sourceMappingURL=primitives.test.js.map