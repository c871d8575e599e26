// One engine: a Kafka topic partition is a Wharf stream. What kafkajs produces, an AMQP client
// reads from the stream queue (x-stream-offset, one delivery per record at its own offset, key as
// routing key, record headers as AMQP headers); what AMQP publishes into a stream, Kafka consumers
// fetch as records (routing key as key, AMQP headers as record headers).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import amqp from 'amqplib';
import { kafkajs, startKafkaWharf, topicName } from './support.js';
describe('Kafka and AMQP on the same streams', () => {
    let w;
    before(async () => {
        w = await startKafkaWharf();
    });
    after(async () => {
        await w.close();
    });
    test('kafkajs produces, an AMQP stream consumer reads every record from any offset', async () => {
        const topic = topicName('k2a');
        const kafka = kafkajs(w.bootstrap);
        const admin = kafka.admin();
        await admin.connect();
        await admin.createTopics({ topics: [{ topic }] });
        await admin.disconnect();
        const producer = kafka.producer();
        await producer.connect();
        await producer.send({
            topic,
            messages: [
                { key: 'a', value: 'zero', headers: { trace: 't0' } },
                { key: 'b', value: 'one' },
            ],
        });
        await producer.send({ topic, messages: [{ key: 'c', value: 'two', headers: { trace: 't2' } }] });
        await producer.disconnect();
        const conn = await amqp.connect(w.amqpUrl);
        try {
            const ch = await conn.createChannel();
            await ch.prefetch(10);
            const read = async (from, n) => {
                const got = [];
                await new Promise((resolve) => {
                    void ch.consume(topic, (m) => {
                        if (!m)
                            return;
                        got.push(m);
                        ch.ack(m);
                        if (got.length === n)
                            resolve();
                    }, { arguments: { 'x-stream-offset': from } });
                });
                return got;
            };
            const all = await read('first', 3);
            assert.deepEqual(all.map((m) => [
                m.content.toString(),
                m.fields.routingKey,
                m.properties.headers?.['x-stream-offset'],
            ]), [
                ['zero', 'a', 0],
                ['one', 'b', 1],
                ['two', 'c', 2],
            ]);
            assert.equal(all[0].properties.headers?.trace, 't0');
            // from the middle of a batch: the records before the offset are not delivered
            const tail = await read(1, 2);
            assert.deepEqual(tail.map((m) => m.content.toString()), ['one', 'two']);
        }
        finally {
            await conn.close();
        }
    });
    test('AMQP publishes into a stream and a super stream; kafkajs consumes them as records', async () => {
        const single = topicName('a2k');
        const sup = topicName('a2k-super');
        const conn = await amqp.connect(w.amqpUrl);
        const kafka = kafkajs(w.bootstrap);
        const admin = kafka.admin();
        await admin.connect();
        try {
            const ch = await conn.createConfirmChannel();
            await ch.assertQueue(single, { durable: true, arguments: { 'x-queue-type': 'stream' } });
            await admin.createTopics({ topics: [{ topic: sup, numPartitions: 2 }] });
            for (let i = 0; i < 3; i++)
                ch.sendToQueue(single, Buffer.from(`m${i}`), { headers: { n: i, kind: 'amqp' } });
            // the super stream's exchange routes by partition number
            ch.publish(sup, '1', Buffer.from('to partition 1'));
            await ch.waitForConfirms();
            const consumer = kafka.consumer({ groupId: topicName('a2k-grp') });
            await consumer.connect();
            await consumer.subscribe({ topics: [single, sup], fromBeginning: true });
            const got = [];
            await new Promise((resolve) => {
                void consumer.run({
                    eachMessage: async ({ topic, partition, message }) => {
                        got.push({
                            topic,
                            partition,
                            offset: message.offset,
                            key: message.key?.toString(),
                            value: message.value.toString(),
                            headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])),
                        });
                        if (got.length === 4)
                            resolve();
                    },
                });
            });
            await consumer.disconnect();
            const fromSingle = got.filter((g) => g.topic === single);
            assert.deepEqual(fromSingle.map((g) => [g.offset, g.key, g.value, g.headers.n, g.headers.kind]), [
                ['0', single, 'm0', '0', 'amqp'],
                ['1', single, 'm1', '1', 'amqp'],
                ['2', single, 'm2', '2', 'amqp'],
            ]);
            assert.deepEqual(got.filter((g) => g.topic === sup).map((g) => [g.partition, g.key, g.value]), [[1, '1', 'to partition 1']]);
        }
        finally {
            await admin.disconnect();
            await conn.close();
        }
    });
});
//# sourceMappingURL=cross-protocol.test.js.map