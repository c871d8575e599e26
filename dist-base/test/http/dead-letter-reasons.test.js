// Dead-letter queues are recognised as such and show their depth by reason: 3 messages
// rejected, 2 expired and 1 dropped by max-length arrive in one dead-letter queue;
// GET /api/queues/%2F/{dlq} reports {rejected: 3, expired: 2, maxlen: 1}. Reading the
// reasons delivers nothing: afterwards the messages come out in their order, not
// flagged redelivered, and the queue's delivery counters did not move.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import amqp from 'amqplib';
import { startWharf, uniqueName } from '../helpers/brokers.js';
let wharf;
before(async () => {
    wharf = await startWharf();
});
after(async () => {
    await wharf?.stop();
});
const auth = { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` };
const api = async (path) => {
    const res = await fetch(`http://127.0.0.1:${wharf.httpPort}${path}`, { headers: auth });
    assert.equal(res.status, 200, path);
    return res.json();
};
async function readyAtLeast(queue, n) {
    const deadline = Date.now() + 5000;
    let q = await api(`/api/queues/%2F/${queue}`);
    while (q.messages_ready < n && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
        q = await api(`/api/queues/%2F/${queue}`);
    }
    return q;
}
test('a dead-letter queue reports its depth by reason without disturbing its messages', async () => {
    const dlx = uniqueName('dlx');
    const dlq = uniqueName('dlq');
    const work = uniqueName('work');
    const short = uniqueName('short');
    const conn = await amqp.connect(wharf.url);
    try {
        const ch = await conn.createConfirmChannel();
        await ch.assertExchange(dlx, 'fanout', { durable: true });
        await ch.assertQueue(dlq, { durable: true });
        await ch.bindQueue(dlq, dlx, '');
        await ch.assertQueue(work, { durable: true, arguments: { 'x-dead-letter-exchange': dlx } });
        await ch.assertQueue(short, {
            durable: true,
            arguments: { 'x-dead-letter-exchange': dlx, 'x-max-length': 1 },
        });
        for (let i = 0; i < 3; i++)
            ch.sendToQueue(work, Buffer.from(`rejected-${i}`), { persistent: true });
        await ch.waitForConfirms();
        for (let i = 0; i < 3; i++) {
            const m = await ch.get(work);
            assert.ok(m);
            ch.nack(m, false, false);
        }
        for (let i = 0; i < 2; i++) {
            ch.sendToQueue(work, Buffer.from(`expired-${i}`), { persistent: true, expiration: '1' });
        }
        await ch.waitForConfirms();
        await readyAtLeast(dlq, 5); // expiry runs on a timer: let it finish so the arrival order is fixed
        ch.sendToQueue(short, Buffer.from('maxlen-0'), { persistent: true });
        ch.sendToQueue(short, Buffer.from('kept'), { persistent: true }); // drops maxlen-0 from the head
        await ch.waitForConfirms();
        const q = await readyAtLeast(dlq, 6);
        assert.equal(q.messages_ready, 6);
        assert.equal(q.dead_letter_queue, true);
        assert.deepEqual(q.dead_letter_reasons, { rejected: 3, expired: 2, maxlen: 1 });
        assert.equal(q.dead_letter_reasons_complete, true);
        assert.equal(q.message_stats.deliver_get, 0, 'reading the reasons delivered nothing');
        const list = await api('/api/queues/%2F');
        const flag = (name) => list.find((x) => x.name === name).dead_letter_queue;
        assert.equal(flag(dlq), true);
        assert.equal(flag(work), false);
        assert.equal(flag(short), false);
        assert.equal(list.find((x) => x.name === dlq).dead_letter_reasons, undefined);
        // read it twice more: still the same, and the messages come out untouched, in order
        assert.deepEqual((await api(`/api/queues/%2F/${dlq}`)).dead_letter_reasons, q.dead_letter_reasons);
        const seen = [];
        for (;;) {
            const m = await ch.get(dlq, { noAck: true });
            if (!m)
                break;
            seen.push({ body: m.content.toString(), redelivered: m.fields.redelivered });
        }
        assert.deepEqual(seen.map((s) => s.body), ['rejected-0', 'rejected-1', 'rejected-2', 'expired-0', 'expired-1', 'maxlen-0']);
        assert.ok(seen.every((s) => !s.redelivered), 'inspected messages are not flagged redelivered');
    }
    finally {
        await conn.close();
    }
});
//# sourceMappingURL=dead-letter-reasons.test.js.map