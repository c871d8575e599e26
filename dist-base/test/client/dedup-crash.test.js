// The message-loss case the dedup lease exists for: a consumer process (with a shared
// Redis or PostgreSQL DedupStore) takes a message, starts a slow handler and is
// SIGKILLed. The broker redelivers the message to a second consumer using the same
// store. The dead consumer's claim is only a lease (2 s here), so the second consumer
// holds the message back until the lease ran out and then processes it: the handler
// runs and the outcome is an ack, not a duplicate. A true duplicate (the same id
// published again after that) is still skipped. On Wharf and RabbitMQ.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { uniqueName } from '../helpers/brokers.js';
import { PostgresDedupStore } from '../../src/client/stores/postgres.js';
import { RedisDedupStore } from '../../src/client/stores/redis.js';
import { client, raw, setupBrokers, waitFor } from './support.js';
import { deleteRedisPrefix, dropTables, openPg, openRedis, uniqueTable } from './stores-helpers.js';
const LEASE_SECONDS = 2;
const childPath = new URL('./dedup-consumer-child.js', import.meta.url).pathname;
const brokers = await setupBrokers();
let redis;
let pool;
const redisPrefix = `wharf-test:${uniqueTable('dedup-crash')}:`;
const tables = [];
const children = new Set();
before(async () => {
    redis = await openRedis();
    pool = await openPg(4);
});
after(async () => {
    for (const child of children)
        child.kill('SIGKILL');
    if (typeof redis !== 'string') {
        await deleteRedisPrefix(redis, redisPrefix);
        redis.disconnect();
    }
    if (typeof pool !== 'string') {
        await dropTables(pool, tables);
        await pool.end();
    }
});
/** Spawns the consumer child; resolves once it consumes, with a promise of its next "started" line. */
async function startChild(args) {
    const child = spawn(process.execPath, [childPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    child.once('exit', () => children.delete(child));
    let out = '';
    let onStarted = () => { };
    const started = new Promise((r) => (onStarted = r));
    await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`consumer child not ready:\n${out}`)), 15_000);
        child.stderr.on('data', (d) => (out += d.toString()));
        child.stdout.on('data', (d) => {
            out += d.toString();
            const m = /started (\S+)/.exec(out);
            if (m)
                onStarted(m[1]);
            if (out.includes('ready\n')) {
                clearTimeout(timer);
                resolve();
            }
        });
        child.once('exit', (code) => {
            clearTimeout(timer);
            reject(new Error(`consumer child exited with ${code}:\n${out}`));
        });
    });
    return { child, started, output: () => out };
}
for (const broker of brokers) {
    for (const kind of ['redis', 'pg']) {
        describe(`dedup crash on ${broker.name} with ${kind === 'redis' ? 'Redis' : 'PostgreSQL'}`, () => {
            test('a consumer SIGKILLed mid-handler: the redelivery is processed after the lease, not skipped', { timeout: 60_000 }, async (t) => {
                let store;
                let where;
                if (kind === 'redis') {
                    if (typeof redis === 'string')
                        return t.skip(redis);
                    where = `${redisPrefix}${uniqueTable('q')}:`;
                    store = new RedisDedupStore({ redis, prefix: where });
                }
                else {
                    if (typeof pool === 'string')
                        return t.skip(pool);
                    where = uniqueTable('dedup_crash');
                    tables.push(where);
                    const s = new PostgresDedupStore({ pool, table: where });
                    await s.ensureSchema();
                    store = s;
                }
                const c = await client(broker.url, t);
                const r = await raw(broker.url, t);
                const q = uniqueName('sdk-dedup-crash');
                r.cleanup(t, [q, `${q}.dlq`]);
                const work = await c.workQueue(q);
                const first = await startChild([broker.url, q, kind, where, String(LEASE_SECONDS)]);
                const id = `crash-${uniqueTable('m')}`;
                await work.publish({ amount: 10 }, { messageId: id });
                assert.equal(await first.started, id, 'the first consumer started the handler');
                const claimedAt = Date.now();
                assert.equal(await store.claim(id, 60), 'processing', 'its lease is held');
                const exited = new Promise((res) => first.child.once('exit', res));
                first.child.kill('SIGKILL');
                await exited;
                // The second consumer, same store: the broker redelivers the killed consumer's message.
                const handled = [];
                c.on('handled', (e) => handled.push(e));
                const runs = [];
                await work.consume((m) => void runs.push({ id: m.id, redelivered: m.redelivered, at: Date.now() }), { dedup: store, dedupLeaseSeconds: LEASE_SECONDS });
                await waitFor(() => handled.length === 1, 15_000, 'the redelivered message to be handled');
                assert.equal(handled[0].outcome, 'ack', `processed, not skipped as a duplicate (${handled[0].outcome})`);
                assert.equal(runs.length, 1);
                assert.equal(runs[0].id, id);
                assert.equal(runs[0].redelivered, true, 'the very delivery the killed consumer held');
                const waited = runs[0].at - claimedAt;
                assert.ok(waited >= LEASE_SECONDS * 1000 - 300, `held back until the lease ran out (${waited} ms)`);
                t.diagnostic(`processed ${waited} ms after the killed consumer's claim (lease ${LEASE_SECONDS} s)`);
                assert.equal(await store.claim(id, 60), 'done');
                // A true duplicate afterwards is still skipped.
                await work.publish({ amount: 10 }, { messageId: id });
                await waitFor(() => handled.length === 2);
                assert.equal(handled[1].outcome, 'duplicate');
                assert.equal(runs.length, 1, 'the handler did not run for the duplicate');
                assert.equal(await r.count(q), 0);
            });
        });
    }
}
//# sourceMappingURL=dedup-crash.test.js.map