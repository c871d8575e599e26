// What Kafka clients were told is stored stays stored: records acknowledged under acks=all survive
// SIGKILL of the broker; records, committed offsets (with their metadata) and idempotent producer
// state survive a restart (a batch retried after the restart is still recognised as a duplicate).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { ApiKey, buildRecordBatch } from '../../src/kafka/codec/index.js';
import { canControlWharf, EXTERNAL_SKIP, PYTHON, startWharf } from '../helpers/brokers.js';
import { kafkajs, missing, PY_DIR, RawKafka, topicName } from './support.js';
import { freePort } from '../helpers/ports.js';
test('restart keeps records, committed offsets and idempotent producer state', async (t) => {
    if (!canControlWharf())
        return t.skip(EXTERNAL_SKIP);
    const port = await freePort();
    let wharf = await startWharf({ args: ['--kafka-port', String(port)] });
    const bootstrap = `127.0.0.1:${port}`;
    try {
        const topic = topicName('restart');
        const group = topicName('restart-grp');
        const kafka = kafkajs(bootstrap);
        const admin = kafka.admin();
        await admin.connect();
        await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
        await admin.disconnect();
        const raw = await RawKafka.connect(bootstrap);
        raw.send(ApiKey.InitProducerId, 1, 1, {
            transactionalId: null,
            transactionTimeoutMs: 1000,
            producerId: -1,
            producerEpoch: -1,
        });
        const pid = (await raw.response(ApiKey.InitProducerId, 1)).body.producerId;
        const records = buildRecordBatch([0, 1, 2].map((i) => ({ key: null, value: Buffer.from(`r${i}`), timestamp: Date.now() })), { producerId: pid, producerEpoch: 0, baseSequence: 0 });
        const produce = async (r, cid) => {
            r.send(ApiKey.Produce, 7, cid, {
                transactionalId: null,
                acks: -1,
                timeoutMs: 5000,
                topicData: [{ name: topic, partitionData: [{ index: 1, records: Buffer.from(records) }] }],
            });
            return (await r.response(ApiKey.Produce, 7)).body.responses[0]
                .partitionResponses[0];
        };
        assert.equal((await produce(raw, 2)).baseOffset, 0);
        raw.close();
        await admin.connect();
        await admin.setOffsets({ groupId: group, topic, partitions: [{ partition: 1, offset: '2' }] });
        await admin.disconnect();
        wharf = await wharf.restart();
        const again = await RawKafka.connect(bootstrap);
        try {
            // the same batch once more (its reply lost before the restart): a duplicate, not stored twice
            const retry = await produce(again, 3);
            assert.equal(retry.errorCode, 0);
            assert.equal(retry.baseOffset, 0);
        }
        finally {
            again.close();
        }
        const admin2 = kafka.admin();
        await admin2.connect();
        const offsets = await admin2.fetchTopicOffsets(topic);
        assert.deepEqual(offsets.map((o) => [o.partition, o.high]).sort(), [
            [0, '0'],
            [1, '3'],
        ]);
        const committed = await admin2.fetchOffsets({ groupId: group, topics: [topic] });
        assert.equal(committed[0].partitions.find((p) => p.partition === 1)?.offset, '2');
        await admin2.disconnect();
    }
    finally {
        await wharf.stop();
    }
});
test('SIGKILL during acks=all producing loses no acknowledged record', async (t) => {
    if (!canControlWharf())
        return t.skip(EXTERNAL_SKIP);
    const why = missing('confluent_kafka');
    if (why)
        return t.skip(why);
    const port = await freePort();
    let wharf = await startWharf({ args: ['--kafka-port', String(port)] });
    const bootstrap = `127.0.0.1:${port}`;
    try {
        const topic = topicName('kill');
        const admin = kafkajs(bootstrap).admin();
        await admin.connect();
        await admin.createTopics({ topics: [{ topic }] });
        await admin.disconnect();
        const acked = [];
        const child = spawn(PYTHON, [join(PY_DIR, 'produce_until_killed.py'), bootstrap, topic, '200000'], {
            stdio: ['ignore', 'pipe', 'ignore'],
        });
        let buf = '';
        child.stdout.on('data', (c) => {
            buf += c.toString();
            const lines = buf.split('\n');
            buf = lines.pop() ?? '';
            acked.push(...lines);
        });
        const deadline = Date.now() + 30_000;
        while (acked.length < 3000 && Date.now() < deadline)
            await new Promise((r) => setTimeout(r, 50));
        assert.ok(acked.length >= 3000, `the producer got going (${acked.length} acknowledged)`);
        await wharf.kill();
        const ackedAtKill = new Set(acked);
        child.kill('SIGKILL');
        wharf = await wharf.restart();
        // read everything back
        const consumer = kafkajs(bootstrap).consumer({ groupId: topicName('kill-grp') });
        await consumer.connect();
        await consumer.subscribe({ topic, fromBeginning: true });
        const stored = new Set();
        const admin2 = kafkajs(bootstrap).admin();
        await admin2.connect();
        const [end] = await admin2.fetchTopicOffsets(topic);
        await admin2.disconnect();
        const high = Number(end.high);
        await new Promise((resolve) => {
            if (high === 0)
                resolve();
            void consumer.run({
                eachBatch: async ({ batch }) => {
                    for (const m of batch.messages)
                        stored.add(m.value.toString());
                    if (Number(batch.lastOffset()) >= high - 1)
                        resolve();
                },
            });
        });
        await consumer.disconnect();
        const lost = [...ackedAtKill].filter((v) => !stored.has(v));
        assert.deepEqual(lost.slice(0, 10), [], `${lost.length} acknowledged records lost of ${ackedAtKill.size}`);
        assert.equal(stored.size, high, 'no record stored twice');
    }
    finally {
        await wharf.stop();
    }
});
//# sourceMappingURL=durability.test.js.map