// (4) confirm-each publishing: one outstanding message at a time, so every message
// pays a full publish -> fsync -> confirm round trip. Bounded by time, not count.
// With amqplib, and with the pre-encoded client (lib/fast-amqp.ts), whose own share of
// the round trip is near zero: what is left is the broker's, Node's and loopback TCP's.
import { brokerCpuPerMessage, latencies, published, publishRate, runClients } from '../lib/clients.js';
import { latencySummary } from '../lib/stats.js';
import { publishSpec } from './publish.js';
import { brokerCpu, type Case, cleanup, latMs, msgPerSec } from './types.js';

const confirmEach = (fast: boolean): Case => ({
  scenario: 'confirm-each',
  variant: `persistent, 1 outstanding message, 1 KiB, 1 publisher${fast ? ', fast client' : ''}`,
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
        fast,
      };
      const run = await runClients([spec], { maxMs: seconds * 1000 + ctx.maxMs, brokerPid: t.pid() });
      const s = latencySummary(latencies(run, 'publish'));
      return {
        'msg/s': publishRate(run),
        'p50 ms': s.p50 / 1000,
        'p99 ms': s.p99 / 1000,
        'broker µs/msg': brokerCpuPerMessage(run, published(run)),
      };
    } finally {
      await cleanup(admin, [q]);
    }
  },
});

export const confirmEachCases: Case[] = [confirmEach(false), confirmEach(true)];
