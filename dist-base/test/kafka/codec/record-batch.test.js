// RecordBatch v2: batches we build are read by kafkajs's own RecordBatch decoder; captured batches
// (every codec) and built ones validate, iterate and survive in-place patching; corrupt or hostile
// input throws the codec error and never hangs.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { compress as snappyRaw } from 'snappyjs';
import { ApiKey, CodecErrorKind, Compression, ControlType, KafkaCodecError, buildControlBatch, buildRecordBatch, controlType, decodeRequest, decompress, readRecords, splitBatches, } from '../../../src/kafka/codec/index.js';
import { capturedRequests } from './fixtures.js';
const require = createRequire(import.meta.url);
const KafkajsDecoder = require('kafkajs/src/protocol/decoder');
const kafkajsRecordBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder');
const isCodecError = (kind) => (e) => e instanceof KafkaCodecError && e.kind === kind;
const sample = [
    {
        key: Buffer.from('k0'),
        value: Buffer.from('hello '.repeat(50)),
        timestamp: 1700000000000,
        headers: [{ key: 'trace', value: Buffer.from('t-1') }],
    },
    { key: null, value: Buffer.from('second'), timestamp: 1700000000007 },
    { key: Buffer.from('k2'), value: null, timestamp: 1700000000003 },
];
function capturedBatches() {
    return capturedRequests()
        .filter((f) => f.apiKey === ApiKey.Produce && !f.variant.startsWith('magic'))
        .map((f) => ({
        f,
        records: decodeRequest(f.frame).body.topicData[0].partitionData[0].records,
    }));
}
test('kafkajs decodes the batches we build (none, gzip, snappy) with the right offsets, keys and headers', async () => {
    for (const compression of [Compression.NONE, Compression.GZIP, Compression.SNAPPY]) {
        const batch = buildRecordBatch(sample, { baseOffset: 1000, compression });
        const [view] = splitBatches(batch);
        view.validateCrc();
        assert.equal(view.compression, compression);
        assert.equal(view.maxTimestamp, 1700000000007);
        if (compression === Compression.SNAPPY)
            continue; // kafkajs needs the kafkajs-snappy plugin for that
        const decoded = await kafkajsRecordBatch(new KafkajsDecoder(batch));
        assert.equal(decoded.firstOffset, '1000');
        assert.deepEqual(decoded.records.map((r) => r.offset), ['1000', '1001', '1002']);
        assert.deepEqual(decoded.records.map((r) => r.timestamp), ['1700000000000', '1700000000007', '1700000000003']);
        assert.equal(decoded.records[0].key.toString(), 'k0');
        assert.equal(decoded.records[1].key, null);
        assert.equal(decoded.records[2].value, null);
        assert.equal(decoded.records[0].headers.trace.toString(), 't-1');
    }
    const ours = readRecords(splitBatches(buildRecordBatch(sample, { compression: Compression.SNAPPY }))[0]);
    assert.deepEqual(ours.map((r) => r.value?.toString() ?? null), sample.map((r) => r.value?.toString() ?? null));
});
test('a control batch marks a commit, and kafkajs sees a transactional control batch', async () => {
    const batch = buildControlBatch({
        commit: true,
        producerId: 1000,
        producerEpoch: 2,
        timestamp: 1700000000000,
        baseOffset: 5,
    });
    const [view] = splitBatches(batch);
    view.validateCrc();
    assert.ok(view.isControl && view.isTransactional);
    assert.equal(controlType(readRecords(view)[0].key), ControlType.COMMIT);
    const decoded = await kafkajsRecordBatch(new KafkajsDecoder(batch));
    assert.ok(decoded.isControlBatch && decoded.inTransaction);
});
test('captured batches of every codec validate and decompress; patching offset and epoch keeps the CRC', () => {
    const seen = new Set();
    for (const { f, records } of capturedBatches()) {
        const copy = Buffer.from(records);
        for (const b of splitBatches(copy)) {
            const before = readRecords(b);
            b.patchBaseOffset(123456789012);
            b.patchPartitionLeaderEpoch(7);
            b.validateCrc();
            assert.equal(b.baseOffset, 123456789012);
            assert.equal(b.partitionLeaderEpoch, 7);
            const after = readRecords(b);
            assert.deepEqual(after.map((r) => r.offset - 123456789012), before.map((r) => r.offset - before[0].offset), f.flow);
            seen.add(b.compression);
        }
    }
    assert.deepEqual([...seen].sort(), [0, 1, 2, 3, 4]);
});
test('a flipped bit inside the CRC range is CORRUPT_MESSAGE', () => {
    for (const { records } of capturedBatches().slice(0, 20)) {
        const copy = Buffer.from(records);
        const [b] = splitBatches(copy);
        copy[b.start + 30] ^= 0x01; // inside baseTimestamp: covered by the CRC
        assert.throws(() => b.validateCrc(), isCodecError(CodecErrorKind.CORRUPT_MESSAGE));
    }
});
test('several batches split; a short tail is corrupt for Produce and skipped for Fetch', () => {
    const one = buildRecordBatch(sample);
    const two = buildRecordBatch(sample, { baseOffset: 3, compression: Compression.GZIP });
    const both = Buffer.concat([one, two]);
    assert.deepEqual(splitBatches(both).map((b) => b.baseOffset), [0, 3]);
    const cut = both.subarray(0, both.length - 5);
    assert.throws(() => splitBatches(cut), isCodecError(CodecErrorKind.CORRUPT_MESSAGE));
    assert.deepEqual(splitBatches(cut, { allowPartialTail: true }).map((b) => b.baseOffset), [0]);
    const badLength = Buffer.from(one);
    badLength.writeInt32BE(10, 8);
    assert.throws(() => splitBatches(badLength), isCodecError(CodecErrorKind.CORRUPT_MESSAGE));
});
test('xerial-framed snappy (Java clients) and raw snappy (librdkafka, kafkajs) both decode', () => {
    const data = Buffer.from('xerial '.repeat(1000));
    const raw = snappyRaw(data);
    const header = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00, 0, 0, 0, 1, 0, 0, 0, 1]);
    const half = data.length / 2;
    const b1 = snappyRaw(data.subarray(0, half));
    const b2 = snappyRaw(data.subarray(half));
    const len = (n) => Buffer.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
    const xerial = Buffer.concat([header, len(b1.length), b1, len(b2.length), b2]);
    assert.deepEqual(decompress(Compression.SNAPPY, raw), data);
    assert.deepEqual(decompress(Compression.SNAPPY, xerial), data);
});
test('decompression is bounded: a small batch cannot inflate past the limit', () => {
    const bomb = gzipSync(Buffer.alloc(8 << 20));
    assert.ok(bomb.length < 64 << 10);
    assert.throws(() => decompress(Compression.GZIP, bomb, 1 << 20), isCodecError(CodecErrorKind.CORRUPT_MESSAGE));
    const snappyBomb = snappyRaw(Buffer.alloc(4 << 20));
    assert.throws(() => decompress(Compression.SNAPPY, snappyBomb, 1 << 20), isCodecError(CodecErrorKind.CORRUPT_MESSAGE));
    assert.throws(() => decompress(7, Buffer.alloc(4)), isCodecError(CodecErrorKind.UNSUPPORTED_COMPRESSION));
});
test('mangled compressed data (every codec) throws CORRUPT_MESSAGE and never hangs', () => {
    let seed = 12345;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (const { records } of capturedBatches()) {
        const [b] = splitBatches(records);
        if (b.compression === Compression.NONE)
            continue;
        const data = b.recordsData;
        for (let i = 0; i < 30; i++) {
            const m = Buffer.from(data.subarray(0, Math.max(1, Math.floor(rand() * data.length))));
            if (rand() < 0.7)
                m[Math.floor(rand() * m.length)] ^= 1 << Math.floor(rand() * 8);
            try {
                decompress(b.compression, m, 1 << 20);
            }
            catch (e) {
                assert.ok(e instanceof KafkaCodecError, `${b.compression}: ${e.stack}`);
            }
        }
    }
});
test('magic 0/1 (old MessageSet) is recognised and refused', () => {
    const legacy = capturedRequests().filter((f) => f.apiKey === ApiKey.Produce && f.variant.startsWith('magic'));
    assert.ok(legacy.length > 0, 'a magic 0/1 capture from a client offered Produce < 3');
    for (const f of legacy) {
        const records = decodeRequest(f.frame).body.topicData[0].partitionData[0].records;
        assert.throws(() => splitBatches(records), isCodecError(CodecErrorKind.UNSUPPORTED_VERSION));
    }
});
//# sourceMappingURL=record-batch.test.js.map