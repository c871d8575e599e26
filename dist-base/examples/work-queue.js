// Work queue (competing consumers): a producer puts tasks on one durable queue and
// several workers share them; each task goes to exactly one worker and is acked only
// after the worker finished it (prefetch 1: a busy worker gets no more).
//
//   node dist/examples/work-queue.js [amqp://guest:guest@127.0.0.1:5672]
//
// In production each worker is its own process running `tasks.consume(...)`; here three
// consumers in one process stand in for them.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect } from 'wharfmq/client';
const url = process.argv[2] ?? process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
setTimeout(() => fail('timed out'), 20_000).unref();
const client = await connect(url);
const tasks = await client.workQueue(`examples.tasks.${randomUUID().slice(0, 8)}`);
console.log(`queue ${tasks.name} on ${client.url}`);
const TASKS = 12;
const doneBy = new Map(); // task id -> worker
let allDone;
const finished = new Promise((resolve) => (allDone = resolve));
for (const worker of ['worker-1', 'worker-2', 'worker-3']) {
    await tasks.consume(async (msg) => {
        await sleep(20); // the work
        if (doneBy.has(msg.payload.id))
            fail(`task ${msg.payload.id} processed twice`);
        doneBy.set(msg.payload.id, worker);
        if (doneBy.size === TASKS)
            allDone();
    }, { prefetch: 1 });
}
// Each publish resolves once the broker confirmed the (persistent) task.
await Promise.all(Array.from({ length: TASKS }, (_, id) => tasks.publish({ id, work: `resize image ${id}` })));
console.log(`published ${TASKS} tasks (confirmed)`);
await finished;
const perWorker = new Map();
for (const [id, worker] of doneBy)
    perWorker.set(worker, [...(perWorker.get(worker) ?? []), id]);
for (const [worker, ids] of [...perWorker].sort())
    console.log(`${worker} did ${ids.length}: ${ids.sort((a, b) => a - b).join(', ')}`);
await client.close();
if (perWorker.size < 2)
    fail('the tasks were not shared between the workers');
console.log(`OK: ${TASKS} tasks, each done once, shared by ${perWorker.size} workers`);
function fail(why) {
    console.error(`FAILED: ${why}`);
    process.exit(1);
}
//# sourceMappingURL=work-queue.js.map