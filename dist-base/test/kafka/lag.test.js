// Consumer-group lag of Kafka groups where operators look: wharf_stream_group_lag in /metrics, the
// management API's /api/stream-groups, and the default ConsumerLagHigh alert (GET /api/alerts),
// which fires for a group whose committed offsets are more than 1 000 records behind a topic's end
// summed over its partitions, and ends once the group catches up.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { kafkajs, startKafkaWharf, topicName } from './support.js';
const GUEST = `Basic ${Buffer.from('guest:guest').toString('base64')}`;
describe('Kafka consumer-group lag', () => {
    let w;
    before(async () => {
        w = await startKafkaWharf({ httpPort: 0 });
    });
    after(async () => {
        await w.close();
    });
    async function get(path) {
        const res = await fetch(`${w.httpUrl}${path}`, { headers: { authorization: GUEST } });
        return { status: res.status, text: await res.text() };
    }
    test('a lagging group shows in /metrics, /api/stream-groups and fires ConsumerLagHigh', async () => {
        const topic = topicName('lag');
        const group = topicName('lag-grp');
        const kafka = kafkajs(w.bootstrap);
        const admin = kafka.admin();
        await admin.connect();
        try {
            await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
            const producer = kafka.producer();
            await producer.connect();
            for (const partition of [0, 1])
                for (let i = 0; i < 800; i += 200)
                    await producer.send({
                        topic,
                        acks: -1,
                        messages: Array.from({ length: 200 }, (_, k) => ({ partition, value: `v${i + k}` })),
                    });
            await producer.disconnect();
            // committed: 100 on partition 0, 50 on partition 1: lag 700 + 750 = 1450 > 1000
            await admin.setOffsets({
                groupId: group,
                topic,
                partitions: [
                    { partition: 0, offset: '100' },
                    { partition: 1, offset: '50' },
                ],
            });
            const metrics = await get('/metrics');
            for (const [p, lag] of [
                [0, 700],
                [1, 750],
            ])
                assert.match(metrics.text, new RegExp(`^wharf_stream_group_lag\\{vhost="/",group="${group}",stream="${topic}",partition="${p}"\\} ${lag}$`, 'm'));
            const rows = JSON.parse((await get(`/api/stream-groups/%2F/${group}`)).text);
            assert.deepEqual(rows.map((r) => [r.partition, r.committed_offset, r.lag]).sort(), [
                [0, 100, 700],
                [1, 50, 750],
            ]);
            const alerts = JSON.parse((await get('/api/alerts')).text);
            const mine = alerts.filter((a) => a.group === group);
            assert.deepEqual(mine.map((a) => [a.rule, a.queue, a.value]), [['ConsumerLagHigh', topic, 1450]]);
            // caught up: the alert ends
            await admin.setOffsets({
                groupId: group,
                topic,
                partitions: [
                    { partition: 0, offset: '800' },
                    { partition: 1, offset: '800' },
                ],
            });
            const after = JSON.parse((await get('/api/alerts')).text);
            assert.equal(after.filter((a) => a.group === group).length, 0);
        }
        finally {
            await admin.disconnect();
        }
    });
});
//# sourceMappingURL=lag.test.js.map