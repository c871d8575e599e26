// The publish, consume and pubsub rows again with the pre-encoded load client
// (lib/fast-amqp.ts) instead of amqplib: what the broker does when the client is not
// the limit. Same queues, counts and windows as the amqplib rows.
import { cpuPerMessage, consumeRate, published, publishRate, runClients } from '../lib/clients.js';
import type { Target } from '../lib/targets.js';
import { consumeSpec, prefill } from './consume.js';
import { publishSpec } from './publish.js';
import { brokerCpu, type Case, cleanup, mbPerSec, msgPerSec } from './types.js';

const fastPublish = (
  publishers: number,
  bodySize: number,
  label: string,
  normal: number,
  quick: number,
): Case => ({
  scenario: 'fast-client',
  variant: `publish, persistent, confirms (window 1000), ${label}, ${publishers} publisher${publishers > 1 ? 's' : ''}`,
  metrics: bodySize > 1024 ? [msgPerSec, mbPerSec, brokerCpu] : [msgPerSec, brokerCpu],
  async run(t, ctx) {
    const admin = ctx.admin(t);
    const q = await admin.declareQueue('fpub');
    try {
      const total = ctx.messages(normal, quick);
      const per = Math.ceil(total / publishers);
      const specs = Array.from({ length: publishers }, () => ({
        ...publishSpec(t, q, per, bodySize, ctx.maxMs),
        fast: true,
      }));
      const run = await runClients(specs, { maxMs: ctx.maxMs, brokerPid: t.pid() });
      const nacks = run.results.reduce((a, r) => a + r.nacks, 0);
      if (nacks) throw new Error(`${nacks} publishes nacked`);
      const rate = publishRate(run);
      return {
        'msg/s': rate,
        'MB/s': (rate * bodySize) / 1e6,
        ...cpuPerMessage(run, published(run)),
      };
    } finally {
      await cleanup(admin, [q]);
    }
  },
});

const fastConsume = (prefetch: number, consumers: number): Case => ({
  scenario: 'fast-client',
  variant: `consume, manual ack, prefetch ${prefetch}, ${consumers} consumer${consumers > 1 ? 's' : ''}`,
  metrics: [msgPerSec, brokerCpu],
  async run(t: Target, ctx) {
    const admin = ctx.admin(t);
    const q = await admin.declareQueue('fcons');
    try {
      const n = 2 * Math.ceil(ctx.messages(50_000, 3_000) / 2);
      await prefill(t, ctx, q, n);
      const specs = Array.from({ length: consumers }, () => ({
        ...consumeSpec(t, q, prefetch, n),
        fast: true,
      }));
      const run = await runClients(specs, { consumeTarget: n, maxMs: ctx.maxMs, brokerPid: t.pid() });
      return { 'msg/s': consumeRate(run), ...cpuPerMessage(run, run.consumed) };
    } finally {
      await cleanup(admin, [q]);
    }
  },
});

const fastPubsub: Case = {
  scenario: 'fast-client',
  variant: 'pubsub, 1 publisher (confirms, window 1000) + 1 consumer (prefetch 1000), 1 KiB',
  metrics: [msgPerSec, brokerCpu],
  async run(t, ctx) {
    const admin = ctx.admin(t);
    const q = await admin.declareQueue('fps');
    try {
      const n = ctx.messages(100_000, 4_000);
      const run = await runClients(
        [
          { ...publishSpec(t, q, n, 1024, ctx.maxMs), fast: true },
          { ...consumeSpec(t, q, 1000, n), fast: true },
        ],
        { consumeTarget: n, maxMs: ctx.maxMs, brokerPid: t.pid() },
      );
      return { 'msg/s': consumeRate(run), ...cpuPerMessage(run, run.consumed) };
    } finally {
      await cleanup(admin, [q]);
    }
  },
};

export const fastClientCases: Case[] = [
  fastPublish(1, 1024, '1 KiB', 100_000, 4_000),
  fastPublish(4, 1024, '1 KiB', 100_000, 4_000),
  fastPublish(1, 65_536, '64 KiB', 8_000, 400),
  fastConsume(100, 1),
  fastConsume(100, 4),
  fastConsume(1000, 1),
  fastConsume(1000, 4),
  fastPubsub,
];
