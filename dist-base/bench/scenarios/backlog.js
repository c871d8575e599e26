// (6) A deep backlog: fill one durable queue with N persistent 1 KiB messages, let it
// sit, then drain it. What matters is memory while the backlog sits (does the broker
// keep bodies in RAM?) and whether draining from disk stays fast.
import { scaleOf } from '../lib/args.js';
import { consumeRate, publishRate, runClients } from '../lib/clients.js';
import { RssSampler } from '../lib/proc.js';
import { consumeSpec } from './consume.js';
import { publishSpec } from './publish.js';
import { cleanup } from './types.js';
const HOUR = 3_600_000;
const SIT_MS = 10_000;
const mib = (key) => ({ key, unit: 'MiB', better: 'lower' });
export function backlogCases(o) {
    const n = scaleOf(o, 'backlog', 5_000_000);
    return [
        {
            scenario: 'backlog',
            variant: `${n.toLocaleString('en-US')} persistent 1 KiB msgs (4 publishers, confirms), sit ${SIT_MS / 1000} s, drain (1 consumer, prefetch 1000)`,
            heavy: true,
            metrics: [
                mib('RSS MiB before'),
                { key: 'fill msg/s', unit: 'msg/s', better: 'higher' },
                mib('peak RSS MiB (fill+sit)'),
                mib('RSS MiB while sitting'),
                { key: 'drain msg/s', unit: 'msg/s', better: 'higher' },
                mib('peak RSS MiB (drain)'),
            ],
            async run(t, ctx) {
                const admin = ctx.admin(t);
                const q = await admin.declareQueue('backlog');
                try {
                    const per = Math.ceil(n / 4);
                    const rssFill = new RssSampler(t.pid(), 250);
                    const beforeKb = rssFill.lastKb;
                    ctx.log(`  filling ${t.label} with ${(4 * per).toLocaleString('en-US')} messages`);
                    const fill = await runClients(Array.from({ length: 4 }, () => publishSpec(t, q, per, 1024, HOUR)), { maxMs: HOUR });
                    const fillRate = publishRate(fill);
                    const have = await admin.messageCount(q);
                    ctx.log(`  filled at ${Math.round(fillRate)} msg/s; queue reports ${have} messages; sitting ${SIT_MS / 1000} s`);
                    await new Promise((r) => setTimeout(r, SIT_MS));
                    const sitting = rssFill.stop();
                    const rssDrain = new RssSampler(t.pid(), 250);
                    const specs = [consumeSpec(t, q, 1000, have)];
                    const run = await runClients(specs, { consumeTarget: have, maxMs: HOUR });
                    const drain = rssDrain.stop();
                    if (run.timedOut)
                        ctx.log(`  drain cut off after ${run.consumed} of ${have}`);
                    return {
                        'RSS MiB before': beforeKb / 1024,
                        'fill msg/s': fillRate,
                        'peak RSS MiB (fill+sit)': sitting.peakKb / 1024,
                        'RSS MiB while sitting': sitting.lastKb / 1024,
                        'drain msg/s': consumeRate(run),
                        'peak RSS MiB (drain)': drain.peakKb / 1024,
                    };
                }
                finally {
                    await cleanup(admin, [q]);
                }
            },
        },
    ];
}
//# sourceMappingURL=backlog.js.map