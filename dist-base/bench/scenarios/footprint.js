// (8) Footprint at scale: memory per declared queue (10 000 durable queues) and per
// idle connection (5 000 connections with heartbeats). Memory is the broker's RSS
// increase over its own baseline just before, read from /proc.
import { scaleOf } from '../lib/args.js';
import { runClients } from '../lib/clients.js';
import { readMem, softFdLimit } from '../lib/proc.js';
const mib = (key) => ({ key, unit: 'MiB', better: 'lower' });
const kib = (key) => ({ key, unit: 'KiB', better: 'lower' });
const rssKb = (t) => {
    const pid = t.pid();
    return pid === undefined ? Number.NaN : (readMem(pid)?.rssKb ?? Number.NaN);
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export function queueCases(o) {
    const n = scaleOf(o, 'queues', 10_000);
    return [
        {
            scenario: 'queues',
            variant: `${n.toLocaleString('en-US')} durable queues declared on one channel, then deleted`,
            heavy: true,
            // 10 000 quorum queues would be 10 000 Raft groups on a shared single-node
            // RabbitMQ: not a fair "declared queue" cost and too disruptive to run there.
            appliesTo: (t) => t.id !== 'rabbit-quorum',
            metrics: [
                { key: 'declare/s', unit: '1/s', better: 'higher' },
                mib('RSS increase MiB'),
                kib('KiB per queue'),
                { key: 'delete/s', unit: '1/s', better: 'higher' },
            ],
            async run(t, ctx) {
                const admin = ctx.admin(t);
                const names = [];
                try {
                    await sleep(1000);
                    const before = rssKb(t);
                    const t0 = performance.now();
                    for (let i = 0; i < n; i++) {
                        names.push(await admin.declareQueue('many'));
                        if ((i + 1) % 2000 === 0)
                            ctx.log(`  ${i + 1} queues declared on ${t.label}`);
                    }
                    const declareS = (performance.now() - t0) / 1000;
                    await sleep(2000); // let lazily created per-queue state settle
                    const grown = rssKb(t) - before;
                    const t1 = performance.now();
                    while (names.length)
                        await admin.deleteQueue(names.pop());
                    const deleteS = (performance.now() - t1) / 1000;
                    return {
                        'declare/s': n / declareS,
                        'RSS increase MiB': grown / 1024,
                        'KiB per queue': grown / n,
                        'delete/s': n / deleteS,
                    };
                }
                finally {
                    for (const q of names)
                        await admin.deleteQueue(q).catch(() => { });
                }
            },
        },
    ];
}
export function connectionCases(o) {
    const n = scaleOf(o, 'connections', 5000);
    const heartbeat = 10;
    const holdMs = o.quick ? 5000 : 30_000;
    return [
        {
            scenario: 'connections',
            variant: `${n.toLocaleString('en-US')} idle connections, heartbeat ${heartbeat} s, held ${holdMs / 1000} s`,
            heavy: true,
            // a property of the broker, not of a queue type: one RabbitMQ column is enough
            appliesTo: (t) => t.id !== 'rabbit-quorum',
            metrics: [
                { key: 'connections held', unit: '', better: 'higher' },
                { key: 'open/s', unit: '1/s', better: 'higher' },
                mib('RSS increase MiB'),
                kib('KiB per connection'),
                { key: 'dropped while idle', unit: '', better: 'lower' },
            ],
            async run(t, ctx) {
                let want = n;
                const pid = t.pid();
                const limit = pid === undefined ? undefined : softFdLimit(pid);
                const cap = limit === undefined ? want : Math.floor((limit - 100) * 0.8);
                if (t.broker !== 'wharf' && cap < want) {
                    // Never push a shared RabbitMQ into its file-descriptor limit: it keeps part
                    // of it for files and silently stops accepting sockets near the rest.
                    want = Math.max(0, cap);
                    ctx.log(`  ${t.label}: soft fd limit ${limit}, opening ${want} connections instead of ${n}`);
                }
                const workers = 4;
                const specs = Array.from({ length: workers }, (_, i) => ({
                    role: 'idle',
                    url: t.url,
                    heartbeat,
                    connections: Math.floor(want / workers) + (i < want % workers ? 1 : 0),
                }));
                await sleep(1000);
                const before = rssKb(t);
                const t0 = performance.now();
                let openS = 0;
                let grown = Number.NaN;
                const run = await runClients(specs, {
                    maxMs: holdMs + 120_000,
                    holdMs,
                    beforeGo: () => {
                        openS = (performance.now() - t0) / 1000;
                        ctx.log(`  ${t.label}: connections open after ${openS.toFixed(1)} s; holding ${holdMs / 1000} s`);
                    },
                    whileHeld: async () => {
                        grown = rssKb(t) - before;
                    },
                });
                const opened = run.results.reduce((a, r) => a + (r.opened ?? 0), 0);
                const alive = run.results.reduce((a, r) => a + r.count, 0);
                const err = run.results.find((r) => r.error)?.error;
                if (err)
                    ctx.log(`  ${t.label}: ${want - opened} connections failed to open: ${err}`);
                return {
                    'connections held': alive,
                    'open/s': opened / openS,
                    'RSS increase MiB': grown / 1024,
                    'KiB per connection': grown / Math.max(1, opened),
                    'dropped while idle': opened - alive,
                };
            },
        },
    ];
}
//# sourceMappingURL=footprint.js.map