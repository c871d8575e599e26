// Reliability state across restarts: dead-lettered messages stay dead-lettered (with
// their x-death), a queue TTL keeps expiring recovered messages on schedule, and a
// priority queue comes back in priority order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import amqp from 'amqplib';
import { startWharf } from '../helpers/brokers.js';
test('dead letters, TTLs and priorities survive a restart (SIGTERM, then SIGKILL)', async () => {
    let w = await startWharf();
    try {
        let conn = await amqp.connect(w.url);
        let ch = await conn.createConfirmChannel();
        await ch.assertExchange('r-dlx', 'fanout', { durable: true });
        await ch.assertQueue('r-dead', { durable: true });
        await ch.bindQueue('r-dead', 'r-dlx', '');
        await ch.assertQueue('r-work', { durable: true, arguments: { 'x-dead-letter-exchange': 'r-dlx' } });
        await ch.assertQueue('r-ttl', {
            durable: true,
            arguments: { 'x-message-ttl': 1500, 'x-dead-letter-exchange': 'r-dlx' },
        });
        await ch.assertQueue('r-prio', { durable: true, arguments: { 'x-max-priority': 9 } });
        ch.sendToQueue('r-work', Buffer.from('rejected-one'), { persistent: true });
        for (const [b, p] of [
            ['low', 1],
            ['high', 9],
            ['mid', 5],
        ]) {
            ch.sendToQueue('r-prio', Buffer.from(b), { persistent: true, priority: p });
        }
        ch.sendToQueue('r-ttl', Buffer.from('expires-later'), { persistent: true });
        await ch.waitForConfirms();
        const m = await ch.get('r-work');
        assert.ok(m);
        ch.reject(m, false);
        await new Promise((r) => setTimeout(r, 200)); // let the dead letter reach its queue and disk
        await conn.close();
        w = await w.restart(); // SIGTERM + start
        conn = await amqp.connect(w.url);
        ch = await conn.createConfirmChannel();
        const dead = await ch.get('r-dead', { noAck: true });
        assert.ok(dead, 'dead letter survived the restart');
        assert.equal(dead.content.toString(), 'rejected-one');
        const xd = dead.properties.headers?.['x-death'];
        assert.deepEqual([xd[0].reason, xd[0].queue], ['rejected', 'r-work']);
        await conn.close();
        await w.kill();
        w = await w.restart();
        conn = await amqp.connect(w.url);
        ch = await conn.createConfirmChannel();
        const order = [];
        for (let p = await ch.get('r-prio', { noAck: true }); p; p = await ch.get('r-prio', { noAck: true })) {
            order.push(p.content.toString());
        }
        assert.deepEqual(order, ['high', 'mid', 'low']);
        // the 1.5 s TTL ran out across two restarts: expired on schedule, dead-lettered.
        // 'rejected-one' was taken (no-ack) just before the SIGKILL, so it may come back
        // once, flagged redelivered (an ack still buffered at a crash is the one loss allowed)
        let expired = false;
        for (let i = 0; i < 40 && !expired; i++) {
            const d = await ch.get('r-dead', { noAck: true });
            if (d && d.content.toString() === 'rejected-one') {
                assert.equal(d.fields.redelivered, true, 'an acked message comes back only flagged redelivered');
            }
            else if (d)
                expired = d;
            else
                await new Promise((r) => setTimeout(r, 100));
        }
        assert.ok(expired, 'the TTL expired after the restart');
        assert.equal(expired.content.toString(), 'expires-later');
        assert.equal((await ch.checkQueue('r-ttl')).messageCount, 0);
        await conn.close();
    }
    finally {
        await w.stop().catch(() => { });
    }
});
//# sourceMappingURL=restart.test.js.map