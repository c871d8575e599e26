// Delayed retry with exponential backoff. A handler that throws does not block the queue
// and is not retried in a hot loop: the message is acked and a copy (x-attempt + 1) is
// parked for the backoff delay, then comes back to the same queue.
//
//   delay before retry n = min(initialDelayMs * factor^(n-1), maxDelayMs), minus up to `jitter` of it
//
// Where the copy waits ('auto' picks once per client):
// - 'delayed-exchange': an x-delayed-message exchange holds it for exactly that long.
//   Wharf has one built in; RabbitMQ needs the delayed-message plugin.
// - 'ttl-queues': one queue per backoff level, `<queue>.retry.<ms>`, whose message TTL
//   dead-letters the copy back to the queue. Works on any RabbitMQ.
//
//   node dist/examples/delayed-retry.js [amqp://guest:guest@127.0.0.1:5672]
import { randomUUID } from 'node:crypto';
import { connect } from 'wharfmq/client';
const url = process.argv[2] ?? process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
setTimeout(() => fail('timed out'), 20_000).unref();
const client = await connect(url);
const strategy = (await client.hasDelayedExchange()) ? 'delayed-exchange' : 'ttl-queues';
const retry = {
    strategy,
    maxAttempts: 5,
    initialDelayMs: 200,
    factor: 2,
    jitter: 0.1,
};
const webhooks = await client.workQueue(`examples.webhooks.${randomUUID().slice(0, 8)}`);
console.log(`queue ${webhooks.name} on ${client.url}: retries through ${strategy}`);
// A flaky downstream: the first three calls fail.
const attempts = [];
let delivered;
const done = new Promise((resolve) => (delivered = resolve));
await webhooks.consume((msg, ctx) => {
    const now = Date.now();
    const waited = attempts.length ? `, ${now - attempts.at(-1)} ms after the last` : '';
    attempts.push(now);
    if (ctx.attempt <= 3) {
        console.log(`attempt ${ctx.attempt}: 503 from ${msg.payload.hook}${waited}`);
        throw new Error('503 Service Unavailable');
    }
    console.log(`attempt ${ctx.attempt}: delivered${waited}`);
    delivered();
}, { retry });
await webhooks.publish({ hook: 'https://example.com/hook' });
await done;
await client.close();
// Retry n waited about 200 * 2^(n-1) ms: 200, 400, 800 (jitter only shortens, by up to 10 %).
const gaps = attempts.slice(1).map((t, i) => t - attempts[i]);
gaps.forEach((gap, i) => {
    const level = 200 * 2 ** i;
    if (gap < level * 0.9 - 20 || gap > level + 3000)
        fail(`retry ${i + 1} came after ${gap} ms, expected about ${level} ms`);
});
console.log(`OK: delivered on attempt ${attempts.length} after backoffs of ${gaps.join(', ')} ms`);
function fail(why) {
    console.error(`FAILED: ${why}`);
    process.exit(1);
}
//# sourceMappingURL=delayed-retry.js.map