// (nack-requeue) A deep backlog taken unacked and nacked back with requeue: fill one
// durable queue with N persistent 64-byte messages, take all N with one consumer
// (prefetch unlimited), nack them all (multiple, requeue=true) so they go back in their
// original order, and drain them with a consumer that acks each one (prefetch 1000).
// Reported: the broker's CPU per message (user + system time from /proc) for the
// requeue and the drain, for N = 10 000, 100 000 and 1 000 000 (--scale nack-requeue=M:
// M/100, M/10 and M): it must not grow with N (issue 11, item 10: draining 800 000 requeued messages once took 54 s of CPU).
// RabbitMQ's figure counts all of beam.smp, which serves other clients too.
import { scaleOf } from '../lib/args.js';
import { readCpuSeconds } from '../lib/proc.js';
import { connect } from '../lib/targets.js';
import { prefill } from './consume.js';
import { cleanup } from './types.js';
const HOUR = 3_600_000;
const BODY = 64;
const WARM_UP = 10_000;
async function run(t, ctx, n) {
    const admin = ctx.admin(t);
    const q = await admin.declareQueue('nackrq');
    const conn = await connect(t.url);
    try {
        // one unmeasured cycle first, so every N is measured on warm code (the JIT, not the
        // queue's depth, made the first case of a cold broker look dearer)
        await cycle(t, ctx, conn, q, WARM_UP);
        return await cycle(t, ctx, conn, q, n);
    }
    finally {
        await conn.close().catch(() => { });
        await cleanup(admin, [q]);
    }
}
async function cycle(t, ctx, conn, q, n) {
    ctx.log(`  filling ${t.label} with ${n.toLocaleString('en-US')} messages`);
    await prefill(t, ctx, q, n, BODY);
    // 1. take the whole backlog, unacked
    const taker = await conn.createChannel();
    const cpuTake = readCpuSeconds(t.pid());
    const t0 = performance.now();
    let taken = 0;
    let last;
    const allTaken = new Promise((res) => {
        void taker
            .consume(q, (m) => {
            last = m;
            if (++taken === n)
                res();
        })
            .then((ok) => (tag = ok.consumerTag));
    });
    let tag = '';
    await within(allTaken, HOUR, () => `took ${taken} of ${n}`);
    const takeMs = performance.now() - t0;
    const cpuNack = readCpuSeconds(t.pid());
    await taker.cancel(tag);
    // 2. all back with one nack, then 3. drained with an ack each
    const t1 = performance.now();
    taker.nack(last, true, true);
    const drainer = await conn.createChannel();
    await drainer.prefetch(1000);
    let drained = 0;
    let redelivered = 0;
    const allDrained = new Promise((res) => {
        void drainer.consume(q, (m) => {
            if (m.fields.redelivered)
                redelivered++;
            drainer.ack(m);
            if (++drained === n)
                res();
        });
    });
    await within(allDrained, HOUR, () => `drained ${drained} of ${n}`);
    const drainMs = performance.now() - t1;
    const cpuEnd = readCpuSeconds(t.pid());
    if (redelivered !== n)
        ctx.log(`  only ${redelivered} of ${n} came back flagged redelivered`);
    await drainer.close();
    await taker.close();
    // NaN (no pid) stays NaN
    const perMsg = (a, b) => ((b - a) * 1e6) / n;
    return {
        'take CPU µs/msg': perMsg(cpuTake, cpuNack),
        'requeue+drain CPU µs/msg': perMsg(cpuNack, cpuEnd),
        'take msg/s': (n * 1000) / takeMs,
        'requeue+drain msg/s': (n * 1000) / drainMs,
    };
}
async function within(p, ms, what) {
    let timer;
    try {
        await Promise.race([
            p,
            new Promise((_, rej) => (timer = setTimeout(() => rej(new Error(`timed out: ${what()}`)), ms))),
        ]);
    }
    finally {
        clearTimeout(timer);
    }
}
export function nackRequeueCases(o) {
    const top = scaleOf(o, 'nack-requeue', 1_000_000);
    return [top / 100, top / 10, top].map(Math.round).map((n) => ({
        scenario: 'nack-requeue',
        variant: `${n.toLocaleString('en-US')} persistent ${BODY} B msgs taken unacked, nacked back (requeue), drained with acks`,
        heavy: true,
        // quorum queues requeue differently (delivery-limit, return to the back): the classic queue is the reference
        appliesTo: (t) => t.id !== 'rabbit-quorum',
        metrics: [
            { key: 'take CPU µs/msg', unit: 'µs', better: 'lower' },
            { key: 'requeue+drain CPU µs/msg', unit: 'µs', better: 'lower' },
            { key: 'take msg/s', unit: 'msg/s', better: 'higher' },
            { key: 'requeue+drain msg/s', unit: 'msg/s', better: 'higher' },
        ],
        run: (t, ctx) => run(t, ctx, n),
    }));
}
//# sourceMappingURL=nack-requeue.js.map