// A retried idempotent batch is stored once: a proxy loses the broker's answer to the first Produce
// (closing the client's connection after the broker stored the batch), the producer sends the batch
// again on a new connection, and Wharf answers it as a duplicate with the original offsets. Checked
// with kafkajs's and librdkafka's idempotent producers: every value is in the log exactly once.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DropFirstProduceProxy } from './drop-proxy.js';
import { kafkajs, missing, python, startKafkaWharf, topicName } from './support.js';
describe('idempotent producer retry through a proxy that drops the first Produce response', () => {
    let w;
    before(async () => {
        w = await startKafkaWharf();
    });
    after(async () => {
        await w.close();
    });
    /** Every value in the topic's one partition, in offset order. */
    async function values(topic, count) {
        const consumer = kafkajs(w.bootstrap).consumer({ groupId: topicName('read') });
        await consumer.connect();
        await consumer.subscribe({ topic, fromBeginning: true });
        const out = [];
        await new Promise((resolve) => {
            void consumer.run({
                eachMessage: async ({ message }) => {
                    out.push(message.value.toString());
                    if (out.length >= count)
                        resolve();
                },
            });
        });
        // anything stored twice would be past `count`: the high watermark says
        await consumer.disconnect();
        return out;
    }
    async function high(topic) {
        const admin = kafkajs(w.bootstrap).admin();
        await admin.connect();
        try {
            return Number((await admin.fetchTopicOffsets(topic))[0].high);
        }
        finally {
            await admin.disconnect();
        }
    }
    test('kafkajs idempotent producer: the retried batch is answered, not stored again', async () => {
        const topic = topicName('retry-js');
        const admin = kafkajs(w.bootstrap).admin();
        await admin.connect();
        await admin.createTopics({ topics: [{ topic }] });
        await admin.disconnect();
        const proxy = new DropFirstProduceProxy(Number(w.bootstrap.split(':')[1]));
        const via = await proxy.start();
        try {
            const producer = kafkajs(via, { retry: { retries: 10, initialRetryTime: 50 } }).producer({
                idempotent: true,
            });
            await producer.connect();
            const sent = [];
            for (let b = 0; b < 5; b++) {
                const res = await producer.send({
                    topic,
                    acks: -1,
                    messages: Array.from({ length: 10 }, (_, i) => ({ key: 'k', value: String(b * 10 + i) })),
                });
                sent.push(Number(res[0].baseOffset));
            }
            await producer.disconnect();
            assert.equal(proxy.dropped, 1, 'the first Produce answer was lost');
            assert.deepEqual(sent, [0, 10, 20, 30, 40], 'the retry got the original offset');
            assert.equal(await high(topic), 50, 'nothing stored twice');
            assert.deepEqual(await values(topic, 50), Array.from({ length: 50 }, (_, i) => String(i)));
        }
        finally {
            await proxy.close();
        }
    });
    test('librdkafka (confluent-kafka) idempotent producer: no duplicate, no gap', async (t) => {
        const why = missing('confluent_kafka');
        if (why)
            return t.skip(why);
        const topic = topicName('retry-rd');
        const admin = kafkajs(w.bootstrap).admin();
        await admin.connect();
        await admin.createTopics({ topics: [{ topic }] });
        await admin.disconnect();
        const proxy = new DropFirstProduceProxy(Number(w.bootstrap.split(':')[1]));
        const via = await proxy.start();
        try {
            const out = (await python('produce_idempotent.py', [via, topic, '2000']));
            assert.deepEqual(out.errors, []);
            assert.equal(out.acked, 2000);
            assert.equal(proxy.dropped, 1, 'the first Produce answer was lost');
            assert.equal(await high(topic), 2000, 'nothing stored twice');
            const got = await values(topic, 2000);
            assert.deepEqual([...got].sort((a, b) => Number(a) - Number(b)), Array.from({ length: 2000 }, (_, i) => String(i)));
        }
        finally {
            await proxy.close();
        }
    });
});
//# sourceMappingURL=retry.test.js.map