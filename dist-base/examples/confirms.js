// Publisher confirms: publish() resolves only once the broker has taken responsibility
// for the message (for a persistent message on a durable queue: stored), and rejects
// with a PublishError saying why when it did not: 'unroutable' (no queue took a
// mandatory message), 'nack' (the broker refused it), 'closed', 'timeout'.
//
//   node dist/examples/confirms.js [amqp://guest:guest@127.0.0.1:5672]
import { randomUUID } from 'node:crypto';
import { connect, PublishError } from 'wharfmq/client';
const url = process.argv[2] ?? process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
setTimeout(() => fail('timed out'), 20_000).unref();
const client = await connect(url);
const run = randomUUID().slice(0, 8);
const payments = await client.workQueue(`examples.payments.${run}`);
console.log(`queue ${payments.name} on ${client.url}`);
// One at a time: when this line returns, the broker has the message.
await payments.publish({ paymentId: 'p-1', amount: 42 }, { type: 'payment.requested' });
console.log('p-1 confirmed');
// Many in flight on one confirm channel (up to maxInFlight), one result each.
const started = Date.now();
const results = await client.publishMany(Array.from({ length: 200 }, (_, i) => ({
    exchange: '',
    routingKey: payments.name,
    payload: { paymentId: `p-${i + 2}`, amount: i },
})));
const confirmed = results.filter((r) => r.status === 'fulfilled').length;
console.log(`${confirmed}/200 more confirmed in ${Date.now() - started} ms`);
if (confirmed !== 200)
    fail('not every message was confirmed');
// Unroutable: no queue by that name. mandatory is the default, so the broker returns it.
const lost = await client.publish('', `examples.no-such-queue.${run}`, { paymentId: 'p-x' }).catch((e) => e);
if (!(lost instanceof PublishError) || lost.reason !== 'unroutable')
    fail(`expected unroutable, got ${lost}`);
console.log(`to a queue that does not exist: rejected (${lost.reason})`);
// Nack: a full queue that refuses new messages (x-overflow: reject-publish).
const full = await client.declareQueue(`examples.full.${run}`, {
    exclusive: true, // gone with this connection
    maxLength: 1,
    arguments: { 'x-overflow': 'reject-publish' },
});
await client.publish('', full.name, 'first');
const refused = await client.publish('', full.name, 'second').catch((e) => e);
if (!(refused instanceof PublishError) || refused.reason !== 'nack')
    fail(`expected nack, got ${refused}`);
console.log(`to a full queue: rejected (${refused.reason})`);
// Everything confirmed is really there: count it back.
let received = 0;
let allArrived;
const arrived = new Promise((resolve) => (allArrived = resolve));
await payments.consume(() => {
    if (++received === 201)
        allArrived();
});
await arrived;
console.log(`consumed ${received} payments: every confirmed message arrived`);
await client.close();
console.log('OK: confirmed publishes arrived, unroutable and refused ones were reported');
function fail(why) {
    console.error(`FAILED: ${why}`);
    process.exit(1);
}
//# sourceMappingURL=confirms.js.map