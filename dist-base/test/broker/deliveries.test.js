// The engine's push-delivery settlement (Deliveries, what an AMQP channel's delivery tags
// map to), on a real queue of an in-memory broker: tags in order, settle one or every one
// up to a tag, unknown tags refused with PRECONDITION_FAILED, requeue in original order,
// session credit that holds a queue back until an ack, and the acknowledgement timeout.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { amqpPropertiesFormat } from '../../src/amqp/index.js';
import { Broker, BrokerError, consumerTimeout, Deliveries, } from '../../src/broker/index.js';
/** A consumer that records what it gets and settles nothing itself. */
class Recorder {
    queue;
    deliveries;
    prefetch;
    unacked = 0;
    tag = 'recorder';
    noAck = false;
    exclusive = false;
    priority = 0;
    got = [];
    constructor(queue, deliveries, prefetch = 0) {
        this.queue = queue;
        this.deliveries = deliveries;
        this.prefetch = prefetch;
    }
    canAccept() {
        return (this.prefetch === 0 || this.unacked < this.prefetch) && this.deliveries.hasCredit(this);
    }
    deliver(queue, position, level, _head, _flags, body, redelivered) {
        this.got.push({ position, level, body: body.toString(), redelivered });
        this.deliveries.track(queue, position, level, this, 60_000);
    }
    cancelledByServer() { }
}
const tick = () => new Promise((r) => setImmediate(r));
describe('push deliveries', () => {
    const broker = new Broker({ storage: 'memory', format: amqpPropertiesFormat });
    let v;
    let n = 0;
    const queueWith = (bodies) => {
        const q = v.declareQueue(`deliveries-${++n}`, {
            passive: false,
            durable: false,
            exclusive: false,
            autoDelete: false,
            arguments: {},
        });
        for (const body of bodies) {
            v.publish({
                exchange: '',
                routingKey: q.name,
                properties: amqpPropertiesFormat.encode({}),
                body: Buffer.from(body),
                persistent: false,
                timestamp: Date.now(),
            }, []);
        }
        return q;
    };
    before(() => {
        broker.open();
        v = broker.vhost('/');
    });
    after(() => broker.close());
    test('tags in order; settle one, every one up to a tag, and refuse unknown tags', async () => {
        const d = new Deliveries(() => assert.fail('no timeout expected'));
        const q = queueWith(['a', 'b', 'c', 'd']);
        const c = new Recorder(q, d);
        q.addConsumer(c);
        await tick();
        assert.deepEqual([...d.unacked.keys()], [1, 2, 3, 4]);
        assert.equal(c.unacked, 4);
        d.settle(2, false, true, false);
        assert.throws(() => d.settle(2, false, true, false), (e) => e instanceof BrokerError &&
            e.code === 'PRECONDITION_FAILED' &&
            e.message === 'unknown delivery tag 2');
        assert.throws(() => d.check(9, false), BrokerError);
        d.check(9, true); // some tag up to 9 is unacked
        d.settle(3, true, true, false);
        assert.deepEqual([...d.unacked.keys()], [4]);
        assert.equal(q.unacked, 1);
        d.settle(0, true, true, false);
        assert.equal(d.size, 0);
        assert.equal(q.count, 0);
        q.removeConsumer(c);
    });
    test('requeued deliveries come back in their original order, flagged redelivered', async () => {
        const d = new Deliveries(() => { });
        const q = queueWith(['a', 'b', 'c']);
        const c = new Recorder(q, d, 3);
        q.addConsumer(c);
        await tick();
        q.removeConsumer(c);
        d.requeueAll();
        assert.equal(q.ready, 3);
        const again = new Recorder(q, d);
        q.addConsumer(again);
        await tick();
        assert.deepEqual(again.got.map((g) => [g.body, g.redelivered]), [
            ['a', true],
            ['b', true],
            ['c', true],
        ]);
        d.release();
        q.removeConsumer(again);
    });
    test('session credit holds a queue back until an ack gives it back', async () => {
        const d = new Deliveries(() => { });
        d.sessionPrefetch = 2;
        const q = queueWith(['a', 'b', 'c', 'd']);
        const c = new Recorder(q, d);
        q.addConsumer(c);
        await tick();
        assert.deepEqual(c.got.map((g) => g.body), ['a', 'b']);
        d.settle(1, false, true, false);
        await tick();
        assert.deepEqual(c.got.map((g) => g.body), ['a', 'b', 'c']);
        d.release();
        q.removeConsumer(c);
    });
    test('a delivery held past its timeout is reported once; the timeout comes from consumer, queue or server', async () => {
        const q = queueWith(['a']);
        assert.equal(consumerTimeout(q, 250, 1000), 250);
        assert.equal(consumerTimeout(q, undefined, 1000), 1000);
        const timedOut = [];
        const d = new Deliveries((ms) => timedOut.push(ms));
        const taken = q.get(false);
        d.track(q, taken.position, taken.level, undefined, 50);
        const started = Date.now();
        while (timedOut.length === 0 && Date.now() - started < 5000)
            await new Promise((r) => setTimeout(r, 20));
        assert.deepEqual(timedOut, [50]);
        assert.ok(Date.now() - started >= 45, 'not before its timeout');
        d.release();
        assert.equal(q.ready, 1, 'released deliveries go back to the queue');
    });
});
//# sourceMappingURL=deliveries.test.js.map