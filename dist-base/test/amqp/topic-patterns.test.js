// Issue 11, item 6: topic patterns chosen to make a backtracking matcher exponential
// (`#.a.#.a.#.a.#.a.#.a.#.b` against 127 words, 12 × `#.*` then `z` against 100 words)
// froze the broker for minutes, and since every bind cleared the match cache, anyone who
// could bind and publish could stall every client. Here a publisher uses them, binding
// between publishes, while another client's round trips must still be answered.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closeQuietly, open, withTimeout } from '../helpers/amqp.js';
import { startWharf, uniqueName } from '../helpers/brokers.js';
let wharf;
before(async () => {
    wharf = await startWharf();
});
after(async () => {
    // SIGKILL: a broker stuck in a match would not answer SIGTERM in time
    await wharf?.kill();
});
const words = (n) => Array(n).fill('a').join('.');
test('adversarial topic patterns route in bounded time while other clients are answered', async () => {
    const conn = await open(wharf.url);
    const probe = await open(wharf.url);
    try {
        const ch = await conn.createConfirmChannel();
        const x = uniqueName('wharf-test-topic');
        await ch.assertExchange(x, 'topic', { durable: false, autoDelete: true });
        const q = (await ch.assertQueue('', { exclusive: true })).queue;
        await ch.bindQueue(q, x, '#.a.#.a.#.a.#.a.#.a.#.b');
        await ch.bindQueue(q, x, `${'#.*.'.repeat(12)}z`);
        const probeCh = await probe.createChannel();
        let routed = 0;
        for (let round = 0; round < 3; round++) {
            // a new binding each round: the old matcher's cache was cleared by every bind
            await ch.bindQueue(q, x, `never.${round}`);
            ch.publish(x, words(127), Buffer.from('no match'));
            ch.publish(x, words(100), Buffer.from('no match'));
            ch.publish(x, `${words(126)}.b`, Buffer.from('match'));
            ch.publish(x, `${words(99)}.z`, Buffer.from('match'));
            routed += 2;
            await withTimeout(ch.waitForConfirms(), 10_000, `confirms of round ${round}`);
            const t0 = Date.now();
            await withTimeout(probeCh.checkExchange(x), 2000, "another client's round trip");
            assert.ok(Date.now() - t0 < 2000);
        }
        assert.equal((await ch.checkQueue(q)).messageCount, routed);
    }
    finally {
        await closeQuietly(conn);
        await closeQuietly(probe);
    }
});
//# sourceMappingURL=topic-patterns.test.js.map