// Scheduled and repeatable jobs (BullMQ's repeatable jobs), held by the broker. Every
// worker calls client.schedule() with the same name; the broker lets one of them tick at
// a time (a single-active-consumer queue holding the schedule's cursor), so each tick
// publishes one job to the work queue, however many workers are up. If the ticking
// worker dies, another takes over without losing a tick. Jobs are ordinary messages:
// consume them with retries, dead letters and dedup as usual.
//
// Here two workers (two connections) run a schedule that ticks every 500 ms for a few
// seconds; a cron expression works the same way (`{ cron: '0 6 * * 1-5' }`, UTC).
//
//   node dist/examples/scheduled-jobs.js [amqp://guest:guest@127.0.0.1:5672]
import { randomUUID } from 'node:crypto';
import { connect, CronExpression, SCHEDULE_HEADER } from 'wharfmq/client';
const url = process.argv[2] ?? process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
setTimeout(() => fail('timed out'), 20_000).unref();
const name = `examples.sweep.${randomUUID().slice(0, 8)}`;
const workers = [await connect(url), await connect(url)];
const schedules = [];
for (const w of workers)
    schedules.push(await w.schedule(name, { every: 500, payload: { task: 'sweep' } }));
console.log(`schedule ${name} on ${workers[0].url}: every 500 ms, two workers`);
// Both workers also consume the jobs, as competing consumers.
const ticks = [];
for (const [i, w] of workers.entries()) {
    await w.consume(name, (msg) => {
        const tick = String(msg.headers[SCHEDULE_HEADER.tick]);
        ticks.push(tick);
        console.log(`worker ${i + 1}: ${msg.payload.task} for tick ${tick}`);
    });
}
await new Promise((r) => setTimeout(r, 3000));
for (const w of workers)
    w.on('error', () => { }); // the other worker hears it was removed
await schedules[0].remove(); // deletes the schedule for every worker
await new Promise((r) => setTimeout(r, 300));
for (const w of workers)
    await w.close();
const sorted = ticks.map((t) => Date.parse(t)).sort((a, b) => a - b);
if (sorted.length < 4)
    fail(`only ${sorted.length} ticks in 3 s`);
if (new Set(sorted).size !== sorted.length)
    fail('a tick ran twice');
sorted.slice(1).forEach((t, i) => {
    if (t - sorted[i] !== 500)
        fail(`ticks ${sorted[i]} and ${t} are not 500 ms apart`);
});
const weekdays = new CronExpression('0 6 * * 1-5');
console.log(`next weekday 06:00 UTC: ${weekdays.next(new Date()).toISOString()}`);
console.log(`OK: ${sorted.length} ticks, one job each, between two workers`);
function fail(why) {
    console.error(`FAILED: ${why}`);
    process.exit(1);
}
//# sourceMappingURL=scheduled-jobs.js.map