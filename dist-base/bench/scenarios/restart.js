// (7) Restart with N persistent messages on disk: how long until a consumer gets
// its first message, and until the queue reports every message again. Uses its own
// Wharf process and data dir (the shared one keeps running); RabbitMQ is never
// restarted by this harness, so its columns stay empty.
import { scaleOf } from '../lib/args.js';
import { publishRate, runClients } from '../lib/clients.js';
import { readMem } from '../lib/proc.js';
import { Admin, connect, forget } from '../lib/targets.js';
import { WharfProcess } from '../lib/wharf.js';
import { publishSpec } from './publish.js';
const HOUR = 3_600_000;
const s = (key) => ({ key, unit: 's', better: 'lower' });
/** Time (ms since t0) of the first delivery from `queue`, retrying until the queue exists. */
async function firstDelivery(url, queue, t0, deadline) {
    const conn = await connect(url);
    try {
        for (;;) {
            const ch = await conn.createChannel();
            ch.on('error', () => { });
            try {
                await ch.prefetch(1);
                const at = await new Promise((res, rej) => {
                    ch.on('close', () => rej(new Error('channel closed')));
                    ch.consume(queue, (m) => m && res(performance.now() - t0), { noAck: false }).catch(rej);
                });
                await ch.close().catch(() => { }); // the unacked message goes back to the queue
                return at;
            }
            catch (e) {
                if (performance.now() > deadline)
                    throw e;
                await new Promise((r) => setTimeout(r, 20));
            }
        }
    }
    finally {
        await conn.close().catch(() => { });
    }
}
/** Time (ms since t0) when a passive declare first reports at least `n` messages. */
async function fullyRecovered(url, queue, n, t0, deadline) {
    const conn = await connect(url);
    try {
        for (;;) {
            const ch = await conn.createChannel();
            ch.on('error', () => { });
            try {
                // -1: the first-delivery probe may be holding one message unacked right now
                while ((await ch.checkQueue(queue)).messageCount < n - 1) {
                    if (performance.now() > deadline)
                        throw new Error('queue never reported all messages');
                    await new Promise((r) => setTimeout(r, 50));
                }
                return performance.now() - t0;
            }
            catch (e) {
                if (performance.now() > deadline)
                    throw e;
                await new Promise((r) => setTimeout(r, 50));
            }
            finally {
                await ch.close().catch(() => { });
            }
        }
    }
    finally {
        await conn.close().catch(() => { });
    }
}
export function restartCases(o) {
    const n = scaleOf(o, 'restart', 5_000_000);
    return [
        {
            scenario: 'restart',
            variant: `Wharf only: ${n.toLocaleString('en-US')} persistent 1 KiB msgs on disk, SIGTERM, start again`,
            heavy: true,
            appliesTo: (t) => t.broker === 'wharf',
            metrics: [
                s('stop s'),
                s('ready s'),
                s('first delivery s'),
                s('full recovery s'),
                { key: 'peak RSS MiB (recovery)', unit: 'MiB', better: 'lower' },
            ],
            async run(_t, ctx) {
                const w = new WharfProcess();
                let url = '';
                try {
                    await w.start();
                    url = w.url;
                    const t = {
                        id: 'wharf-restart',
                        label: 'wharf (restart)',
                        url: w.url,
                        broker: 'wharf',
                        durableArgs: {},
                        allowsTransientQueue: true,
                        pid: () => w.pid,
                    };
                    const admin = new Admin(t);
                    const q = await admin.declareQueue('restart');
                    const per = Math.ceil(n / 4);
                    ctx.log(`  filling a separate Wharf with ${(4 * per).toLocaleString('en-US')} messages`);
                    const fill = await runClients(Array.from({ length: 4 }, () => publishSpec(t, q, per, 1024, HOUR)), { maxMs: HOUR });
                    const have = await admin.messageCount(q);
                    await admin.close();
                    ctx.log(`  filled at ${Math.round(publishRate(fill))} msg/s (${have} messages); stopping`);
                    const s0 = performance.now();
                    const code = await w.stop(10 * 60_000);
                    const stopS = (performance.now() - s0) / 1000;
                    if (code !== 0)
                        ctx.log(`  Wharf exited with code ${code} on SIGTERM`);
                    const t0 = performance.now();
                    await w.start(HOUR);
                    const readyMs = performance.now() - t0;
                    const deadline = t0 + HOUR;
                    const [first, full] = await Promise.all([
                        firstDelivery(w.url, q, t0, deadline),
                        fullyRecovered(w.url, q, have, t0, deadline),
                    ]);
                    return {
                        'stop s': stopS,
                        'ready s': readyMs / 1000,
                        'first delivery s': first / 1000,
                        'full recovery s': full / 1000,
                        // a fresh process: its VmHWM is exactly the peak of boot + recovery + probes
                        'peak RSS MiB (recovery)': (readMem(w.pid)?.hwmKb ?? Number.NaN) / 1024,
                    };
                }
                finally {
                    await w.dispose(); // its data dir (and so its queue) is gone with it
                    forget(url);
                }
            },
        },
    ];
}
//# sourceMappingURL=restart.js.map