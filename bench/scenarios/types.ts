// What a scenario is: a named case with variants, each producing named metrics on
// one target per call. The runner owns rounds, ordering, medians and reporting.
import type { Options } from '../lib/args.js';
import type { Admin, Target } from '../lib/targets.js';
import type { WharfProcess } from '../lib/wharf.js';

export interface Metric {
  key: string;
  unit: string;
  better: 'higher' | 'lower';
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
export const latMs = (p: string): Metric => ({ key: `${p} ms`, unit: 'ms', better: 'lower' });

/** Deletes queues (and an exchange) even when the measurement failed. */
export async function cleanup(admin: Admin, queues: string[], exchange?: string): Promise<void> {
  for (const q of queues) await admin.deleteQueue(q).catch(() => {});
  if (exchange) await admin.deleteExchange(exchange).catch(() => {});
}
