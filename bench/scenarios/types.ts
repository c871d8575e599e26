// What a scenario is: a named case with variants, each producing named metrics on
// one target per call. The runner owns rounds, ordering, medians and reporting.
import type { Options } from '../lib/args.js';
import type { Admin, Target } from '../lib/targets.js';
import type { WharfProcess } from '../lib/wharf.js';

export interface Metric {
  key: string;
  unit: string;
  /** neither: a figure to read, not to rank by (broker cores) */
  better: 'higher' | 'lower' | 'neither';
}

export interface Ctx {
  opts: Options;
  wharf: WharfProcess;
  admin(t: Target): Admin;
  /** message count: --messages, else the scenario's default (smaller with --quick). */
  messages(normal: number, quick: number): number;
  /** cap of one measured phase, ms. */
  maxMs: number;
  /** size of heavy scenario `name`: --scale name=N, else a bare --scale N, else `normal`. */
  scale(name: string, normal: number): number;
  log(msg: string): void;
}

export interface Case {
  scenario: string;
  variant: string;
  metrics: Metric[];
  /** heavy cases run once per target, without warm-up (they take minutes). */
  heavy?: boolean;
  /** which targets the case applies to (default: all). */
  appliesTo?(t: Target): boolean;
  run(t: Target, ctx: Ctx): Promise<Record<string, number>>;
}

export const msgPerSec: Metric = { key: 'msg/s', unit: 'msg/s', better: 'higher' };
export const mbPerSec: Metric = { key: 'MB/s', unit: 'MB/s', better: 'higher' };
/** broker process CPU (user + system) per message, over the measured window: independent of the client */
export const brokerCpu: Metric = { key: 'broker µs/msg', unit: 'µs', better: 'lower' };
/** the bench process's CPU (the client threads) per message over the same window: what the client cost */
export const clientCpu: Metric = { key: 'client µs/msg', unit: 'µs', better: 'neither' };
/**
 * CPU time over wall time of the broker process while it moved the messages (msg/s × µs/msg): 1.0 is one
 * core busy the whole time. Derived for every row that has both (see withBrokerCores).
 */
export const brokerCores: Metric = { key: 'broker cores', unit: 'cores', better: 'neither' };
/** the same for the client threads: near the machine's cores minus the broker's, the clients held the rate */
export const clientCores: Metric = { key: 'client cores', unit: 'cores', better: 'neither' };

/**
 * The case's metrics. Where it measures broker CPU, client CPU follows (the runner of the clients measures
 * both), and where msg/s is measured too, the cores each side kept busy.
 */
export function metricsOf(c: Pick<Case, 'metrics'>): Metric[] {
  if (!c.metrics.includes(brokerCpu)) return c.metrics;
  const derived = c.metrics.includes(msgPerSec) ? [brokerCores, clientCpu, clientCores] : [clientCpu];
  return [...c.metrics, ...derived];
}

/** Adds broker and client cores to a sample's values when it has msg/s and their µs/msg. */
export function withBrokerCores(values: Record<string, number>): Record<string, number> {
  const rate = values[msgPerSec.key];
  const cores = (us: number) => (rate * us) / 1e6;
  if (Number.isFinite(rate) && Number.isFinite(values[brokerCpu.key]))
    values[brokerCores.key] = cores(values[brokerCpu.key]);
  if (Number.isFinite(rate) && Number.isFinite(values[clientCpu.key]))
    values[clientCores.key] = cores(values[clientCpu.key]);
  return values;
}
export const latMs = (p: string): Metric => ({ key: `${p} ms`, unit: 'ms', better: 'lower' });

/** Deletes queues (and an exchange) even when the measurement failed. */
export async function cleanup(admin: Admin, queues: string[], exchange?: string): Promise<void> {
  for (const q of queues) await admin.deleteQueue(q).catch(() => {});
  if (exchange) await admin.deleteExchange(exchange).catch(() => {});
}
