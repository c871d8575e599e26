// x-delayed-message as the RabbitMQ delayed-message plugin documents it (Debian's
// RabbitMQ has no plugin, so this is checked against the documented behaviour):
// x-delayed-type picks the routing, x-delay holds the message, released messages carry
// x-delay = -delay; plus Wharf's own promise: held messages survive restarts and crashes.
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
async function setup(url, durable = false) {
    const conn = await amqp.connect(url);
    const ch = await conn.createConfirmChannel();
    const ex = `delayed-${Math.random().toString(36).slice(2)}`;
    const q = `${ex}-q`;
    await ch.assertExchange(ex, 'x-delayed-message', { durable, arguments: { 'x-delayed-type': 'direct' } });
    await ch.assertQueue(q, { durable });
    await ch.bindQueue(q, ex, 'k');
    return { conn, ch, ex, q };
}
function collect(ch, q, n, timeoutMs) {
    return new Promise((resolve, reject) => {
        const got = [];
        const t = setTimeout(() => reject(new Error(`only ${got.length} of ${n} arrived`)), timeoutMs);
        void ch.consume(q, (m) => {
            if (!m)
                return;
            got.push({ m, at: Date.now() });
            if (got.length === n) {
                clearTimeout(t);
                resolve(got);
            }
        }, { noAck: true });
    });
}
describe('x-delayed-message exchange', () => {
    test('x-delayed-type is required and must be a known type', async () => {
        const conn = await amqp.connect(wharf.url);
        try {
            const ch = await conn.createChannel();
            ch.on('error', () => { });
            await assert.rejects(ch.assertExchange('dx-bad', 'x-delayed-message', {}), /406/);
            const ch2 = await conn.createChannel();
            ch2.on('error', () => { });
            conn.on('error', () => { });
            await assert.rejects(ch2.assertExchange('dx-bad2', 'x-delayed-message', { arguments: { 'x-delayed-type': 'nope' } }), /503|COMMAND_INVALID|closed|ended/);
        }
        finally {
            await conn.close().catch(() => { });
        }
    });
    test('held messages arrive after their delay, in due order, with x-delay negated', async () => {
        const { conn, ch, ex, q } = await setup(wharf.url);
        try {
            const t0 = Date.now();
            ch.publish(ex, 'k', Buffer.from('late'), { headers: { 'x-delay': 400 } });
            ch.publish(ex, 'k', Buffer.from('soon'), { headers: { 'x-delay': 150 } });
            ch.publish(ex, 'k', Buffer.from('now'));
            ch.publish(ex, 'k', Buffer.from('negative'), { headers: { 'x-delay': -5 } });
            await ch.waitForConfirms();
            const got = await collect(ch, q, 4, 5000);
            assert.deepEqual(got.map((g) => g.m.content.toString()), ['now', 'negative', 'soon', 'late']);
            assert.ok(got[2].at - t0 >= 140, `soon arrived after ${got[2].at - t0} ms`);
            assert.ok(got[3].at - t0 >= 390, `late arrived after ${got[3].at - t0} ms`);
            assert.equal(got[2].m.properties.headers?.['x-delay'], -150);
            assert.equal(got[3].m.properties.headers?.['x-delay'], -400);
            assert.equal(got[0].m.properties.headers?.['x-delay'], undefined);
            assert.equal(got[2].m.fields.exchange, ex);
        }
        finally {
            await conn.close();
        }
    });
    test('5 000 distinct delays are released in due order', async () => {
        const { conn, ch, ex, q } = await setup(wharf.url);
        try {
            const n = 5000;
            const t0 = Date.now();
            for (let i = 0; i < n; i++) {
                const delay = 1 + ((i * 7919) % 1500);
                ch.publish(ex, 'k', Buffer.from(String(delay)), { headers: { 'x-delay': delay } });
            }
            await ch.waitForConfirms();
            // due = arrival + delay, and arrivals spread over the publishing time
            const spread = Date.now() - t0;
            const got = await collect(ch, q, n, 20_000);
            const delays = got.map((g) => Number(g.m.content.toString()));
            for (let i = 1; i < delays.length; i++) {
                assert.ok(delays[i] >= delays[i - 1] - spread, `out of order at ${i}: ${delays[i - 1]} then ${delays[i]}`);
            }
            const early = got.filter((g) => g.at - t0 < Number(g.m.content.toString()) - 5);
            assert.equal(early.length, 0, 'no message before its delay');
        }
        finally {
            await conn.close();
        }
    });
    test('held messages of a durable exchange survive SIGTERM and SIGKILL', async () => {
        const w = await startWharf();
        try {
            const setupResult = await setup(w.url, true);
            const { ex, q } = setupResult;
            let { conn, ch } = setupResult;
            ch.publish(ex, 'k', Buffer.from('across-restart'), { headers: { 'x-delay': 800 }, persistent: true });
            await ch.waitForConfirms();
            await conn.close();
            let w2 = await w.restart();
            conn = await amqp.connect(w2.url);
            ch = await conn.createConfirmChannel();
            const first = await collect(ch, q, 1, 5000);
            assert.equal(first[0].m.content.toString(), 'across-restart');
            assert.equal(first[0].m.properties.deliveryMode, 2);
            ch.publish(ex, 'k', Buffer.from('across-crash'), { headers: { 'x-delay': 600 }, persistent: true });
            await ch.waitForConfirms();
            conn.on('error', () => { }); // the broker is about to be killed under it
            await w2.kill();
            w2 = await w2.restart();
            const conn2 = await amqp.connect(w2.url);
            const ch2 = await conn2.createChannel();
            // at-least-once: 'across-restart' may come again if the crash fell between its
            // release and the removal of its held copy; 'across-crash' must arrive
            const seen = [];
            await new Promise((resolve, reject) => {
                const t = setTimeout(() => reject(new Error(`saw ${JSON.stringify(seen)}`)), 5000);
                void ch2.consume(q, (m) => {
                    if (!m)
                        return;
                    seen.push(m.content.toString());
                    if (m.content.toString() === 'across-crash') {
                        clearTimeout(t);
                        resolve();
                    }
                }, { noAck: true });
            });
            assert.ok(seen.filter((b) => b === 'across-restart').length <= 1, JSON.stringify(seen));
            assert.equal(seen.filter((b) => b === 'across-crash').length, 1);
            await conn2.close();
            await w2.stop();
        }
        finally {
            await w.stop().catch(() => { });
        }
    });
});
//# sourceMappingURL=delayed-exchange.test.js.map