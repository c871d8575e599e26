// The engine's shared conformance suite for queues, after watermill's shared pub/sub tests:
// one set of cases written against a small driver interface, run once on the engine
// directly (no wire) and once through each front's wire with that protocol's real client.
// A front proves it maps its operations onto the engine's by passing the cases it can
// express; a case a protocol cannot express is skipped with the reason, never faked.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export function queueConformance(driver) {
    const cannot = driver.cannot ?? {};
    describe(`queue conformance: ${driver.name}`, () => {
        let s;
        let n = 0;
        const name = (what) => `conf-${what}-${process.pid}-${++n}`;
        before(async () => {
            s = await driver.start();
        });
        after(async () => {
            await s?.close();
        });
        test('publish with receipt, then receive each message once, in order; ack removes it', async () => {
            const q = name('order');
            await s.declare(q);
            await s.publish(q, ['a', 'b', 'c']);
            assert.equal(await s.depth(q), 3);
            const got = await s.receive(q, 10, 30_000, 1000);
            assert.deepEqual(got.map((d) => d.body), ['a', 'b', 'c']);
            if (!cannot.deliveryCount)
                assert.deepEqual(got.map((d) => d.deliveryCount), [1, 1, 1]);
            assert.deepEqual(await s.receive(q, 10, 30_000, 0), [], 'leased messages are not handed out twice');
            for (const d of got)
                await s.ack(q, d);
            assert.equal(await s.depth(q), 0);
        });
        test('release makes a message ready again, its delivery count one higher', async () => {
            const q = name('release');
            await s.declare(q);
            await s.publish(q, ['x']);
            const [first] = await s.receive(q, 1, 30_000, 1000);
            await s.release(q, first);
            const [second] = await s.receive(q, 1, 30_000, 2000);
            assert.equal(second.body, 'x');
            if (!cannot.deliveryCount)
                assert.equal(second.deliveryCount, 2);
            await s.ack(q, second);
            assert.equal(await s.depth(q), 0);
        });
        test('a lease that runs out makes its message ready again', { skip: cannot.leaseDeadline }, async () => {
            const q = name('expiry');
            await s.declare(q);
            await s.publish(q, ['lapsed']);
            const [first] = await s.receive(q, 1, 1000, 1000);
            assert.equal(first.body, 'lapsed');
            const t0 = Date.now();
            const [again] = await s.receive(q, 1, 30_000, 5000);
            assert.equal(again?.body, 'lapsed', 'back after its lease ran out');
            assert.ok(Date.now() - t0 < 4000, 'not long after the deadline');
            if (!cannot.deliveryCount)
                assert.equal(again.deliveryCount, 2);
            await s.ack(q, again);
        });
        test('extending a lease holds the message past its first deadline', { skip: cannot.extend }, async () => {
            const q = name('extend');
            await s.declare(q);
            await s.publish(q, ['held']);
            const [d] = await s.receive(q, 1, 1000, 1000);
            await s.extend(q, d, 30_000);
            assert.deepEqual(await s.receive(q, 1, 30_000, 1500), [], 'still leased after the first deadline');
            await s.ack(q, d);
            assert.equal(await s.depth(q), 0);
        });
        test('a waiting receive answers as soon as a message arrives', async () => {
            const q = name('wait');
            await s.declare(q);
            const t0 = Date.now();
            const waiting = s.receive(q, 1, 30_000, 10_000);
            await sleep(100);
            await s.publish(q, ['late']);
            const [d] = await waiting;
            assert.equal(d?.body, 'late');
            assert.ok(Date.now() - t0 < 5000, `answered at ${Date.now() - t0} ms, long before its wait ended`);
            await s.ack(q, d);
        });
        test('the delivery limit dead-letters a message, with its reason', async () => {
            const dlq = name('dlq');
            const src = name('poison');
            await s.declare(dlq);
            await s.declare(src, { deadLetterTo: dlq, maxDeliveries: 2 });
            await s.publish(src, ['poison']);
            for (let i = 1; i <= 2; i++) {
                const [d] = await s.receive(src, 1, 30_000, 2000);
                assert.equal(d?.body, 'poison', `delivery ${i}`);
                if (!cannot.deliveryCount)
                    assert.equal(d.deliveryCount, i);
                await s.release(src, d);
            }
            assert.deepEqual(await s.receive(src, 1, 30_000, 300), [], 'not delivered a third time');
            const [dead] = await s.receive(dlq, 1, 30_000, 5000);
            assert.equal(dead?.body, 'poison', 'in the dead-letter queue');
            if (!cannot.deathReason)
                assert.equal(s.deathReason?.(dead), 'delivery_limit');
            await s.ack(dlq, dead);
            for (const until = Date.now() + 5000; (await s.depth(src)) > 0 && Date.now() < until;)
                await sleep(20);
            assert.equal(await s.depth(src), 0, 'gone from its source queue');
        });
        test('confirmed and unacked messages survive a restart; a lease taken before it ends', {
            skip: driver.durable ? undefined : 'a memory queue keeps nothing across a restart',
        }, async () => {
            const q = name('restart');
            await s.declare(q);
            await s.publish(q, ['one', 'two', 'three', 'four']);
            const got = await s.receive(q, 2, 1000, 1000);
            assert.deepEqual(got.map((d) => d.body), ['one', 'two']);
            await s.ack(q, got[1]);
            await s.restart();
            assert.equal(await s.depth(q), 3, 'one, three and four are still there');
            const bodies = [];
            const counts = new Map();
            for (const until = Date.now() + 8000; bodies.length < 3 && Date.now() < until;) {
                for (const d of await s.receive(q, 10, 30_000, 2000)) {
                    bodies.push(d.body);
                    counts.set(d.body, d.deliveryCount);
                    await s.ack(q, d);
                }
            }
            assert.deepEqual([...bodies].sort(), ['four', 'one', 'three']);
            if (!cannot.deliveryCount) {
                assert.ok(counts.get('one') >= 2, `one was delivered before the restart: count ${counts.get('one')}`);
                assert.equal(counts.get('three'), 1);
            }
            assert.equal(await s.depth(q), 0);
        });
    });
}
//# sourceMappingURL=queue-suite.js.map