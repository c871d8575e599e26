// The outside check, done here: a short program written only from
// docs/client.md, living outside the repository with the package installed, publishes
// with confirms, consumes with retries into a dead-letter queue, makes an RPC call and
// deduplicates a redelivered message, runs a repeatable job on two workers and leaves a
// for-await loop; run against Wharf and against RabbitMQ.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brokersUnderTest, repoRoot, uniqueName } from '../helpers/brokers.js';
const PROGRAM = `
import { connect, PermanentError, MemoryDedupStore } from 'wharfmq/client';
const [url, q] = process.argv.slice(2);
const client = await connect(url);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// 1. publish with confirms (resolves once the broker confirmed)
const work = await client.workQueue(q);
await work.publish({ n: 1 }, { type: 'job' });
await work.publish({ n: 2 }, { type: 'job' });

// 2. consume with retries; n=2 always fails and ends in <q>.dlq after 3 attempts
let attempts = 0;
const done = [];
await work.consume(async (msg) => {
  if (msg.payload.n === 2) { attempts++; throw new Error('boom'); }
  done.push(msg.payload.n);
}, { retry: { maxAttempts: 3, initialDelayMs: 50, maxDelayMs: 100, factor: 2, jitter: 0 } });
const dead = [];
await client.consume(q + '.dlq', async (m) => { dead.push(m); }, { retry: false });
for (let i = 0; i < 100 && dead.length === 0; i++) await sleep(100);

// 3. RPC over direct reply-to
await client.respond(q + '.rpc', async (m) => ({ sum: m.payload.a + m.payload.b }));
const reply = await client.request(q + '.rpc', { a: 2, b: 3 }, { timeoutMs: 5000 });

// 4. the same message id twice: the second is a duplicate
const store = new MemoryDedupStore();
let handled = 0;
await client.declareQueue(q + '.dedup');
await client.consume(q + '.dedup', async () => { handled++; }, { dedup: store });
await client.publish('', q + '.dedup', { x: 1 }, { messageId: 'same-id' });
await client.publish('', q + '.dedup', { x: 1 }, { messageId: 'same-id' });
await sleep(500);

// 5. a repeatable job run by two workers: one job per tick
const second = await connect(url);
const ticks = [];
const sched = [await client.schedule(q + '.every', { every: 200 }), await second.schedule(q + '.every', { every: 200 })];
await client.consume(q + '.every', async (m) => { ticks.push(m.headers['x-schedule-tick']); });
for (let i = 0; i < 100 && ticks.length < 4; i++) await sleep(100);
for (const s of sched) await s.stop();
await sched[0].remove();
await second.close();

// 6. for await over a queue, left with break: the consumer is gone afterwards
await client.declareQueue(q + '.iter');
for (const n of [1, 2, 3]) await client.publish('', q + '.iter', n);
const iterated = [];
for await (const m of client.messages(q + '.iter')) {
  iterated.push(m.payload);
  if (m.payload === 2) break;
}
let consumers = -1;
for (let i = 0; i < 50 && consumers !== 0; i++, await sleep(50)) consumers = (await client.queueInfo(q + '.iter')).consumerCount;
await client.close();
console.log(JSON.stringify({
  done, attempts, dead: dead.map((m) => [m.payload, m.headers['x-failure-reason'], m.headers['x-attempt']]),
  reply, handled, ticks, iterated, consumers,
}));
`;
let dir;
let brokers = [];
before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wharf-outside-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(join(dir, 'check.mjs'), PROGRAM);
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(repoRoot, join(dir, 'node_modules', 'wharfmq'), 'dir');
    brokers = await brokersUnderTest();
});
after(async () => {
    for (const b of brokers)
        await b.stop();
    rmSync(dir, { recursive: true, force: true });
});
describe('a program outside the repository, from the documented API', () => {
    test('confirms, retries into the DLQ, RPC, dedup, a schedule and async iteration on each broker', { timeout: 60_000 }, async () => {
        for (const b of brokers) {
            const q = uniqueName('outside');
            const out = await new Promise((resolve, reject) => execFile(process.execPath, ['check.mjs', b.url, q], { cwd: dir, timeout: 30_000 }, (err, stdout, stderr) => err ? reject(new Error(`${b.name}: ${err.message}\n${stderr}`)) : resolve(stdout)));
            const r = JSON.parse(out.trim().split('\n').at(-1));
            assert.deepEqual(r.done, [1], b.name);
            assert.equal(r.attempts, 3, b.name);
            assert.deepEqual(r.dead, [[{ n: 2 }, 'max-attempts', 3]], b.name);
            assert.deepEqual(r.reply, { sum: 5 }, b.name);
            assert.equal(r.handled, 1, `${b.name}: the duplicate was skipped`);
            const ticks = r.ticks.map((t) => Date.parse(t)).sort((x, y) => x - y);
            assert.ok(ticks.length >= 4, `${b.name}: ${ticks.length} ticks`);
            assert.equal(new Set(ticks).size, ticks.length, `${b.name}: one job per tick`);
            assert.deepEqual(r.iterated, [1, 2], b.name);
            assert.equal(r.consumers, 0, `${b.name}: the loop's consumer is gone after break`);
        }
    });
});
//# sourceMappingURL=outside-program.test.js.map