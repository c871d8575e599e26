// Engine conformance for Redis-style consumer groups (store/stream-groups.ts, broker/streams/group-reads.ts),
// driven with no wire: deliver new (XREADGROUP >), re-read own pending (XREADGROUP 0), ack, claim with
// min-idle (XCLAIM), auto-claim with a cursor (XAUTOCLAIM), pending summary and ranges (XPENDING), group
// create/destroy/set id, consumers; pending lists survive a restart on a durable broker.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { amqpPropertiesFormat } from '../../src/amqp/index.js';
import { autoClaim, Broker, claim, readNew, readPending, StreamFormat, } from '../../src/broker/index.js';
class Harness {
    kind;
    broker;
    dir = mkdtempSync(join(tmpdir(), 'wharf-engine-groups-'));
    constructor(kind) {
        this.kind = kind;
        this.broker = this.make();
    }
    make() {
        const b = this.kind === 'disk'
            ? new Broker({ dataDir: this.dir, format: amqpPropertiesFormat })
            : new Broker({ storage: 'memory', format: amqpPropertiesFormat });
        b.open();
        return b;
    }
    async restart() {
        await this.broker.close();
        this.broker = this.make();
        return this.broker;
    }
    async dispose() {
        await this.broker.close();
        rmSync(this.dir, { recursive: true, force: true });
    }
}
async function filled(b, name, n) {
    const p = b.streams('/').create(name).partition(0);
    for (let i = 0; i < n; i++)
        p.append(StreamFormat.resp, 1000 + i, Buffer.alloc(0), Buffer.from(`e${i}`));
    await p.syncPromise();
    return p;
}
const bodies = (rs) => rs.map((r) => r.body.toString());
for (const kind of ['disk', 'memory']) {
    describe(`engine stream groups (${kind})`, () => {
        const hs = [];
        const harness = () => {
            const h = new Harness(kind);
            hs.push(h);
            return h;
        };
        after(async () => {
            for (const h of hs)
                await h.dispose();
        });
        test('deliver new, re-read own pending, ack, summary and ranges', async () => {
            const h = harness();
            const b = h.broker;
            const p = await filled(b, 's', 6);
            const groups = b.streamGroups;
            const g = groups.create('/', 's', 0, 'g', -1);
            assert.throws(() => groups.create('/', 's', 0, 'g', -1), /already exists/);
            assert.equal(groups.get('/', 's', 0, 'nope'), undefined);
            assert.deepEqual(bodies(readNew(p, g, 'alice', 2, false, 10_000)), ['e0', 'e1']);
            assert.deepEqual(bodies(readNew(p, g, 'bob', 10, false, 10_100)), ['e2', 'e3', 'e4', 'e5']);
            assert.deepEqual(readNew(p, g, 'bob', 10), [], 'nothing new');
            assert.equal(g.lastDelivered, 5);
            assert.equal(g.entriesRead, -1, 'unknown: created without ENTRIESREAD');
            assert.deepEqual(g.summary(), {
                count: 6,
                min: 0,
                max: 5,
                consumers: [
                    ['alice', 2],
                    ['bob', 4],
                ],
            });
            // re-reading own pending counts a delivery and restarts the idle time
            const again = readPending(p, g, 'alice', 0, 10, 20_000);
            assert.deepEqual(again.map((x) => [
                x.entry.offset,
                x.entry.deliveries,
                x.entry.lastDelivery,
                x.record?.body.toString(),
            ]), [
                [0, 2, 20_000, 'e0'],
                [1, 2, 20_000, 'e1'],
            ]);
            assert.equal(g.ack(0), true);
            assert.equal(g.ack(0), false);
            assert.deepEqual(g.pendingRange(0, 4, 10, 30_000).map((e) => [e.offset, e.consumer, e.deliveries]), [
                [1, 'alice', 2],
                [2, 'bob', 1],
                [3, 'bob', 1],
                [4, 'bob', 1],
            ]);
            assert.deepEqual(g.pendingRange(0, 100, 2, 30_000, 'bob').map((e) => e.offset), [2, 3]);
            assert.deepEqual(g.pendingRange(0, 100, 100, 30_000, undefined, 15_000).map((e) => e.offset), [2, 3, 4, 5], 'min idle: alice re-read hers at 20 000');
            // NOACK delivers without a pending entry
            p.append(StreamFormat.resp, 2000, Buffer.alloc(0), Buffer.from('e6'));
            await p.syncPromise();
            assert.deepEqual(bodies(readNew(p, g, 'carol', 5, true)), ['e6']);
            assert.equal(g.entry(6), undefined);
            assert.deepEqual(g.consumers().map((c) => [c.name, c.pending]), [
                ['alice', 1],
                ['bob', 4],
                ['carol', 0],
            ]);
            // a group reads committed records only
            p.append(StreamFormat.resp, 3000, Buffer.alloc(0), Buffer.from('e7'));
            if (kind === 'disk')
                assert.deepEqual(readNew(p, g, 'bob', 5), [], 'not synced yet');
            assert.equal(await p.waitFor(g.lastDelivered + 1, 5000), true);
            assert.deepEqual(bodies(readNew(p, g, 'bob', 5)), ['e7']);
        });
        test('claim with min idle, force and retry count; auto-claim with a cursor and deleted entries', async () => {
            const h = harness();
            const b = h.broker;
            const p = await filled(b, 'c', 8);
            const g = b.streamGroups.create('/', 'c', 0, 'g', -1);
            readNew(p, g, 'alice', 8, false, 1_000);
            // not idle long enough: not claimed
            assert.deepEqual(claim(p, g, 'bob', 5_000, [0, 1], {}, 3_000), []);
            const got = claim(p, g, 'bob', 1_000, [0, 1, 99], {}, 3_000);
            assert.deepEqual(got.map((x) => [x.entry.offset, x.entry.consumer, x.entry.deliveries, x.record.body.toString()]), [
                [0, 'bob', 2, 'e0'],
                [1, 'bob', 2, 'e1'],
            ]);
            assert.deepEqual(claim(p, g, 'carol', 0, [2], { justId: true, idleMs: 500 }, 3_000).map((x) => [
                x.entry.deliveries,
                x.entry.lastDelivery,
            ]), [[1, 2_500]], 'JUSTID: no delivery counted; IDLE sets the idle time');
            assert.equal(claim(p, g, 'carol', 0, [3], { retryCount: 7 }, 3_000)[0].entry.deliveries, 7);
            g.ack(5);
            assert.equal(claim(p, g, 'carol', 0, [5], {}, 3_000).length, 0, 'acked: not pending');
            const forced = claim(p, g, 'carol', 0, [5], { force: true }, 3_000)[0].entry;
            assert.deepEqual([forced.consumer, forced.deliveries], ['carol', 2], 'FORCE: created with 1, +1 claimed');
            // auto-claim: from 0, two at a time, entries idle >= 1 000 at 10 000
            const first = autoClaim(p, g, 'dave', 1_000, 0, 2, {}, 10_000);
            assert.deepEqual(first.claimed.map((x) => x.entry.offset), [0, 1]);
            assert.equal(first.next, 2);
            const second = autoClaim(p, g, 'dave', 1_000, first.next, 100, {}, 10_000);
            assert.deepEqual(second.claimed.map((x) => x.entry.offset), [2, 3, 4, 5, 6, 7]);
            assert.equal(second.next, undefined, 'scanned to the end');
            assert.deepEqual(g.summary().consumers, [['dave', 8]]);
            // entries whose records retention removed are dropped and reported
            const gone = await filled(b, 'd', 3);
            const g2 = b.streamGroups.create('/', 'd', 0, 'g', -1);
            readNew(gone, g2, 'x', 3, false, 0);
            b.streams('/').delete('d');
            const p2 = await filled(b, 'd', 1); // a new stream 'd': its offset 0 exists, 1 and 2 do not
            const g3 = b.streamGroups.get('/', 'd', 0, 'g');
            assert.equal(g3, undefined, 'deleting a stream destroys its groups');
            const g4 = b.streamGroups.create('/', 'd', 0, 'g', -1);
            g4.delivered('x', 0, 0);
            g4.delivered('x', 1, 0);
            g4.delivered('x', 2, 0);
            const r = autoClaim(p2, g4, 'y', 0, 0, 10, {}, 10);
            assert.deepEqual(r.claimed.map((x) => x.entry.offset), [0]);
            assert.deepEqual(r.deleted, [1, 2]);
            assert.equal(g4.pendingCount, 1);
        });
        test('Redis 7 lease rules: gone entries leave the list, attempts, cursor, delivery times, no-delivery re-reads', async () => {
            const h = harness();
            const b = h.broker;
            const p = await filled(b, 'l', 12);
            const g = b.streamGroups.create('/', 'l', 0, 'g', -1);
            readNew(p, g, 'alice', 12, false, 1_000);
            // the front's view: offsets 1, 4 and 9 were deleted (XDEL) though the log keeps their records
            const removed = new Set([1, 4, 9]);
            const exists = (o) => !removed.has(o);
            let reads = 0;
            const counted = (o) => {
                reads++;
                return exists(o);
            };
            // a re-read of a gone entry answers no record and counts no delivery; the others count one
            assert.deepEqual(readPending(p, g, 'alice', 0, 3, 2_000, exists).map((x) => [
                x.entry.offset,
                x.entry.deliveries,
                x.entry.lastDelivery,
                x.record?.body.toString(),
            ]), [
                [0, 2, 2_000, 'e0'],
                [1, 1, 1_000, undefined],
                [2, 2, 2_000, 'e2'],
            ]);
            // XCLAIM: a gone entry leaves the list even when not idle long enough, and is not returned
            assert.deepEqual(claim(p, g, 'bob', 60_000, [1, 3], {}, 3_000, exists), []);
            assert.equal(g.entry(1), undefined);
            assert.equal(g.entry(3).consumer, 'alice', 'not idle long enough: stays');
            // FORCE on a gone entry creates nothing; on a live one not pending: 1 delivery (JUSTID) or 2
            g.ack(3);
            g.ack(5);
            assert.deepEqual(claim(p, g, 'bob', 0, [4], { force: true }, 3_000, exists), []);
            assert.equal(g.entry(4), undefined);
            const justIds = claim(p, g, 'bob', 0, [3], { force: true, justId: true }, 3_000, counted);
            assert.deepEqual(justIds.map((x) => [x.entry.deliveries, x.record]), [[1, undefined]], 'JUSTID with the front vouching: no record read');
            assert.equal(reads, 1);
            assert.equal(claim(p, g, 'bob', 0, [5], { force: true }, 3_000)[0].entry.deliveries, 2);
            assert.equal(claim(p, g, 'bob', 0, [5], { force: true, retryCount: 9 }, 3_000)[0].entry.deliveries, 9);
            // a delivery time before 0 or in the future is now; IDLE counts back from now
            const times = (o) => claim(p, g, 'bob', 0, [5], o, 3_000)[0].entry.lastDelivery;
            assert.equal(times({ time: 5_000 }), 3_000);
            assert.equal(times({ time: -7 }), 3_000);
            assert.equal(times({ idleMs: -10 }), 3_000);
            assert.equal(times({ time: 1_234 }), 1_234);
            assert.equal(times({ idleMs: 1_000 }), 2_000);
            // pending now: 0 2 (alice, 2 000), 3 5 (bob), 6 7 8 9 10 11 (alice, 1 000)
            assert.deepEqual(g.pendingRange(0, 100, 100, 3_000).map((e) => e.offset), [0, 2, 3, 5, 6, 7, 8, 9, 10, 11]);
            // XAUTOCLAIM COUNT 1 examines at most 10 entries: 0 2 3 5 are not idle 1 500 at 3 000, 6 is
            const one = autoClaim(p, g, 'carol', 1_500, 0, 1, {}, 3_000, exists);
            assert.deepEqual(one.claimed.map((x) => [x.entry.offset, x.entry.deliveries, x.record.body.toString()]), [[6, 2, 'e6']]);
            assert.equal(one.next, 7, 'the cursor: the first pending entry not examined');
            // a gone entry counts against COUNT, is removed whatever its idle time, and is reported
            const two = autoClaim(p, g, 'carol', 0, 8, 2, {}, 3_000, exists);
            assert.deepEqual(two.claimed.map((x) => x.entry.offset), [8]);
            assert.deepEqual(two.deleted, [9]);
            assert.equal(two.next, 10);
            assert.equal(g.entry(9), undefined);
            // the attempts run out before COUNT: 10 examined of COUNT 1 × 10, none idle enough
            for (let i = 12; i < 30; i++)
                p.append(StreamFormat.resp, 5000 + i, Buffer.alloc(0), Buffer.from(`e${i}`));
            await p.syncPromise();
            readNew(p, g, 'dave', 100, false, 3_000);
            const none = autoClaim(p, g, 'carol', 10_000, 12, 1, {}, 3_000, exists);
            assert.deepEqual([none.claimed, none.deleted, none.next], [[], [], 22]);
            const last = autoClaim(p, g, 'carol', 0, 25, 100, { justId: true }, 4_000, exists);
            assert.deepEqual(last.claimed.map((x) => [x.entry.offset, x.entry.deliveries, x.record]), [25, 26, 27, 28, 29].map((o) => [o, 1, undefined]));
            assert.equal(last.next, undefined, 'scanned to the end');
            // new reads pass over what the front says is not there: not delivered, not pending, not counted
            for (let i = 30; i < 33; i++)
                p.append(StreamFormat.resp, 6000 + i, Buffer.alloc(0), Buffer.from(`e${i}`));
            await p.syncPromise();
            assert.deepEqual(bodies(readNew(p, g, 'erin', 1, false, 5_000, (o) => o !== 30)), ['e31']);
            assert.equal(g.entry(30), undefined);
            assert.deepEqual(bodies(readNew(p, g, 'erin', 5, false, 5_000, (o) => o !== 30)), ['e32']);
            assert.equal(g.lastDelivered, 32);
        });
        test('set id, consumers, destroy; batches are one entry each', async () => {
            const h = harness();
            const b = h.broker;
            const p = b.streams('/').create('k').partition(0);
            p.appendBatch(StreamFormat.kafka, 1, 5, Buffer.alloc(0), Buffer.alloc(16));
            p.append(StreamFormat.resp, 2, Buffer.alloc(0), Buffer.from('one'));
            await p.syncPromise();
            const g = b.streamGroups.create('/', 'k', 0, 'g', -1, 0);
            assert.deepEqual(readNew(p, g, 'a', 1).map((r) => [r.offset, r.count]), [[0, 5]]);
            assert.equal(g.lastDelivered, 4);
            assert.equal(g.entriesRead, 5);
            assert.deepEqual(readNew(p, g, 'a', 1).map((r) => r.offset), [5]);
            g.setLastDelivered(2);
            assert.deepEqual(readNew(p, g, 'b', 10).map((r) => r.offset), [0, 5], 'a batch the last delivered offset falls inside comes again, whole');
            assert.equal(g.entry(0).consumer, 'b', 'delivered again as new: the entry moves to the reader');
            assert.equal(g.entry(0).deliveries, 1);
            assert.equal(g.lastDelivered, 5);
            assert.equal(g.createConsumer('z', 5), true);
            assert.equal(g.createConsumer('z', 5), false);
            assert.equal(g.deleteConsumer('b'), 2);
            assert.equal(g.deleteConsumer('nobody'), -1);
            assert.deepEqual(g.consumers().map((c) => c.name), ['a', 'z']);
            assert.deepEqual(g.summary(), { count: 0, min: undefined, max: undefined, consumers: [] });
            assert.equal(b.streamGroups.destroy('/', 'k', 0, 'g'), true);
            assert.equal(b.streamGroups.destroy('/', 'k', 0, 'g'), false);
            assert.throws(() => g.ack(0), /destroyed/);
        });
        test('restart in the middle: groups, last delivered offsets, pending entries and consumers come back', async () => {
            const h = harness();
            let b = h.broker;
            const p = await filled(b, 'r', 5);
            const groups = b.streamGroups;
            const g = groups.create('/', 'r', 0, 'g', -1);
            groups.create('/', 'r', 0, 'other', 4, 5);
            readNew(p, g, 'alice', 3, false, 100);
            readNew(p, g, 'bob', 1, false, 200);
            readPending(p, g, 'alice', 1, 1, 300);
            g.ack(0);
            g.createConsumer('idle', 400);
            await groups.syncPromise();
            // a change after the last sync may or may not survive; none of the above may be lost
            b = await h.restart();
            const again = b.streamGroups.get('/', 'r', 0, 'g');
            if (kind === 'memory') {
                assert.equal(again, undefined, 'memory storage keeps nothing');
                return;
            }
            assert.ok(again);
            assert.equal(again.lastDelivered, 3);
            assert.deepEqual(again
                .pendingRange(0, 100, 100, 1000)
                .map((e) => [e.offset, e.consumer, e.deliveries, e.lastDelivery]), [
                [1, 'alice', 2, 300],
                [2, 'alice', 1, 100],
                [3, 'bob', 1, 200],
            ]);
            assert.deepEqual(again.consumers().map((c) => [c.name, c.pending]), [
                ['alice', 2],
                ['bob', 1],
                ['idle', 0],
            ]);
            assert.deepEqual(b.streamGroups.list('/', 'r', 0).map((x) => [x.name, x.lastDelivered, x.entriesRead]), [
                ['g', 3, -1],
                ['other', 4, 5],
            ]);
            const p2 = b.streams('/').get('r').partition(0);
            assert.deepEqual(bodies(readNew(p2, again, 'bob', 10)), ['e4']);
            // a destroyed group stays destroyed
            b.streamGroups.destroy('/', 'r', 0, 'other');
            await b.streamGroups.syncPromise();
            b = await h.restart();
            assert.equal(b.streamGroups.get('/', 'r', 0, 'other'), undefined);
            assert.equal(b.streamGroups.get('/', 'r', 0, 'g').pendingCount, 4);
        });
    });
}
//# sourceMappingURL=stream-groups.test.js.map