// Priority queue: a queue declared with maxPriority (x-max-priority) hands out waiting
// messages highest priority first, oldest first within a priority. Here a backlog of
// routine jobs is waiting when urgent ones arrive; the worker takes the urgent ones next.
//
//   node dist/examples/priorities.js [amqp://guest:guest@127.0.0.1:5672]
import { randomUUID } from 'node:crypto';
import { connect } from 'wharfmq/client';
const url = process.argv[2] ?? process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
setTimeout(() => fail('timed out'), 20_000).unref();
const client = await connect(url);
const jobs = await client.workQueue(`examples.jobs.${randomUUID().slice(0, 8)}`, { maxPriority: 10 });
console.log(`priority queue ${jobs.name} on ${client.url}`);
// The backlog, published before any worker runs: low, normal and high interleaved.
const published = [
    { job: 'report-1', priority: 1 },
    { job: 'email-1', priority: 5 },
    { job: 'report-2', priority: 1 },
    { job: 'PAGE-ONCALL', priority: 9 },
    { job: 'email-2', priority: 5 },
    { job: 'report-3', priority: 1 },
    { job: 'REFUND-VIP', priority: 9 },
];
for (const p of published)
    await jobs.publish(p, { priority: p.priority });
console.log(`published: ${published.map((p) => `${p.job}(${p.priority})`).join(' ')}`);
const order = [];
let finished;
const done = new Promise((resolve) => (finished = resolve));
// prefetch 1: the worker holds one job at a time, so the broker picks the next by priority.
await jobs.consume((msg) => {
    order.push(msg.payload.job);
    if (order.length === published.length)
        finished();
}, { prefetch: 1 });
await done;
await client.close();
console.log(`processed: ${order.join(' ')}`);
const want = 'PAGE-ONCALL REFUND-VIP email-1 email-2 report-1 report-2 report-3';
if (order.join(' ') !== want)
    fail(`expected ${want}`);
console.log('OK: highest priority first, publish order within a priority');
function fail(why) {
    console.error(`FAILED: ${why}`);
    process.exit(1);
}
//# sourceMappingURL=priorities.js.map