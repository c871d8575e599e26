// Engine conformance for streams, driven through the engine with no wire (docs/architecture.md, "Streams in
// the engine"): the registry every front uses, partitions with batches, committed reads and the high
// watermark, waits, retention and timestamps per batch, consumer-group offsets, and a restart in the middle.
// Runs on a durable broker (disk storage) and on a memory one; what only a durable broker keeps across a
// restart is asserted there only.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { amqpPropertiesFormat } from '../../src/amqp/index.js';
import { Broker, BrokerError, groupLags, StreamFormat, StreamQueue, } from '../../src/broker/index.js';
/** A broker of that kind; restart() closes it and opens a new one on the same storage (nothing, for memory). */
class Harness {
    kind;
    broker;
    dir;
    constructor(kind) {
        this.kind = kind;
        this.dir = mkdtempSync(join(tmpdir(), 'wharf-engine-streams-'));
        this.broker = this.make();
    }
    make() {
        const b = this.kind === 'disk'
            ? new Broker({ dataDir: this.dir, format: amqpPropertiesFormat })
            : new Broker({ storage: 'memory', format: amqpPropertiesFormat });
        b.open();
        return b;
    }
    get durable() {
        return this.kind === 'disk';
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
const body = (tag, size = 32) => {
    const b = Buffer.alloc(size, 0x2e);
    b.write(tag);
    return b;
};
/** A body whose first 8 bytes are a slot for the base offset (as a Kafka RecordBatch's). */
const batchBody = (tag) => Buffer.concat([Buffer.alloc(8, 0xff), body(tag)]);
const tagOf = (b, skip = 0) => b.toString('latin1', skip, b.indexOf(0x2e, skip));
for (const kind of ['disk', 'memory']) {
    describe(`engine streams (${kind})`, () => {
        const harnesses = [];
        const harness = () => {
            const h = new Harness(kind);
            harnesses.push(h);
            return h;
        };
        after(async () => {
            for (const h of harnesses)
                await h.dispose();
        });
        test('a stream made through the registry is the AMQP stream queue of the same name', () => {
            const h = harness();
            const streams = h.broker.streams('/');
            const s = streams.create('orders', { maxAgeMs: 3_600_000, maxBytes: 10_000_000 });
            assert.equal(s.partitions.length, 1);
            assert.equal(s.superStream, false);
            const q = h.broker.vhost('/').queues.get('orders');
            assert.ok(q instanceof StreamQueue);
            assert.equal(s.partition(0).queue, q);
            assert.deepEqual(q.options.arguments, {
                'x-queue-type': 'stream',
                'x-max-age': '3600s',
                'x-max-length-bytes': 10_000_000,
            });
            assert.equal(streams.get('orders'), s, 'cached while nothing changed');
            // a stream queue declared over AMQP is a stream too
            h.broker.vhost('/').declareQueue('amqp-made', {
                passive: false,
                durable: true,
                exclusive: false,
                autoDelete: false,
                arguments: { 'x-queue-type': 'stream' },
            });
            assert.deepEqual(streams.list().map((x) => x.name), ['amqp-made', 'orders']);
            assert.throws(() => streams.create('orders'), (e) => e.code === 'PRECONDITION_FAILED');
            assert.throws(() => streams.create('amq.x'), (e) => e.code === 'ACCESS_REFUSED');
            assert.throws(() => streams.create('x', { partitions: 0 }), BrokerError);
            assert.throws(() => h.broker.streams('nope'), (e) => e.code === 'NOT_FOUND');
            // deleting the queue through AMQP deletes the stream
            h.broker.vhost('/').deleteQueue('amqp-made', false, false);
            assert.equal(streams.get('amqp-made'), undefined);
            assert.equal(streams.delete('orders'), true);
            assert.equal(streams.get('orders'), undefined);
            assert.equal(h.broker.vhost('/').queues.has('orders'), false);
            assert.equal(streams.delete('orders'), false);
        });
        test('batches: offsets per record counted, whole batches read back, base offset patched in', async () => {
            const h = harness();
            const p = h.broker.streams('/').create('b').partition(0);
            assert.equal(p.append(StreamFormat.resp, 1000, Buffer.from('h0'), body('one')), 0);
            const given = batchBody('five');
            assert.equal(p.appendBatch(StreamFormat.kafka, 2000, 5, Buffer.alloc(0), given, 0), 1);
            assert.equal(given.readBigInt64BE(0), -1n, "the caller's buffer is untouched");
            assert.equal(p.appendBatch(StreamFormat.kafka, 3000, 3, Buffer.alloc(0), batchBody('three'), 0), 6);
            assert.equal(p.append(StreamFormat.resp, 4000, Buffer.alloc(0), body('last')), 9);
            assert.equal(p.nextOffset, 10);
            assert.equal(p.count, 10);
            await p.syncPromise();
            assert.equal(p.highWatermark, 10);
            const all = p.read(0, 1 << 20);
            assert.deepEqual(all.map((r) => [r.offset, r.count, r.timestamp, r.flags >> 4]), [
                [0, 1, 1000, StreamFormat.resp],
                [1, 5, 2000, StreamFormat.kafka],
                [6, 3, 3000, StreamFormat.kafka],
                [9, 1, 4000, StreamFormat.resp],
            ]);
            assert.equal(all[0].head.toString(), 'h0');
            assert.equal(all[1].body.readBigInt64BE(0), 1n, 'base offset written into the stored batch');
            assert.equal(all[2].body.readBigInt64BE(0), 6n);
            assert.equal(tagOf(all[1].body, 8), 'five');
            // a read starting inside a batch returns the whole batch
            assert.deepEqual(p.read(3, 1 << 20).map((r) => r.offset), [1, 6, 9]);
            assert.deepEqual(p.read(8, 1).map((r) => r.offset), [6], 'at least one record whatever maxBytes');
            assert.deepEqual(p.read(0, 32 + 2 + 40).map((r) => r.offset), [0, 1], 'stops before the record that would pass maxBytes');
            assert.deepEqual(p.read(10, 1 << 20), []);
            // a cursor inside a batch starts at the batch
            const r = p.reader(7);
            assert.equal(r.offset, 6);
            assert.equal(r.next().count, 3);
            assert.equal(r.offset, 9);
            r.close();
            assert.throws(() => p.appendBatch(StreamFormat.kafka, 0, 0, Buffer.alloc(0), body('x')), RangeError);
            assert.throws(() => p.appendBatch(StreamFormat.kafka, 0, 2, Buffer.alloc(0), body('x'), 30), RangeError);
            assert.throws(() => p.appendBatch(8, 0, 1, Buffer.alloc(0), body('x')), RangeError);
        });
        test('committed readers see only what a sync covered; waitFor resolves without anyone syncing', async () => {
            const h = harness();
            const p = h.broker.streams('/').create('w').partition(0);
            const committed = p.reader(0);
            const loose = p.reader(0, false);
            p.append(StreamFormat.resp, Date.now(), Buffer.alloc(0), body('a'));
            assert.equal(loose.next().offset, 0, 'uncommitted readers read their writes');
            if (h.durable) {
                assert.equal(p.highWatermark, 0);
                assert.equal(committed.next(), undefined, 'not synced yet');
                assert.deepEqual(p.read(0, 100), []);
            }
            else {
                assert.equal(p.highWatermark, 1, 'memory: nothing to wait for');
            }
            // a waiter moves the watermark by itself: no publisher asks for a sync here
            assert.equal(await p.waitFor(0, 5000), true);
            assert.equal(p.highWatermark, 1);
            assert.equal(committed.next().offset, 0);
            // a wait for future data resolves when it is appended and committed
            const later = p.waitFor(1, 5000);
            setTimeout(() => p.appendBatch(StreamFormat.kafka, Date.now(), 4, Buffer.alloc(0), body('b')), 20);
            assert.equal(await later, true);
            assert.equal(p.highWatermark, 5);
            assert.deepEqual(p.read(1, 100).map((r) => [r.offset, r.count]), [[1, 4]]);
            // timeouts and aborts resolve false
            const t0 = Date.now();
            assert.equal(await p.waitFor(5, 50), false);
            assert.ok(Date.now() - t0 >= 40);
            const ac = new AbortController();
            const aborted = p.waitFor(5, 60_000, ac.signal);
            ac.abort();
            assert.equal(await aborted, false);
            assert.equal(await p.waitFor(5, 60_000, ac.signal), false, 'already aborted');
            // deleting the stream ends the waits
            const pending = p.waitFor(5, 60_000);
            h.broker.streams('/').delete('w');
            assert.equal(await pending, false);
            assert.throws(() => p.read(0, 10), (e) => e.code === 'NOT_FOUND');
            committed.close();
            loose.close();
        });
        test('a super stream: direct exchange, partition queues bound by number, AMQP routing into them', () => {
            const h = harness();
            const v = h.broker.vhost('/');
            const s = h.broker.streams('/').create('topic', { partitions: 3 });
            assert.equal(s.superStream, true);
            assert.deepEqual(s.partitions.map((p) => [p.index, p.name]), [
                [0, 'topic-0'],
                [1, 'topic-1'],
                [2, 'topic-2'],
            ]);
            const ex = v.exchanges.get('topic');
            assert.equal(ex.type, 'direct');
            assert.deepEqual(ex.options.arguments, { 'x-super-stream': true });
            assert.deepEqual([...ex.bindings].map((b) => [b.routingKey, b.destination.name, b.arguments]).sort(), [
                ['0', 'topic-0', { 'x-stream-partition-order': 0 }],
                ['1', 'topic-1', { 'x-stream-partition-order': 1 }],
                ['2', 'topic-2', { 'x-stream-partition-order': 2 }],
            ]);
            const out = [];
            const msg = {
                exchange: 'topic',
                routingKey: '2',
                properties: Buffer.from([0, 0]),
                body: Buffer.from('x'),
                persistent: true,
                timestamp: Date.now(),
            };
            v.publish(msg, out);
            assert.deepEqual(out.map((q) => q.name), ['topic-2']);
            assert.deepEqual(h.broker
                .streams('/')
                .list()
                .map((x) => [x.name, x.partitions.length]), [['topic', 3]], 'partitions are listed as their super stream only');
            assert.throws(() => h.broker.streams('/').create('topic-1'), BrokerError);
            // growing it
            const grown = h.broker.streams('/').addPartitions('topic', 5);
            assert.deepEqual(grown.partitions.map((p) => p.name), ['topic-0', 'topic-1', 'topic-2', 'topic-3', 'topic-4']);
            assert.throws(() => h.broker.streams('/').addPartitions('topic', 5), BrokerError);
            // a partition deleted behind the registry's back changes the stream
            v.deleteQueue('topic-4', false, false);
            assert.equal(h.broker.streams('/').get('topic').partitions.length, 4);
            assert.equal(h.broker.streams('/').delete('topic'), true);
            assert.equal(v.exchanges.has('topic'), false);
            assert.equal(v.queues.has('topic-0'), false);
        });
        test('a one-partition stream grows into a super stream keeping its data as partition 0', async () => {
            const h = harness();
            const streams = h.broker.streams('/');
            const p0 = streams.create('grow').partition(0);
            p0.append(StreamFormat.resp, 1, Buffer.alloc(0), body('kept'));
            await p0.syncPromise();
            const s = streams.addPartitions('grow', 3);
            assert.deepEqual(s.partitions.map((p) => p.name), ['grow', 'grow-1', 'grow-2']);
            assert.equal(s.partition(0).queue, p0.queue);
            assert.equal(tagOf(s.partition(0).read(0, 100)[0].body), 'kept');
            assert.deepEqual(streams.list().map((x) => x.name), ['grow']);
        });
        test('timestamps and retention work per batch', async () => {
            const h = harness();
            const p = h.broker.streams('/').create('ret', { segmentSize: 4096 }).partition(0);
            for (let i = 0; i < 60; i++)
                p.appendBatch(StreamFormat.kafka, 10_000 + i * 10, 10, Buffer.alloc(0), body(`b${i}`, 200));
            await p.syncPromise();
            assert.equal(p.nextOffset, 600);
            assert.equal(p.offsetForTimestamp(10_000 + 255), 260, 'first batch at or after the time');
            assert.equal(p.offsetForTimestamp(0), 0);
            assert.equal(p.offsetForTimestamp(1e15), 600);
            p.log.setRetention({ maxBytes: 4096 * 3, maxAgeMs: undefined });
            if (h.durable) {
                // a durable log unlinks once the current segment's entry is durable: a round or two
                for (let i = 0; i < 10 && p.firstOffset === 0; i++) {
                    await p.syncPromise();
                    p.log.applyRetention();
                }
            }
            assert.ok(p.firstOffset > 0, 'old segments dropped');
            assert.equal(p.firstOffset % 10, 0, 'at a batch boundary');
            assert.equal(p.count, 600 - p.firstOffset);
            assert.equal(p.read(0, 10)[0].offset, p.firstOffset, 'reads below the start begin at the start');
        });
        test('consumer-group offsets: commit, fetch, list, lag, delete', async () => {
            const h = harness();
            const b = h.broker;
            const s = b.streams('/').create('g', { partitions: 2 });
            for (let i = 0; i < 3; i++)
                s.partition(0).appendBatch(StreamFormat.kafka, 1, 4, Buffer.alloc(0), body('x'));
            s.partition(1).append(StreamFormat.kafka, 1, Buffer.alloc(0), body('y'));
            await s.partition(0).syncPromise();
            await s.partition(1).syncPromise();
            const go = b.groupOffsets;
            assert.equal(go.fetch('/', 'app', 'g', 0), undefined);
            go.commit('/', 'app', 'g', 0, 5, 'meta ✓', 1234, 7);
            go.commit('/', 'app', 'g', 1, 1);
            go.commit('/', 'other', 'g', 0, 0);
            await go.syncPromise();
            assert.deepEqual(go.fetch('/', 'app', 'g', 0), {
                offset: 5,
                metadata: 'meta ✓',
                time: 1234,
                leaderEpoch: 7,
            });
            assert.equal(go.fetch('/', 'app', 'g', 1).leaderEpoch, -1);
            assert.deepEqual(go.groups('/'), ['app', 'other']);
            assert.deepEqual(groupLags(go, b.streams('/'), '/', 'app').map((e) => [e.stream, e.partition, e.offset, e.lag]), [
                ['g', 0, 5, 7],
                ['g', 1, 1, 0],
            ]);
            go.commit('/', 'app', 'g', 0, 2); // the last commit wins, backwards too
            assert.equal(go.fetch('/', 'app', 'g', 0).offset, 2);
            assert.equal(go.deleteOffset('/', 'other', 'g', 0), true);
            assert.deepEqual(go.groups('/'), ['app']);
            assert.throws(() => go.commit('/', 'a\u0000b', 'g', 0, 1), RangeError);
            assert.throws(() => go.commit('/', 'a', 'g', 0, 1.5), RangeError);
            assert.equal(go.deleteGroup('/', 'app'), 2);
            assert.deepEqual(go.groups('/'), []);
        });
        test('restart in the middle: streams, batches, watermark and group offsets come back (durable)', async () => {
            const h = harness();
            let b = h.broker;
            const s = b.streams('/').create('r', { partitions: 2, maxAgeMs: 86_400_000 });
            const single = b.streams('/').create('r1').partition(0);
            s.partition(1).appendBatch(StreamFormat.kafka, 5, 7, Buffer.alloc(0), batchBody('seven'), 0);
            s.partition(1).append(StreamFormat.resp, 6, Buffer.from('h'), body('one'));
            single.appendBatch(StreamFormat.kafka, 7, 2, Buffer.alloc(0), body('two'));
            await s.partition(1).syncPromise();
            await single.syncPromise();
            b.groupOffsets.commit('/', 'app', 'r', 1, 7, 'm');
            await b.groupOffsets.syncPromise();
            b = await h.restart();
            const again = b.streams('/').get('r');
            const one = b.streams('/').get('r1');
            if (!h.durable) {
                assert.equal(again, undefined, 'memory storage keeps nothing');
                assert.equal(b.groupOffsets.fetch('/', 'app', 'r', 1), undefined);
                return;
            }
            assert.ok(again && one);
            assert.deepEqual(again.partitions.map((p) => p.name), ['r-0', 'r-1']);
            const p = again.partition(1);
            assert.equal(p.highWatermark, 8, 'what recovery found is committed');
            assert.deepEqual(p.read(3, 1 << 20).map((r) => [r.offset, r.count, r.timestamp, r.head.toString()]), [
                [0, 7, 5, ''],
                [7, 1, 6, 'h'],
            ]);
            assert.equal(p.read(0, 100)[0].body.readBigInt64BE(0), 0n);
            assert.equal(tagOf(p.read(0, 100)[0].body, 8), 'seven');
            assert.equal(p.count, 8);
            assert.deepEqual(one
                .partition(0)
                .read(0, 100)
                .map((r) => [r.offset, r.count]), [[0, 2]]);
            assert.deepEqual(b.groupOffsets.fetch('/', 'app', 'r', 1).offset, 7);
            assert.equal(b.groupOffsets.fetch('/', 'app', 'r', 1).metadata, 'm');
            // appends continue after the batches
            assert.equal(p.appendBatch(StreamFormat.kafka, 8, 3, Buffer.alloc(0), body('more')), 8);
            assert.equal(one.partition(0).append(StreamFormat.resp, 9, Buffer.alloc(0), body('z')), 2);
            // deleting the stream through the registry drops its group offsets (Kafka's DeleteTopics)
            b.streams('/').delete('r');
            assert.equal(b.groupOffsets.fetch('/', 'app', 'r', 1), undefined);
        });
    });
}
//# sourceMappingURL=streams.test.js.map