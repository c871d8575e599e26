import { scaleOf } from '../lib/args.js';
import { connect } from '../lib/targets.js';
const CHANNELS = 4;
const metrics = [
    { key: 'bind/s', unit: '1/s', better: 'higher' },
    { key: 'last/first', unit: '×', better: 'lower' },
    { key: 'delete ms', unit: 'ms', better: 'lower' },
    { key: 'max RTT ms', unit: 'ms', better: 'lower' },
];
export function bindingCases(o) {
    const n = scaleOf(o, 'bindings', 10_000);
    const variant = (durable, count) => ({
        scenario: 'bindings',
        variant: `${count.toLocaleString('en-US')} ${durable ? 'durable' : 'transient'} topic bindings to one queue, then its deletion`,
        metrics,
        heavy: true,
        // bindings do not depend on the queue type: one RabbitMQ column is enough
        appliesTo: (t) => t.id !== 'rabbit-quorum',
        run: (t, ctx) => run(t, ctx, durable, count),
    });
    // a durable bind is an fsync each on Wharf and a disk transaction on RabbitMQ: fewer
    return [variant(false, n), variant(true, Math.max(1000, Math.floor(n / 4)))];
}
async function run(t, ctx, durable, n) {
    const admin = ctx.admin(t);
    const x = await admin.declareExchange('bx', 'topic', durable);
    const q = await admin.declareQueue('bq', { durable });
    const probeQ = await admin.declareQueue('bprobe', { durable: false });
    const conn = await connect(t.url);
    try {
        const chans = [];
        for (let i = 0; i < CHANNELS; i++)
            chans.push(await conn.createChannel());
        const tenth = Math.max(1, Math.floor(n / 10));
        // the first 1 000 warm the connection and the code paths up (a fresh Wharf takes
        // over a second for them, mostly compiling); not measured
        const warm = Math.min(1000, Math.floor(n / 5));
        const segments = [
            [0, warm],
            [warm, warm + tenth],
            [warm + tenth, n - tenth],
            [n - tenth, n],
        ];
        const took = [];
        let t0 = 0;
        for (const [from, to] of segments) {
            if (from === warm)
                t0 = performance.now();
            const s0 = performance.now();
            await Promise.all(chans.map(async (ch, c) => {
                for (let i = from + c; i < to; i += CHANNELS)
                    await ch.bindQueue(q, x, `k.${i}.#`);
            }));
            took.push(performance.now() - s0);
            ctx.log(`  ${to} bindings on ${t.label}`);
        }
        const bindS = (performance.now() - t0) / 1000;
        const [, first, , last] = took;
        const probe = await conn.createConfirmChannel();
        let worst = 0;
        let stop = false;
        const prober = probeLoop(probe, probeQ, () => stop, (ms) => (worst = Math.max(worst, ms)));
        await new Promise((r) => setTimeout(r, 200)); // round trips running before the delete
        worst = 0;
        const d0 = performance.now();
        await chans[0].deleteQueue(q);
        const deleteMs = performance.now() - d0;
        await new Promise((r) => setTimeout(r, 1000));
        stop = true;
        await prober;
        return {
            'bind/s': (n - warm) / bindS,
            'last/first': last / first,
            'delete ms': deleteMs,
            'max RTT ms': worst,
        };
    }
    finally {
        await conn.close().catch(() => { });
        await admin.deleteQueue(q).catch(() => { });
        await admin.deleteQueue(probeQ).catch(() => { });
        await admin.deleteExchange(x).catch(() => { });
    }
}
async function probeLoop(ch, q, stopped, seen) {
    while (!stopped()) {
        const t0 = performance.now();
        ch.sendToQueue(q, Buffer.from('p'));
        await ch.waitForConfirms();
        seen(performance.now() - t0);
    }
    await ch.purgeQueue(q);
}
//# sourceMappingURL=bindings.js.map