// Engine conformance, pull part: receive with leases, long-poll waits, ack, release,
// extend, expiry, delivery counts and the delivery limit, driven on the engine directly
// (no wire), for memory and durable queues, with a restart in the middle.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { amqpPropertiesFormat } from '../../src/amqp/index.js';
import { Broker, decodeHead } from '../../src/broker/index.js';
function message(queue, body, properties = amqpPropertiesFormat.encode({})) {
    return {
        exchange: '',
        routingKey: queue,
        properties,
        body: Buffer.from(body),
        persistent: true,
        timestamp: Date.now(),
    };
}
async function withBroker(dir, fn) {
    const b = new Broker({ dataDir: dir, format: amqpPropertiesFormat });
    b.open();
    try {
        await fn(b);
    }
    finally {
        await b.close();
    }
}
function publish(b, queue, ...bodies) {
    const v = b.vhost('/');
    const out = [];
    for (const body of bodies)
        v.publish(message(queue, body), out);
    const q = v.queues.get(queue);
    return new Promise((resolve, reject) => q.sync((err) => (err ? reject(err) : resolve())));
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
for (const durable of [false, true]) {
    const kind = durable ? 'durable' : 'memory';
    describe(`engine pull reads on a ${kind} queue`, () => {
        let dir;
        const declare = (b, name, args = {}) => b.vhost('/').declareQueue(name, {
            passive: false,
            durable,
            exclusive: false,
            autoDelete: false,
            arguments: args,
        });
        const fresh = () => {
            dir = mkdtempSync(join(tmpdir(), 'wharf-engine-pull-'));
            return dir;
        };
        const cleanup = () => rmSync(dir, { recursive: true, force: true });
        test('receive takes up to max ready messages as leases; ack removes them', async () => {
            try {
                await withBroker(fresh(), async (b) => {
                    const q = declare(b, 'q');
                    await publish(b, 'q', 'a', 'b', 'c');
                    const got = await q.receive(2, { leaseMs: 30_000, owner: 'o1' });
                    assert.deepEqual(got.map((l) => l.body.toString()), ['a', 'b']);
                    for (const l of got) {
                        assert.equal(l.deliveryCount, 1);
                        assert.equal(l.owner, 'o1');
                        assert.ok(l.deadline >= Date.now() + 29_000);
                        assert.ok(l.timestamp > 0 && l.timestamp <= Date.now());
                    }
                    assert.notEqual(got[0].id, got[1].id);
                    assert.equal(q.ready, 1);
                    assert.equal(q.pull.inFlight, 2);
                    assert.equal(q.pull.ack(got[0].id), true);
                    assert.equal(q.pull.ack(got[0].id), false, 'a finished lease id is stale');
                    assert.equal(q.count, 2);
                    const rest = await q.receive(10, { leaseMs: 30_000 });
                    assert.deepEqual(rest.map((l) => l.body.toString()), ['c']);
                    assert.equal(q.ready, 0);
                    assert.deepEqual(await q.receive(10, { leaseMs: 1000 }), [], 'nothing ready, no wait');
                });
            }
            finally {
                cleanup();
            }
        });
        test('release and expiry make a message ready again with its delivery count', async () => {
            try {
                await withBroker(fresh(), async (b) => {
                    const q = declare(b, 'q');
                    await publish(b, 'q', 'x');
                    const [first] = await q.receive(1, { leaseMs: 30_000 });
                    assert.equal(q.pull.release(first.id), true);
                    assert.equal(q.ready, 1);
                    const [second] = await q.receive(1, { leaseMs: 60 });
                    assert.equal(second.body.toString(), 'x');
                    assert.equal(second.deliveryCount, 2);
                    assert.equal(second.firstDeliveredAt, first.firstDeliveredAt);
                    assert.notEqual(second.id, first.id);
                    // not yet expired
                    assert.deepEqual(await q.receive(1, { leaseMs: 1000 }), []);
                    const [third] = await q.receive(1, { leaseMs: 30_000, waitMs: 5000 });
                    assert.equal(third.deliveryCount, 3, 'the visibility timeout expired');
                    assert.equal(q.pull.ack(second.id), false, 'the expired lease is stale');
                    assert.equal(q.pull.extend(third.id, 40), true);
                    assert.ok(q.pull.lease(third.id).deadline <= Date.now() + 40);
                    const [fourth] = await q.receive(1, { leaseMs: 30_000, waitMs: 5000 });
                    assert.equal(fourth.deliveryCount, 4, 'the extended (shortened) deadline expired');
                    assert.equal(q.pull.ack(fourth.id), true);
                    assert.equal(q.count, 0);
                });
            }
            finally {
                cleanup();
            }
        });
        test('a long poll answers as soon as a message arrives, and at its deadline with nothing', async () => {
            try {
                await withBroker(fresh(), async (b) => {
                    const q = declare(b, 'q');
                    const t0 = Date.now();
                    const waiting = q.receive(10, { leaseMs: 30_000, waitMs: 10_000 });
                    assert.equal(q.pull.waiting, 1);
                    await sleep(30);
                    await publish(b, 'q', 'p1', 'p2', 'p3');
                    const got = await waiting;
                    assert.ok(Date.now() - t0 < 5000, 'answered long before its wait ended');
                    assert.deepEqual(got.map((l) => l.body.toString()), ['p1', 'p2', 'p3'], 'a batch published together comes back together');
                    assert.equal(q.pull.waiting, 0);
                    const t1 = Date.now();
                    assert.deepEqual(await q.receive(1, { leaseMs: 1000, waitMs: 80 }), []);
                    assert.ok(Date.now() - t1 >= 70, 'waited');
                    await sleep(0);
                    assert.equal(q.consumers.length, 0, 'no waiter left attached');
                });
            }
            finally {
                cleanup();
            }
        });
        test('an aborted wait ends at once, and the message goes to the next reader', async () => {
            try {
                await withBroker(fresh(), async (b) => {
                    const q = declare(b, 'q');
                    const ac = new AbortController();
                    const t0 = Date.now();
                    const gone = q.receive(1, { leaseMs: 30_000, waitMs: 10_000, signal: ac.signal });
                    ac.abort();
                    assert.deepEqual(await gone, []);
                    assert.ok(Date.now() - t0 < 1000);
                    await publish(b, 'q', 'm');
                    const [l] = await q.receive(1, { leaseMs: 30_000, waitMs: 1000 });
                    assert.equal(l.body.toString(), 'm');
                    assert.equal(l.deliveryCount, 1);
                });
            }
            finally {
                cleanup();
            }
        });
        test('waiting readers share the queue fairly with a push consumer', async () => {
            try {
                await withBroker(fresh(), async (b) => {
                    const q = declare(b, 'q');
                    const pushed = [];
                    const consumer = {
                        tag: 'push',
                        noAck: false,
                        exclusive: false,
                        priority: 0,
                        prefetch: 0,
                        canAccept: () => true,
                        deliver: (queue, position, level, _head, _flags, body) => {
                            pushed.push(body.toString());
                            queue.ack(position, level);
                        },
                        cancelledByServer: () => { },
                    };
                    q.addConsumer(consumer);
                    const pulled = [];
                    for (let i = 0; i < 5; i++) {
                        const waiting = q.receive(1, { leaseMs: 30_000, waitMs: 5000 });
                        await publish(b, 'q', `m${2 * i}`);
                        await publish(b, 'q', `m${2 * i + 1}`);
                        const got = await waiting;
                        for (const l of got) {
                            pulled.push(l.body.toString());
                            q.pull.ack(l.id);
                        }
                    }
                    q.removeConsumer(consumer);
                    assert.ok(pulled.length >= 4, `the pull reader got its share: ${pulled}`);
                    assert.ok(pushed.length >= 4, `the push consumer got its share: ${pushed}`);
                    assert.equal(pulled.length + pushed.length, 10);
                    assert.equal(q.count, 0);
                });
            }
            finally {
                cleanup();
            }
        });
        test('a message delivered maxDeliveries times is dead-lettered with reason delivery_limit', async () => {
            try {
                await withBroker(fresh(), async (b) => {
                    const dlq = declare(b, 'dlq');
                    const q = declare(b, 'src', {
                        'x-dead-letter-exchange': '',
                        'x-dead-letter-routing-key': 'dlq',
                    });
                    await publish(b, 'src', 'poison');
                    for (let i = 1; i <= 3; i++) {
                        const [l] = await q.receive(1, { leaseMs: 30_000, maxDeliveries: 3 });
                        assert.equal(l.deliveryCount, i);
                        q.pull.release(l.id);
                    }
                    assert.deepEqual(await q.receive(1, { leaseMs: 30_000, maxDeliveries: 3 }), []);
                    assert.equal(q.ready, 0);
                    const [dead] = await dlq.receive(1, { leaseMs: 30_000, waitMs: 5000 });
                    // a durable queue removes its copy once the dead-letter queue synced the new one
                    for (const until = Date.now() + 5000; q.count > 0 && Date.now() < until;)
                        await sleep(5);
                    assert.equal(q.count, 0);
                    assert.equal(dead.body.toString(), 'poison');
                    const h = amqpPropertiesFormat.headers(decodeHead(dead.head, dead.flags).properties);
                    const death = (h?.['x-death'])[0];
                    assert.equal(death.reason, 'delivery_limit');
                    assert.equal(death.queue, 'src');
                    assert.equal(dead.deliveryCount, 1, 'a new count in the dead-letter queue');
                });
            }
            finally {
                cleanup();
            }
        });
        test('a lease past its deadline ends at the next receive, before its timer fires', async () => {
            try {
                await withBroker(fresh(), async (b) => {
                    const dlq = declare(b, 'dlq');
                    const q = declare(b, 'src', {
                        'x-dead-letter-exchange': '',
                        'x-dead-letter-routing-key': 'dlq',
                    });
                    await publish(b, 'src', 'poison');
                    const first = q.receive(1, { leaseMs: 0, maxDeliveries: 1 });
                    // no turn of the event loop between the receives: the expiry timer cannot run
                    const until = Date.now() + 2;
                    while (Date.now() < until)
                        ;
                    const second = q.receive(1, { leaseMs: 0, maxDeliveries: 1 });
                    assert.equal((await first).length, 1);
                    assert.deepEqual(await second, [], 'over maxDeliveries: dead-lettered, not delivered');
                    assert.equal(q.ready, 0);
                    const [dead] = await dlq.receive(1, { leaseMs: 30_000 });
                    assert.equal(dead?.body.toString(), 'poison', 'in the dead-letter queue at once');
                });
            }
            finally {
                cleanup();
            }
        });
        test('deleting the queue ends its waits', async () => {
            try {
                await withBroker(fresh(), async (b) => {
                    const q = declare(b, 'q');
                    const waiting = q.receive(1, { leaseMs: 1000, waitMs: 10_000 });
                    b.vhost('/').deleteQueue('q', false, false);
                    assert.deepEqual(await waiting, []);
                });
            }
            finally {
                cleanup();
            }
        });
        if (durable) {
            test('after a restart, a lease that ran out is ready again with its count', async () => {
                try {
                    await withBroker(fresh(), async (b) => {
                        const q = declare(b, 'q');
                        await publish(b, 'q', 'kept', 'acked');
                        const got = await q.receive(2, { leaseMs: 30_000 });
                        assert.equal(got.length, 2);
                        q.pull.ack(got[1].id);
                        q.pull.extend(got[0].id, 1);
                        await new Promise((r) => q.sync(() => r()));
                        while (q.ready < 1)
                            await sleep(5); // the lease of 'kept' ran out
                        const [again] = await q.receive(1, { leaseMs: 1 });
                        assert.equal(again.deliveryCount, 2);
                        while (q.ready < 1)
                            await sleep(5);
                    });
                    await withBroker(dir, async (b) => {
                        const q = b.vhost('/').queues.get('q');
                        assert.equal(q.ready, 1);
                        const [l] = await q.receive(10, { leaseMs: 30_000 });
                        assert.equal(l.body.toString(), 'kept');
                        assert.equal(l.redelivered, true);
                        assert.equal(l.deliveryCount, 3);
                        q.pull.ack(l.id);
                    });
                }
                finally {
                    cleanup();
                }
            });
            test('after a restart, a lease that runs on holds its message, and its delivery can be ended', async () => {
                let keys = [];
                try {
                    await withBroker(fresh(), async (b) => {
                        const q = declare(b, 'q');
                        await publish(b, 'q', 'held', 'deleted', 'other');
                        const got = await q.receive(3, { leaseMs: 60_000 });
                        keys = got.map((l) => l.position * 256 + l.level);
                        assert.deepEqual(got.map((l) => l.body.toString()), ['held', 'deleted', 'other']);
                        q.pull.ack(got[2].id);
                        await new Promise((r) => q.sync(() => r()));
                    });
                    await withBroker(dir, async (b) => {
                        const q = b.vhost('/').queues.get('q');
                        // 'deleted' was received before the restart: its receiver deletes it, by position and count
                        assert.equal(q.pull.ackDelivery(keys[1], 1), true);
                        assert.equal(q.pull.ackDelivery(keys[0], 2), false, 'not that delivery');
                        const heldLeases = [];
                        const none = await q.receive(10, { leaseMs: 30_000, onHeld: (l) => heldLeases.push(l.position) });
                        // the lease of 'held' runs on until its deadline, and 'deleted' was acked as it came up
                        assert.deepEqual(none, []);
                        assert.deepEqual(heldLeases, [keys[0] / 256]);
                        assert.equal(q.ready, 0);
                        assert.equal(q.count, 1, "'deleted' is gone");
                        // its receiver gives it back (visibility 0): ready again, delivered twice now
                        assert.equal(q.pull.extendDelivery(keys[0], 1, 0), true);
                        const [l] = await q.receive(1, { leaseMs: 30_000 });
                        assert.equal(l.body.toString(), 'held');
                        assert.equal(l.deliveryCount, 2);
                        q.pull.ack(l.id);
                    });
                }
                finally {
                    cleanup();
                }
            });
        }
    });
}
//# sourceMappingURL=pull.test.js.map