// The engine's publish receipts (PublishReceipts): what AMQP confirms, tx.commit, Kafka
// acks=all, SQS SendMessage, SNS Publish, RESP XADD and the HTTP publish all wait on. On a
// real broker over a data dir: receipts settle in order as ranges, a refused publish is
// settled not-ok without holding back the others, a batch waits for the sync of every
// durable copy of a persistent message and for nothing else. The order and failure cases
// hold a real queue's sync (HeldSync below) so that batches complete in a chosen order.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { amqpPropertiesFormat } from '../../src/amqp/index.js';
import { Broker, PublishReceipts, ReceiptError, } from '../../src/broker/index.js';
function message(queue, persistent = true, body = 'x') {
    return {
        exchange: '',
        routingKey: queue,
        properties: amqpPropertiesFormat.encode({}),
        body: Buffer.from(body),
        persistent,
        timestamp: Date.now(),
    };
}
const tick = () => new Promise((r) => setImmediate(r));
/** A real queue's sync whose callbacks wait until release(err?). */
class HeldSync {
    inner;
    held = [];
    constructor(inner) {
        this.inner = inner;
    }
    sync(cb) {
        this.held.push(cb);
    }
    release(err) {
        for (const cb of this.held.splice(0)) {
            if (err)
                cb(err);
            else
                this.inner.sync(cb);
        }
    }
}
describe('publish receipts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-receipts-'));
    let broker;
    let v;
    before(() => {
        broker = new Broker({ dataDir: dir, format: amqpPropertiesFormat });
        broker.open();
        v = broker.vhost('/');
        v.declareQueue('durable', {
            passive: false,
            durable: true,
            exclusive: false,
            autoDelete: false,
            arguments: {},
        });
        v.declareQueue('transient', {
            passive: false,
            durable: false,
            exclusive: false,
            autoDelete: false,
            arguments: {},
        });
        v.declareQueue('bounded', {
            passive: false,
            durable: true,
            exclusive: false,
            autoDelete: false,
            arguments: { 'x-max-length': 1, 'x-overflow': 'reject-publish' },
        });
    });
    after(async () => {
        await broker.close();
        rmSync(dir, { recursive: true, force: true });
    });
    test('receipts settle in order, as ranges, once the durable copies are synced', async () => {
        const ranges = [];
        const r = new PublishReceipts({ settled: (upTo, multiple, ok) => ranges.push([upTo, multiple, ok]) });
        for (let i = 0; i < 5; i++) {
            const o = r.publish(v, message('durable'));
            assert.deepEqual({ ...o }, { seq: i + 1, accepted: true, routed: 1 });
        }
        assert.deepEqual(ranges, [], 'nothing settles before the batch is sealed and synced');
        await tick();
        await new Promise((resolve) => r.whenSynced(() => resolve()));
        const o = r.publish(v, message('durable'));
        assert.equal(o.seq, 6);
        await r.synced();
        await tick();
        assert.deepEqual(ranges, [
            [5, true, true],
            [6, false, true],
        ]);
        assert.equal(v.queue('durable').count, 6);
    });
    test('a refused publish settles not-ok and the rest of its batch ok', async () => {
        const ranges = [];
        const r = new PublishReceipts({ settled: (upTo, multiple, ok) => ranges.push([upTo, multiple, ok]) });
        assert.equal(r.publish(v, message('bounded')).accepted, true);
        const refused = r.publish(v, message('bounded'));
        assert.deepEqual({ ...refused }, { seq: 2, accepted: false, routed: 0 });
        assert.equal(r.publish(v, message('durable')).accepted, true);
        assert.equal(r.publish(v, message('nowhere')).routed, 0, 'unroutable: accepted, stored nowhere');
        await r.synced();
        await tick();
        assert.deepEqual(ranges, [
            [1, false, true],
            [2, false, false],
            [4, true, true],
        ]);
    });
    test('a batch with no durable copy of a persistent message waits for nothing', () => {
        const r = new PublishReceipts();
        r.publish(v, message('transient'));
        r.publish(v, message('durable', false));
        let called = false;
        r.whenSynced((err) => {
            assert.equal(err, undefined);
            called = true;
        });
        assert.equal(called, true, 'answered at once');
    });
    test('whenSynced hears its own batch even while an earlier batch still waits', async () => {
        const ranges = [];
        const r = new PublishReceipts({ settled: (upTo) => ranges.push(upTo) });
        const first = new HeldSync(v.queue('durable'));
        r.published();
        r.needsSync(first);
        let firstDone = false;
        r.whenSynced(() => (firstDone = true));
        await tick();
        r.publish(v, message('durable'));
        await r.synced();
        assert.equal(firstDone, false);
        assert.deepEqual(ranges, [], 'the ordered settlement waits for the first batch');
        first.release();
        await new Promise((resolve) => setTimeout(resolve, 50));
        for (let i = 0; i < 100 && !firstDone; i++)
            await new Promise((resolve) => setTimeout(resolve, 10));
        assert.equal(firstDone, true);
        assert.deepEqual(ranges, [2]);
    });
    test('a failed sync fails its batch: not-ok ranges, the error and the failed targets', async () => {
        const ranges = [];
        const r = new PublishReceipts({ settled: (upTo, _m, ok) => ranges.push([upTo, ok]) });
        const failing = new HeldSync(v.queue('durable'));
        r.publish(v, message('durable'));
        r.published();
        r.needsSync(failing);
        const waited = r.synced();
        await tick();
        failing.release(new Error('disk gone'));
        await assert.rejects(waited, (err) => {
            assert.ok(err instanceof ReceiptError);
            assert.equal(err.message, 'disk gone');
            assert.equal(err.failed.has(failing), true);
            assert.equal(err.failed.has(v.queue('durable')), false, 'the queue itself synced');
            return true;
        });
        await tick();
        assert.deepEqual(ranges, [[2, false]]);
    });
});
//# sourceMappingURL=publish-receipts.test.js.map