// Redis Streams benchmark: `npm run build && node dist/bench/redis-streams.js [entries]` (default 100 000).
// Starts its own Wharf (every front on a free port) and its own redis-server 7 on a free port in a temporary
// directory with `appendonly yes` and `appendfsync always` (the Redis that, like Wharf, syncs every write
// before its reply), and measures both in the same run, one after the other:
//   - XADD through redis-benchmark (50 connections, pipelining 1 and 16): requests/s and p50/p99 latency;
//   - XADD through ioredis: one connection waiting for each reply (p50/p99), and pipelined;
//   - XREADGROUP COUNT 100 + XACK of what was read, one ioredis consumer, until the stream is drained;
//   - memory per stored entry (RSS growth over the XADDs of the ioredis rows, and Redis's used_memory).
// Ratios are Wharf / Redis (throughput: > 1 is Wharf faster; latency: < 1 is Wharf faster). Not part of the
// test suite; nothing here touches the machine's own Redis.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { machineInfo } from './lib/machine.js';
import { readMem } from './lib/proc.js';
import { fmt, latencySummary } from './lib/stats.js';
import { WharfProcess } from './lib/wharf.js';
import { freePort } from '../test/helpers/ports.js';

interface Target {
  name: string;
  port: number;
  pid: number | undefined;
  /** bytes the server says it uses for data (Redis's used_memory), when it says */
  usedMemory(): Promise<number | undefined>;
}

interface Row {
  what: string;
  unit: string;
  /** true: higher is better */
  higher: boolean;
  values: Map<string, number>;
}

const FIELD_VALUE = 'x'.repeat(100);

async function startRedis(): Promise<{ port: number; child: ChildProcess; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-bench-redis-'));
  const port = await freePort();
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'yes',
      '--appendfsync',
      'always',
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
      throw new Error('the private redis-server did not answer within 10 s');
    }
    await new Promise((res) => setTimeout(res, 100));
  }
  return { port, child, dir };
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
    .split('\n')
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

async function runOn(t: Target, entries: number, rows: Map<string, Row>): Promise<void> {
  const add = (what: string, unit: string, higher: boolean, v: number) => {
    let row = rows.get(what);
    if (row === undefined) {
      row = { what, unit, higher, values: new Map() };
      rows.set(what, row);
    }
    row.values.set(t.name, v);
  };
  const benchN = Math.max(10_000, entries / 2);
  for (const pipeline of [1, 16]) {
    const [rps, p50, p99] = redisBenchmark(t.port, benchN, pipeline, `rb-${pipeline}`);
    add(`XADD, redis-benchmark, 50 connections, pipeline ${pipeline}`, 'req/s', true, rps);
    add(`XADD, redis-benchmark, 50 connections, pipeline ${pipeline}: p50`, 'ms', false, p50);
    add(`XADD, redis-benchmark, 50 connections, pipeline ${pipeline}: p99`, 'ms', false, p99);
  }
  const r = new Redis({ port: t.port, host: '127.0.0.1' });
  try {
    const seq = await sequentialXadd(r, 'seq', Math.min(entries, 5000));
    add('XADD, ioredis, 1 connection, each reply awaited', 'req/s', true, seq.rate);
    add('XADD, ioredis, 1 connection, each reply awaited: p50', 'ms', false, seq.p50);
    add('XADD, ioredis, 1 connection, each reply awaited: p99', 'ms', false, seq.p99);
    const rssBefore = t.pid === undefined ? undefined : readMem(t.pid)?.rssKb;
    const usedBefore = await t.usedMemory();
    const rate = await pipelinedXadd(r, 'work', entries);
    add('XADD, ioredis, pipelined 1 000 per batch', 'req/s', true, rate);
    const rssAfter = t.pid === undefined ? undefined : readMem(t.pid)?.rssKb;
    const usedAfter = await t.usedMemory();
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
    const consumed = await consumeGroup(r, 'work');
    if (consumed.read !== entries) throw new Error(`${t.name}: read ${consumed.read} of ${entries}`);
    add('XREADGROUP COUNT 100 + XACK, ioredis, 1 consumer', 'entries/s', true, consumed.rate);
    await r.del('seq', 'work', 'rb-1', 'rb-16');
  } finally {
    r.disconnect();
  }
}

async function main(): Promise<void> {
  const entries = Number(process.argv[2] ?? 100_000);
  const machine = machineInfo();
  const rows = new Map<string, Row>();
  const wharf = new WharfProcess();
  await wharf.start();
  const redis = await startRedis();
  try {
    await runOn(
      { name: 'Wharf', port: wharf.respPort, pid: wharf.pid, usedMemory: async () => undefined },
      entries,
      rows,
    );
    const info = new Redis({ port: redis.port, host: '127.0.0.1' });
    try {
      await runOn(
        {
          name: 'Redis',
          port: redis.port,
          pid: redis.child.pid,
          usedMemory: async () => Number(/used_memory:(\d+)/.exec(await info.info('memory'))?.[1]),
        },
        entries,
        rows,
      );
    } finally {
      info.disconnect();
    }
    const version = spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).stdout.trim();
    console.log(
      `Redis Streams, ${entries} entries of one 100-byte field, ${machine.cpus} CPUs (${machine.cpuModel}), ` +
        `load before ${machine.loadavg.join(' ')}, Wharf ${wharf.version}, ${version}, appendonly yes, appendfsync always`,
    );
    console.log('| what | unit | Wharf | Redis (appendfsync always) | Wharf / Redis |');
    console.log('|---|---|---|---|---|');
    for (const row of rows.values()) {
      const a = row.values.get('Wharf') ?? Number.NaN;
      const b = row.values.get('Redis') ?? Number.NaN;
      console.log(`| ${row.what} | ${row.unit} | ${fmt(a)} | ${fmt(b)} | ${(a / b).toFixed(2)} |`);
    }
  } finally {
    redis.child.kill('SIGTERM');
    await new Promise((res) => redis.child.once('exit', res));
    rmSync(redis.dir, { recursive: true, force: true });
    await wharf.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
