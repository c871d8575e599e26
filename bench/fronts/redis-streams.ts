// The Redis Streams workloads, run against Wharf's RESP front and against a private redis-server 7 started
// here on a free port in a temporary directory with `appendonly yes` and `appendfsync always` (the Redis that,
// like Wharf, syncs every write before its reply); never the machine's own Redis. Round by round the two
// alternate (Wharf, Redis, Redis, Wharf, ...) and the table shows medians:
//   - XADD through redis-benchmark (50 connections, pipelining 1 and 16; after an unmeasured warm-up of each):
//     requests/s and p50/p99 latency;
//   - XADD through ioredis: one connection waiting for each reply (p50/p99), and pipelined batches of 1 000;
//   - XREADGROUP COUNT 100 + XACK of what was read, one ioredis consumer, until the stream is drained;
//   - memory per stored entry (RSS growth over the pipelined XADDs; Redis's used_memory growth too), and disk
//     per stored entry (growth of the server's data files: Wharf's data directory, Redis's AOF directory);
//   - the server's CPU (user + system, /proc/<pid>/stat) per XADD over each XADD workload: far less sensitive
//     to the load of a shared machine than throughput (10 ms ticks: runs of tens of thousands of requests).
// Used by `npm run bench` (scenario `redis-streams`) and by `node dist/bench/redis-streams.js`.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from '../../test/helpers/ports.js';
import { readCpuSeconds, readMem } from '../lib/proc.js';
import { fmt, latencySummary, median } from '../lib/stats.js';

export interface StreamsTarget {
  name: 'Wharf' | 'Redis';
  port: number;
  pid: number | undefined;
  /** bytes the server says it uses for data (Redis's used_memory), when it says */
  usedMemory(): Promise<number | undefined>;
  /** the directory holding the server's data files, when known */
  dataDir: string | undefined;
}

/** Bytes of the files under dir (recursively); undefined when it cannot be read. */
function dirBytes(dir: string | undefined): number | undefined {
  if (dir === undefined) return undefined;
  let total = 0;
  try {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) total += dirBytes(path) ?? 0;
      else if (e.isFile()) total += statSync(path).size;
    }
  } catch {
    return undefined;
  }
  return total;
}

export interface StreamsRow {
  what: string;
  unit: string;
  /** true: higher is better */
  higher: boolean;
  /** every round's value per target */
  samples: Record<string, number[]>;
}

export interface StreamsResult {
  /** one line: what ran, on what, with which Redis */
  header: string;
  rows: StreamsRow[];
  /** the markdown table: medians and Wharf / Redis */
  table: string;
}

const FIELD_VALUE = 'x'.repeat(100);

export async function startAofRedis(): Promise<{ port: number; child: ChildProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-bench-redis-'));
  const port = await freePort();
  const child = spawn(
    'redis-server',
    [
      ...['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''],
      ...['--appendonly', 'yes', '--appendfsync', 'always'],
    ],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 10_000;
  for (;;) {
    const r = new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null });
    r.on('error', () => {}); // refused while the server starts: tried again below
    const ok = await r
      .connect()
      .then(() => r.ping())
      .then(
        (p) => p === 'PONG',
        () => false,
      );
    r.disconnect();
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      throw new Error('the private redis-server did not answer within 10 s');
    }
    await new Promise((res) => setTimeout(res, 100));
  }
  return { port, child, dir };
}

export async function stopAofRedis(r: { child: ChildProcess; dir: string }): Promise<void> {
  if (r.child.exitCode === null) {
    r.child.kill('SIGTERM');
    await new Promise((res) => r.child.once('exit', res));
  }
  rmSync(r.dir, { recursive: true, force: true });
}

/** redis-benchmark's CSV row for one XADD run: [requests/s, p50 ms, p99 ms]. */
function redisBenchmark(port: number, requests: number, pipeline: number, key: string): number[] {
  const r = spawnSync(
    'redis-benchmark',
    [
      ...['-h', '127.0.0.1', '-p', String(port), '-n', String(requests), '-c', '50', '-P', String(pipeline)],
      ...['--csv', 'XADD', key, '*', 'f', FIELD_VALUE],
    ],
    { encoding: 'utf8', timeout: 600_000 },
  );
  const line = r.stdout
    ?.split('\n')
    .find((l) => l.startsWith('"XADD'))
    ?.split(',')
    .map((x) => Number(x.replace(/"/g, '')));
  if (line === undefined) throw new Error(`redis-benchmark gave no XADD row: ${r.stdout} ${r.stderr}`);
  // "test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms","max_latency_ms"
  return [line[1], line[4], line[6]];
}

async function sequentialXadd(
  r: Redis,
  key: string,
  n: number,
): Promise<{ rate: number; p50: number; p99: number }> {
  const lat = new Float64Array(n);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await r.xadd(key, '*', 'f', FIELD_VALUE);
    lat[i] = performance.now() - s;
  }
  const seconds = (performance.now() - t0) / 1000;
  const l = latencySummary(lat);
  return { rate: n / seconds, p50: l.p50, p99: l.p99 };
}

async function pipelinedXadd(r: Redis, key: string, n: number, batch = 1000): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < n; i += batch) {
    const p = r.pipeline();
    for (let k = 0; k < Math.min(batch, n - i); k++) p.xadd(key, '*', 'f', FIELD_VALUE);
    await p.exec();
  }
  return n / ((performance.now() - t0) / 1000);
}

/** One consumer: XREADGROUP COUNT 100, then XACK of those IDs, until nothing is left. */
async function consumeGroup(r: Redis, key: string): Promise<{ rate: number; read: number }> {
  await r.xgroup('CREATE', key, 'bench', '0');
  let read = 0;
  const t0 = performance.now();
  for (;;) {
    const got = (await r.xreadgroup('GROUP', 'bench', 'c1', 'COUNT', 100, 'STREAMS', key, '>')) as
      [string, [string, string[]][]][] | null;
    const entries = got?.[0]?.[1] ?? [];
    if (entries.length === 0) break;
    read += entries.length;
    await r.xack(key, 'bench', ...entries.map(([id]) => id));
  }
  return { rate: read / ((performance.now() - t0) / 1000), read };
}

/** One round of every workload on one target; values go into `rows`. */
async function round(
  t: StreamsTarget,
  entries: number,
  rows: Map<string, StreamsRow>,
  tag: string,
): Promise<void> {
  const add = (what: string, unit: string, higher: boolean, v: number) => {
    let row = rows.get(what);
    if (row === undefined) {
      row = { what, unit, higher, samples: {} };
      rows.set(what, row);
    }
    (row.samples[t.name] ??= []).push(v);
  };
  const benchN = Math.max(5_000, Math.floor(entries / 2));
  const keys = [`rb-1-${tag}`, `rb-16-${tag}`, `seq-${tag}`, `work-${tag}`, `warm-${tag}`];
  const cpuPerXadd = (what: string, cpu0: number, n: number) => {
    const us = ((readCpuSeconds(t.pid) - cpu0) * 1e6) / n;
    if (Number.isFinite(us)) add(`${what}: server CPU per XADD`, 'µs', false, us);
  };
  // A warm-up first, not measured: the first requests after a start run before V8 has optimised the path
  // (Wharf at 22:24 UTC: 59 µs of CPU per XADD over its first 10 000 at pipeline 1, 35 µs over 50 000).
  for (const pipeline of [1, 16]) redisBenchmark(t.port, Math.ceil(benchN / 5), pipeline, keys[4]);
  for (const pipeline of [1, 16]) {
    const cpu0 = readCpuSeconds(t.pid);
    const requests = pipeline === 1 ? Math.ceil(benchN / 5) : benchN;
    const [rps, p50, p99] = redisBenchmark(t.port, requests, pipeline, keys[pipeline === 1 ? 0 : 1]);
    const what = `XADD, redis-benchmark, 50 connections, pipeline ${pipeline}`;
    add(what, 'req/s', true, rps);
    add(`${what}: p50`, 'ms', false, p50);
    add(`${what}: p99`, 'ms', false, p99);
    cpuPerXadd(what, cpu0, requests);
  }
  const r = new Redis({ port: t.port, host: '127.0.0.1' });
  try {
    const seq = await sequentialXadd(r, keys[2], Math.min(entries, 2000));
    add('XADD, ioredis, 1 connection, each reply awaited', 'req/s', true, seq.rate);
    add('XADD, ioredis, 1 connection, each reply awaited: p50', 'ms', false, seq.p50);
    add('XADD, ioredis, 1 connection, each reply awaited: p99', 'ms', false, seq.p99);
    const rssBefore = t.pid === undefined ? undefined : readMem(t.pid)?.rssKb;
    const usedBefore = await t.usedMemory();
    const diskBefore = dirBytes(t.dataDir);
    const cpu0 = readCpuSeconds(t.pid);
    const rate = await pipelinedXadd(r, keys[3], entries);
    add('XADD, ioredis, pipelined 1 000 per batch', 'req/s', true, rate);
    cpuPerXadd('XADD, ioredis, pipelined 1 000 per batch', cpu0, entries);
    const rssAfter = t.pid === undefined ? undefined : readMem(t.pid)?.rssKb;
    const usedAfter = await t.usedMemory();
    // Wharf writes the entries before it answers them, Redis its AOF before it replies: both are on disk now
    const diskAfter = dirBytes(t.dataDir);
    if (diskBefore !== undefined && diskAfter !== undefined)
      add(
        'disk per stored entry (data files growth / entries)',
        'bytes',
        false,
        (diskAfter - diskBefore) / entries,
      );
    if (rssBefore !== undefined && rssAfter !== undefined)
      add(
        'memory per stored entry (RSS growth / entries)',
        'bytes',
        false,
        ((rssAfter - rssBefore) * 1024) / entries,
      );
    if (usedBefore !== undefined && usedAfter !== undefined)
      add(
        'memory per stored entry (used_memory growth / entries)',
        'bytes',
        false,
        (usedAfter - usedBefore) / entries,
      );
    const consumed = await consumeGroup(r, keys[3]);
    if (consumed.read !== entries) throw new Error(`${t.name}: read ${consumed.read} of ${entries}`);
    add('XREADGROUP COUNT 100 + XACK, ioredis, 1 consumer', 'entries/s', true, consumed.rate);
  } finally {
    await r.del(...keys).catch(() => {});
    r.disconnect();
  }
}

/**
 * Runs every workload `rounds` times on Wharf's RESP port and on a private appendfsync-always Redis,
 * alternating them, and returns the medians.
 */
export async function runRedisStreams(opts: {
  wharfPort: number;
  wharfPid: number | undefined;
  wharfVersion: string;
  /** Wharf's data directory, for the disk-per-entry row */
  wharfDataDir?: string;
  entries: number;
  rounds: number;
  log(msg: string): void;
}): Promise<StreamsResult> {
  const redis = await startAofRedis();
  const info = new Redis({ port: redis.port, host: '127.0.0.1' });
  const loadBefore = loadavg().map((x) => x.toFixed(2));
  try {
    const targets: StreamsTarget[] = [
      {
        name: 'Wharf',
        port: opts.wharfPort,
        pid: opts.wharfPid,
        usedMemory: async () => undefined,
        dataDir: opts.wharfDataDir,
      },
      {
        name: 'Redis',
        port: redis.port,
        pid: redis.child.pid,
        usedMemory: async () => Number(/used_memory:(\d+)/.exec(await info.info('memory'))?.[1]),
        dataDir: redis.dir,
      },
    ];
    const rows = new Map<string, StreamsRow>();
    for (let i = 1; i <= opts.rounds; i++) {
      const order = i % 2 === 1 ? targets : [...targets].reverse();
      for (const t of order) {
        opts.log(`redis-streams | ${opts.entries} entries | ${t.name} | round ${i}/${opts.rounds}`);
        await round(t, opts.entries, rows, String(i));
      }
    }
    const version = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).stdout.trim();
    const loadAfter = loadavg().map((x) => x.toFixed(2));
    const header =
      `Redis Streams: ${opts.entries} entries of one 100-byte field, medians of ${opts.rounds} round(s), ` +
      `Wharf ${opts.wharfVersion} against ${version.replace(/ sha=.*/, '')} with appendonly yes, appendfsync always; ` +
      `load average before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}`;
    const list = [...rows.values()];
    return { header, rows: list, table: streamsTable(list) };
  } finally {
    info.disconnect();
    await stopAofRedis(redis);
  }
}

function streamsTable(rows: StreamsRow[]): string {
  const lines = [
    '| what | unit | Wharf | Redis (appendfsync always) | Wharf / Redis |',
    '|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const a = row.samples.Wharf?.length ? median(row.samples.Wharf) : Number.NaN;
    const b = row.samples.Redis?.length ? median(row.samples.Redis) : Number.NaN;
    const arrow = row.higher ? '↑' : '↓';
    lines.push(
      `| ${row.what} ${arrow} | ${row.unit} | ${fmt(a)} | ${fmt(b)} | ${Number.isFinite(a / b) ? (a / b).toFixed(2) : '—'} |`,
    );
  }
  return lines.join('\n');
}
