// A handler that runs longer than its dedup lease keeps its claim: the consumer renews
// the lease every third of it while the handler runs, so a second copy of the message
// (a duplicate publish, here on a second consumer with a shared Redis or PostgreSQL
// store) is held back until the first handler completes and is then acked as a
// duplicate, instead of running beside it once the lease would have run out. On Wharf
// and RabbitMQ.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { uniqueName } from '../helpers/brokers.js';
import { PostgresDedupStore } from '../../src/client/stores/postgres.js';
import { RedisDedupStore } from '../../src/client/stores/redis.js';
import { client, deferred, raw, setupBrokers, waitFor } from './support.js';
import { deleteRedisPrefix, dropTables, openPg, openRedis, uniqueTable } from './stores-helpers.js';
const LEASE_SECONDS = 1;
const HANDLER_MS = 3500;
const brokers = await setupBrokers();
let redis;
let pool;
const redisPrefix = `wharf-test:${uniqueTable('dedup-renew')}:`;
const tables = [];
before(async () => {
    redis = await openRedis();
    pool = await openPg(4);
});
after(async () => {
    if (typeof redis !== 'string') {
        await deleteRedisPrefix(redis, redisPrefix);
        redis.disconnect();
    }
    if (typeof pool !== 'string') {
        await dropTables(pool, tables);
        await pool.end();
    }
});
async function storeFor(kind) {
    if (kind === 'redis') {
        if (typeof redis === 'string')
            return redis;
        return new RedisDedupStore({ redis, prefix: `${redisPrefix}${uniqueTable('k')}:` });
    }
    if (typeof pool === 'string')
        return pool;
    const table = uniqueTable('renew');
    tables.push(table);
    const store = new PostgresDedupStore({ pool, table });
    await store.ensureSchema();
    return store;
}
for (const broker of brokers) {
    for (const kind of ['redis', 'pg']) {
        describe(`dedup lease renewal on ${broker.name} with ${kind === 'redis' ? 'Redis' : 'PostgreSQL'}`, () => {
            test(`a handler running ${HANDLER_MS} ms on a ${LEASE_SECONDS} s lease runs once; the copy is a duplicate`, async (t) => {
                const store = await storeFor(kind);
                if (typeof store === 'string')
                    return t.skip(store);
                const r = await raw(broker.url, t);
                const q = uniqueName('sdk-dedup-renew');
                r.cleanup(t, [q, `${q}.dlq`]);
                const a = await client(broker.url, t);
                const b = await client(broker.url, t);
                const errors = [];
                a.on('error', (e) => errors.push(e));
                const handled = [];
                a.on('handled', (e) => handled.push(e));
                b.on('handled', (e) => handled.push(e));
                const runs = [];
                const started = deferred();
                const options = {
                    dedup: store,
                    dedupLeaseSeconds: LEASE_SECONDS,
                    prefetch: 1,
                    retry: false,
                };
                const work = await a.workQueue(q);
                await work.consume(async (m) => {
                    runs.push(`a:${m.id}`);
                    started.resolve();
                    await new Promise((res) => setTimeout(res, HANDLER_MS));
                }, options);
                await work.publish({ n: 1 }, { messageId: 'slow-1' });
                await started.promise;
                // The second consumer only now: the copy goes to it, the first being busy (prefetch 1).
                await b.consume(q, (m) => void runs.push(`b:${m.id}`), options);
                await work.publish({ n: 1 }, { messageId: 'slow-1' });
                await waitFor(() => handled.length === 2, HANDLER_MS + 10_000, 'both copies dealt with');
                assert.deepEqual(runs, ['a:slow-1'], 'the handler ran once');
                // In either order: the copy's recheck may see `done` before the first ack is reported.
                assert.deepEqual(handled.map((h) => h.outcome).sort(), ['ack', 'duplicate']);
                const renewals = a.metrics.counter('dedup_lease_renewals_total', { queue: q });
                assert.ok(renewals >= 6, `renewed every third of the lease (${renewals} renewals)`);
                assert.ok(b.metrics.counter('dedup_waits_total', { queue: q }) >= 1, 'the copy was held back');
                assert.deepEqual(errors, []);
                assert.equal(await store.claim('slow-1', 60), 'done');
            });
        });
    }
}
//# sourceMappingURL=dedup-renew.test.js.map