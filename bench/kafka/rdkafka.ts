// Drives bench/kafka/rdkafka_bench.py (confluent-kafka, i.e. librdkafka) with Debian's Python: one JSON line
// back per run. The latency run puts its consumer and its producer in two processes, so neither waits for
// the other's GIL, and reads Wharf's fdatasync-round histogram over the same window to split the figure.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bucketQuantile,
  type Histogram,
  histogramCount,
  histogramDelta,
  scrapeHistogram,
  shareAbove,
} from '../lib/wharf-metrics.js';
import { readSchedStat, type SchedStat } from '../lib/proc.js';

// dist/bench/kafka/rdkafka.js -> the repository
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const PY = join(ROOT, 'bench/kafka/rdkafka_bench.py');
const PYTHON = '/usr/bin/python3';
export const FSYNC = 'wharf_fsync_duration_seconds';

export interface PyResult {
  seconds: number;
  records: number;
  failed?: number;
  /** produce: the client process's CPU seconds (user + system, every thread) */
  cpu?: number;
  p50?: number;
  p99?: number;
  max?: number;
  /** latency-produce, from librdkafka's statistics (ms; p50: the median window's, p99: the worst window's) */
  queued?: { p50: number; p99: number } | null;
  rtt?: { p50: number; p99: number } | null;
  /** latency-produce: Produce requests sent over those windows */
  requests?: number;
}

/** Why librdkafka cannot run here, or undefined. */
export function rdkafkaMissing(): string | undefined {
  return spawnSync(PYTHON, ['-c', 'import confluent_kafka'], { stdio: 'ignore' }).status === 0
    ? undefined
    : `${PYTHON} cannot import confluent_kafka (Debian package python3-confluent-kafka)`;
}

/** rdkafka_bench.py `mode` against `topic`: produce (acks=all, linger.ms=5) or consume (from the start). */
export function rdkafka(
  mode: 'produce' | 'consume' | 'latency-produce',
  bootstrap: string,
  topic: string,
  count: number,
  size: number,
): Promise<PyResult> {
  return new Promise((res, rej) => {
    const c = spawn(PYTHON, [PY, mode, bootstrap, topic, String(count), String(size)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (err += d));
    c.on('close', (code) => {
      if (code !== 0) rej(new Error(`rdkafka_bench.py ${mode} exited ${code}: ${err.slice(-500)}`));
      else res(JSON.parse(out.trim().split('\n').pop()!));
    });
  });
}

export interface LatencyRun {
  /** consumer: produce() call -> record in the consumer's hand, ms */
  e2e: PyResult;
  /** producer: produce() call -> delivery report (acks=all: after Wharf's fdatasync), ms */
  ack: PyResult;
  /** Wharf's fdatasync rounds during the run (from its /metrics) */
  fsync: Histogram;
  /** Wharf's main thread during the run: seconds on a CPU and seconds waiting for one (undefined: unknown) */
  sched: SchedStat | undefined;
}

/** The latency consumer in one process, started first; `count` records at 10 000/s from another. */
export async function latencyRun(
  bootstrap: string,
  httpPort: number,
  wharfPid: number | undefined,
  topic: string,
  count: number,
  size: number,
): Promise<LatencyRun> {
  const c = spawn(PYTHON, [PY, 'latency-consume', bootstrap, topic, String(count), String(size)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const result = new Promise<PyResult>((res, rej) =>
    c.on('close', (code) =>
      code === 0
        ? res(JSON.parse(out.trim().split('\n').pop()!))
        : rej(new Error(`latency-consume exited ${code}`)),
    ),
  );
  await new Promise<void>((ready) =>
    c.stdout.on('data', (d) => {
      out += d;
      if (out.includes('ready')) ready();
    }),
  );
  const before = await scrapeHistogram(httpPort, FSYNC);
  const s0 = readSchedStat(wharfPid);
  const ack = await rdkafka('latency-produce', bootstrap, topic, count, size);
  const s1 = readSchedStat(wharfPid);
  const e2e = await result;
  const fsync = histogramDelta(before, await scrapeHistogram(httpPort, FSYNC));
  const sched = s0 && s1 ? { run: s1.run - s0.run, wait: s1.wait - s0.wait } : undefined;
  return { e2e, ack, fsync, sched };
}

/** The fdatasync rounds of a latency run in one phrase. */
export function fsyncSummary(f: Histogram): string {
  return (
    `${histogramCount(f)} rounds, p50 <= ${bucketQuantile(f, 0.5) * 1000} ms, ` +
    `p99 <= ${bucketQuantile(f, 0.99) * 1000} ms, ${(shareAbove(f, 0.005) * 100).toFixed(1)} % over 5 ms, ` +
    `slowest <= ${bucketQuantile(f, 1) * 1000} ms`
  );
}
