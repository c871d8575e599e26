// Scheduled jobs on Wharf and RabbitMQ: several workers of one schedule publish one job
// per tick between them, with no gap; the active ticker SIGKILLed (a real process) hands
// over without losing a tick; ticks missed while nobody ran fire once, as the latest of
// them (cron); remove() deletes the schedule for every worker.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, describe, test } from 'node:test';
import { uniqueName } from '../helpers/brokers.js';
import { SCHEDULE_HEADER, scheduleQueueName } from '../../src/client/index.js';
import { client, raw, setupBrokers, sleep, TcpProxy, waitFor } from './support.js';
const brokers = await setupBrokers();
const childPath = new URL('./schedule-worker-child.js', import.meta.url).pathname;
const children = new Set();
after(() => {
    for (const child of children)
        child.kill('SIGKILL');
});
/** Collects the jobs of a queue as they come (raw amqplib: nothing of the SDK on this side). */
async function collect(r, queue) {
    const jobs = [];
    await r.ch.assertQueue(queue, { durable: true });
    await r.ch.consume(queue, (m) => {
        if (!m)
            return;
        const tick = Date.parse(String(m.properties.headers?.[SCHEDULE_HEADER.tick]));
        jobs.push({ id: String(m.properties.messageId), tick, payload: JSON.parse(m.content.toString()) });
    }, { noAck: true });
    return jobs;
}
/** The ticks from first to last, each `every` apart: no gap, no repeat. */
function assertContiguous(jobs, every, name) {
    const ticks = jobs.map((j) => j.tick).sort((a, b) => a - b);
    for (let i = 1; i < ticks.length; i++)
        assert.equal(ticks[i] - ticks[i - 1], every, `ticks ${ticks.map((t) => new Date(t).toISOString()).join(', ')}`);
    for (const j of jobs) {
        assert.equal(j.tick % every, 0, 'ticks fall on multiples of every');
        assert.equal(j.id, `${name}@${new Date(j.tick).toISOString()}`);
    }
}
/**
 * At most the tick in flight when a worker went away comes again: the successor publishes
 * it, and after a dropped connection (not a kill) the old worker's publisher may resend
 * it too. Always with its message id; every other tick exactly once.
 */
function assertOneTickRepeated(jobs) {
    const counts = new Map();
    for (const j of jobs)
        counts.set(j.id, (counts.get(j.id) ?? 0) + 1);
    const repeated = [...counts].filter(([, n]) => n > 1);
    assert.ok(repeated.length <= 1, `ticks repeated: ${JSON.stringify(repeated)}`);
    assert.ok((repeated[0]?.[1] ?? 1) <= 3, `a tick came ${repeated[0]?.[1]} times`);
}
function startChild(args) {
    const child = spawn(process.execPath, [childPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    child.once('exit', () => children.delete(child));
    let out = '';
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`schedule child not ready:\n${out}`)), 15_000);
        child.stderr.on('data', (d) => (out += d.toString()));
        child.stdout.on('data', (d) => {
            out += d.toString();
            if (out.includes('ready\n')) {
                clearTimeout(timer);
                resolve(child);
            }
        });
        child.once('exit', (code) => {
            clearTimeout(timer);
            reject(new Error(`schedule child exited with ${code}:\n${out}`));
        });
    });
}
for (const broker of brokers) {
    describe(`scheduled jobs on ${broker.name}`, () => {
        test('three workers of one schedule: one job per tick, none missing', async (t) => {
            const name = uniqueName('sdk-sched');
            const r = await raw(broker.url, t);
            r.cleanup(t, [name, scheduleQueueName(name)]);
            const jobs = await collect(r, name);
            const workers = await Promise.all([1, 2, 3].map(() => client(broker.url, t)));
            const schedules = [];
            for (const w of workers)
                schedules.push(await w.schedule(name, { every: 300, payload: { report: 'daily' } }));
            await waitFor(() => jobs.length >= 8, 10_000, 'eight ticks');
            for (const s of schedules)
                await s.stop();
            const seen = jobs.length;
            await sleep(700);
            assert.equal(jobs.length, seen, 'no tick after every worker stopped');
            assertContiguous(jobs, 300, name);
            assert.equal(new Set(jobs.map((j) => j.id)).size, jobs.length, 'no tick twice');
            assert.deepEqual(jobs[0].payload, { report: 'daily' });
            await schedules[0].remove();
            assert.equal(await workers[0].queueInfo(scheduleQueueName(name)), null, 'remove() deleted the schedule queue');
        });
        test('the active ticker SIGKILLed: another worker goes on without losing a tick', async (t) => {
            const name = uniqueName('sdk-sched-kill');
            const r = await raw(broker.url, t);
            r.cleanup(t, [name, scheduleQueueName(name)]);
            const jobs = await collect(r, name);
            // First to consume, so the broker makes it the single active consumer.
            const child = await startChild([broker.url, name, '250']);
            await waitFor(() => jobs.length >= 2, 10_000, 'the child ticking');
            const others = await Promise.all([1, 2].map(() => client(broker.url, t)));
            for (const w of others)
                await w.schedule(name, { every: 250 });
            await waitFor(() => jobs.length >= 4, 10_000, 'more ticks');
            const beforeKill = jobs.length;
            child.kill('SIGKILL');
            await waitFor(() => jobs.length >= beforeKill + 6, 15_000, 'ticks after the kill');
            // The tick in flight at the kill may come again (same message id); no tick is missing.
            const unique = new Map(jobs.map((j) => [j.id, j]));
            assertOneTickRepeated(jobs);
            assertContiguous([...unique.values()], 250, name);
        });
        test('the active ticker loses its connection: the other worker goes on, the first comes back as a follower', async (t) => {
            const name = uniqueName('sdk-sched-drop');
            const r = await raw(broker.url, t);
            r.cleanup(t, [name, scheduleQueueName(name)]);
            const jobs = await collect(r, name);
            const proxy = await TcpProxy.start(broker.url);
            t.after(() => proxy.stop());
            // A short holdMs: the held cursor is republished many times over the test.
            const options = { every: 250, holdMs: 60 };
            const first = await client(proxy.url(broker.url), t);
            first.on('error', () => { });
            const reconnected = new Promise((resolve) => first.on('connected', (e) => void (e.reconnect && resolve())));
            await first.schedule(name, options);
            await waitFor(() => jobs.length >= 2, 10_000, 'the first worker ticking');
            const second = await client(broker.url, t);
            await second.schedule(name, options);
            await waitFor(() => jobs.length >= 4, 10_000, 'more ticks');
            proxy.cut();
            await reconnected;
            const afterReconnect = jobs.length;
            await waitFor(() => jobs.length >= afterReconnect + 6, 15_000, 'ticks after the reconnect');
            const unique = new Map(jobs.map((j) => [j.id, j]));
            assertOneTickRepeated(jobs);
            assertContiguous([...unique.values()], 250, name);
            // Refreshes retire the cursor they replace: nothing piles up in the schedule queue.
            const info = await second.queueInfo(scheduleQueueName(name));
            assert.ok(info && info.messageCount <= 2, `${info?.messageCount} cursors ready`);
            assert.equal(info?.consumerCount, 2, 'both workers consume the schedule queue again');
        });
        test('cron: minutes missed while no worker ran fire once, as the latest', async (t) => {
            const name = uniqueName('sdk-sched-cron');
            const r = await raw(broker.url, t);
            r.cleanup(t, [name, scheduleQueueName(name)]);
            const jobs = await collect(r, name);
            // A cursor left by workers that stopped three minutes ago.
            const lastRun = Math.floor(Date.now() / 60_000) * 60_000 - 3 * 60_000;
            await r.ch.assertQueue(scheduleQueueName(name), {
                durable: true,
                arguments: { 'x-single-active-consumer': true },
            });
            r.ch.sendToQueue(scheduleQueueName(name), Buffer.from(JSON.stringify({ last: lastRun })), {
                persistent: true,
            });
            const c = await client(broker.url, t);
            const before = Date.now();
            const s = await c.schedule(name, { cron: '* * * * *' });
            await waitFor(() => jobs.length >= 1, 5000, 'the missed tick');
            const afterFire = Date.now();
            await sleep(300);
            assert.equal(jobs.length, 1, 'three missed minutes fire once');
            const tick = jobs[0].tick;
            assert.ok(tick === Math.floor(before / 60_000) * 60_000 || tick === Math.floor(afterFire / 60_000) * 60_000, `the latest missed minute, got ${new Date(tick).toISOString()}`);
            assert.ok(s.nextTick().getTime() > tick && s.nextTick().getTime() - tick <= 120_000);
            await s.stop();
        });
    });
}
//# sourceMappingURL=schedule.test.js.map