// Dead-letter queue with replay. A consumer retries failures with backoff; a message
// that cannot be processed (a PermanentError at once, anything else after maxAttempts)
// is moved to `<queue>.dlq` with headers saying why, and the queue keeps flowing. After
// the bug is fixed the dead letters are replayed: moved back to the queue they came
// from, with their message id, for a fresh set of attempts.
//
//   node dist/examples/dlq-replay.js [amqp://guest:guest@127.0.0.1:5672]
//
// The replay here is an ordinary consumer of the DLQ that republishes, so it works on
// RabbitMQ too. On Wharf an operator can do the same without code:
//   wharf dlq replay examples.orders.xxxx.dlq --routing-key examples.orders.xxxx
// (or POST /api/queues/%2F/<dlq>/replay with target {exchange: '', routing_key}). The
// SDK's dead letters carry no x-death, so name the target queue; such a replay keeps
// the x-attempt header, so a message that had used up its attempts is not retried again.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect, PermanentError } from 'wharfmq/client';
const url = process.argv[2] ?? process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
setTimeout(() => fail('timed out'), 20_000).unref();
const client = await connect(url);
const orders = await client.workQueue(`examples.orders.${randomUUID().slice(0, 8)}`);
const dlq = `${orders.name}.dlq`; // the default dead-letter queue
console.log(`queue ${orders.name}, dead letters to ${dlq} (${client.url})`);
let bugFixed = false;
const processed = [];
await orders.consume((msg) => {
    if (msg.payload.amount < 0)
        throw new PermanentError('negative amount'); // no point retrying
    if (msg.payload.currency === 'CHF' && !bugFixed)
        throw new Error('no exchange rate for CHF'); // the bug
    processed.push(msg.id);
}, { retry: { maxAttempts: 3, initialDelayMs: 100, factor: 2 } });
const deadLettered = []; // ids, once their copy is confirmed in the DLQ
client.on('handled', (e) => {
    if (e.queue !== orders.name)
        return;
    console.log(`  ${e.messageId} attempt ${e.attempt}: ${e.outcome}${e.error ? ` (${e.error.message})` : ''}`);
    if (e.outcome === 'dead-letter')
        deadLettered.push(e.messageId);
});
const batch = [
    { orderId: 'o-1', amount: 10, currency: 'EUR' },
    { orderId: 'o-2', amount: -5, currency: 'EUR' },
    { orderId: 'o-3', amount: 30, currency: 'CHF' },
    { orderId: 'o-4', amount: 40, currency: 'EUR' },
];
for (const order of batch)
    await orders.publish(order, { messageId: order.orderId });
await until(() => processed.length === 2 && deadLettered.length === 2);
console.log(`processed ${processed.join(', ')}; 2 in ${dlq}`);
// Deploy the fix, then replay the two dead letters.
bugFixed = true;
let replayed = 0;
const replay = client.consume(dlq, async (msg) => {
    const { 'x-failure-reason': reason, 'x-failure-message': why, 'x-original-queue': queue, 'x-attempt': _attempt, // start counting attempts again
    ...headers } = msg.headers;
    console.log(`replaying ${msg.id} to ${queue} (it failed: ${reason}, ${why})`);
    if (++replayed === 2)
        void replay.then((s) => s.cancel()); // only what was there: no chasing
    await client.publish('', String(queue), msg.payload, { messageId: msg.id, type: msg.type, headers });
}, { retry: false, deadLetterQueue: false, prefetch: 1 });
await replay;
await until(() => processed.includes('o-3') && deadLettered.length === 3);
await client.close();
console.log(`processed ${processed.join(', ')}; o-2 is back in ${dlq} (still a negative amount)`);
if (processed.sort().join() !== 'o-1,o-3,o-4')
    fail('expected o-1, o-3 and o-4 processed');
if (deadLettered.join() !== 'o-2,o-3,o-2')
    fail(`dead-lettered ${deadLettered.join()}, expected o-2, o-3, o-2`);
console.log('OK: the failures were dead-lettered, the fixed one succeeded on replay');
async function until(condition) {
    while (!condition())
        await sleep(10);
}
function fail(why) {
    console.error(`FAILED: ${why}`);
    process.exit(1);
}
//# sourceMappingURL=dlq-replay.js.map