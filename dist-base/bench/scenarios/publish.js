// (1) persistent publish to a durable queue with publisher confirms (window 1 000),
// 1 and 4 publishers, 1 KiB bodies; and (5) the 16 B / 64 KiB body variants of it.
import { brokerCpuPerMessage, published, publishRate, runClients } from '../lib/clients.js';
import { brokerCpu, cleanup, mbPerSec, msgPerSec } from './types.js';
export function publishSpec(t, queue, count, bodySize, maxMs) {
    return {
        role: 'publish',
        url: t.url,
        exchange: '',
        routingKey: queue,
        count,
        bodySize,
        persistent: true,
        window: 1000,
        rate: 0,
        stamp: false,
        confirmLatency: false,
        maxMs,
    };
}
/** Runs `publishers` parallel confirming publishers into one fresh durable queue. */
export async function durablePublish(t, ctx, publishers, total, bodySize) {
    const admin = ctx.admin(t);
    const q = await admin.declareQueue('pub');
    try {
        const per = Math.ceil(total / publishers);
        const specs = Array.from({ length: publishers }, () => publishSpec(t, q, per, bodySize, ctx.maxMs));
        const run = await runClients(specs, { maxMs: ctx.maxMs, brokerPid: t.pid() });
        const nacks = run.results.reduce((a, r) => a + r.nacks, 0);
        if (nacks)
            throw new Error(`${nacks} publishes nacked`);
        return { rate: publishRate(run), count: published(run), cpuUs: brokerCpuPerMessage(run, published(run)) };
    }
    finally {
        await cleanup(admin, [q]);
    }
}
const publishCase = (publishers) => ({
    scenario: 'publish',
    variant: `persistent, confirms (window 1000), 1 KiB, ${publishers} publisher${publishers > 1 ? 's' : ''}`,
    metrics: [msgPerSec, brokerCpu],
    async run(t, ctx) {
        const { rate, cpuUs } = await durablePublish(t, ctx, publishers, ctx.messages(50_000, 4_000), 1024);
        return { 'msg/s': rate, 'broker µs/msg': cpuUs };
    },
});
const bodyCase = (bodySize, label, normal, quick) => ({
    scenario: 'bodies',
    variant: `persistent, confirms (window 1000), ${label}, 1 publisher`,
    metrics: [msgPerSec, mbPerSec, brokerCpu],
    async run(t, ctx) {
        const { rate, cpuUs } = await durablePublish(t, ctx, 1, ctx.messages(normal, quick), bodySize);
        return { 'msg/s': rate, 'MB/s': (rate * bodySize) / 1e6, 'broker µs/msg': cpuUs };
    },
});
export const publishCases = [publishCase(1), publishCase(4)];
export const bodyCases = [
    bodyCase(16, '16 B', 50_000, 4_000),
    bodyCase(65_536, '64 KiB', 4_000, 400),
];
//# sourceMappingURL=publish.js.map