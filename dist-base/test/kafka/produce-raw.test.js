// Produce and Fetch at the byte level, for what clients only do when something goes wrong: retried
// idempotent batches, sequence gaps, fenced epochs, corrupt or oversized batches, acks=0, long
// polls and out-of-range offsets.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ApiKey, buildRecordBatch, Compression, splitBatches, } from '../../src/kafka/codec/index.js';
import { kafkajs, RawKafka, startKafkaWharf, topicName } from './support.js';
function batch(n, opts = {}) {
    return buildRecordBatch(Array.from({ length: n }, (_, i) => ({
        key: Buffer.from(`k${i}`),
        value: Buffer.alloc(opts.size ?? 10, 97 + (i % 26)),
        timestamp: Date.now(),
    })), {
        producerId: opts.pid ?? -1,
        producerEpoch: opts.epoch ?? -1,
        baseSequence: opts.seq ?? -1,
        compression: opts.codec ?? Compression.NONE,
    });
}
describe('Kafka produce and fetch, raw', () => {
    let w;
    let raw;
    let cid = 0;
    before(async () => {
        w = await startKafkaWharf();
        raw = await RawKafka.connect(w.bootstrap);
    });
    after(async () => {
        raw.close();
        await w.close();
    });
    async function create(topic, configEntries = []) {
        const admin = kafkajs(w.bootstrap).admin();
        await admin.connect();
        await admin.createTopics({ topics: [{ topic, numPartitions: 1, configEntries }] });
        await admin.disconnect();
    }
    async function produce(topic, records, acks = -1) {
        raw.send(ApiKey.Produce, 7, ++cid, {
            transactionalId: null,
            acks,
            timeoutMs: 10_000,
            topicData: [{ name: topic, partitionData: [{ index: 0, records }] }],
        });
        const r = (await raw.response(ApiKey.Produce, 7)).body;
        return r.responses[0].partitionResponses[0];
    }
    async function fetchAt(topic, offset, maxWaitMs = 0, maxBytes = 1 << 20) {
        return (await fetchSession(topic, offset, maxWaitMs, maxBytes)).responses[0].partitions[0];
    }
    /** A Fetch v11 with the given KIP-227 session id and epoch (sessionless full fetch by default). */
    async function fetchSession(topic, offset, maxWaitMs = 0, maxBytes = 1 << 20, sessionId = 0, sessionEpoch = -1) {
        raw.send(ApiKey.Fetch, 11, ++cid, {
            replicaId: -1,
            maxWaitMs,
            minBytes: 1,
            maxBytes,
            isolationLevel: 1,
            sessionId,
            sessionEpoch,
            topics: [
                {
                    topic,
                    partitions: [
                        {
                            partition: 0,
                            currentLeaderEpoch: -1,
                            fetchOffset: offset,
                            logStartOffset: -1,
                            partitionMaxBytes: maxBytes,
                        },
                    ],
                },
            ],
            forgottenTopicsData: [],
            rackId: '',
        });
        return (await raw.response(ApiKey.Fetch, 11)).body;
    }
    async function producerId() {
        raw.send(ApiKey.InitProducerId, 1, ++cid, {
            transactionalId: null,
            transactionTimeoutMs: 60_000,
            producerId: -1,
            producerEpoch: -1,
        });
        const r = (await raw.response(ApiKey.InitProducerId, 1)).body;
        assert.equal(r.errorCode, 0);
        assert.equal(r.producerEpoch, 0);
        return r.producerId;
    }
    test('an idempotent batch sent twice is stored once and answered with its first offset', async () => {
        const topic = topicName('dup');
        await create(topic);
        const pid = await producerId();
        const first = batch(3, { pid, epoch: 0, seq: 0 });
        assert.deepEqual(await produce(topic, first), {
            index: 0,
            errorCode: 0,
            baseOffset: 0,
            logAppendTimeMs: -1,
            logStartOffset: 0,
        });
        const second = batch(2, { pid, epoch: 0, seq: 3 });
        assert.equal((await produce(topic, second)).baseOffset, 3);
        // the retry of the first (its reply was lost): same offset, nothing stored
        const retry = await produce(topic, Buffer.from(first));
        assert.equal(retry.errorCode, 0);
        assert.equal(retry.baseOffset, 0);
        const p = w.server.broker.streams('/').get(topic).partition(0);
        assert.equal(p.nextOffset, 5);
        // a gap: OUT_OF_ORDER_SEQUENCE_NUMBER, nothing stored
        assert.equal((await produce(topic, batch(1, { pid, epoch: 0, seq: 9 }))).errorCode, 45);
        // a new epoch starts at 0; then the old epoch is fenced
        assert.equal((await produce(topic, batch(1, { pid, epoch: 1, seq: 4 }))).errorCode, 45);
        assert.equal((await produce(topic, batch(1, { pid, epoch: 1, seq: 0 }))).baseOffset, 5);
        assert.equal((await produce(topic, batch(1, { pid, epoch: 0, seq: 5 }))).errorCode, 47);
        assert.equal(p.nextOffset, 6);
    });
    test('a corrupt batch is CORRUPT_MESSAGE, a batch over max.message.bytes MESSAGE_TOO_LARGE; nothing stored', async () => {
        const topic = topicName('bad');
        await create(topic, [{ name: 'max.message.bytes', value: '1000' }]);
        const b = batch(2);
        b[b.length - 1] ^= 0xff; // inside the CRC's range
        assert.equal((await produce(topic, b)).errorCode, 2);
        assert.equal((await produce(topic, batch(1, { size: 2000 }))).errorCode, 10);
        assert.equal((await produce(topic, batch(1, { size: 100, codec: Compression.GZIP }))).errorCode, 0);
        assert.equal(w.server.broker.streams('/').get(topic).partition(0).nextOffset, 1);
        // a topic that does not exist
        assert.equal((await produce(topicName('nope'), batch(1))).errorCode, 3);
    });
    test('acks=0 gets no reply; the next request is answered in its place', async () => {
        const topic = topicName('acks0');
        await create(topic);
        raw.send(ApiKey.Produce, 7, 5000, {
            transactionalId: null,
            acks: 0,
            timeoutMs: 1000,
            topicData: [{ name: topic, partitionData: [{ index: 0, records: batch(4) }] }],
        });
        raw.send(ApiKey.ApiVersions, 2, 5001, { clientSoftwareName: '', clientSoftwareVersion: '' });
        assert.equal((await raw.response(ApiKey.ApiVersions, 2)).correlationId, 5001);
        const part = await fetchAt(topic, 0, 1000);
        assert.equal(part.highWatermark, 4);
    });
    test('Fetch long-polls until data arrives; an offset past the end is OFFSET_OUT_OF_RANGE', async () => {
        const topic = topicName('poll');
        await create(topic);
        await produce(topic, batch(2));
        const other = await RawKafka.connect(w.bootstrap);
        try {
            const started = Date.now();
            const waiting = fetchAt(topic, 2, 5000);
            setTimeout(() => {
                other.send(ApiKey.Produce, 7, 1, {
                    transactionalId: null,
                    acks: -1,
                    timeoutMs: 1000,
                    topicData: [{ name: topic, partitionData: [{ index: 0, records: batch(1) }] }],
                });
            }, 300);
            const part = await waiting;
            const took = Date.now() - started;
            assert.ok(took >= 250 && took < 4000, `woke when data came (${took} ms)`);
            assert.equal(part.errorCode, 0);
            assert.equal(part.highWatermark, 3);
            assert.equal(splitBatches(part.records).length, 1);
            // nothing new: the full wait, then an empty answer
            const t0 = Date.now();
            const empty = await fetchAt(topic, 3, 300);
            assert.ok(Date.now() - t0 >= 250);
            assert.equal(empty.records.length, 0);
            assert.equal((await fetchAt(topic, 99)).errorCode, 1);
        }
        finally {
            other.close();
        }
    });
    /** A Fetch v11 of partition 0 from `offset`, sent on `conn` (its reply waits there, not on `raw`). */
    function sendLongPoll(conn, topic, offset, minBytes) {
        conn.send(ApiKey.Fetch, 11, 1, {
            replicaId: -1,
            // far past the 10 s in which RawKafka.response gives up: only a wake-up answers in time
            maxWaitMs: 60_000,
            minBytes,
            maxBytes: 1 << 20,
            isolationLevel: 1,
            sessionId: 0,
            sessionEpoch: -1,
            topics: [
                {
                    topic,
                    partitions: [
                        {
                            partition: 0,
                            currentLeaderEpoch: -1,
                            fetchOffset: offset,
                            logStartOffset: -1,
                            partitionMaxBytes: 1 << 20,
                        },
                    ],
                },
            ],
            forgottenTopicsData: [],
            rackId: '',
        });
    }
    test('a waiting Fetch is answered when a produce lands, not at max_wait_ms', async () => {
        const topic = topicName('wake');
        await create(topic);
        const poller = await RawKafka.connect(w.bootstrap);
        try {
            sendLongPoll(poller, topic, 0, 1);
            const answer = poller.response(ApiKey.Fetch, 11);
            // a round trip on the other connection: the Fetch, written first, is parked by now
            await produce(topic, batch(1));
            const part = (await answer).body.responses[0].partitions[0];
            assert.equal(part.errorCode, 0);
            assert.equal(part.highWatermark, 1);
            assert.equal(splitBatches(part.records).length, 1);
        }
        finally {
            poller.close();
        }
    });
    test('a Fetch short of min_bytes waits for more without holding up the broker, then answers', async () => {
        const topic = topicName('minbytes');
        await create(topic);
        const first = await produce(topic, batch(1, { size: 1000 }));
        assert.equal(first.errorCode, 0);
        const poller = await RawKafka.connect(w.bootstrap);
        try {
            // three batches of about 1 070 bytes reach it, one or two do not
            sendLongPoll(poller, topic, 0, 2500);
            let answered = false;
            const answer = poller.response(ApiKey.Fetch, 11).then((r) => ((answered = true), r));
            // the broker keeps serving others while that Fetch waits with data below min_bytes
            assert.equal((await produce(topic, batch(1, { size: 1000 }))).baseOffset, 1);
            assert.equal(answered, false, 'not answered with less than min_bytes');
            assert.equal((await produce(topic, batch(1, { size: 1000 }))).baseOffset, 2);
            const part = (await answer).body.responses[0].partitions[0];
            assert.equal(part.errorCode, 0);
            assert.equal(splitBatches(part.records).length, 3);
        }
        finally {
            poller.close();
        }
    });
    test('Fetch returns at least one whole batch even when it exceeds max_bytes', async () => {
        const topic = topicName('big');
        await create(topic);
        await produce(topic, batch(1, { size: 50_000 }));
        await produce(topic, batch(1, { size: 10 }));
        const part = await fetchAt(topic, 0, 0, 100);
        const batches = splitBatches(part.records);
        assert.equal(batches.length, 1, 'the first batch only');
        assert.ok(batches[0].size > 50_000);
    });
    test('fetch sessions (KIP-227): a new session is declined (id 0, a full answer), an incremental fetch is FETCH_SESSION_ID_NOT_FOUND', async () => {
        const topic = topicName('sessions');
        await create(topic);
        await produce(topic, batch(1));
        const created = await fetchSession(topic, 0, 0, 1 << 20, 0, 0);
        assert.equal(created.errorCode, 0);
        assert.equal(created.sessionId, 0, 'no session created: the client keeps sending full fetches');
        assert.equal(splitBatches(created.responses[0].partitions[0].records).length, 1);
        const incremental = await fetchSession(topic, 1, 0, 1 << 20, 12345, 1);
        assert.equal(incremental.errorCode, 70);
        assert.deepEqual(incremental.responses, []);
        const closed = await fetchSession(topic, 0, 0, 1 << 20, 12345, -1);
        assert.equal(closed.errorCode, 0, 'closing a session: a sessionless full fetch');
        assert.equal(closed.responses[0].partitions[0].errorCode, 0);
    });
});
//# sourceMappingURL=produce-raw.test.js.map