import { brokerCpuPerMessage, consumeRate, runClients } from '../lib/clients.js';
import { publishSpec } from './publish.js';
import { brokerCpu, cleanup, msgPerSec } from './types.js';
export function consumeSpec(t, queue, prefetch, target, latency = false) {
    return { role: 'consume', url: t.url, queue, prefetch, latency, target };
}
/** Fills `queue` with `n` persistent messages (2 confirming publishers; not measured). */
export async function prefill(t, ctx, queue, n, bodySize = 1024) {
    const per = Math.ceil(n / 2);
    const specs = [0, 1].map(() => publishSpec(t, queue, per, bodySize, 3_600_000));
    await runClients(specs, { maxMs: 3_600_000 });
    const have = await ctx.admin(t).messageCount(queue);
    if (have < 2 * per)
        throw new Error(`prefill: queue holds ${have} of ${2 * per} messages`);
}
/** Drains `n` messages with `consumers` parallel consumers: msg/s and broker CPU µs per message. */
export async function drain(t, ctx, queue, n, consumers, prefetch, maxMs) {
    const specs = Array.from({ length: consumers }, () => consumeSpec(t, queue, prefetch, n));
    const run = await runClients(specs, { consumeTarget: n, maxMs, brokerPid: t.pid() });
    if (run.timedOut)
        ctx.log(`  (cut off at ${maxMs / 1000} s after ${run.consumed} of ${n} messages)`);
    return { rate: consumeRate(run), cpuUs: brokerCpuPerMessage(run, run.consumed) };
}
const consumeCase = (prefetch, consumers) => ({
    scenario: 'consume',
    variant: `manual ack, prefetch ${prefetch}, ${consumers} consumer${consumers > 1 ? 's' : ''}`,
    metrics: [msgPerSec, brokerCpu],
    async run(t, ctx) {
        const admin = ctx.admin(t);
        const q = await admin.declareQueue('cons');
        try {
            const n = 2 * Math.ceil(ctx.messages(20_000, 3_000) / 2);
            await prefill(t, ctx, q, n);
            const { rate, cpuUs } = await drain(t, ctx, q, n, consumers, prefetch, ctx.maxMs);
            return { 'msg/s': rate, 'broker µs/msg': cpuUs };
        }
        finally {
            await cleanup(admin, [q]);
        }
    },
});
export const consumeCases = [
    consumeCase(100, 1),
    consumeCase(100, 4),
    consumeCase(1000, 1),
    consumeCase(1000, 4),
];
//# sourceMappingURL=consume.js.map