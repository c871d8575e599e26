// Kafka front benchmark: `npm run build && node dist/bench/kafka.js [records]` (default 200 000).
// Starts its own Wharf and measures, for 1 KiB records: producing with acks=all through librdkafka
// (confluent-kafka, linger.ms=5, idempotent) and kafkajs, fetching through librdkafka, and the same
// data published into an AMQP stream queue with publisher confirms, each as payload MB/s and as a
// fraction of the machine's sequential write rate measured in the same run (the target:
// >= 50 % for librdkafka producing). There is no Kafka broker on the machine to compare with, so the
// comparison rows are the machine's own limits and Wharf's AMQP path. Not part of the test suite.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import amqp from 'amqplib';
import { Kafka, logLevel } from 'kafkajs';
import { machineInfo, seqWrite } from './lib/machine.js';
import { WharfProcess } from './lib/wharf.js';
import {
  bucketQuantile,
  type Histogram,
  histogramCount,
  histogramDelta,
  scrapeHistogram,
  shareAbove,
} from './lib/wharf-metrics.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PY = join(ROOT, 'bench/kafka/rdkafka_bench.py');
const SIZE = 1024;

function python(
  args: string[],
): Promise<{ seconds: number; records: number; failed?: number; p50?: number; p99?: number; max?: number }> {
  return new Promise((res, rej) => {
    const c = spawn('/usr/bin/python3', [PY, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (err += d));
    c.on('close', (code) => {
      if (code !== 0) rej(new Error(`rdkafka_bench.py ${args[0]} exited ${code}: ${err.slice(-500)}`));
      else res(JSON.parse(out.trim().split('\n').pop()!));
    });
  });
}

interface LatencyRun {
  /** consumer: produce() call -> record in the consumer's hand, ms */
  e2e: { records: number; p50?: number; p99?: number; max?: number };
  /** producer: produce() call -> delivery report (acks=all: after Wharf's fdatasync), ms */
  ack: { p50?: number; p99?: number; max?: number };
  /** Wharf's fdatasync rounds during the run (from its /metrics) */
  fsync: Histogram;
}

/**
 * The latency consumer in one process, started first; the producer at 10 000/s in another. Wharf's own
 * fdatasync-round histogram over the same window tells how much of the latency is the disk.
 */
async function latencyRun(bootstrap: string, httpPort: number, count: number): Promise<LatencyRun> {
  const c = spawn(
    '/usr/bin/python3',
    [PY, 'latency-consume', bootstrap, 'bench-lat', String(count), String(SIZE)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  const result = new Promise<LatencyRun['e2e']>((res, rej) =>
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
  const ack = await python(['latency-produce', bootstrap, 'bench-lat', String(count), String(SIZE)]);
  const e2e = await result;
  const fsync = histogramDelta(before, await scrapeHistogram(httpPort, FSYNC));
  return { e2e, ack, fsync };
}

const FSYNC = 'wharf_fsync_duration_seconds';

function latencyLine(lat: LatencyRun): string {
  const f = lat.fsync;
  const ms = (x: number | undefined) => (x === undefined ? '?' : x.toFixed(2));
  return (
    `end to end at 10 000 records/s, librdkafka (acks=all, linger.ms=1; consumer with librdkafka's ` +
    `defaults, fetch.wait.max.ms 500): ${lat.e2e.records} records, p50 ${ms(lat.e2e.p50)} ms, ` +
    `p99 ${ms(lat.e2e.p99)} ms, max ${ms(lat.e2e.max)} ms (target: p99 <= 5 ms)\n` +
    `  producer acknowledgements (send -> delivery report): p50 ${ms(lat.ack.p50)} ms, p99 ${ms(lat.ack.p99)} ms, ` +
    `max ${ms(lat.ack.max)} ms\n` +
    `  Wharf's fdatasync rounds meanwhile: ${histogramCount(f)}, p50 <= ${bucketQuantile(f, 0.5) * 1000} ms, ` +
    `p99 <= ${bucketQuantile(f, 0.99) * 1000} ms, ${(shareAbove(f, 0.005) * 100).toFixed(1)} % over 5 ms, slowest <= ${bucketQuantile(f, 1) * 1000} ms`
  );
}

function rssMiB(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

async function main(): Promise<void> {
  const records = Number(process.argv[2] ?? 200_000);
  const mb = (records * SIZE) / 1e6;
  const machine = machineInfo();
  const disk = seqWrite();
  const wharf = new WharfProcess();
  await wharf.start();
  const bootstrap = `127.0.0.1:${wharf.kafkaPort}`;
  const rows: [string, number, string][] = [];
  let latency = '';
  const row = (what: string, seconds: number) =>
    rows.push([what, mb / seconds, `${((mb / seconds / disk) * 100).toFixed(0)} %`]);
  try {
    const kafka = new Kafka({ brokers: [bootstrap], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        { topic: 'bench-rd', numPartitions: 4 },
        { topic: 'bench-js', numPartitions: 4 },
        { topic: 'bench-lat', numPartitions: 4 },
      ],
    });
    await admin.disconnect();

    const rd = await python(['produce', bootstrap, 'bench-rd', String(records), String(SIZE)]);
    if (rd.failed) throw new Error(`${rd.failed} librdkafka deliveries failed`);
    row('produce, librdkafka, acks=all, linger.ms=5', rd.seconds);

    const fetched = await python(['consume', bootstrap, 'bench-rd', String(records), String(SIZE)]);
    row('fetch, librdkafka', fetched.seconds);

    // end to end at 10 000 records/s (the target: p99 <= 5 ms), 5 s of it
    latency = latencyLine(await latencyRun(bootstrap, wharf.httpPort, 50_000));

    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 5 });
    await producer.connect();
    const value = Buffer.alloc(SIZE, 120);
    const t0 = performance.now();
    const perSend = 500;
    const inFlight: Promise<unknown>[] = [];
    for (let i = 0; i < records; i += perSend) {
      inFlight.push(
        producer.send({
          topic: 'bench-js',
          acks: -1,
          messages: Array.from({ length: Math.min(perSend, records - i) }, (_, k) => ({
            key: String((i + k) % 64),
            value,
          })),
        }),
      );
      if (inFlight.length >= 5) await inFlight.shift();
    }
    await Promise.all(inFlight);
    row('produce, kafkajs, acks=-1, idempotent', (performance.now() - t0) / 1000);
    await producer.disconnect();

    const conn = await amqp.connect(wharf.url);
    const ch = await conn.createConfirmChannel();
    await ch.assertQueue('bench-amqp-stream', { durable: true, arguments: { 'x-queue-type': 'stream' } });
    const t1 = performance.now();
    for (let i = 0; i < records; i++) {
      if (!ch.sendToQueue('bench-amqp-stream', value, { persistent: true }))
        await new Promise((r) => ch.once('drain', r));
      if (i % 5000 === 4999) await ch.waitForConfirms();
    }
    await ch.waitForConfirms();
    row('AMQP stream publish, confirms (amqplib)', (performance.now() - t1) / 1000);
    await conn.close();

    const rss = rssMiB(wharf.pid);
    console.log(
      `Kafka front, ${records} records of ${SIZE} B (${mb.toFixed(0)} MB), ${machine.cpus} CPUs, load ${machine.loadavg.map((l) => l.toFixed(2)).join(' ')}`,
    );
    console.log(`machine sequential write (256 MiB + fdatasync): ${disk.toFixed(0)} MB/s`);
    console.log('| what | payload MB/s | of sequential write |');
    console.log('|---|---|---|');
    for (const [w, v, f] of rows) console.log(`| ${w} | ${v.toFixed(1)} | ${f} |`);
    console.log(latency);
    console.log(`Wharf RSS after the run: ${rss.toFixed(0)} MiB`);
  } finally {
    await wharf.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
