// Idempotent consumer: AMQP delivers at least once, so the same message can arrive
// twice — redelivered by the broker when an ack was lost, or published twice (the SDK
// re-sends unconfirmed publishes after a reconnect, with the same message id). With a
// dedup store the consumer claims each message id before the handler runs: first as a
// short lease (in progress), then, once the handler resolved, as done. A done id is
// acked without running the handler again; a copy whose id is leased by another
// consumer waits until that one finishes, gives up, or its lease runs out.
//
//   node dist/examples/idempotent-consumer.js [amqp://guest:guest@127.0.0.1:5672]
//
// MemoryDedupStore is per process. Share a RedisDedupStore or PostgresDedupStore
// between instances. A consumer that dies mid-handler leaves only its lease, so its
// message is processed by another consumer once the lease ran out (dedupLeaseSeconds,
// default 60 s; 1 s here). A handler that runs longer than the lease may run twice:
// where the work writes to a database, claim the id in the work's own transaction
// (processOncePg / processOnceSqlite, see outbox.ts) so the work and the claim commit
// together.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect, MemoryDedupStore } from 'wharfmq/client';
const url = process.argv[2] ?? process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
setTimeout(() => fail('timed out'), 20_000).unref();
const client = await connect(url);
const credits = await client.workQueue(`examples.credits.${randomUUID().slice(0, 8)}`);
console.log(`queue ${credits.name} on ${client.url}`);
client.on('handled', (e) => console.log(`  ${e.messageId} ${e.outcome}${e.outcome === 'requeue' ? ' (no ack: the broker redelivers)' : ''}`));
const dedup = new MemoryDedupStore();
const balances = new Map();
const credit = (c) => balances.set(c.account, (balances.get(c.account) ?? 0) + c.amount);
// 1. A consumer that stops mid-handler: its handler is stuck in a call that never
//    returns, and its subscription is cancelled with a short deadline (in real life: the
//    process was killed). The broker delivers the message again; the id is still leased
//    by the stuck handler, so the restarted consumer holds the message back until the
//    lease ran out, then credits the account: the message is not lost.
const LEASE_SECONDS = 1;
let startedOnce;
const started = new Promise((resolve) => (startedOnce = resolve));
const first = await credits.consume(async () => {
    startedOnce();
    await new Promise(() => undefined); // stuck before the credit was applied
}, { dedup, dedupLeaseSeconds: LEASE_SECONDS });
await credits.publish({ account: 'alice', amount: 100 }, { messageId: 'credit-1' });
await started;
const stoppedAt = Date.now();
await first.cancel({ deadlineMs: 100 });
let creditedAt = 0;
// The restarted consumer, with the same store.
await credits.consume((msg) => {
    credit(msg.payload);
    if (msg.id === 'credit-1')
        creditedAt = Date.now();
}, { dedup, dedupLeaseSeconds: LEASE_SECONDS });
await until(() => creditedAt > 0);
console.log(`  credit-1 applied ${creditedAt - stoppedAt} ms after the first consumer stopped (lease ${LEASE_SECONDS} s)`);
// 2. A duplicate publish: the same message id twice (e.g. re-sent after a reconnect).
await credits.publish({ account: 'bob', amount: 50 }, { messageId: 'credit-2' });
await credits.publish({ account: 'bob', amount: 50 }, { messageId: 'credit-2' });
await until(() => client.metrics.counter('messages_handled_total', { queue: credits.name, outcome: 'duplicate' }) === 1);
await client.close();
console.log(`balances: alice ${balances.get('alice')}, bob ${balances.get('bob')}`);
if (balances.get('alice') !== 100 || balances.get('bob') !== 50)
    fail('a credit was lost or applied twice');
console.log('OK: the interrupted credit was applied once, after the lease; the re-published one once');
async function until(condition) {
    while (!condition())
        await sleep(10);
}
function fail(why) {
    console.error(`FAILED: ${why}`);
    process.exit(1);
}
//# sourceMappingURL=idempotent-consumer.js.map