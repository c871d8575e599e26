// Producing and fetching through every client on the machine: the seeds' confluent-kafka and
// kafka-python code as written, a kcat round trip, and a kafkajs program with a two-member group,
// keyed ordering, an idempotent producer, compression and resume from a committed offset.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CompressionTypes } from 'kafkajs';
import { kafkajs, missing, python, run, startKafkaWharf, topicName } from './support.js';
describe('Kafka produce and fetch with real clients', () => {
    let w;
    before(async () => {
        w = await startKafkaWharf();
    });
    after(async () => {
        await w.close();
    });
    async function create(topic, numPartitions) {
        const admin = kafkajs(w.bootstrap).admin();
        await admin.connect();
        await admin.createTopics({ topics: [{ topic, numPartitions }] });
        await admin.disconnect();
    }
    test('the seeds confluent-kafka producer and manual-commit consumer loop (librdkafka)', async (t) => {
        const why = missing('confluent_kafka');
        if (why)
            return t.skip(why);
        const topic = topicName('seed-ck');
        await create(topic, 3);
        const out = await python('seeds_confluent.py', [w.bootstrap, topic, topicName('grp'), '300']);
        assert.equal(out.left, 0);
        assert.deepEqual(out.failures, []);
        assert.equal(out.delivered, 300);
        assert.equal(out.seen, 301, 'every event, the seeds publish_event one included');
        assert.equal(out.ordered, true, 'per-key order');
        // the handler's last event ended the loop before its commit: 300 of 301 committed
        const committed = Object.values(out.committed).reduce((a, b) => a + b, 0);
        assert.equal(committed, 300);
        // the producer's batches are stored as sent: lz4 (codec 3), idempotent (a producer id)
        const stream = w.server.broker.streams('/').get(topic);
        for (const p of stream.partitions) {
            for (const b of p.read(0, 1 << 20)) {
                assert.equal(b.body.readInt16BE(21) & 7, 3, 'lz4');
                assert.ok(b.body.readInt32BE(43) * 2 ** 32 + b.body.readUInt32BE(47) > 0, 'producer id');
            }
        }
    });
    test('the seeds kafka-python producer (send().get()) and group consumer', async (t) => {
        const why = missing('kafka');
        if (why)
            return t.skip(why);
        const topic = topicName('seed-kp');
        await create(topic, 2);
        const out = await python('seed_kafka_python.py', [w.bootstrap, topic, topicName('grp'), '50']);
        assert.deepEqual(out, { seen: 50, ordered: true, distinct_offsets: 50 });
    });
    test('kcat round trip: keyed records in, the same out, from any offset', async (t) => {
        const why = missing('kcat');
        if (why)
            return t.skip(why);
        const topic = topicName('kcat');
        await create(topic, 1);
        const lines = Array.from({ length: 20 }, (_, i) => `k${i % 3}:value ${i}`).join('\n') + '\n';
        const p = await run('kcat', ['-b', w.bootstrap, '-P', '-t', topic, '-K', ':', '-z', 'gzip'], {
            input: lines,
            timeoutMs: 30_000,
        });
        assert.equal(p.code, 0, p.stderr);
        const c = await run('kcat', ['-b', w.bootstrap, '-C', '-t', topic, '-o', 'beginning', '-e', '-f', '%o %k %s\\n'], { timeoutMs: 30_000 });
        assert.equal(c.code, 0, c.stderr);
        assert.deepEqual(c.stdout.trim().split('\n'), Array.from({ length: 20 }, (_, i) => `${i} k${i % 3} value ${i}`));
        // replay from offset 15
        const r = await run('kcat', ['-b', w.bootstrap, '-C', '-t', topic, '-o', '15', '-e', '-f', '%o\\n'], {
            timeoutMs: 30_000,
        });
        assert.deepEqual(r.stdout.trim().split('\n'), ['15', '16', '17', '18', '19']);
    });
    test('kafkajs: idempotent keyed producer, gzip, a two-member group, resume from the committed offset', async () => {
        const topic = topicName('kjs');
        const group = topicName('kjs-grp');
        await create(topic, 4);
        const kafka = kafkajs(w.bootstrap);
        const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 5 });
        await producer.connect();
        const keys = Array.from({ length: 12 }, (_, i) => `order-${i}`);
        const sent = 240;
        for (let n = 0; n < sent; n += 24) {
            await producer.send({
                topic,
                acks: -1,
                compression: CompressionTypes.GZIP,
                messages: Array.from({ length: 24 }, (_, i) => ({
                    key: keys[(n + i) % keys.length],
                    value: JSON.stringify({ n: n + i }),
                    headers: { source: 'kafkajs' },
                })),
            });
        }
        await producer.disconnect();
        // two members share the partitions; each record is processed once, in key order
        const seen = new Map();
        const byMember = [0, 0];
        let total = 0;
        let done;
        const all = new Promise((r) => (done = r));
        const consumers = [0, 1].map(() => kafka.consumer({ groupId: group, sessionTimeout: 10_000, heartbeatInterval: 500 }));
        await Promise.all(consumers.map(async (c, i) => {
            await c.connect();
            await c.subscribe({ topic, fromBeginning: true });
            await c.run({
                eachMessage: async ({ message }) => {
                    const k = message.key.toString();
                    const list = seen.get(k) ?? [];
                    list.push(JSON.parse(message.value.toString()).n);
                    seen.set(k, list);
                    assert.equal(message.headers?.source?.toString(), 'kafkajs');
                    byMember[i]++;
                    if (++total === sent)
                        done();
                },
            });
        }));
        await all;
        assert.equal(total, sent, 'each record once');
        for (const [k, ns] of seen)
            assert.deepEqual(ns, [...ns].sort((a, b) => a - b), `order of ${k}`);
        // wait for the final commits, then stop both
        const admin = kafka.admin();
        await admin.connect();
        const described = await admin.describeGroups([group]);
        assert.equal(described.groups[0].members.length, 2, 'two members');
        await Promise.all(consumers.map((c) => c.disconnect()));
        const committed = await admin.fetchOffsets({ groupId: group, topics: [topic] });
        assert.equal(committed[0].partitions.reduce((a, p) => a + Number(p.offset), 0), sent);
        // more records; a new member of the group resumes after the committed offsets
        const producer2 = kafka.producer({ idempotent: true });
        await producer2.connect();
        await producer2.send({
            topic,
            acks: -1,
            messages: [{ key: 'late', value: JSON.stringify({ n: sent }) }],
        });
        await producer2.disconnect();
        const again = kafka.consumer({ groupId: group });
        await again.connect();
        await again.subscribe({ topic, fromBeginning: true });
        const resumed = await new Promise((resolve) => {
            const got = [];
            void again.run({
                eachMessage: async ({ message }) => {
                    got.push(JSON.parse(message.value.toString()).n);
                    resolve(got);
                },
            });
        });
        assert.deepEqual(resumed, [sent], 'only what came after the commit');
        await again.disconnect();
        await admin.disconnect();
    });
    test('ListOffsets: earliest, latest, by timestamp (to the record)', async () => {
        const topic = topicName('lo');
        await create(topic, 1);
        const kafka = kafkajs(w.bootstrap);
        const producer = kafka.producer();
        await producer.connect();
        const t0 = 1_700_000_000_000;
        await producer.send({
            topic,
            messages: Array.from({ length: 10 }, (_, i) => ({ value: `v${i}`, timestamp: String(t0 + i * 1000) })),
        });
        await producer.disconnect();
        const admin = kafka.admin();
        await admin.connect();
        const [latest] = await admin.fetchTopicOffsets(topic);
        assert.deepEqual([latest.low, latest.high, latest.offset], ['0', '10', '10']);
        const [at] = await admin.fetchTopicOffsetsByTimestamp(topic, t0 + 4500);
        assert.equal(at.offset, '5', 'the first record at or after the timestamp');
        const [none] = await admin.fetchTopicOffsetsByTimestamp(topic, t0 + 60_000);
        assert.equal(none.offset, '10', 'kafkajs maps -1 (none that new) to the high watermark');
        await admin.disconnect();
    });
});
//# sourceMappingURL=produce-fetch.test.js.map