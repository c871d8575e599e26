// (2) consume with manual ack (one basic.ack per message), prefetch 100 and 1 000,
// 1 and 4 consumers, from a durable queue pre-filled with persistent 1 KiB messages.
import type { ConsumeSpec } from '../lib/client-spec.js';
import { cpuPerMessage, consumeRate, runClients } from '../lib/clients.js';
import type { Target } from '../lib/targets.js';
import { publishSpec } from './publish.js';
import { brokerCpu, type Case, type Ctx, cleanup, msgPerSec } from './types.js';

export function consumeSpec(
  t: Target,
  queue: string,
  prefetch: number,
  target: number,
  latency = false,
): ConsumeSpec {
  return { role: 'consume', url: t.url, queue, prefetch, latency, target };
}

/** Fills `queue` with `n` persistent messages (2 confirming publishers; not measured). */
export async function prefill(t: Target, ctx: Ctx, queue: string, n: number, bodySize = 1024): Promise<void> {
  const per = Math.ceil(n / 2);
  const specs = [0, 1].map(() => publishSpec(t, queue, per, bodySize, 3_600_000));
  await runClients(specs, { maxMs: 3_600_000 });
  const have = await ctx.admin(t).messageCount(queue);
  if (have < 2 * per) throw new Error(`prefill: queue holds ${have} of ${2 * per} messages`);
}

/** Drains `n` messages with `consumers` parallel consumers: msg/s and broker CPU µs per message. */
export async function drain(
  t: Target,
  ctx: Ctx,
  queue: string,
  n: number,
  consumers: number,
  prefetch: number,
  maxMs: number,
) {
  const specs = Array.from({ length: consumers }, () => consumeSpec(t, queue, prefetch, n));
  const run = await runClients(specs, { consumeTarget: n, maxMs, brokerPid: t.pid() });
  if (run.timedOut) ctx.log(`  (cut off at ${maxMs / 1000} s after ${run.consumed} of ${n} messages)`);
  return { rate: consumeRate(run), cpu: cpuPerMessage(run, run.consumed) };
}

const consumeCase = (prefetch: number, consumers: number): Case => ({
  scenario: 'consume',
  variant: `manual ack, prefetch ${prefetch}, ${consumers} consumer${consumers > 1 ? 's' : ''}`,
  metrics: [msgPerSec, brokerCpu],
  async run(t, ctx) {
    const admin = ctx.admin(t);
    const q = await admin.declareQueue('cons');
    try {
      const n = 2 * Math.ceil(ctx.messages(20_000, 3_000) / 2);
      await prefill(t, ctx, q, n);
      const { rate, cpu } = await drain(t, ctx, q, n, consumers, prefetch, ctx.maxMs);
      return { 'msg/s': rate, ...cpu };
    } finally {
      await cleanup(admin, [q]);
    }
  },
});

export const consumeCases: Case[] = [
  consumeCase(100, 1),
  consumeCase(100, 4),
  consumeCase(1000, 1),
  consumeCase(1000, 4),
];
