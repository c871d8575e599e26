// (4) confirm-each publishing: one outstanding message at a time, so every message
// pays a full publish -> fsync -> confirm round trip. Bounded by time, not count.
import { brokerCpuPerMessage, latencies, published, publishRate, runClients } from '../lib/clients.js';
import { latencySummary } from '../lib/stats.js';
import { publishSpec } from './publish.js';
import { brokerCpu, cleanup, latMs, msgPerSec } from './types.js';
export const confirmEachCases = [
    {
        scenario: 'confirm-each',
        variant: 'persistent, 1 outstanding message, 1 KiB, 1 publisher',
        metrics: [msgPerSec, latMs('p50'), latMs('p99'), brokerCpu],
        async run(t, ctx) {
            const admin = ctx.admin(t);
            const q = await admin.declareQueue('ce');
            try {
                const seconds = ctx.opts.quick ? 1 : 3;
                const spec = {
                    ...publishSpec(t, q, ctx.opts.messages ?? 1e9, 1024, seconds * 1000),
                    window: 1,
                    confirmLatency: true,
                };
                const run = await runClients([spec], { maxMs: seconds * 1000 + ctx.maxMs, brokerPid: t.pid() });
                const s = latencySummary(latencies(run, 'publish'));
                return {
                    'msg/s': publishRate(run),
                    'p50 ms': s.p50 / 1000,
                    'p99 ms': s.p99 / 1000,
                    'broker µs/msg': brokerCpuPerMessage(run, published(run)),
                };
            }
            finally {
                await cleanup(admin, [q]);
            }
        },
    },
];
//# sourceMappingURL=confirm-each.js.map