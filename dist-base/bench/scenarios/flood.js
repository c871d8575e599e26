// (flood) Two publishers flood one durable queue while one consumer (prefetch 1000, an
// ack per message) reads it, for a fixed time: does the consumer keep pace, or does the
// backlog only grow? Reported: each side's rate over the same window and the backlog
// left at the end. RabbitMQ's credit flow slows its publishers when its queue process
// falls behind; Wharf has no such throttle (docs/performance.md says why). Two variants:
// confirming publishers (window 1000, what the other scenarios use) and plain publishes
// as fast as the socket takes them (the publisher's count is settled by a passive
// declare on its channel, answered only once the broker has handled every publish).
import { consumeRate, publishRate, runClients } from '../lib/clients.js';
import { consumeSpec } from './consume.js';
import { publishSpec } from './publish.js';
import { cleanup } from './types.js';
const PUBLISHERS = 2;
const floodCase = (confirms) => ({
    scenario: 'flood',
    variant: `${PUBLISHERS} publishers (${confirms ? 'confirms, window 1000' : 'no confirms'}) + 1 consumer (prefetch 1000), persistent 1 KiB, one queue`,
    metrics: [
        { key: 'publish msg/s', unit: 'msg/s', better: 'higher' },
        { key: 'consume msg/s', unit: 'msg/s', better: 'higher' },
        { key: 'consume/publish', unit: '', better: 'higher' },
        { key: 'backlog at end', unit: 'msgs', better: 'lower' },
    ],
    async run(t, ctx) {
        const admin = ctx.admin(t);
        const q = await admin.declareQueue('flood');
        try {
            // publishers run for the whole window (the count is out of reach), the consumer too
            const pub = () => ({
                ...publishSpec(t, q, Number.MAX_SAFE_INTEGER, 1024, ctx.maxMs),
                window: confirms ? 1000 : 0,
                syncQueue: confirms ? undefined : q,
            });
            const specs = [
                ...Array.from({ length: PUBLISHERS }, pub),
                consumeSpec(t, q, 1000, Number.MAX_SAFE_INTEGER),
            ];
            const run = await runClients(specs, { consumeTarget: Number.MAX_SAFE_INTEGER, maxMs: ctx.maxMs });
            const published = publishRate(run);
            const consumed = consumeRate(run);
            return {
                'publish msg/s': published,
                'consume msg/s': consumed,
                'consume/publish': consumed / published,
                'backlog at end': await admin.messageCount(q),
            };
        }
        finally {
            await cleanup(admin, [q]);
        }
    },
});
export const floodCases = [floodCase(true), floodCase(false)];
//# sourceMappingURL=flood.js.map