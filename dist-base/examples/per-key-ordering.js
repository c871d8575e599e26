// Per-key ordering (like Kafka's partition keys): N partition queues, a key always maps
// to the same one (jump consistent hash), and each partition has a single active
// consumer, so every customer's events are handled one at a time in publish order
// while different customers proceed in parallel.
//
//   node dist/examples/per-key-ordering.js [amqp://guest:guest@127.0.0.1:5672]
//
// Run the consumer in several processes: the broker keeps one consumer per partition
// active and fails over to another when it goes away.
import { randomUUID } from 'node:crypto';
import { connect } from 'wharfmq/client';
const url = process.argv[2] ?? process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
setTimeout(() => fail('timed out'), 20_000).unref();
const client = await connect(url);
const events = await client.orderedQueues(`examples.accounts.${randomUUID().slice(0, 8)}`, { partitions: 3 });
const customers = ['alice', 'bob', 'erin', 'grace'];
console.log(`${events.partitions.length} partitions on ${client.url}`);
for (const c of customers)
    console.log(`  ${c} -> ${events.queueFor(c)}`);
const seen = new Map();
const TOTAL = customers.length * 5;
let count = 0;
let finished;
const done = new Promise((resolve) => (finished = resolve));
await events.consume(async (msg) => {
    await new Promise((r) => setTimeout(r, Math.random() * 5)); // uneven work
    seen.set(msg.payload.customer, [...(seen.get(msg.payload.customer) ?? []), msg.payload.seq]);
    if (++count === TOTAL)
        finished();
});
// Interleaved: alice 1, bob 1, erin 1, grace 1, alice 2, ... all in flight at once.
const ops = ['open', 'deposit', 'withdraw', 'deposit', 'close'];
await Promise.all(ops.flatMap((op, i) => customers.map((customer) => events.publish(customer, { customer, seq: i + 1, op }))));
await done;
await client.close();
for (const [customer, seqs] of seen) {
    console.log(`${customer}: ${seqs.join(' ')}`);
    if (seqs.join() !== '1,2,3,4,5')
        fail(`${customer}'s events out of order`);
}
console.log(`OK: ${TOTAL} events, each customer's in order`);
function fail(why) {
    console.error(`FAILED: ${why}`);
    process.exit(1);
}
//# sourceMappingURL=per-key-ordering.js.map