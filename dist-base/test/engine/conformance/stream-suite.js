// The engine's shared conformance suite for streams (see queue-suite.ts for the idea):
// append with receipt, read from the start, a waiting read woken by another writer,
// consumer-group offsets (Kafka's model), pending-entry lists with claims (Redis's
// model), and a restart in the middle. Ids are the protocol's own (an offset, a Redis
// entry id) and are only compared for equality.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export function streamConformance(driver) {
    const cannot = driver.cannot ?? {};
    describe(`stream conformance: ${driver.name}`, () => {
        let s;
        let n = 0;
        const name = (what) => `conf-${what}-${process.pid}-${++n}`;
        before(async () => {
            s = await driver.start();
        });
        after(async () => {
            await s?.close();
        });
        test('append with receipt, then read back from the first, in order, with the same ids', async () => {
            const st = name('append');
            await s.create(st);
            const ids = await s.append(st, ['e0', 'e1', 'e2']);
            assert.equal(new Set(ids).size, 3, 'distinct ids');
            const more = await s.append(st, ['e3']);
            const all = await s.read(st, 'first', 100);
            assert.deepEqual(all, [
                { id: ids[0], body: 'e0' },
                { id: ids[1], body: 'e1' },
                { id: ids[2], body: 'e2' },
                { id: more[0], body: 'e3' },
            ]);
            assert.deepEqual((await s.read(st, ids[1], 100)).map((e) => e.body), ['e2', 'e3'], 'a read after an id starts at the next entry');
            assert.deepEqual(await s.read(st, more[0], 100), [], 'nothing after the last');
        });
        test('a waiting read wakes as soon as another append lands', async () => {
            const st = name('wait');
            await s.create(st);
            const [first] = await s.append(st, ['before']);
            const t0 = Date.now();
            const waiting = s.waitAfter(st, first, 15_000);
            await sleep(300);
            const [id] = await s.append(st, ['after']);
            const got = await waiting;
            assert.deepEqual(got, [{ id, body: 'after' }]);
            assert.ok(Date.now() - t0 < 10_000, `woke at ${Date.now() - t0} ms, long before its wait ended`);
        });
        test('group offsets: nothing committed, then commit, fetch and move forward', { skip: cannot.groupOffsets }, async () => {
            const st = name('offsets');
            await s.create(st);
            const ids = await s.append(st, ['a', 'b', 'c']);
            assert.equal(await s.fetchOffset('app', st), undefined);
            await s.commitOffset('app', st, ids[0]);
            assert.equal(await s.fetchOffset('app', st), ids[0]);
            await s.commitOffset('app', st, ids[2]);
            assert.equal(await s.fetchOffset('app', st), ids[2]);
            assert.equal(await s.fetchOffset('other', st), undefined, 'groups are apart');
        });
        test('pending list: new entries go to one consumer each, stay pending until acked, and can be claimed', {
            skip: cannot.pendingList,
        }, async () => {
            const st = name('pending');
            await s.create(st);
            const ids = await s.append(st, ['p0', 'p1', 'p2']);
            await s.createGroup(st, 'g');
            assert.deepEqual((await s.readGroup(st, 'g', 'alice', 2)).map((e) => e.body), ['p0', 'p1']);
            assert.deepEqual((await s.readGroup(st, 'g', 'bob', 10)).map((e) => e.body), ['p2']);
            assert.deepEqual(await s.readGroup(st, 'g', 'bob', 10), [], 'nothing new');
            assert.deepEqual(await s.pending(st, 'g'), [
                { id: ids[0], consumer: 'alice', deliveries: 1 },
                { id: ids[1], consumer: 'alice', deliveries: 1 },
                { id: ids[2], consumer: 'bob', deliveries: 1 },
            ]);
            assert.equal(await s.ackGroup(st, 'g', [ids[0], ids[0]]), 1, 'acked once');
            await sleep(60);
            assert.deepEqual(await s.claim(st, 'g', 'bob', 60_000, [ids[1]]), [], 'not idle long enough');
            assert.deepEqual(await s.claim(st, 'g', 'bob', 50, [ids[1]]), [ids[1]]);
            assert.deepEqual(await s.pending(st, 'g'), [
                { id: ids[1], consumer: 'bob', deliveries: 2 },
                { id: ids[2], consumer: 'bob', deliveries: 1 },
            ]);
        });
        test('a restart keeps entries, ids, offsets and pending lists; new ids follow the old', {
            skip: driver.durable ? undefined : 'a memory stream keeps nothing across a restart',
        }, async () => {
            const st = name('restart');
            await s.create(st);
            const ids = await s.append(st, ['r0', 'r1']);
            if (!cannot.groupOffsets)
                await s.commitOffset('app', st, ids[0]);
            if (!cannot.pendingList) {
                await s.createGroup(st, 'g');
                await s.readGroup(st, 'g', 'alice', 10);
                await s.ackGroup(st, 'g', [ids[0]]);
            }
            await s.restart();
            assert.deepEqual(await s.read(st, 'first', 100), [
                { id: ids[0], body: 'r0' },
                { id: ids[1], body: 'r1' },
            ]);
            if (!cannot.groupOffsets)
                assert.equal(await s.fetchOffset('app', st), ids[0]);
            if (!cannot.pendingList) {
                assert.deepEqual(await s.pending(st, 'g'), [{ id: ids[1], consumer: 'alice', deliveries: 1 }]);
                assert.deepEqual(await s.readGroup(st, 'g', 'bob', 10), [], 'delivered before the restart, not again');
            }
            const [next] = await s.append(st, ['r2']);
            assert.ok(!ids.includes(next), 'a new id, not one reused');
            assert.deepEqual((await s.read(st, ids[1], 100)).map((e) => [e.id, e.body]), [[next, 'r2']]);
        });
    });
}
//# sourceMappingURL=stream-suite.js.map