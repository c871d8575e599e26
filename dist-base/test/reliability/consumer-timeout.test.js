// Consumer acknowledgement timeout: a delivery held unacked past the timeout closes the
// channel with 406 PRECONDITION_FAILED (RabbitMQ 3.x behaviour) and the message goes
// back to the queue. The timeout comes from the consume argument x-consumer-timeout,
// else the queue argument, else the server's consumerTimeout setting.
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
function closed(ch) {
    return new Promise((resolve) => ch.on('error', (e) => resolve({ code: e.code, message: e.message, at: Date.now() })));
}
describe('consumer acknowledgement timeout', () => {
    test('x-consumer-timeout on basic.consume closes the channel with 406; the message returns', async () => {
        const conn = await amqp.connect(wharf.url);
        try {
            const ch = await conn.createChannel();
            const q = (await ch.assertQueue('', { exclusive: true })).queue;
            ch.sendToQueue(q, Buffer.from('held'));
            const t0 = Date.now();
            const done = closed(ch);
            await ch.consume(q, () => { }, { arguments: { 'x-consumer-timeout': 300 } });
            const e = await done;
            assert.equal(e.code, 406);
            assert.match(e.message, /delivery acknowledgement on channel \d+ timed out\. Timeout value used: 300 ms/);
            assert.ok(e.at - t0 >= 290, `closed after ${e.at - t0} ms`);
            const ch2 = await conn.createChannel();
            const m = await ch2.get(q, { noAck: true });
            assert.ok(m && m.fields.redelivered, 'the held message is back, redelivered');
        }
        finally {
            await conn.close();
        }
    });
    test('the queue argument applies to consumers and to basic.get deliveries', async () => {
        const conn = await amqp.connect(wharf.url);
        try {
            const ch = await conn.createChannel();
            const q = (await ch.assertQueue('', { exclusive: true, arguments: { 'x-consumer-timeout': 250 } }))
                .queue;
            ch.sendToQueue(q, Buffer.from('got'));
            await new Promise((r) => setTimeout(r, 20));
            const done = closed(ch);
            const m = await ch.get(q);
            assert.ok(m);
            assert.equal((await done).code, 406);
        }
        finally {
            await conn.close();
        }
    });
    test('acking in time keeps the channel open', async () => {
        const conn = await amqp.connect(wharf.url);
        try {
            const ch = await conn.createChannel();
            let failed = false;
            ch.on('error', () => (failed = true));
            const q = (await ch.assertQueue('', { exclusive: true, arguments: { 'x-consumer-timeout': 300 } }))
                .queue;
            for (let i = 0; i < 3; i++)
                ch.sendToQueue(q, Buffer.from(String(i)));
            await ch.consume(q, (m) => m && setTimeout(() => ch.ack(m), 100));
            await new Promise((r) => setTimeout(r, 700));
            assert.equal(failed, false);
            await ch.checkQueue(q);
        }
        finally {
            await conn.close();
        }
    });
});
//# sourceMappingURL=consumer-timeout.test.js.map