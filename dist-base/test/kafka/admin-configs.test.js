// Topic configs and record deletion through the admin clients: DescribeConfigs, AlterConfigs,
// IncrementalAlterConfigs and DeleteRecords with kafkajs's admin, confluent-kafka's AdminClient and
// raw requests (no client on this machine sends IncrementalAlterConfigs), and both surviving a
// restart of the broker.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
// kafkajs's ConfigResourceTypes (not a named ESM export of its CommonJS module)
const ConfigResourceTypes = { TOPIC: 2, BROKER: 4 };
import { ApiKey, splitBatches, } from '../../src/kafka/codec/index.js';
import { canControlWharf, EXTERNAL_SKIP, startWharf } from '../helpers/brokers.js';
import { kafkajs, missing, python, RawKafka, startKafkaWharf, topicName } from './support.js';
import { freePort } from '../helpers/ports.js';
async function topicConfigs(admin, topic) {
    const r = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: ConfigResourceTypes.TOPIC, name: topic }],
    });
    return Object.fromEntries(r.resources[0].configEntries.map((c) => [c.configName, [c.configValue, c.isDefault]]));
}
async function produce(admin, bootstrap, topic, n) {
    void admin;
    const producer = kafkajs(bootstrap).producer();
    await producer.connect();
    // one batch per send: DeleteRecords may land inside a batch
    for (let i = 0; i < n; i += 10)
        await producer.send({
            topic,
            acks: -1,
            messages: Array.from({ length: 10 }, (_, k) => ({ partition: 0, value: `v${i + k}` })),
        });
    await producer.disconnect();
}
describe('Kafka topic configs and DeleteRecords', () => {
    let w;
    before(async () => {
        w = await startKafkaWharf();
    });
    after(async () => {
        await w.close();
    });
    test('kafkajs admin: describe, alter (whole set), validateOnly, errors', async () => {
        const admin = kafkajs(w.bootstrap).admin();
        await admin.connect();
        try {
            const topic = topicName('cfg');
            await admin.createTopics({
                topics: [{ topic, numPartitions: 2, configEntries: [{ name: 'retention.bytes', value: '1000000' }] }],
            });
            let c = await topicConfigs(admin, topic);
            assert.deepEqual(c['retention.bytes'], ['1000000', false]);
            assert.deepEqual(c['retention.ms'], ['-1', true]);
            assert.deepEqual(c['max.message.bytes'], ['1048588', true]);
            assert.deepEqual(c['cleanup.policy'], ['delete', true]);
            // AlterConfigs replaces the whole set: retention.bytes, not listed, goes back to its default
            await admin.alterConfigs({
                validateOnly: false,
                resources: [
                    {
                        type: ConfigResourceTypes.TOPIC,
                        name: topic,
                        configEntries: [
                            { name: 'retention.ms', value: '86400000' },
                            { name: 'max.message.bytes', value: '500' },
                        ],
                    },
                ],
            });
            c = await topicConfigs(admin, topic);
            assert.deepEqual(c['retention.ms'], ['86400000', false]);
            assert.deepEqual(c['max.message.bytes'], ['500', false]);
            assert.deepEqual(c['retention.bytes'], ['-1', true]);
            // the new max.message.bytes applies to producing at once, on every partition
            const producer = kafkajs(w.bootstrap, { retry: { retries: 0 } }).producer();
            await producer.connect();
            await assert.rejects(producer.send({ topic, messages: [{ partition: 1, value: 'x'.repeat(2000) }] }), (e) => e.type === 'MESSAGE_TOO_LARGE' || /too large/i.test(e.message));
            await producer.send({ topic, messages: [{ partition: 1, value: 'small' }] });
            await producer.disconnect();
            // validateOnly checks and changes nothing
            await admin.alterConfigs({
                validateOnly: true,
                resources: [
                    {
                        type: ConfigResourceTypes.TOPIC,
                        name: topic,
                        configEntries: [{ name: 'retention.ms', value: '1000' }],
                    },
                ],
            });
            assert.deepEqual((await topicConfigs(admin, topic))['retention.ms'], ['86400000', false]);
            await assert.rejects(admin.alterConfigs({
                validateOnly: false,
                resources: [
                    {
                        type: ConfigResourceTypes.TOPIC,
                        name: topic,
                        configEntries: [{ name: 'no.such.config', value: '1' }],
                    },
                ],
            }), (e) => e.type === 'INVALID_CONFIG');
            await assert.rejects(admin.describeConfigs({
                includeSynonyms: false,
                resources: [{ type: ConfigResourceTypes.TOPIC, name: topicName('none') }],
            }), (e) => e.type === 'UNKNOWN_TOPIC_OR_PARTITION');
            const broker = await admin.describeConfigs({
                includeSynonyms: false,
                resources: [{ type: ConfigResourceTypes.BROKER, name: '1' }],
            });
            const entries = Object.fromEntries(broker.resources[0].configEntries.map((e) => [e.configName, e]));
            assert.equal(entries['num.partitions'].configValue, '1');
            assert.equal(entries['num.partitions'].readOnly, true);
        }
        finally {
            await admin.disconnect();
        }
    });
    test('confluent-kafka AdminClient: describe_configs and alter_configs', async (t) => {
        const why = missing('confluent_kafka');
        if (why)
            return t.skip(why);
        const topic = topicName('cfg-ck');
        const admin = kafkajs(w.bootstrap).admin();
        await admin.connect();
        await admin.createTopics({ topics: [{ topic }] });
        await admin.disconnect();
        const out = (await python('admin_configs_confluent.py', [w.bootstrap, topic]));
        assert.deepEqual(out.before['retention.ms'], ['-1', true, 5]);
        assert.deepEqual(out.after['retention.ms'], ['3600000', false, 1]);
        assert.deepEqual(out.after['max.message.bytes'], ['2000', false, 1]);
        assert.deepEqual(out.after['cleanup.policy'], ['delete', false, 1]);
        assert.equal(out.bad_policy, 'INVALID_CONFIG');
        assert.equal(out.broker_partitions, '1');
        assert.equal(out.missing, 'UNKNOWN_TOPIC_OR_PART'); // librdkafka's name for code 3
    });
    test('IncrementalAlterConfigs (flexible v1): SET and DELETE one config each, others untouched', async () => {
        const topic = topicName('inc');
        const admin = kafkajs(w.bootstrap).admin();
        await admin.connect();
        await admin.createTopics({
            topics: [
                {
                    topic,
                    configEntries: [
                        { name: 'retention.bytes', value: '5000000' },
                        { name: 'retention.ms', value: '60000' },
                    ],
                },
            ],
        });
        const raw = await RawKafka.connect(w.bootstrap);
        try {
            const alter = async (cid, configs) => {
                raw.send(ApiKey.IncrementalAlterConfigs, 1, cid, {
                    resources: [{ resourceType: 2, resourceName: topic, configs }],
                    validateOnly: false,
                });
                return (await raw.response(ApiKey.IncrementalAlterConfigs, 1)).body.responses[0];
            };
            const ok = await alter(1, [
                { name: 'segment.bytes', configOperation: 0, value: '1048576' },
                { name: 'retention.ms', configOperation: 1, value: null },
            ]);
            assert.equal(ok.errorCode, 0, ok.errorMessage ?? '');
            const c = await topicConfigs(admin, topic);
            assert.deepEqual(c['segment.bytes'], ['1048576', false]);
            assert.deepEqual(c['retention.ms'], ['-1', true]);
            assert.deepEqual(c['retention.bytes'], ['5000000', false], 'not named, so kept');
            assert.equal((await alter(2, [{ name: 'retention.ms', configOperation: 2, value: '5' }])).errorCode, 40);
            assert.equal((await alter(3, [{ name: 'retention.ms', configOperation: 0, value: 'soon' }])).errorCode, 40);
            raw.send(ApiKey.DescribeConfigs, 2, 4, {
                resources: [{ resourceType: 2, resourceName: topic, configurationKeys: ['segment.bytes'] }],
                includeSynonyms: true,
            });
            const d = (await raw.response(ApiKey.DescribeConfigs, 2)).body;
            assert.deepEqual(d.results[0].configs.map((x) => [x.name, x.value, x.configSource, x.synonyms.length]), [['segment.bytes', '1048576', 1, 1]]);
        }
        finally {
            raw.close();
            await admin.disconnect();
        }
    });
    test('message.timestamp.type=LogAppendTime: the broker stamps batches, the CRC still checks', async () => {
        const topic = topicName('lat');
        const admin = kafkajs(w.bootstrap).admin();
        await admin.connect();
        await admin.createTopics({
            topics: [{ topic, configEntries: [{ name: 'message.timestamp.type', value: 'LogAppendTime' }] }],
        });
        assert.deepEqual((await topicConfigs(admin, topic))['message.timestamp.type'], ['LogAppendTime', false]);
        await admin.disconnect();
        const before = Date.now();
        const producer = kafkajs(w.bootstrap).producer({ idempotent: true });
        await producer.connect();
        const [res] = await producer.send({ topic, acks: -1, messages: [{ value: 'a', timestamp: '1000' }] });
        await producer.disconnect();
        assert.ok(Number(res.logAppendTime) >= before, `logAppendTime ${res.logAppendTime}`);
        const raw = await RawKafka.connect(w.bootstrap);
        raw.send(ApiKey.Fetch, 11, 1, {
            replicaId: -1,
            maxWaitMs: 100,
            minBytes: 1,
            maxBytes: 1 << 20,
            isolationLevel: 0,
            sessionId: 0,
            sessionEpoch: -1,
            topics: [
                {
                    topic,
                    partitions: [
                        {
                            partition: 0,
                            currentLeaderEpoch: -1,
                            fetchOffset: 0,
                            logStartOffset: -1,
                            partitionMaxBytes: 1 << 20,
                        },
                    ],
                },
            ],
            forgottenTopicsData: [],
            rackId: '',
        });
        const f = (await raw.response(ApiKey.Fetch, 11)).body;
        raw.close();
        const bytes = Buffer.concat([].concat(f.responses[0].partitions[0].records));
        const [batch] = splitBatches(bytes);
        batch.validateCrc();
        assert.equal(batch.timestampType, 'LogAppendTime');
        assert.equal(batch.maxTimestamp, Number(res.logAppendTime));
        const consumer = kafkajs(w.bootstrap).consumer({ groupId: topicName('lat-grp') });
        await consumer.connect();
        await consumer.subscribe({ topic, fromBeginning: true });
        const ts = await new Promise((resolve) => {
            void consumer.run({ eachMessage: async ({ message }) => resolve(message.timestamp) });
        });
        await consumer.disconnect();
        assert.equal(ts, res.logAppendTime, 'consumers see the append time, not the 1000 the producer set');
    });
    test('DeleteRecords (kafkajs deleteTopicRecords): the low watermark moves, consumers start there', async () => {
        const topic = topicName('delrec');
        const admin = kafkajs(w.bootstrap).admin();
        await admin.connect();
        try {
            await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
            await produce(admin, w.bootstrap, topic, 50);
            const before = await admin.fetchTopicOffsets(topic);
            const p = 0;
            assert.equal(before.find((o) => o.partition === p)?.high, '50');
            await admin.deleteTopicRecords({ topic, partitions: [{ partition: p, offset: '25' }] });
            let offsets = await admin.fetchTopicOffsets(topic);
            assert.deepEqual(offsets.filter((o) => o.partition === p).map((o) => [o.low, o.high]), [['25', '50']]);
            // a consumer from the beginning starts at the new log start offset
            const consumer = kafkajs(w.bootstrap).consumer({ groupId: topicName('delrec-grp') });
            await consumer.connect();
            await consumer.subscribe({ topic, fromBeginning: true });
            const seen = [];
            await new Promise((resolve) => {
                void consumer.run({
                    eachMessage: async ({ message, partition }) => {
                        if (partition !== p)
                            return;
                        seen.push(Number(message.offset));
                        if (Number(message.offset) === 49)
                            resolve();
                    },
                });
            });
            await consumer.disconnect();
            assert.equal(Math.min(...seen), 25);
            // -1: everything up to the high watermark
            await admin.deleteTopicRecords({ topic, partitions: [{ partition: p, offset: '-1' }] });
            offsets = await admin.fetchTopicOffsets(topic);
            assert.deepEqual(offsets.filter((o) => o.partition === p).map((o) => [o.low, o.high]), [['50', '50']]);
            // past the high watermark: OFFSET_OUT_OF_RANGE, in the raw answer
            const raw = await RawKafka.connect(w.bootstrap);
            raw.send(ApiKey.DeleteRecords, 1, 1, {
                topics: [
                    {
                        name: topic,
                        partitions: [
                            { partitionIndex: p, offset: 51 },
                            { partitionIndex: 7, offset: 0 },
                        ],
                    },
                ],
                timeoutMs: 1000,
            });
            const r = (await raw.response(ApiKey.DeleteRecords, 1)).body;
            raw.close();
            assert.deepEqual(r.topics[0].partitions.map((x) => [x.partitionIndex, x.errorCode]), [
                [p, 1],
                [7, 3],
            ]);
        }
        finally {
            await admin.disconnect();
        }
    });
});
test('altered configs and the log start offset survive a restart', async (t) => {
    if (!canControlWharf())
        return t.skip(EXTERNAL_SKIP);
    const port = await freePort();
    let wharf = await startWharf({ args: ['--kafka-port', String(port)] });
    const bootstrap = `127.0.0.1:${port}`;
    try {
        const topic = topicName('cfg-restart');
        let admin = kafkajs(bootstrap).admin();
        await admin.connect();
        await admin.createTopics({ topics: [{ topic }] });
        await produce(admin, bootstrap, topic, 30);
        await admin.alterConfigs({
            validateOnly: false,
            resources: [
                {
                    type: ConfigResourceTypes.TOPIC,
                    name: topic,
                    configEntries: [
                        { name: 'retention.ms', value: '7200000' },
                        { name: 'max.message.bytes', value: '4096' },
                    ],
                },
            ],
        });
        await admin.deleteTopicRecords({ topic, partitions: [{ partition: 0, offset: '20' }] });
        await admin.disconnect();
        wharf = await wharf.restart();
        admin = kafkajs(bootstrap).admin();
        await admin.connect();
        try {
            const c = await topicConfigs(admin, topic);
            assert.deepEqual(c['retention.ms'], ['7200000', false]);
            assert.deepEqual(c['max.message.bytes'], ['4096', false]);
            assert.deepEqual((await admin.fetchTopicOffsets(topic)).map((o) => [o.low, o.high]), [['20', '30']]);
        }
        finally {
            await admin.disconnect();
        }
    }
    finally {
        await wharf.stop();
    }
});
//# sourceMappingURL=admin-configs.test.js.map