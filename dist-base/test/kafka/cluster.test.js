// The Kafka listener, ApiVersions, Metadata and topic administration, through kcat, kafkajs's
// admin, confluent-kafka's AdminClient and kafka-python's KafkaAdminClient, plus raw frames for
// what no client sends: a version too new, an oversized or malformed frame, pipelined requests.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import amqp from 'amqplib';
import { ApiKey } from '../../src/kafka/codec/index.js';
import { kafkajs, missing, python, RawKafka, run, startKafkaWharf, topicName } from './support.js';
describe('Kafka cluster and topic administration', () => {
    let w;
    before(async () => {
        w = await startKafkaWharf();
    });
    after(async () => {
        await w.close();
    });
    test('startWharf reports the Kafka bootstrap address', () => {
        assert.match(w.bootstrap, /^127\.0\.0\.1:\d+$/);
        assert.ok(w.listeners.some((l) => l.protocol === 'kafka'));
    });
    test('kafkajs admin: create, list, describe, grow, delete; errors in Kafka shape', async () => {
        const admin = kafkajs(w.bootstrap).admin();
        await admin.connect();
        try {
            const many = topicName('many');
            const one = topicName('one');
            assert.equal(await admin.createTopics({ topics: [{ topic: many, numPartitions: 3 }, { topic: one }] }), true);
            const listed = await admin.listTopics();
            assert.ok(listed.includes(many) && listed.includes(one));
            const md = await admin.fetchTopicMetadata({ topics: [many] });
            assert.deepEqual(md.topics[0].partitions.map((p) => [p.partitionId, p.leader, p.replicas, p.isr]), [0, 1, 2].map((i) => [i, 1, [1], [1]]));
            // already there: createTopics answers false (kafkajs hides TOPIC_ALREADY_EXISTS)
            assert.equal(await admin.createTopics({ topics: [{ topic: one }] }), false);
            await assert.rejects(admin.createTopics({ topics: [{ topic: topicName('rf'), replicationFactor: 3 }] }), (e) => e.errors?.[0].type === 'INVALID_REPLICATION_FACTOR');
            await assert.rejects(admin.createTopics({ topics: [{ topic: 'bad name!' }] }), (e) => e.errors?.[0].type === 'INVALID_TOPIC_EXCEPTION');
            await admin.createPartitions({ topicPartitions: [{ topic: many, count: 5 }] });
            assert.equal((await admin.fetchTopicMetadata({ topics: [many] })).topics[0].partitions.length, 5);
            await admin.deleteTopics({ topics: [many, one] });
            const left = await admin.listTopics();
            assert.ok(!left.includes(many) && !left.includes(one));
            const cluster = await admin.describeCluster();
            assert.equal(cluster.controller, 1);
            assert.deepEqual(cluster.brokers, [
                { nodeId: 1, host: '127.0.0.1', port: Number(w.bootstrap.split(':')[1]) },
            ]);
        }
        finally {
            await admin.disconnect();
        }
    });
    test('kcat -L lists the broker as controller and every topic with its partitions', async (t) => {
        const why = missing('kcat');
        if (why)
            return t.skip(why);
        const topic = topicName('kcat');
        const admin = kafkajs(w.bootstrap).admin();
        await admin.connect();
        await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
        await admin.disconnect();
        const r = await run('kcat', ['-b', w.bootstrap, '-L', '-J'], { timeoutMs: 30_000 });
        assert.equal(r.code, 0, r.stderr);
        const md = JSON.parse(r.stdout);
        assert.equal(md.controllerid, 1);
        assert.deepEqual(md.brokers, [{ id: 1, name: w.bootstrap }]);
        const t1 = md.topics.find((x) => x.topic === topic);
        assert.deepEqual(t1?.partitions.map((p) => [p.partition, p.leader]), [
            [0, 1],
            [1, 1],
        ]);
    });
    test('confluent-kafka AdminClient (librdkafka)', async (t) => {
        const why = missing('confluent_kafka');
        if (why)
            return t.skip(why);
        const topic = topicName('ck');
        const out = await python('admin_confluent.py', [w.bootstrap, topic]);
        assert.deepEqual(out, {
            brokers: [w.bootstrap],
            controller: 1,
            partitions: 2,
            again: 'TOPIC_ALREADY_EXISTS',
            rf3: 'INVALID_REPLICATION_FACTOR',
            grown: 3,
            after_delete: false,
        });
    });
    test('kafka-python KafkaAdminClient', async (t) => {
        const why = missing('kafka');
        if (why)
            return t.skip(why);
        const topic = topicName('kp');
        const out = await python('admin_kafka_python.py', [w.bootstrap, topic]);
        assert.deepEqual(out, {
            again: 'TOPIC_ALREADY_EXISTS',
            listed: true,
            partitions: [0, 1, 2],
            after_delete: false,
        });
    });
    test('a one-partition topic is an AMQP stream queue, and an AMQP stream is a topic', async () => {
        const conn = await amqp.connect(w.amqpUrl);
        const ch = await conn.createChannel();
        const admin = kafkajs(w.bootstrap).admin();
        await admin.connect();
        try {
            const fromKafka = topicName('k2a');
            await admin.createTopics({
                topics: [{ topic: fromKafka, configEntries: [{ name: 'retention.ms', value: '3600000' }] }],
            });
            // same arguments, so the declare is an equivalent redeclare, not a conflict
            await ch.assertQueue(fromKafka, {
                durable: true,
                arguments: { 'x-queue-type': 'stream', 'x-max-age': '1h' },
            });
            const fromAmqp = topicName('a2k');
            await ch.assertQueue(fromAmqp, { durable: true, arguments: { 'x-queue-type': 'stream' } });
            await ch.assertQueue(topicName('classic'), { durable: true });
            const md = await admin.fetchTopicMetadata({ topics: [fromAmqp] });
            assert.equal(md.topics[0].partitions.length, 1);
            const names = await admin.listTopics();
            assert.ok(names.includes(fromAmqp) && names.includes(fromKafka));
            assert.ok(!names.some((n) => n.startsWith('classic-')), 'classic queues are not topics');
            // a three-partition topic is a super stream: an exchange and three stream queues
            const sup = topicName('super');
            await admin.createTopics({ topics: [{ topic: sup, numPartitions: 3 }] });
            await ch.checkExchange(sup);
            for (let i = 0; i < 3; i++)
                await ch.checkQueue(`${sup}-${i}`);
        }
        finally {
            await admin.disconnect();
            await conn.close();
        }
    });
    test('Metadata auto-creates a topic the client asks for, with num.partitions', async () => {
        const raw = await RawKafka.connect(w.bootstrap);
        try {
            const name = topicName('auto');
            raw.send(ApiKey.Metadata, 4, 1, { topics: [{ name }], allowAutoTopicCreation: false });
            let md = (await raw.response(ApiKey.Metadata, 4)).body;
            assert.equal(md.topics[0].errorCode, 3, 'UNKNOWN_TOPIC_OR_PARTITION without the flag');
            raw.send(ApiKey.Metadata, 4, 2, { topics: [{ name }], allowAutoTopicCreation: true });
            md = (await raw.response(ApiKey.Metadata, 4)).body;
            assert.equal(md.topics[0].errorCode, 0);
            assert.equal(md.topics[0].partitions.length, 1);
            // v1+: an empty list asks for no topics, null for all of them
            raw.send(ApiKey.Metadata, 1, 3, { topics: [], allowAutoTopicCreation: true });
            md = (await raw.response(ApiKey.Metadata, 1)).body;
            assert.deepEqual(md.topics, []);
            raw.send(ApiKey.Metadata, 1, 4, { topics: null, allowAutoTopicCreation: true });
            md = (await raw.response(ApiKey.Metadata, 1)).body;
            assert.ok(md.topics.some((t) => t.name === name));
        }
        finally {
            raw.close();
        }
    });
    test('ApiVersions: a version too new is answered as v0 with UNSUPPORTED_VERSION and the table', async () => {
        const raw = await RawKafka.connect(w.bootstrap);
        try {
            const frame = Buffer.alloc(4 + 10);
            frame.writeInt32BE(10, 0);
            frame.writeInt16BE(ApiKey.ApiVersions, 4);
            frame.writeInt16BE(9, 6); // no such version
            frame.writeInt32BE(77, 8);
            frame.writeInt16BE(-1, 12); // null client id
            raw.write(frame);
            const r = await raw.response(ApiKey.ApiVersions, 0);
            const body = r.body;
            assert.equal(r.correlationId, 77);
            assert.equal(body.errorCode, 35);
            const av = body.apiKeys.find((k) => k.apiKey === ApiKey.ApiVersions);
            assert.deepEqual(av, { apiKey: 18, minVersion: 0, maxVersion: 3 });
            // librdkafka's feature gates need minimum 0 (PROTOCOLS.md §1.3)
            for (const k of [ApiKey.FindCoordinator, ApiKey.JoinGroup, ApiKey.OffsetCommit, ApiKey.OffsetFetch])
                assert.equal(body.apiKeys.find((x) => x.apiKey === k)?.minVersion, 0);
            // the connection carries on
            raw.send(ApiKey.ApiVersions, 3, 78, { clientSoftwareName: 'raw', clientSoftwareVersion: '1' });
            assert.equal((await raw.response(ApiKey.ApiVersions, 3)).correlationId, 78);
        }
        finally {
            raw.close();
        }
    });
    test('pipelined requests are answered in order', async () => {
        const raw = await RawKafka.connect(w.bootstrap);
        try {
            for (let i = 0; i < 50; i++) {
                if (i % 2)
                    raw.send(ApiKey.Metadata, 6, i, { topics: null, allowAutoTopicCreation: false });
                else
                    raw.send(ApiKey.ApiVersions, 2, i, { clientSoftwareName: '', clientSoftwareVersion: '' });
            }
            for (let i = 0; i < 50; i++) {
                const r = await raw.response(i % 2 ? ApiKey.Metadata : ApiKey.ApiVersions, i % 2 ? 6 : 2);
                assert.equal(r.correlationId, i);
            }
        }
        finally {
            raw.close();
        }
    });
    test('an oversized or malformed frame closes that connection only', async () => {
        const good = await RawKafka.connect(w.bootstrap);
        const huge = await RawKafka.connect(w.bootstrap);
        const junk = await RawKafka.connect(w.bootstrap);
        try {
            const size = Buffer.alloc(4);
            size.writeInt32BE(200 * 1024 * 1024, 0); // over socket.request.max.bytes: refused from the prefix
            huge.write(size);
            assert.equal(await huge.frame(), null);
            const bad = Buffer.from([0, 0, 0, 6, 0, 3, 0, 6, 0, 0]); // Metadata v6 cut short
            junk.write(bad);
            assert.equal(await junk.frame(), null);
            good.send(ApiKey.Metadata, 6, 5, { topics: null, allowAutoTopicCreation: false });
            assert.equal((await good.response(ApiKey.Metadata, 6)).correlationId, 5);
        }
        finally {
            good.close();
            huge.close();
            junk.close();
        }
    });
});
//# sourceMappingURL=cluster.test.js.map