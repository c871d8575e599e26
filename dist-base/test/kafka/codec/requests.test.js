// Golden bytes: every request frame captured from kafkajs and librdkafka (and the hand-written ones)
// decodes, carries what the client sent, and re-encodes to the same bytes; every advertised API
// version has one; truncated or byte-at-a-time input throws the codec error or reassembles exactly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { API_TABLE, ApiKey, CodecErrorKind, FrameSplitter, KafkaCodecError, decodeRequest, encodeRequest, readRecords, splitBatches, } from '../../../src/kafka/codec/index.js';
import { capturedRequests, HANDWRITTEN, rawSaslTokens } from './fixtures.js';
const captured = capturedRequests();
const all = [...captured, ...HANDWRITTEN];
const label = (f) => `${f.api} v${f.version} ${f.variant} from ${f.client} (${f.flow})`;
test('the captures cover every advertised API version but the ones no client here implements', () => {
    const handOnly = new Set([
        'IncrementalAlterConfigs v0',
        'IncrementalAlterConfigs v1',
        'DescribeCluster v0',
    ]);
    const missing = [];
    for (const a of API_TABLE)
        for (let v = a.minVersion; v <= a.maxVersion; v++) {
            const name = `${a.name} v${v}`;
            const has = (list) => list.some((f) => f.apiKey === a.apiKey && f.version === v);
            if (handOnly.has(name))
                assert.ok(has(HANDWRITTEN), `${name}: no hand-written fixture`);
            else if (!has(captured))
                missing.push(name);
        }
    assert.deepEqual(missing, [], 'advertised versions without a captured frame');
    assert.ok(captured.some((f) => f.client.startsWith('kafkajs')));
    assert.ok(captured.some((f) => f.client.includes('kcat')));
    assert.ok(captured.some((f) => f.client.includes('confluent-kafka')));
});
test('every fixture decodes and re-encodes to the same bytes', () => {
    for (const f of all) {
        const m = decodeRequest(f.frame);
        assert.equal(m.header.apiKey, f.apiKey, label(f));
        assert.equal(m.header.apiVersion, f.version, label(f));
        const again = encodeRequest(m.header, m.body);
        assert.equal(again.readInt32BE(0), again.length - 4);
        const expected = f.reencoded ?? f.frame.subarray(0, f.frame.length - m.trailingBytes);
        assert.equal(again.subarray(4).toString('hex'), expected.toString('hex'), label(f));
    }
});
test('decoded fixtures carry what the clients sent', () => {
    const clientIds = new Set(['rdkafka-capture', 'kafkajs-capture', 'kcat-capture', 'tool']);
    let produced = 0;
    for (const f of all) {
        const { header, body, trailingBytes } = decodeRequest(f.frame);
        assert.ok(clientIds.has(header.clientId ?? ''), `${label(f)}: client id ${header.clientId}`);
        const quirk = f.apiKey === ApiKey.ListGroups && f.version >= 3 && f.client.startsWith('librdkafka');
        assert.equal(trailingBytes, quirk ? 1 : 0, label(f));
        switch (f.apiKey) {
            case ApiKey.ApiVersions: {
                const b = body;
                // confluent-kafka-python names itself; kcat leaves librdkafka's defaults.
                const expected = f.client.includes('confluent')
                    ? ['confluent-kafka-python', '1.7.0-rdkafka-2.0.2']
                    : ['librdkafka', '2.0.2'];
                if (f.version >= 3)
                    assert.deepEqual([b.clientSoftwareName, b.clientSoftwareVersion], expected, label(f));
                break;
            }
            case ApiKey.Produce: {
                const b = body;
                const records = b.topicData[0].partitionData[0].records;
                assert.equal(b.topicData[0].name, 'capture', label(f));
                if (f.variant.startsWith('magic')) {
                    // Old MessageSet from Produce < 3: recognised and refused.
                    assert.throws(() => splitBatches(records), (e) => e instanceof KafkaCodecError && e.kind === CodecErrorKind.UNSUPPORTED_VERSION);
                    break;
                }
                for (const batch of splitBatches(records)) {
                    batch.validateCrc();
                    assert.equal(['none', 'gzip', 'snappy', 'lz4', 'zstd'][batch.compression], f.variant.replace('-txn', ''), label(f));
                    assert.equal(batch.isTransactional, f.variant.endsWith('-txn'), label(f));
                    const recs = readRecords(batch);
                    assert.equal(recs.length, batch.recordsCount);
                    assert.equal(recs[recs.length - 1].offset - recs[0].offset, batch.lastOffsetDelta);
                    for (const r of recs) {
                        assert.ok(r.value !== null && r.value.length > 0, label(f));
                        assert.ok(r.timestamp > 1.6e12, `${label(f)}: timestamp ${r.timestamp}`);
                    }
                    if (f.flow.startsWith('produce') && f.client.includes('confluent')) {
                        assert.equal(recs[0].key.toString(), 'key-0', label(f));
                        assert.equal(recs[0].value.toString(), 'value-0 '.repeat(20));
                        assert.deepEqual(recs[0].headers.map((x) => [x.key, x.value?.toString() ?? null]), [
                            ['h', 'v0'],
                            ['n', null],
                        ]);
                    }
                    produced++;
                }
                break;
            }
            case ApiKey.Fetch: {
                const b = body;
                assert.equal(b.replicaId, -1, label(f));
                assert.ok(b.topics.some((t) => t.topic === 'capture' && t.partitions[0].partition === 0), label(f));
                break;
            }
            case ApiKey.JoinGroup: {
                const b = body;
                assert.equal(b.protocolType, 'consumer', label(f));
                assert.ok(b.protocols.length > 0 && b.groupId === 'capture-group', label(f));
                assert.equal(b.memberId === '', f.variant === 'first' || f.version < 4, label(f));
                break;
            }
            case ApiKey.OffsetCommit: {
                const b = body;
                assert.match(b.groupId, /^capture/);
                assert.equal(b.topics[0].name, 'capture', label(f));
                break;
            }
            case ApiKey.InitProducerId: {
                const b = body;
                assert.ok(b.transactionalId === null || b.transactionalId === 'capture-txn', label(f));
                break;
            }
            case ApiKey.IncrementalAlterConfigs: {
                const b = body;
                assert.deepEqual(b.resources[0].configs.map((c) => [c.name, c.configOperation, c.value]), [
                    ['retention.ms', 0, '1000'],
                    ['cleanup.policy', 1, null],
                ]);
                assert.equal(b.validateOnly, f.version === 0);
                break;
            }
            case ApiKey.DescribeCluster:
                assert.equal(body.includeClusterAuthorizedOperations, true);
                break;
        }
    }
    assert.ok(produced >= 10, `only ${produced} produced batches checked`);
});
test('every compression codec appears among the captured Produce batches', () => {
    const codecs = new Set(captured.filter((f) => f.apiKey === ApiKey.Produce).map((f) => f.variant.replace('-txn', '')));
    for (const c of ['none', 'gzip', 'snappy', 'lz4', 'zstd'])
        assert.ok(codecs.has(c), `no ${c} batch captured`);
});
test('librdkafka 2.0.2 sends one extra byte after ListGroups v3/v4: tolerated, as Kafka does', () => {
    for (const v of [3, 4]) {
        const f = captured.find((x) => x.apiKey === ApiKey.ListGroups && x.version === v);
        assert.ok(f, `ListGroups v${v} capture`);
        const m = decodeRequest(f.frame);
        assert.equal(m.trailingBytes, 1);
        assert.equal(f.frame[f.frame.length - 1], 0, 'an extra empty tagged-field section');
        if (v === 4)
            assert.deepEqual(m.body.statesFilter, []);
    }
});
test('every truncation of every fixture throws the codec error', () => {
    for (const f of all) {
        const full = decodeRequest(f.frame);
        for (let n = 0; n < f.frame.length - full.trailingBytes; n++) {
            assert.throws(() => decodeRequest(f.frame.subarray(0, n)), (e) => e instanceof KafkaCodecError &&
                (e.kind === CodecErrorKind.TRUNCATED || e.kind === CodecErrorKind.MALFORMED), `${label(f)} cut at ${n}`);
        }
    }
});
test('frames fed one byte at a time come out whole, in order, and equal', () => {
    const frames = [];
    const splitter = new FrameSplitter((p) => frames.push(Buffer.from(p)));
    const sample = all.filter((_, i) => i % 3 === 0);
    for (const f of sample) {
        const wire = Buffer.alloc(4 + f.frame.length);
        wire.writeInt32BE(f.frame.length, 0);
        f.frame.copy(wire, 4);
        for (const byte of wire)
            splitter.push(Buffer.from([byte]));
    }
    assert.equal(splitter.midFrame, false);
    assert.deepEqual(frames.map((b) => b.toString('hex')), sample.map((f) => f.frame.toString('hex')));
});
test('a frame size above the limit is refused from its four size bytes alone', () => {
    const splitter = new FrameSplitter(() => assert.fail('no frame expected'), 1024);
    assert.throws(() => splitter.push(Buffer.from([0x00, 0x00, 0x04, 0x01])), (e) => e instanceof KafkaCodecError && e.kind === CodecErrorKind.FRAME_TOO_LARGE);
    assert.throws(() => new FrameSplitter(() => { }).push(Buffer.from([0xff, 0xff, 0xff, 0xff])), (e) => e instanceof KafkaCodecError && e.kind === CodecErrorKind.MALFORMED);
});
test('an unsupported version or unknown key keeps the header, so ApiVersions can still be answered', () => {
    const frame = Buffer.from('0012000900000063000474657374', 'hex'); // ApiVersions v9, correlation 99
    assert.throws(() => decodeRequest(frame), (e) => e instanceof KafkaCodecError &&
        e.kind === CodecErrorKind.UNSUPPORTED_VERSION &&
        e.apiKey === 18 &&
        e.apiVersion === 9 &&
        e.correlationId === 99);
    assert.throws(() => decodeRequest(Buffer.from('03e7000000000001ffff', 'hex')), (e) => e instanceof KafkaCodecError && e.kind === CodecErrorKind.UNKNOWN_API && e.apiKey === 999);
});
test('after SaslHandshake v0 the token comes bare, not as a request: the front must read it first', () => {
    const tokens = rawSaslTokens();
    assert.ok(tokens.length > 0, 'librdkafka at SaslHandshake v0 sends a legacy token');
    for (const t of tokens) {
        assert.equal(t.frame.toString('latin1'), '\0guest\0guest');
        assert.throws(() => decodeRequest(t.frame), (e) => e instanceof KafkaCodecError && e.kind === CodecErrorKind.UNKNOWN_API);
    }
});
//# sourceMappingURL=requests.test.js.map