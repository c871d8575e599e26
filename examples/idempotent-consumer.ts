// Idempotent consumer: AMQP delivers at least once, so the same message can arrive
// twice — redelivered by the broker when an ack was lost, or published twice (the SDK
// re-sends unconfirmed publishes after a reconnect, with the same message id). With a
// dedup store the consumer claims each message id before the handler runs; a claimed id
// is acked without running the handler again.
//
//   node dist/examples/idempotent-consumer.js [amqp://guest:guest@127.0.0.1:5672]
//
// MemoryDedupStore is per process. Share a RedisDedupStore or PostgresDedupStore
// between instances, or claim the id in the handler's own database transaction
// (processOncePg / processOnceSqlite, see outbox.ts) so the work and the claim commit
// together. Mind the difference: a store's claim is taken before the handler runs and
// released only if the handler throws, so with a shared store a process that dies
// before finishing the work leaves the claim, and the redelivery is skipped as a
// duplicate (until dedupTtlSeconds). The same-transaction variants do not have that gap.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect, MemoryDedupStore } from 'wharf/client';

const url = process.argv[2] ?? process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
setTimeout(() => fail('timed out'), 20_000).unref();

interface Credit {
  account: string;
  amount: number;
}

const client = await connect(url);
const credits = await client.workQueue(`examples.credits.${randomUUID().slice(0, 8)}`);
console.log(`queue ${credits.name} on ${client.url}`);
client.on('handled', (e) =>
  console.log(
    `  ${e.messageId} ${e.outcome}${e.outcome === 'requeue' ? ' (no ack: the broker redelivers)' : ''}`,
  ),
);

const dedup = new MemoryDedupStore();
const balances = new Map<string, number>();
const credit = (c: Credit) => balances.set(c.account, (balances.get(c.account) ?? 0) + c.amount);

// 1. A redelivery: the first consumer credits the account, then stops before it could
//    ack (here: its subscription is cancelled with a short deadline; in real life a
//    crash or a dropped connection). The broker delivers the message again.
let creditedOnce!: () => void;
const credited = new Promise<void>((resolve) => (creditedOnce = resolve));
const first = await credits.consume<Credit>(
  async (msg, ctx) => {
    credit(msg.payload);
    creditedOnce();
    await once(ctx.signal, 'abort'); // hangs until the shutdown deadline: the ack never goes out
  },
  { dedup },
);
await credits.publish<Credit>({ account: 'alice', amount: 100 }, { messageId: 'credit-1' });
await credited;
await first.cancel({ deadlineMs: 100 });

let redelivered = false;
client.on('handled', (e) => {
  if (e.messageId === 'credit-1' && e.outcome === 'duplicate') redelivered = true;
});
await credits.consume<Credit>((msg) => credit(msg.payload), { dedup }); // the restarted consumer: same store
await until(() => redelivered);

// 2. A duplicate publish: the same message id twice (e.g. re-sent after a reconnect).
await credits.publish<Credit>({ account: 'bob', amount: 50 }, { messageId: 'credit-2' });
await credits.publish<Credit>({ account: 'bob', amount: 50 }, { messageId: 'credit-2' });
await until(
  () => client.metrics.counter('messages_handled_total', { queue: credits.name, outcome: 'duplicate' }) === 2,
);
await client.close();

console.log(`balances: alice ${balances.get('alice')}, bob ${balances.get('bob')}`);
if (balances.get('alice') !== 100 || balances.get('bob') !== 50) fail('a duplicate was processed');
console.log('OK: the redelivered and the re-published credit were each applied once');

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await sleep(10);
}

function fail(why: string): never {
  console.error(`FAILED: ${why}`);
  process.exit(1);
}
