// Turns raw samples into medians, the comparison table (markdown, so it pastes into
// docs/performance.md as is) and the machine-limit fractions.
import { type Case, type Metric, metricsOf } from '../scenarios/types.js';
import type { Limits } from './machine.js';
import { fmt, median } from './stats.js';
import type { Target } from './targets.js';

export interface Sample {
  scenario: string;
  variant: string;
  target: string;
  round: number; // 0 = warm-up when warm-up is on
  warmup: boolean;
  values: Record<string, number>;
  brokerRssPeakMiB: number;
  seconds: number;
  error?: string;
}

export interface Row {
  scenario: string;
  variant: string;
  metric: Metric;
  medians: Record<string, number>; // by target id
  samples: Record<string, number[]>;
  errors: Record<string, string>;
}

export function aggregate(cases: Case[], targets: Target[], samples: Sample[]): Row[] {
  const rows: Row[] = [];
  for (const c of cases) {
    for (const m of metricsOf(c)) {
      const row: Row = {
        scenario: c.scenario,
        variant: c.variant,
        metric: m,
        medians: {},
        samples: {},
        errors: {},
      };
      for (const t of targets) {
        const mine = samples.filter(
          (s) => s.scenario === c.scenario && s.variant === c.variant && s.target === t.id,
        );
        const good = mine.filter((s) => !s.warmup && !s.error).map((s) => s.values[m.key]);
        row.samples[t.id] = good;
        row.medians[t.id] = median(good);
        const err = mine.find((s) => s.error)?.error;
        if (err) row.errors[t.id] = err;
      }
      rows.push(row);
    }
  }
  return rows;
}

const ratio = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? (a / b).toFixed(2) : '—';

export function table(rows: Row[], targets: Target[]): string {
  const hasClassic = targets.some((t) => t.id === 'rabbit-classic');
  const hasQuorum = targets.some((t) => t.id === 'rabbit-quorum');
  const head = ['scenario', 'variant', 'metric', ...targets.map((t) => t.label)];
  if (hasClassic) head.push('wharf/classic');
  if (hasQuorum) head.push('wharf/quorum');
  const lines = [head, head.map(() => '---')];
  for (const r of rows) {
    const arrow = r.metric.better === 'higher' ? '↑' : r.metric.better === 'lower' ? '↓' : '·';
    const cells = targets.map((t) =>
      r.errors[t.id] && !r.samples[t.id].length ? 'error' : fmt(r.medians[t.id]),
    );
    const line = [r.scenario, r.variant, `${r.metric.key} ${arrow}`, ...cells];
    if (hasClassic) line.push(ratio(r.medians.wharf, r.medians['rabbit-classic']));
    if (hasQuorum) line.push(ratio(r.medians.wharf, r.medians['rabbit-quorum']));
    lines.push(line);
  }
  return lines.map((l) => `| ${l.join(' | ')} |`).join('\n');
}

export interface Fraction {
  what: string;
  target: string;
  value: number;
  unit: string;
  limit: string;
  fraction: number;
}

/** Persistent throughput as a fraction of this machine's disk and loopback ceilings. */
export function fractions(rows: Row[], limits: Limits | undefined, targets: Target[]): Fraction[] {
  if (!limits) return [];
  const out: Fraction[] = [];
  const find = (scenario: string, variantPart: string, key: string) =>
    rows.find((r) => r.scenario === scenario && r.variant.includes(variantPart) && r.metric.key === key);
  const add = (
    row: Row | undefined,
    what: string,
    toUnit: (x: number) => number,
    unit: string,
    limit: string,
    lim: number,
  ) => {
    if (!row) return;
    for (const t of targets) {
      const v = toUnit(row.medians[t.id]);
      if (Number.isFinite(v)) out.push({ what, target: t.label, value: v, unit, limit, fraction: v / lim });
    }
  };
  const kib = (x: number) => (x * 1024) / 1e6;
  add(
    find('publish', '4 publishers', 'msg/s'),
    'persistent publish 1 KiB, 4 publishers (payload)',
    kib,
    'MB/s',
    `seq write ${limits.seqWriteMBs.toFixed(0)} MB/s`,
    limits.seqWriteMBs,
  );
  const big = find('bodies', '64 KiB', 'MB/s');
  add(
    big,
    'persistent publish 64 KiB (payload)',
    (x) => x,
    'MB/s',
    `seq write ${limits.seqWriteMBs.toFixed(0)} MB/s`,
    limits.seqWriteMBs,
  );
  add(
    big,
    'persistent publish 64 KiB (payload)',
    (x) => x,
    'MB/s',
    `loopback TCP ${limits.loopbackTcpMBs.toFixed(0)} MB/s`,
    limits.loopbackTcpMBs,
  );
  add(
    find('fast-client', '64 KiB', 'MB/s'),
    'persistent publish 64 KiB, fast client (payload)',
    (x) => x,
    'MB/s',
    `seq write ${limits.seqWriteMBs.toFixed(0)} MB/s`,
    limits.seqWriteMBs,
  );
  // issue 17: <= 5 µs of broker CPU per message moved, against what a relay doing nothing but the I/O costs
  add(
    find('fast-client', 'pubsub', 'broker µs/msg'),
    'publish + confirm + consume + ack, fast client (broker CPU)',
    (x) => x,
    'µs/msg',
    `minimal relay ${limits.relayUsPerMessage.toFixed(2)} µs/msg (kernel ${limits.relayKernelUsPerMessage.toFixed(2)})`,
    limits.relayUsPerMessage,
  );
  add(
    find('confirm-each', '', 'msg/s'),
    'confirm-each (one fsync per message at best)',
    (x) => x,
    'msg/s',
    `fdatasync ${limits.fdatasyncPerSec.toFixed(0)}/s`,
    limits.fdatasyncPerSec,
  );
  // issue 17: the round trip with one message outstanding at most 1.2× one fdatasync (a fraction of 120 %);
  // the second row against the round trip of a minimal Node server that syncs before answering (round-trips.ts)
  const p50 = find('confirm-each', '', 'p50 ms');
  add(
    p50,
    'confirm-each p50 round trip',
    (x) => x,
    'ms',
    `fdatasync p50 ${limits.fdatasyncP50Ms.toFixed(3)} ms`,
    limits.fdatasyncP50Ms,
  );
  add(
    p50,
    'confirm-each p50 round trip',
    (x) => x,
    'ms',
    `minimal synced Node round trip ${limits.syncedRoundTripP50Ms.toFixed(3)} ms`,
    limits.syncedRoundTripP50Ms,
  );
  return out;
}

export function fractionTable(f: Fraction[]): string {
  if (!f.length) return '';
  const lines = [
    '| measure | broker | figure | machine limit | fraction |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const x of f)
    lines.push(
      `| ${x.what} | ${x.target} | ${fmt(x.value)} ${x.unit} | ${x.limit} | ${(x.fraction * 100).toFixed(1)} % |`,
    );
  return lines.join('\n');
}
