// Topic routing: a topic exchange routes each event by its routing key to the queues
// whose binding pattern matches (`*` is one word, `#` zero or more words):
//
//   orders.created  -> order service
//   orders.*        -> analytics
//   #.payment       -> payment service
//
//   node dist/examples/topic-routing.js [amqp://guest:guest@127.0.0.1:5672]
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect } from 'wharfmq/client';
const url = process.argv[2] ?? process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
setTimeout(() => fail('timed out'), 20_000).unref();
const client = await connect(url);
const events = await client.topic(`examples.topic.${randomUUID().slice(0, 8)}`, { autoDelete: true });
console.log(`topic exchange ${events.exchange} on ${client.url}`);
const subscribers = { orders: 'orders.created', analytics: 'orders.*', payments: '#.payment' };
const got = { orders: [], analytics: [], payments: [] };
for (const [service, pattern] of Object.entries(subscribers)) {
    await events.subscribe(pattern, (msg) => {
        got[service].push(msg.routingKey);
    });
}
const keys = ['orders.created', 'orders.shipped', 'orders.payment', 'refunds.eu.payment', 'users.created'];
for (const key of keys)
    await events.publish(key, { key, at: new Date().toISOString() });
// Who should get what: routing is the broker's, this is only the check.
const want = {
    orders: ['orders.created'],
    analytics: ['orders.created', 'orders.shipped', 'orders.payment'],
    payments: ['orders.payment', 'refunds.eu.payment'],
};
const total = Object.values(want).flat().length;
while (Object.values(got).flat().length < total)
    await sleep(10);
await sleep(200); // anything routed by mistake would arrive in this time too
await client.close();
for (const service of Object.keys(subscribers)) {
    const pattern = subscribers[service];
    console.log(`${service.padEnd(9)} (${pattern.padEnd(14)}) got ${got[service].join(', ')}`);
    if (got[service].join() !== want[service].join())
        fail(`${service} expected ${want[service].join(', ')}`);
}
console.log('OK: every event reached exactly the matching subscribers (users.created: nobody)');
function fail(why) {
    console.error(`FAILED: ${why}`);
    process.exit(1);
}
//# sourceMappingURL=topic-routing.js.map