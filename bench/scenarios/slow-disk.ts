// Group commit on a slow disk (issue 17): the same confirmed publishing with 4 publishers
// on a Wharf whose every fdatasync round takes 2 ms longer (WHARF_BENCH_SYNC_DELAY_MS, a
// benchmark-only setting) and on the Wharf under test. With group commit a slower sync
// should batch more messages per round, so throughput should fall far less than in
// proportion to the sync time (target: less than 20 % lost).
import { WharfProcess } from '../lib/wharf.js';
import type { Target } from '../lib/targets.js';
import { durablePublish } from './publish.js';
import type { Case } from './types.js';

const DELAY_MS = 2;
/** each run starts its own slow Wharf (new port): a fresh target id, so no admin connection is reused */
let runs = 0;

export const slowDiskCases: Case[] = [
  {
    scenario: 'slow-disk',
    variant: `persistent, confirms (window 1000), 1 KiB, 4 publishers; fdatasync + ${DELAY_MS} ms against as is`,
    appliesTo: (t) => t.broker === 'wharf',
    metrics: [
      { key: 'msg/s as is', unit: 'msg/s', better: 'higher' },
      { key: `msg/s +${DELAY_MS} ms`, unit: 'msg/s', better: 'higher' },
      { key: 'throughput lost %', unit: '%', better: 'lower' },
    ],
    async run(t, ctx) {
      const n = ctx.messages(50_000, 4_000);
      const slow = new WharfProcess(undefined, { WHARF_BENCH_SYNC_DELAY_MS: String(DELAY_MS) });
      try {
        await slow.start();
        const st: Target = {
          ...t,
          id: `wharf-slow-disk-${++runs}`,
          label: 'wharf (slow disk)',
          url: slow.url,
          pid: () => slow.pid,
        };
        // alternate, so drift hits both alike
        const asIs = (await durablePublish(t, ctx, 4, n, 1024)).rate;
        const slowed = (await durablePublish(st, ctx, 4, n, 1024)).rate;
        return {
          'msg/s as is': asIs,
          [`msg/s +${DELAY_MS} ms`]: slowed,
          'throughput lost %': (100 * (asIs - slowed)) / asIs,
        };
      } finally {
        await ctx
          .admin({ ...t, id: `wharf-slow-disk-${runs}` })
          .close()
          .catch(() => {});
        await slow.dispose().catch(() => {});
      }
    },
  },
];
