// Broker-side deduplication (the seeds' idempotency pattern), with the argument names
// of the community rabbitmq-message-deduplication plugin: a duplicate inside the window
// is confirmed to the publisher and dropped.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import amqp from 'amqplib';
import { startWharf } from '../helpers/brokers.js';
let wharf;
before(async () => {
    wharf = await startWharf();
});
after(async () => {
    await wharf?.stop();
});
async function drain(ch, q) {
    const out = [];
    for (let m = await ch.get(q, { noAck: true }); m; m = await ch.get(q, { noAck: true }))
        out.push(m.content.toString());
    return out;
}
describe('x-message-deduplication', () => {
    test('message-id: duplicates are acked and dropped; messages without an id pass', async () => {
        const conn = await amqp.connect(wharf.url);
        try {
            const ch = await conn.createConfirmChannel();
            const q = (await ch.assertQueue('', { exclusive: true, arguments: { 'x-message-deduplication': true } })).queue;
            const acks = [];
            const send = (body, messageId) => new Promise((resolve) => ch.sendToQueue(q, Buffer.from(body), { messageId }, (err) => {
                acks.push(err ? 'nack' : 'ack');
                resolve();
            }));
            await Promise.all([
                send('a1', 'a'),
                send('a2', 'a'),
                send('b1', 'b'),
                send('n1'),
                send('n2'),
                send('a3', 'a'),
            ]);
            assert.deepEqual(acks, ['ack', 'ack', 'ack', 'ack', 'ack', 'ack']);
            assert.deepEqual(await drain(ch, q), ['a1', 'b1', 'n1', 'n2']);
        }
        finally {
            await conn.close();
        }
    });
    test('a chosen header is the key; x-cache-size bounds the window', async () => {
        const conn = await amqp.connect(wharf.url);
        try {
            const ch = await conn.createConfirmChannel();
            const q = (await ch.assertQueue('', {
                exclusive: true,
                arguments: {
                    'x-message-deduplication': true,
                    'x-deduplication-header': 'order',
                    'x-cache-size': 2,
                },
            })).queue;
            for (const [body, order] of [
                ['o1', 1],
                ['o1-again', 1],
                ['o2', 2],
                ['o3', 3], // evicts order 1
                ['o1-late', 1],
            ]) {
                ch.sendToQueue(q, Buffer.from(body), { headers: { order } });
            }
            await ch.waitForConfirms();
            assert.deepEqual(await drain(ch, q), ['o1', 'o2', 'o3', 'o1-late']);
        }
        finally {
            await conn.close();
        }
    });
    test('x-cache-ttl: a key is forgotten after the window', async () => {
        const conn = await amqp.connect(wharf.url);
        try {
            const ch = await conn.createConfirmChannel();
            const q = (await ch.assertQueue('', {
                exclusive: true,
                // a window wide enough that a loaded machine still sends both copies inside it
                arguments: { 'x-message-deduplication': true, 'x-cache-ttl': 1500 },
            })).queue;
            ch.sendToQueue(q, Buffer.from('first'), { messageId: 'k' });
            ch.sendToQueue(q, Buffer.from('dup'), { messageId: 'k' });
            await ch.waitForConfirms();
            await new Promise((r) => setTimeout(r, 1700));
            ch.sendToQueue(q, Buffer.from('after-window'), { messageId: 'k' });
            await ch.waitForConfirms();
            assert.deepEqual(await drain(ch, q), ['first', 'after-window']);
        }
        finally {
            await conn.close();
        }
    });
});
//# sourceMappingURL=deduplication.test.js.map