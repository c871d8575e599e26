// The declaration one-liners on both brokers: work queues with priorities, pub/sub with
// a queue per subscriber, topic patterns, single-active-consumer queues, and per-key
// ordering over partition queues.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uniqueName } from '../helpers/brokers.js';
import { jumpHash } from '../../src/client/index.js';
import { client, raw, setupBrokers, sleep, waitFor } from './support.js';
const brokers = await setupBrokers();
test('jump hash: stable, spread, and few keys move when partitions grow', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `customer-${i}`);
    const four = keys.map((k) => jumpHash(k, 4));
    assert.deepEqual(four, keys.map((k) => jumpHash(k, 4)), 'deterministic');
    const counts = [0, 0, 0, 0];
    for (const b of four)
        counts[b]++;
    for (const n of counts)
        assert.ok(n > 400 && n < 600, `balanced: ${counts}`);
    const five = keys.map((k) => jumpHash(k, 5));
    const moved = five.filter((b, i) => b !== four[i]).length;
    assert.ok(moved < keys.length * 0.3, `about 1/5 move, saw ${moved}`);
    assert.ok(five.every((b, i) => b === four[i] || b === 4), 'keys only move to the new partition');
});
for (const broker of brokers) {
    describe(`declarations on ${broker.name}`, () => {
        test('work queue with priorities: higher priority first', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-prio');
            r.cleanup(t, [q, `${q}.dlq`]);
            const work = await c.workQueue(q, { maxPriority: 10 });
            await work.publish('low', { priority: 1 });
            await work.publish('normal', { priority: 5 });
            await work.publish('critical', { priority: 10 });
            const got = [];
            await work.consume((m) => void got.push(m.payload));
            await waitFor(() => got.length === 3);
            assert.deepEqual(got, ['critical', 'normal', 'low']);
        });
        test('pub/sub: every subscriber gets every message; no subscriber is not an error', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const ex = uniqueName('sdk-fanout');
            r.cleanup(t, [], [ex]);
            const events = await c.pubsub(ex);
            await events.publish({ before: 'anyone listens' });
            const a = [];
            const b = [];
            const subA = await events.subscribe((m) => void a.push(m.payload));
            await events.subscribe((m) => void b.push(m.payload));
            assert.match(subA.queue, /^amq\.gen-/);
            await events.publish({ n: 1 });
            await events.publish({ n: 2 });
            await waitFor(() => a.length === 2 && b.length === 2);
            assert.deepEqual(a, [{ n: 1 }, { n: 2 }]);
            assert.deepEqual(b, a);
        });
        test('topics: patterns route orders.created, orders.* and #.payment', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const ex = uniqueName('sdk-topic');
            const analytics = uniqueName('sdk-analytics');
            r.cleanup(t, [analytics, `${analytics}.dlq`], [ex]);
            const topic = await c.topic(ex);
            const orderService = [];
            const analyticsSeen = [];
            const payments = [];
            await topic.subscribe('orders.created', (m) => void orderService.push(m.routingKey));
            await topic.subscribe(['orders.*'], (m) => void analyticsSeen.push(m.routingKey), { queue: analytics });
            await topic.subscribe('#.payment', (m) => void payments.push(m.routingKey));
            for (const key of ['orders.created', 'orders.shipped', 'orders.eu.payment', 'users.created'])
                await topic.publish(key, { key });
            await waitFor(() => orderService.length === 1 && analyticsSeen.length === 2 && payments.length === 1);
            await sleep(100);
            assert.deepEqual(orderService, ['orders.created']);
            assert.deepEqual(analyticsSeen.sort(), ['orders.created', 'orders.shipped']);
            assert.deepEqual(payments, ['orders.eu.payment']);
            const named = await r.ch.checkQueue(analytics);
            assert.equal(named.consumerCount, 1, 'a named subscription queue is durable and shared');
        });
        test('single active consumer: only one of two consumers gets messages', async (t) => {
            const c1 = await client(broker.url, t);
            const c2 = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-sac');
            r.cleanup(t, [q, `${q}.dlq`]);
            const w1 = await c1.workQueue(q, { singleActiveConsumer: true });
            const w2 = await c2.workQueue(q, { singleActiveConsumer: true });
            const got1 = [];
            const got2 = [];
            const sub1 = await w1.consume((m) => void got1.push(m.payload), { concurrency: 4 });
            await w2.consume((m) => void got2.push(m.payload), { concurrency: 4 });
            for (let i = 0; i < 10; i++)
                await w1.publish(i);
            await waitFor(() => got1.length + got2.length === 10);
            assert.ok(got1.length === 10 || got2.length === 10, `one consumer only: ${got1.length}/${got2.length}`);
            // The active one leaves: the other takes over.
            const [active, waiting] = got1.length === 10 ? [sub1, got2] : [undefined, got1];
            if (active) {
                await active.cancel();
                await w1.publish(99);
                await waitFor(() => waiting.includes(99));
            }
        });
        test('ordered queues: a key always lands on one partition and is handled in order', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const name = uniqueName('sdk-ordered');
            const partitions = Array.from({ length: 3 }, (_, i) => `${name}.${i}`);
            r.cleanup(t, [...partitions, ...partitions.map((p) => `${p}.dlq`)]);
            const ordered = await c.orderedQueues(name, { partitions: 3 });
            for (const p of partitions) {
                const ok = await r.ch.checkQueue(p);
                assert.equal(ok.queue, p);
            }
            const users = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'];
            for (let seq = 0; seq < 20; seq++) {
                await Promise.all(users.map((u) => ordered.publish(u, { user: u, seq })));
            }
            assert.equal(ordered.queueFor('alice'), ordered.queueFor('alice'));
            const seen = new Map();
            const partitionOf = new Map();
            await ordered.consume(async (m, ctx) => {
                await sleep(Math.random() * 2);
                seen.set(m.payload.user, [...(seen.get(m.payload.user) ?? []), m.payload.seq]);
                partitionOf.set(m.payload.user, (partitionOf.get(m.payload.user) ?? new Set()).add(ctx.queue));
            });
            await waitFor(() => [...seen.values()].reduce((n, s) => n + s.length, 0) === 120);
            for (const u of users) {
                assert.deepEqual(seen.get(u), Array.from({ length: 20 }, (_, i) => i), `${u} in order`);
                assert.equal(partitionOf.get(u).size, 1);
                assert.equal([...partitionOf.get(u)][0], ordered.queueFor(u));
            }
        });
    });
}
//# sourceMappingURL=topology.test.js.map