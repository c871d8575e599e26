// (1) persistent publish to a durable queue with publisher confirms (window 1 000),
// 1 and 4 publishers, 1 KiB bodies; and (5) the 16 B / 64 KiB body variants of it.
import { cpuPerMessage, published, publishRate, runClients } from '../lib/clients.js';
import type { PublishSpec } from '../lib/client-spec.js';
import type { Target } from '../lib/targets.js';
import { brokerCpu, type Case, type Ctx, cleanup, mbPerSec, msgPerSec } from './types.js';

export function publishSpec(
  t: Target,
  queue: string,
  count: number,
  bodySize: number,
  maxMs: number,
): PublishSpec {
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
export async function durablePublish(
  t: Target,
  ctx: Ctx,
  publishers: number,
  total: number,
  bodySize: number,
): Promise<{ rate: number; count: number; cpu: Record<string, number> }> {
  const admin = ctx.admin(t);
  const q = await admin.declareQueue('pub');
  try {
    const per = Math.ceil(total / publishers);
    const specs = Array.from({ length: publishers }, () => publishSpec(t, q, per, bodySize, ctx.maxMs));
    const run = await runClients(specs, { maxMs: ctx.maxMs, brokerPid: t.pid() });
    const nacks = run.results.reduce((a, r) => a + r.nacks, 0);
    if (nacks) throw new Error(`${nacks} publishes nacked`);
    return { rate: publishRate(run), count: published(run), cpu: cpuPerMessage(run, published(run)) };
  } finally {
    await cleanup(admin, [q]);
  }
}

const publishCase = (publishers: number): Case => ({
  scenario: 'publish',
  variant: `persistent, confirms (window 1000), 1 KiB, ${publishers} publisher${publishers > 1 ? 's' : ''}`,
  metrics: [msgPerSec, brokerCpu],
  async run(t, ctx) {
    const { rate, cpu } = await durablePublish(t, ctx, publishers, ctx.messages(50_000, 4_000), 1024);
    return { 'msg/s': rate, ...cpu };
  },
});

const bodyCase = (bodySize: number, label: string, normal: number, quick: number): Case => ({
  scenario: 'bodies',
  variant: `persistent, confirms (window 1000), ${label}, 1 publisher`,
  metrics: [msgPerSec, mbPerSec, brokerCpu],
  async run(t, ctx) {
    const { rate, cpu } = await durablePublish(t, ctx, 1, ctx.messages(normal, quick), bodySize);
    return { 'msg/s': rate, 'MB/s': (rate * bodySize) / 1e6, ...cpu };
  },
});

export const publishCases: Case[] = [publishCase(1), publishCase(4)];
export const bodyCases: Case[] = [
  bodyCase(16, '16 B', 50_000, 4_000),
  bodyCase(65_536, '64 KiB', 4_000, 400),
];
