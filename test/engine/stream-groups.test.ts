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
import {
  autoClaim,
  Broker,
  claim,
  readNew,
  readPending,
  StreamFormat,
  type StreamPartition,
} from '../../src/broker/index.js';

type Kind = 'disk' | 'memory';

class Harness {
  broker: Broker;
  readonly dir = mkdtempSync(join(tmpdir(), 'wharf-engine-groups-'));

  constructor(readonly kind: Kind) {
    this.broker = this.make();
  }

  private make(): Broker {
    const b =
      this.kind === 'disk'
        ? new Broker({ dataDir: this.dir, format: amqpPropertiesFormat })
        : new Broker({ storage: 'memory', format: amqpPropertiesFormat });
    b.open();
    return b;
  }

  async restart(): Promise<Broker> {
    await this.broker.close();
    this.broker = this.make();
    return this.broker;
  }

  async dispose(): Promise<void> {
    await this.broker.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

async function filled(b: Broker, name: string, n: number): Promise<StreamPartition> {
  const p = b.streams('/').create(name).partition(0)!;
  for (let i = 0; i < n; i++) p.append(StreamFormat.resp, 1000 + i, Buffer.alloc(0), Buffer.from(`e${i}`));
  await p.syncPromise();
  return p;
}

const bodies = (rs: { body: Buffer }[]) => rs.map((r) => r.body.toString());

for (const kind of ['disk', 'memory'] as const) {
  describe(`engine stream groups (${kind})`, () => {
    const hs: Harness[] = [];
    const harness = () => {
      const h = new Harness(kind);
      hs.push(h);
      return h;
    };
    after(async () => {
      for (const h of hs) await h.dispose();
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
      assert.deepEqual(
        again.map((x) => [
          x.entry.offset,
          x.entry.deliveries,
          x.entry.lastDelivery,
          x.record?.body.toString(),
        ]),
        [
          [0, 2, 20_000, 'e0'],
          [1, 2, 20_000, 'e1'],
        ],
      );
      assert.equal(g.ack(0), true);
      assert.equal(g.ack(0), false);
      assert.deepEqual(
        g.pendingRange(0, 4, 10, 30_000).map((e) => [e.offset, e.consumer, e.deliveries]),
        [
          [1, 'alice', 2],
          [2, 'bob', 1],
          [3, 'bob', 1],
          [4, 'bob', 1],
        ],
      );
      assert.deepEqual(
        g.pendingRange(0, 100, 2, 30_000, 'bob').map((e) => e.offset),
        [2, 3],
      );
      assert.deepEqual(
        g.pendingRange(0, 100, 100, 30_000, undefined, 15_000).map((e) => e.offset),
        [2, 3, 4, 5],
        'min idle: alice re-read hers at 20 000',
      );
      // NOACK delivers without a pending entry
      p.append(StreamFormat.resp, 2000, Buffer.alloc(0), Buffer.from('e6'));
      await p.syncPromise();
      assert.deepEqual(bodies(readNew(p, g, 'carol', 5, true)), ['e6']);
      assert.equal(g.entry(6), undefined);
      assert.deepEqual(
        g.consumers().map((c) => [c.name, c.pending]),
        [
          ['alice', 1],
          ['bob', 4],
          ['carol', 0],
        ],
      );
      // a group reads committed records only
      p.append(StreamFormat.resp, 3000, Buffer.alloc(0), Buffer.from('e7'));
      if (kind === 'disk') assert.deepEqual(readNew(p, g, 'bob', 5), [], 'not synced yet');
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
      assert.deepEqual(
        got.map((x) => [x.entry.offset, x.entry.consumer, x.entry.deliveries, x.record!.body.toString()]),
        [
          [0, 'bob', 2, 'e0'],
          [1, 'bob', 2, 'e1'],
        ],
      );
      assert.deepEqual(
        claim(p, g, 'carol', 0, [2], { justId: true, idleMs: 500 }, 3_000).map((x) => [
          x.entry.deliveries,
          x.entry.lastDelivery,
        ]),
        [[1, 2_500]],
        'JUSTID: no delivery counted; IDLE sets the idle time',
      );
      assert.equal(claim(p, g, 'carol', 0, [3], { retryCount: 7 }, 3_000)[0].entry.deliveries, 7);
      g.ack(5);
      assert.equal(claim(p, g, 'carol', 0, [5], {}, 3_000).length, 0, 'acked: not pending');
      assert.equal(claim(p, g, 'carol', 0, [5], { force: true }, 3_000)[0].entry.consumer, 'carol');
      // auto-claim: from 0, two at a time, entries idle >= 1 000 at 10 000
      const first = autoClaim(p, g, 'dave', 1_000, 0, 2, {}, 10_000);
      assert.deepEqual(
        first.claimed.map((x) => x.entry.offset),
        [0, 1],
      );
      assert.equal(first.next, 2);
      const second = autoClaim(p, g, 'dave', 1_000, first.next!, 100, {}, 10_000);
      assert.deepEqual(
        second.claimed.map((x) => x.entry.offset),
        [2, 3, 4, 5, 6, 7],
      );
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
      assert.deepEqual(
        r.claimed.map((x) => x.entry.offset),
        [0],
      );
      assert.deepEqual(r.deleted, [1, 2]);
      assert.equal(g4.pendingCount, 1);
    });

    test('set id, consumers, destroy; batches are one entry each', async () => {
      const h = harness();
      const b = h.broker;
      const p = b.streams('/').create('k').partition(0)!;
      p.appendBatch(StreamFormat.kafka, 1, 5, Buffer.alloc(0), Buffer.alloc(16));
      p.append(StreamFormat.resp, 2, Buffer.alloc(0), Buffer.from('one'));
      await p.syncPromise();
      const g = b.streamGroups.create('/', 'k', 0, 'g', -1, 0);
      assert.deepEqual(
        readNew(p, g, 'a', 1).map((r) => [r.offset, r.count]),
        [[0, 5]],
      );
      assert.equal(g.lastDelivered, 4);
      assert.equal(g.entriesRead, 5);
      assert.deepEqual(
        readNew(p, g, 'a', 1).map((r) => r.offset),
        [5],
      );
      g.setLastDelivered(2);
      assert.deepEqual(
        readNew(p, g, 'b', 10).map((r) => r.offset),
        [0, 5],
        'a batch the last delivered offset falls inside comes again, whole',
      );
      assert.equal(g.entry(0)!.consumer, 'b', 'delivered again as new: the entry moves to the reader');
      assert.equal(g.entry(0)!.deliveries, 1);
      assert.equal(g.lastDelivered, 5);
      assert.equal(g.createConsumer('z', 5), true);
      assert.equal(g.createConsumer('z', 5), false);
      assert.equal(g.deleteConsumer('b'), 2);
      assert.equal(g.deleteConsumer('nobody'), -1);
      assert.deepEqual(
        g.consumers().map((c) => c.name),
        ['a', 'z'],
      );
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
      assert.deepEqual(
        again
          .pendingRange(0, 100, 100, 1000)
          .map((e) => [e.offset, e.consumer, e.deliveries, e.lastDelivery]),
        [
          [1, 'alice', 2, 300],
          [2, 'alice', 1, 100],
          [3, 'bob', 1, 200],
        ],
      );
      assert.deepEqual(
        again.consumers().map((c) => [c.name, c.pending]),
        [
          ['alice', 2],
          ['bob', 1],
          ['idle', 0],
        ],
      );
      assert.deepEqual(
        b.streamGroups.list('/', 'r', 0).map((x) => [x.name, x.lastDelivered, x.entriesRead]),
        [
          ['g', 3, -1],
          ['other', 4, 5],
        ],
      );
      const p2 = b.streams('/').get('r')!.partition(0)!;
      assert.deepEqual(bodies(readNew(p2, again, 'bob', 10)), ['e4']);
      // a destroyed group stays destroyed
      b.streamGroups.destroy('/', 'r', 0, 'other');
      await b.streamGroups.syncPromise();
      b = await h.restart();
      assert.equal(b.streamGroups.get('/', 'r', 0, 'other'), undefined);
      assert.equal(b.streamGroups.get('/', 'r', 0, 'g')!.pendingCount, 4);
    });
  });
}
