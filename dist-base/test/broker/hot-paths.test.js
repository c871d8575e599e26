// Hot paths that once cost O(n) per message (issue 11, item 10), checked by counting the
// work done, not by timing it (the figures live in bench/: nack-requeue):
// - requeued positions lived in an array with shift/splice/indexOf: draining 800 000
//   requeued messages took 54 s of CPU; now a chunked sorted list with a work counter;
// - `ready` and the delivery loop visited every priority level per delivery;
// - every ack scheduled the queue of every consumer of the channel.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import amqp from 'amqplib';
import { amqpPropertiesFormat } from '../../src/amqp/index.js';
import { Broker } from '../../src/broker/index.js';
import { SortedPositions } from '../../src/broker/queues/sorted-positions.js';
import { waitUntil, withTimeout } from '../helpers/amqp.js';
import { startInProcess } from '../helpers/in-process.js';
const queueOpts = { passive: false, durable: false, exclusive: false, autoDelete: false, arguments: {} };
async function withEngine(fn) {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-hot-'));
    const b = new Broker({ dataDir: dir, format: amqpPropertiesFormat });
    try {
        b.open();
        await fn(b.vhost('/'));
    }
    finally {
        await b.close();
        rmSync(dir, { recursive: true, force: true });
    }
}
function publish(v, queue, n, priority) {
    for (let i = 0; i < n; i++) {
        v.publish({
            exchange: '',
            routingKey: queue,
            properties: Buffer.from([0, 0]),
            body: Buffer.from(String(i)),
            persistent: false,
            timestamp: Date.now(),
            priority,
        }, []);
    }
}
/** A deterministic shuffle (xorshift), so a failure can be replayed. */
function shuffled(xs, seed = 12345) {
    const out = [...xs];
    let s = seed;
    for (let i = out.length - 1; i > 0; i--) {
        s ^= s << 13;
        s ^= s >>> 17;
        s ^= s << 5;
        const j = (s >>> 0) % (i + 1);
        [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
}
/** Work per operation of adding n positions in random order and taking them all back. */
function workPerOp(n) {
    const sp = new SortedPositions();
    const xs = shuffled(Array.from({ length: n }, (_, i) => i * 4096 + 7));
    for (const x of xs)
        sp.add(x);
    let last = -1;
    for (let i = 0; i < n; i++) {
        const x = sp.shift();
        assert.ok(x > last, `out of order at ${i}: ${x} after ${last}`);
        last = x;
    }
    assert.equal(sp.size, 0);
    return sp.moves / (2 * n);
}
test('SortedPositions: random adds come out in order; work per operation does not grow with the size', () => {
    const small = workPerOp(10_000);
    const large = workPerOp(300_000);
    // a sorted array costs about n/4 moves per random insert: 75 000 here
    assert.ok(large < 1200, `work per operation at 300 000: ${large.toFixed(1)}`);
    assert.ok(large < 2 * small + 50, `work per operation: ${small.toFixed(1)} at 10 000, ${large.toFixed(1)} at 300 000`);
});
test('SortedPositions: delete, has, peek and forEach agree with a reference set', () => {
    const sp = new SortedPositions();
    const ref = new Set();
    let s = 99;
    const rnd = (m) => {
        s = (s * 1103515245 + 12345) % 2147483648;
        return s % m;
    };
    for (let step = 0; step < 60_000; step++) {
        const x = rnd(20_000) * 3;
        const op = rnd(10);
        if (op < 5) {
            if (!ref.has(x)) {
                sp.add(x);
                ref.add(x);
            }
        }
        else if (op < 7) {
            assert.equal(sp.delete(x), ref.delete(x));
        }
        else if (op < 9) {
            const min = ref.size ? Math.min(...ref) : undefined;
            assert.equal(sp.shift(), min);
            if (min !== undefined)
                ref.delete(min);
        }
        else
            assert.equal(sp.has(x), ref.has(x));
        assert.equal(sp.size, ref.size);
    }
    const all = [];
    sp.forEach((p) => all.push(p));
    assert.deepEqual(all, [...ref].sort((a, b) => a - b));
    assert.equal(sp.peek(), all[0]);
});
test('nack with requeue of a deep backlog: requeue work per message is flat, original order kept', async () => {
    await withEngine((v) => {
        /** Takes every message unacked, requeues them in a scrambled order, drains: work per message. */
        const run = (n) => {
            const q = v.declareQueue(`rq-${n}`, queueOpts);
            publish(v, q.name, n);
            const taken = [];
            for (let i = 0; i < n; i++)
                taken.push(q.get(false));
            const before = q.requeueWork;
            for (const i of shuffled(Array.from({ length: n }, (_, k) => k))) {
                q.reject(taken[i].position, taken[i].level, true);
            }
            for (let i = 0; i < n; i++) {
                const t = q.get(true);
                assert.equal(t.body.toString(), String(i), 'requeued messages come back in their original order');
                assert.ok(t.redelivered);
            }
            assert.equal(q.get(true), undefined);
            return (q.requeueWork - before) / n;
        };
        const small = run(10_000);
        const large = run(200_000);
        // the old array did about n/4 moves per requeue: 50 000 per message here
        assert.ok(large < 1200, `requeue work per message at 200 000: ${large.toFixed(1)}`);
        assert.ok(large < 2 * small + 50, `requeue work per message: ${small.toFixed(1)} then ${large.toFixed(1)}`);
    });
});
/** Counts shift() calls and count reads on every level's log of a queue (instrumenting the real logs). */
function countLogCalls(q) {
    const calls = { shifts: 0, counts: 0 };
    for (const log of q.logs) {
        const shift = log.shift.bind(log);
        log.shift = () => {
            calls.shifts++;
            return shift();
        };
        const proto = Object.getPrototypeOf(log);
        const getter = Object.getOwnPropertyDescriptor(proto, 'count')?.get;
        if (getter) {
            Object.defineProperty(log, 'count', {
                get() {
                    calls.counts++;
                    return getter.call(log);
                },
            });
        }
    }
    return calls;
}
test('x-max-priority 255: a delivery visits the levels that hold messages, not all 256', async () => {
    const w = await startInProcess();
    const conn = await amqp.connect(w.url);
    try {
        const ch = await conn.createChannel();
        const { queue } = await ch.assertQueue('', { exclusive: true, arguments: { 'x-max-priority': 255 } });
        const q = w.server.broker.vhost('/').queues.get(queue);
        assert.equal(q.logs.length, 256);
        const n = 2000;
        for (let i = 0; i < n; i++)
            ch.sendToQueue(queue, Buffer.from(String(i)), { priority: i % 2 === 0 ? 0 : 3 });
        await waitUntil(() => q.count === n, 10_000, 'all published');
        const calls = countLogCalls(q);
        let got = 0;
        await ch.prefetch(50);
        await ch.consume(queue, (m) => {
            got++;
            ch.ack(m);
        });
        await withTimeout(waitUntil(() => got === n, 20_000, 'all delivered'), 25_000, 'deliveries');
        // per delivery one shift, plus a few for levels found empty; the old loop made 256 shifts
        // and read 256 counts per delivery (about 500 000 each here)
        assert.ok(calls.shifts < n + 600, `shift() calls: ${calls.shifts} for ${n} deliveries`);
        assert.ok(calls.counts < n, `log count reads: ${calls.counts} for ${n} deliveries`);
    }
    finally {
        await conn.close().catch(() => { });
        await w.stop();
        w.remove();
    }
});
test('an ack schedules its own queue, not the queue of every consumer of the channel', async () => {
    const w = await startInProcess();
    const conn = await amqp.connect(w.url);
    try {
        const ch = await conn.createChannel();
        await ch.prefetch(1);
        const consumers = 300;
        const queues = [];
        for (let i = 0; i < consumers; i++) {
            const { queue } = await ch.assertQueue('', { exclusive: true });
            queues.push(queue);
            await ch.consume(queue, (m) => void pending.push(m));
        }
        const pending = [];
        const vhost = w.server.broker.vhost('/');
        let scheduled = 0;
        for (const name of queues) {
            const q = vhost.queues.get(name);
            const schedule = q.schedule.bind(q);
            q.schedule = () => {
                scheduled++;
                schedule();
            };
        }
        const acks = 20;
        for (let i = 0; i < acks; i++)
            ch.sendToQueue(queues[0], Buffer.from(String(i)));
        await waitUntil(() => pending.length === 1, 10_000, 'first delivery');
        scheduled = 0;
        for (let i = 0; i < acks; i++) {
            await waitUntil(() => pending.length === 1, 10_000, `delivery ${i}`);
            ch.ack(pending.shift());
            // publishes above are done: what schedules queues now is the ack (and the delivery it allows)
        }
        await waitUntil(() => vhost.queues.get(queues[0]).count === 0, 10_000, 'all acked');
        // the old loop scheduled all 300 queues per ack: 6 000 calls here
        assert.ok(scheduled <= 2 * acks, `schedule() calls: ${scheduled} for ${acks} acks`);
    }
    finally {
        await conn.close().catch(() => { });
        await w.stop();
        w.remove();
    }
});
test('basic.qos global: an ack that frees channel credit wakes every queue that waited for it', async () => {
    const w = await startInProcess();
    const conn = await amqp.connect(w.url);
    try {
        const ch = await conn.createChannel();
        await ch.prefetch(1, true);
        const got = [];
        const held = [];
        const names = [];
        for (let i = 0; i < 3; i++) {
            const { queue } = await ch.assertQueue('', { exclusive: true });
            names.push(queue);
            await ch.consume(queue, (m) => {
                got.push(m.content.toString());
                held.push(m);
            });
        }
        for (let i = 0; i < 3; i++)
            ch.sendToQueue(names[i], Buffer.from(`m${i}`));
        await waitUntil(() => got.length === 1, 10_000, 'first delivery');
        for (let k = 2; k <= 3; k++) {
            ch.ack(held.shift());
            await waitUntil(() => got.length === k, 10_000, `delivery ${k} after an ack`);
        }
        assert.deepEqual([...got].sort(), ['m0', 'm1', 'm2']);
    }
    finally {
        await conn.close().catch(() => { });
        await w.stop();
        w.remove();
    }
});
//# sourceMappingURL=hot-paths.test.js.map