// Transactions: the exactly-once consume-transform-produce loop with librdkafka (confluent-kafka)
// and kafkajs, aborted transactions invisible to read_committed readers, producer fencing by
// epoch, the refusals of a transactional Produce, and an open transaction across a SIGKILL: still
// open after the restart (its records held back from read_committed readers), then aborted when
// transaction.timeout.ms passes, as Kafka's coordinator aborts expired transactions.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ApiKey, buildRecordBatch, } from '../../src/kafka/codec/index.js';
import { canControlWharf, EXTERNAL_SKIP, startWharf } from '../helpers/brokers.js';
import { freePort } from '../helpers/ports.js';
import { kafkajs, missing, python, RawKafka, startKafkaWharf, topicName } from './support.js';
async function createTopics(bootstrap, ...topics) {
    const admin = kafkajs(bootstrap).admin();
    await admin.connect();
    await admin.createTopics({ topics: topics.map((topic) => ({ topic })) });
    await admin.disconnect();
}
/** Every value of the topic's partition 0 a kafkajs consumer of the isolation level reads up to the end. */
async function readAll(bootstrap, topic, readUncommitted) {
    const kafka = kafkajs(bootstrap);
    const admin = kafka.admin();
    await admin.connect();
    const [end] = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    const consumer = kafka.consumer({ groupId: topicName('check'), readUncommitted, maxWaitTimeInMs: 200 });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const seen = [];
    await new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`read ${seen.length} values, no end`)), 30_000);
        void consumer.run({
            eachBatch: async ({ batch }) => {
                for (const m of batch.messages)
                    seen.push(m.value.toString());
                // markers take offsets: the end is reached when the high watermark is
                if (Number(batch.highWatermark) >= Number(end.high) &&
                    Number(batch.lastOffset()) >= Number(end.high) - 2) {
                    clearTimeout(t);
                    resolve();
                }
            },
        });
    });
    await consumer.disconnect();
    return seen;
}
describe('Kafka transactions', () => {
    let w;
    before(async () => {
        w = await startKafkaWharf();
    });
    after(async () => {
        await w.close();
    });
    test('confluent-kafka: consume-transform-produce exactly once; an aborted transaction is invisible; fencing', async (t) => {
        const why = missing('confluent_kafka');
        if (why)
            return t.skip(why);
        const input = topicName('eos-in');
        const output = topicName('eos-out');
        await createTopics(w.bootstrap, input, output);
        const n = 300;
        const out = await python('txn_eos.py', [w.bootstrap, input, output, topicName('eos-grp'), String(n)], 150_000);
        assert.equal(out.processed, n);
        assert.equal(out.committed, n, 'the offsets went to the group with the last transaction');
        assert.equal(out.fenced, '_FENCED', 'a second producer with the transactional id fences the first');
        const expected = [...Array(n).keys()].map((i) => `x${i}`);
        assert.deepEqual(out.read_committed, [...expected, 'p2'], 'each result once, nothing aborted');
        const uncommitted = out.read_uncommitted;
        assert.ok(uncommitted.some((v) => v.startsWith('ABORTED-')), 'the aborted records were written (read_uncommitted sees them)');
        assert.ok(!uncommitted.includes('FENCED'), 'the fenced producer wrote nothing');
    });
    test('kafkajs: consume-transform-produce with sendOffsets, commit and abort', async () => {
        const input = topicName('kjs-in');
        const output = topicName('kjs-out');
        const group = topicName('kjs-grp');
        await createTopics(w.bootstrap, input, output);
        const kafka = kafkajs(w.bootstrap);
        const source = kafka.producer();
        await source.connect();
        const n = 60;
        await source.send({
            topic: input,
            messages: [...Array(n).keys()].map((i) => ({ key: String(i % 3), value: String(i) })),
        });
        await source.disconnect();
        const producer = kafka.producer({
            transactionalId: topicName('kjs-txn'),
            maxInFlightRequests: 1,
            idempotent: true,
        });
        await producer.connect();
        const consumer = kafka.consumer({ groupId: group, maxWaitTimeInMs: 200 });
        await consumer.connect();
        await consumer.subscribe({ topic: input, fromBeginning: true });
        let processed = 0;
        let aborted = false;
        await new Promise((resolve, reject) => {
            void consumer.run({
                autoCommit: false,
                eachBatch: async ({ batch }) => {
                    try {
                        if (!aborted) {
                            const junk = await producer.transaction();
                            await junk.send({
                                topic: output,
                                messages: batch.messages.map((m) => ({ value: `ABORTED-${m.value}` })),
                            });
                            await junk.abort();
                            aborted = true;
                        }
                        const txn = await producer.transaction();
                        await txn.send({
                            topic: output,
                            messages: batch.messages.map((m) => ({ key: m.key, value: `y${m.value}` })),
                        });
                        await txn.sendOffsets({
                            consumerGroupId: group,
                            topics: [
                                {
                                    topic: input,
                                    partitions: [{ partition: 0, offset: String(Number(batch.lastOffset()) + 1) }],
                                },
                            ],
                        });
                        await txn.commit();
                        processed += batch.messages.length;
                        if (processed >= n)
                            resolve();
                    }
                    catch (err) {
                        reject(err);
                    }
                },
            });
        });
        await consumer.disconnect();
        await producer.disconnect();
        const admin = kafka.admin();
        await admin.connect();
        const [committed] = await admin.fetchOffsets({ groupId: group, topics: [input] });
        await admin.disconnect();
        assert.equal(committed.partitions[0].offset, String(n), 'sendOffsets committed with the transaction');
        const expected = [...Array(n).keys()].map((i) => `y${i}`);
        assert.deepEqual(await readAll(w.bootstrap, output, false), expected);
        const all = await readAll(w.bootstrap, output, true);
        assert.ok(all.some((v) => v.startsWith('ABORTED-')), 'read_uncommitted sees the aborted records');
    });
    test('raw: a transactional Produce needs its partition added; transactional batches need a transactional id; old epochs are fenced', async () => {
        const topic = topicName('raw-txn');
        await createTopics(w.bootstrap, topic);
        const raw = await RawKafka.connect(w.bootstrap);
        try {
            const txnId = topicName('raw-id');
            const init = async (cid) => {
                raw.send(ApiKey.InitProducerId, 1, cid, {
                    transactionalId: txnId,
                    transactionTimeoutMs: 60_000,
                    producerId: -1,
                    producerEpoch: -1,
                });
                return (await raw.response(ApiKey.InitProducerId, 1)).body;
            };
            const first = await init(1);
            assert.equal(first.errorCode, 0);
            const batch = (epoch, seq = 0) => buildRecordBatch([{ key: null, value: Buffer.from('v'), timestamp: Date.now() }], {
                producerId: first.producerId,
                producerEpoch: epoch,
                baseSequence: seq,
                transactional: true,
            });
            const produce = async (cid, transactionalId, records) => {
                raw.send(ApiKey.Produce, 7, cid, {
                    transactionalId,
                    acks: -1,
                    timeoutMs: 5000,
                    topicData: [{ name: topic, partitionData: [{ index: 0, records }] }],
                });
                return (await raw.response(ApiKey.Produce, 7)).body.responses[0]
                    .partitionResponses[0].errorCode;
            };
            assert.equal(await produce(2, txnId, batch(first.producerEpoch)), 48, 'INVALID_TXN_STATE before AddPartitionsToTxn');
            assert.equal(await produce(3, null, batch(first.producerEpoch)), 53, 'TRANSACTIONAL_ID_AUTHORIZATION_FAILED');
            const add = async (cid, epoch) => {
                raw.send(ApiKey.AddPartitionsToTxn, 1, cid, {
                    v3AndBelowTransactionalId: txnId,
                    v3AndBelowProducerId: first.producerId,
                    v3AndBelowProducerEpoch: epoch,
                    v3AndBelowTopics: [{ name: topic, partitions: [0] }],
                });
                return (await raw.response(ApiKey.AddPartitionsToTxn, 1)).body.resultsByTopicV3AndBelow[0].resultsByPartition[0].partitionErrorCode;
            };
            assert.equal(await add(4, first.producerEpoch), 0);
            assert.equal(await produce(5, txnId, batch(first.producerEpoch)), 0);
            // read_committed: the open transaction holds the LSO at its start
            raw.send(ApiKey.ListOffsets, 2, 6, {
                replicaId: -1,
                isolationLevel: 1,
                topics: [
                    {
                        name: topic,
                        partitions: [{ partitionIndex: 0, timestamp: -1, maxNumOffsets: 1 }],
                    },
                ],
            });
            const lso = (await raw.response(ApiKey.ListOffsets, 2)).body.topics[0]
                .partitions[0];
            assert.equal(lso.offset, 0);
            // a new instance: the open transaction is aborted, the old epoch fenced
            const second = await init(7);
            assert.equal(second.producerId, first.producerId);
            assert.ok(second.producerEpoch > first.producerEpoch);
            assert.equal(await add(8, first.producerEpoch), 47, 'INVALID_PRODUCER_EPOCH for the fenced epoch');
            raw.send(ApiKey.EndTxn, 1, 9, {
                transactionalId: txnId,
                producerId: first.producerId,
                producerEpoch: first.producerEpoch,
                committed: true,
            });
            assert.equal((await raw.response(ApiKey.EndTxn, 1)).body.errorCode, 47);
            raw.send(ApiKey.ListOffsets, 2, 10, {
                replicaId: -1,
                isolationLevel: 1,
                topics: [
                    {
                        name: topic,
                        partitions: [{ partitionIndex: 0, timestamp: -1, maxNumOffsets: 1 }],
                    },
                ],
            });
            const after = (await raw.response(ApiKey.ListOffsets, 2)).body.topics[0]
                .partitions[0];
            assert.equal(after.offset, 2, 'the record and its abort marker are stable');
        }
        finally {
            raw.close();
        }
    });
});
test('an open transaction survives SIGKILL and is aborted when its timeout passes', async (t) => {
    if (!canControlWharf())
        return t.skip(EXTERNAL_SKIP);
    const port = await freePort();
    let wharf = await startWharf({ args: ['--kafka-port', String(port)] });
    const bootstrap = `127.0.0.1:${port}`;
    try {
        const topic = topicName('txn-kill');
        await createTopics(bootstrap, topic);
        const kafka = kafkajs(bootstrap);
        const transactionalId = topicName('txn-kill-id');
        const producer = kafka.producer({
            transactionalId,
            transactionTimeout: 8000,
            maxInFlightRequests: 1,
            idempotent: true,
        });
        await producer.connect();
        const committed = await producer.transaction();
        await committed.send({ topic, messages: [{ value: 'before' }] });
        await committed.commit();
        const open = await producer.transaction();
        await open.send({ topic, messages: [{ value: 'open-1' }, { value: 'open-2' }] });
        await wharf.kill();
        await producer.disconnect().catch(() => { });
        wharf = await wharf.restart();
        const lso = async () => {
            const raw = await RawKafka.connect(bootstrap);
            try {
                raw.send(ApiKey.ListOffsets, 2, 1, {
                    replicaId: -1,
                    isolationLevel: 1,
                    topics: [
                        {
                            name: topic,
                            partitions: [{ partitionIndex: 0, timestamp: -1, maxNumOffsets: 1 }],
                        },
                    ],
                });
                return (await raw.response(ApiKey.ListOffsets, 2)).body.topics[0]
                    .partitions[0].offset;
            }
            finally {
                raw.close();
            }
        };
        // 'before' and its commit marker are stable; the open transaction starts at 2 and holds the LSO there
        assert.equal(await lso(), 2, 'the open transaction is still open after the restart');
        const deadline = Date.now() + 20_000;
        while ((await lso()) === 2 && Date.now() < deadline)
            await new Promise((r) => setTimeout(r, 250));
        assert.equal(await lso(), 5, 'aborted after transaction.timeout.ms: two records and the abort marker');
        assert.deepEqual(await readAll(bootstrap, topic, false), ['before']);
        // the transactional id carries on with a new producer
        const next = kafka.producer({ transactionalId, maxInFlightRequests: 1, idempotent: true });
        await next.connect();
        const txn = await next.transaction();
        await txn.send({ topic, messages: [{ value: 'after' }] });
        await txn.commit();
        await next.disconnect();
        assert.deepEqual(await readAll(bootstrap, topic, false), ['before', 'after']);
    }
    finally {
        await wharf.stop();
    }
});
//# sourceMappingURL=transactions.test.js.map