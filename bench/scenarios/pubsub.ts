// (3) publish and consume at the same time on one durable queue: sustained
// throughput (both sides flat out), and end-to-end latency (publisher stamp ->
// consumer receipt, same process clock) at a fixed 5 000 msg/s.
import { cpuPerMessage, consumeRate, latencies, runClients } from '../lib/clients.js';
import { latencySummary } from '../lib/stats.js';
import { consumeSpec } from './consume.js';
import { publishSpec } from './publish.js';
import { brokerCpu, type Case, cleanup, latMs, msgPerSec } from './types.js';

const sustained: Case = {
  scenario: 'pubsub',
  variant: 'sustained, 1 publisher (confirms, window 1000) + 1 consumer (prefetch 1000), 1 KiB',
  // broker CPU per message moved: publish + confirm + deliver + ack of one message
  metrics: [msgPerSec, brokerCpu],
  async run(t, ctx) {
    const admin = ctx.admin(t);
    const q = await admin.declareQueue('ps');
    try {
      const n = ctx.messages(50_000, 4_000);
      const run = await runClients([publishSpec(t, q, n, 1024, ctx.maxMs), consumeSpec(t, q, 1000, n)], {
        consumeTarget: n,
        maxMs: ctx.maxMs,
        brokerPid: t.pid(),
      });
      return { 'msg/s': consumeRate(run), ...cpuPerMessage(run, run.consumed) };
    } finally {
      await cleanup(admin, [q]);
    }
  },
};

const RATE = 5000;
const fixedRate: Case = {
  scenario: 'pubsub',
  variant: `end-to-end latency at ${RATE} msg/s, persistent, confirms, prefetch 1000, 1 KiB`,
  metrics: [latMs('p50'), latMs('p99'), latMs('p99.9')],
  async run(t, ctx) {
    const admin = ctx.admin(t);
    const q = await admin.declareQueue('lat');
    try {
      const seconds = ctx.opts.quick ? 1 : 4;
      const n = ctx.opts.messages ?? RATE * seconds;
      const pub = { ...publishSpec(t, q, n, 1024, ctx.maxMs + 60_000), rate: RATE, stamp: true };
      const run = await runClients([pub, consumeSpec(t, q, 1000, n, true)], {
        consumeTarget: n,
        maxMs: (n / RATE) * 1000 + ctx.maxMs,
      });
      const s = latencySummary(latencies(run, 'consume'));
      return { 'p50 ms': s.p50 / 1000, 'p99 ms': s.p99 / 1000, 'p99.9 ms': s.p999 / 1000 };
    } finally {
      await cleanup(admin, [q]);
    }
  },
};

export const pubsubCases: Case[] = [sustained, fixedRate];
