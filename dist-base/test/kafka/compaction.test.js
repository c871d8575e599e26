// cleanup.policy=compact: after segments are sealed, a compacted topic keeps the latest record per
// key (at its original offset) and drops tombstones once delete.retention.ms has passed; records in
// the active segment are left alone; the result survives a restart; a consumer reading from the
// start skips the gaps. Config handling: APPEND compact to delete, refusal of unknown policies.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { kafkajs, startKafkaWharf, topicName } from './support.js';
async function readAll(bootstrap, topic) {
    const kafka = kafkajs(bootstrap);
    const admin = kafka.admin();
    await admin.connect();
    const [end] = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    const consumer = kafka.consumer({ groupId: topicName('compact-read'), maxWaitTimeInMs: 200 });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    const out = [];
    await new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`read ${out.length} records, not to the end`)), 30_000);
        void consumer.run({
            eachMessage: async ({ message }) => {
                out.push({
                    key: message.key.toString(),
                    value: message.value?.toString() ?? null,
                    offset: Number(message.offset),
                });
                if (Number(message.offset) >= Number(end.high) - 1) {
                    clearTimeout(t);
                    resolve();
                }
            },
        });
    });
    await consumer.disconnect();
    return out;
}
test('a compacted topic keeps the latest record per key, drops tombstones after delete.retention.ms, and keeps offsets', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wharf-compact-'));
    let w = await startKafkaWharf({ dataDir });
    try {
        const topic = topicName('compact');
        const kafka = kafkajs(w.bootstrap);
        const admin = kafka.admin();
        await admin.connect();
        await admin.createTopics({
            topics: [
                {
                    topic,
                    configEntries: [
                        { name: 'cleanup.policy', value: 'compact' },
                        { name: 'segment.bytes', value: '1024' },
                        { name: 'delete.retention.ms', value: '0' },
                    ],
                },
            ],
        });
        const producer = kafka.producer();
        await producer.connect();
        const latest = new Map();
        const send = async (key, value) => {
            // one batch per send: several batches per segment, so whole batches and single records both go
            const [r] = await producer.send({ topic, acks: -1, messages: [{ key, value }] });
            latest.set(key, { value, offset: Number(r.baseOffset) });
        };
        for (let round = 0; round < 6; round++)
            for (let k = 0; k < 5; k++)
                await send(`k${k}`, `v${round}-${k}-${'x'.repeat(40)}`);
        await send('k3', null); // a tombstone
        // a batch of several records, some superseded within it
        const [r] = await producer.send({
            topic,
            acks: -1,
            messages: [
                { key: 'k0', value: 'batch-a' },
                { key: 'k1', value: 'batch-b' },
                { key: 'k0', value: 'batch-c' },
            ],
        });
        latest.set('k1', { value: 'batch-b', offset: Number(r.baseOffset) + 1 });
        latest.set('k0', { value: 'batch-c', offset: Number(r.baseOffset) + 2 });
        // unique keys after them, so every k* record lies in sealed segments
        for (let i = 0; i < 30; i++)
            await send(`fill-${i}`, `f${i}-${'y'.repeat(60)}`);
        await producer.disconnect();
        const expected = [...latest]
            .filter(([, v]) => v.value !== null)
            .map(([key, v]) => ({ key, value: v.value, offset: v.offset }))
            .sort((a, b) => a.offset - b.offset);
        const kOnly = (rs) => rs.filter((x) => x.key.startsWith('k'));
        const deadline = Date.now() + 20_000;
        let seen = await readAll(w.bootstrap, topic);
        while (kOnly(seen).length !== expected.filter((e) => e.key.startsWith('k')).length &&
            Date.now() < deadline) {
            await new Promise((res) => setTimeout(res, 300));
            seen = await readAll(w.bootstrap, topic);
        }
        assert.deepEqual(kOnly(seen), kOnly(expected), 'the latest record of each key, at its offset; no tombstone');
        const fills = seen.filter((x) => x.key.startsWith('fill-'));
        assert.equal(fills.length, 30, 'records with unique keys all stay');
        // IncrementalAlterConfigs APPEND / SUBTRACT on the policy list; an unknown policy is refused
        const described = async () => (await admin.describeConfigs({
            resources: [{ type: 2, name: topic, configNames: ['cleanup.policy'] }],
            includeSynonyms: false,
        })).resources[0].configEntries[0].configValue;
        await admin.alterConfigs({
            validateOnly: false,
            resources: [
                {
                    type: 2,
                    name: topic,
                    configEntries: [
                        { name: 'cleanup.policy', value: 'compact,delete' },
                        { name: 'segment.bytes', value: '1024' },
                        { name: 'delete.retention.ms', value: '0' },
                    ],
                },
            ],
        });
        assert.equal(await described(), 'compact,delete');
        await assert.rejects(admin.alterConfigs({
            validateOnly: false,
            resources: [{ type: 2, name: topic, configEntries: [{ name: 'cleanup.policy', value: 'archive' }] }],
        }), /INVALID_CONFIG|Invalid value|config/i);
        await admin.disconnect();
        await w.close();
        w = await startKafkaWharf({ dataDir });
        const again = await readAll(w.bootstrap, topic);
        assert.deepEqual(kOnly(again), kOnly(expected), 'the compacted segments are what a restart finds');
    }
    finally {
        await w.close();
        rmSync(dataDir, { recursive: true, force: true });
    }
});
//# sourceMappingURL=compaction.test.js.map