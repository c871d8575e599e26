// Group commit on a slow disk (issue 17): the same confirmed publishing with 4 publishers
// on a Wharf whose every fdatasync round takes 2 ms longer (WHARF_BENCH_SYNC_DELAY_MS, a
// benchmark-only setting) and on the Wharf under test. With group commit a slower sync
// should batch more messages per round, so throughput should fall far less than in
// proportion to the sync time (target: less than 20 % lost).
//
// The slow Wharf is a fresh process in every round while the Wharf under test has run the
// warm-up round and every scenario before: measured cold, the slow one lost about a fifth
// of its throughput to JIT compilation alone, with no delay at all (WHARF_BENCH_SYNC_DELAY_MS=0
// gave 16-29 % "lost", 2026-12-07). So it gets the same load once, unmeasured, first.
// Messages per fdatasync round (from each broker's wharf_fsync_duration_seconds) show
// whether the slow disk batches more.
import { histogramCount, histogramDelta, scrapeHistogram } from '../lib/wharf-metrics.js';
import { WharfProcess } from '../lib/wharf.js';
import { durablePublish } from './publish.js';
const DELAY_MS = 2;
const FSYNC = 'wharf_fsync_duration_seconds';
/** each run starts its own slow Wharf (new port): a fresh target id, so no admin connection is reused */
let runs = 0;
/** Rate of durablePublish on t, and its messages per fdatasync round when httpPort is t's /metrics. */
async function measured(t, ctx, n, httpPort) {
    const before = httpPort === undefined ? undefined : await scrapeHistogram(httpPort, FSYNC);
    const { rate, count } = await durablePublish(t, ctx, 4, n, 1024);
    if (httpPort === undefined || before === undefined)
        return { rate, perRound: Number.NaN };
    const rounds = histogramCount(histogramDelta(before, await scrapeHistogram(httpPort, FSYNC)));
    return { rate, perRound: rounds > 0 ? count / rounds : Number.NaN };
}
export const slowDiskCases = [
    {
        scenario: 'slow-disk',
        variant: `persistent, confirms (window 1000), 1 KiB, 4 publishers; fdatasync + ${DELAY_MS} ms against as is`,
        appliesTo: (t) => t.broker === 'wharf',
        metrics: [
            { key: 'msg/s as is', unit: 'msg/s', better: 'higher' },
            { key: `msg/s +${DELAY_MS} ms`, unit: 'msg/s', better: 'higher' },
            { key: 'throughput lost %', unit: '%', better: 'lower' },
            { key: 'msg/round as is', unit: 'msg', better: 'neither' },
            { key: `msg/round +${DELAY_MS} ms`, unit: 'msg', better: 'neither' },
        ],
        async run(t, ctx) {
            const n = ctx.messages(50_000, 4_000);
            const slow = new WharfProcess(undefined, { WHARF_BENCH_SYNC_DELAY_MS: String(DELAY_MS) });
            try {
                await slow.start();
                const st = {
                    ...t,
                    id: `wharf-slow-disk-${++runs}`,
                    label: 'wharf (slow disk)',
                    url: slow.url,
                    pid: () => slow.pid,
                };
                await durablePublish(st, ctx, 4, n, 1024); // JIT warm-up, unmeasured (see above)
                // alternate, so drift hits both alike
                const asIs = await measured(t, ctx, n, t.url === ctx.wharf.url ? ctx.wharf.httpPort : undefined);
                const slowed = await measured(st, ctx, n, slow.httpPort);
                return {
                    'msg/s as is': asIs.rate,
                    [`msg/s +${DELAY_MS} ms`]: slowed.rate,
                    'throughput lost %': (100 * (asIs.rate - slowed.rate)) / asIs.rate,
                    'msg/round as is': asIs.perRound,
                    [`msg/round +${DELAY_MS} ms`]: slowed.perRound,
                };
            }
            finally {
                await ctx
                    .admin({ ...t, id: `wharf-slow-disk-${runs}` })
                    .close()
                    .catch(() => { });
                await slow.dispose().catch(() => { });
            }
        },
    },
];
//# sourceMappingURL=slow-disk.js.map