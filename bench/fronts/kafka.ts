// The Kafka front's workloads (issue 13), for `npm run bench` (scenario `kafka`) and `node dist/bench/kafka.js`.
// No Kafka broker runs on this machine, so each figure is read against what the machine allows, measured in
// the same run, and against Wharf's own AMQP path with the same data:
//   - producing 1 KiB records with acks=all through librdkafka (confluent-kafka, linger.ms=5, idempotent; and
//     kcat, librdkafka with no Python, when installed) and kafkajs, and fetching them back through each, as payload MB/s and as a share of the data disk's
//     sequential write rate (256 MiB + fdatasync; target: >= 50 % for librdkafka producing), with Wharf's CPU
//     per record over each row (from /proc; the librdkafka producer's own too), which load changes far less;
//   - each librdkafka producer (confluent-kafka, kcat) again, right after its Wharf row, against librdkafka's
//     built-in mock cluster (in memory, no disk; bench/kafka/mock-cluster.ts): the client's own ceiling on this
//     machine, so that Wharf / mock says how much of the gap to the disk is Wharf's;
//   - the same records published into an AMQP stream queue with confirms and consumed from its start (amqplib);
//   - end to end at 10 000 records/s through librdkafka (target: p99 <= 5 ms), with the producer's
//     acknowledgement latency, librdkafka's own split of it (waiting in the producer, request round trip),
//     Wharf's fdatasync rounds and its main thread's wait for a CPU over the same window (bench/kafka/rdkafka.ts), and
//     what one fdatasync costs a plain program on the same disk just before (its tail bounds Wharf's), and the
//     same paced producer against the mock cluster (its acknowledgement there is the client's own floor);
//   - Wharf's RSS with 10 partitions holding 10 M records (target: < 256 MiB), in a Wharf of its own
//     (bench/kafka/rss-fill.ts).
import amqp from 'amqplib';
import { Kafka, logLevel } from 'kafkajs';
import { kcatMissing, kcatProduce } from '../kafka/kcat.js';
import { startMockCluster } from '../kafka/mock-cluster.js';
import { FSYNC, fsyncSummary, latencyRun, type PyResult, rdkafka } from '../kafka/rdkafka.js';
import { type Histogram, histogramCount, histogramDelta, scrapeHistogram } from '../lib/wharf-metrics.js';
import { rssFill } from '../kafka/rss-fill.js';
import { fdatasyncLatency, syncedSeqWrite } from '../lib/disk-sync.js';
import { seqWrite } from '../lib/machine.js';
import { readCpuSeconds } from '../lib/proc.js';
import { fmt } from '../lib/stats.js';
import type { WharfProcess } from '../lib/wharf.js';
import type { FrontBenchResult } from './index.js';
import type { StreamsRow } from './redis-streams.js';

export interface KafkaBenchOptions {
  wharf: WharfProcess;
  /** 1 KiB records per throughput row */
  records: number;
  /** records of the latency run, at 10 000/s */
  latencyRecords: number;
  /** records of the RSS row, over 10 partitions */
  rssRecords: number;
  log(msg: string): void;
}

const SIZE = 1024;
const LATENCY_TARGET_MS = 5;
const RSS_TARGET_MIB = 256;

export async function runKafka(o: KafkaBenchOptions): Promise<FrontBenchResult> {
  const { wharf, records, log } = o;
  const mb = (records * SIZE) / 1e6;
  const bootstrap = `127.0.0.1:${wharf.kafkaPort}`;
  const disk = seqWrite();
  const diskSynced = syncedSeqWrite();
  log(
    `kafka: the data disk writes ${disk.toFixed(0)} MB/s sequentially (256 MiB + fdatasync), ` +
      `${diskSynced.toFixed(0)} MB/s with an fdatasync per MiB`,
  );
  const rows: StreamsRow[] = [];
  const lines: string[] = [];
  const share = (v: number) => `${((v / disk) * 100).toFixed(0)} %`;
  /** a throughput row; cpu: Wharf's CPU seconds over it (and the client's, when known); mock: the same client's MB/s against librdkafka's mock cluster */
  const rate = (
    what: string,
    seconds: number,
    cpu: { wharf: number; client?: number },
    target = '',
    mock?: number,
  ) => {
    const v = mb / seconds;
    const samples: Record<string, number[]> = { Wharf: [v], 'sequential write': [disk] };
    if (mock !== undefined) samples['librdkafka mock cluster'] = [mock];
    rows.push({ what, unit: 'MB/s', higher: true, samples });
    const us = (s: number) => `${fmt((s * 1e6) / records)} µs`;
    const client = cpu.client === undefined ? '' : `, client ${us(cpu.client)}`;
    lines.push(
      `| ${what} | ${fmt(v)} MB/s (CPU per record: Wharf ${us(cpu.wharf)}${client}) | ` +
        `${share(v)} of ${fmt(disk)} MB/s${target} |`,
    );
  };
  /** Wharf's (or the process pid's) CPU seconds while `run` runs, and what it returned */
  const metered = async <T>(run: () => Promise<T>, pid = wharf.pid): Promise<[T, number]> => {
    const c0 = readCpuSeconds(pid);
    const r = await run();
    return [r, readCpuSeconds(pid) - c0];
  };
  /**
   * The same producer against librdkafka's mock cluster (in memory, no disk, its own process), right after
   * its row against Wharf: the client's and the machine's ceiling, so that Wharf / mock is Wharf's share.
   */
  const againstMock = async (
    what: string,
    wharfSeconds: number,
    produceTo: (bootstrap: string, topic: string) => Promise<{ seconds: number; cpu?: number }>,
  ): Promise<{ mbs: number; line: string } | undefined> => {
    let mock;
    try {
      mock = await startMockCluster({ 'bench-mock': 4 });
    } catch (e) {
      log(`kafka: no mock cluster row: ${(e as Error).message}`);
      return undefined;
    }
    try {
      log(`kafka: ${what} producing ${records} records into librdkafka's mock cluster`);
      const [m, mockCpu] = await metered(() => produceTo(mock.bootstrap, 'bench-mock'), mock.pid);
      const v = mb / m.seconds;
      const us = (s: number | undefined) => (s === undefined ? '—' : `${fmt((s * 1e6) / records)} µs`);
      const line =
        `| — the same ${what} producer against librdkafka's mock cluster (in memory, no disk), just after | ` +
        `${fmt(v)} MB/s (CPU per record: mock broker ${us(mockCpu)}, client ${us(m.cpu)}) | ` +
        `Wharf / mock: ${fmt(mb / wharfSeconds / v)} |`;
      return { mbs: v, line };
    } finally {
      await mock.stop();
    }
  };
  /** Wharf's fdatasync rounds while `run` runs: how many, the slowest, and the time they took together */
  const synced = async <T>(run: () => Promise<T>): Promise<[T, Histogram]> => {
    const before = await scrapeHistogram(wharf.httpPort, FSYNC);
    const r = await run();
    return [r, histogramDelta(before, await scrapeHistogram(wharf.httpPort, FSYNC))];
  };

  const kafka = new Kafka({ brokers: [bootstrap], logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    topics: ['bench-rd', 'bench-kc', 'bench-js', 'bench-lat'].map((topic) => ({ topic, numPartitions: 4 })),
  });

  log(`kafka: librdkafka producing ${records} records`);
  const [[rd, rdCpu], rdSyncs] = await synced(() =>
    metered(() => rdkafka('produce', bootstrap, 'bench-rd', records, SIZE)),
  );
  if (rd.failed) throw new Error(`${rd.failed} librdkafka deliveries failed`);
  const rdMock = await againstMock('librdkafka (confluent-kafka)', rd.seconds, async (b, t) => {
    const m = await rdkafka('produce', b, t, records, SIZE);
    if (m.failed) throw new Error(`${m.failed} librdkafka deliveries to the mock cluster failed`);
    return m;
  });
  rate(
    'produce, librdkafka, acks=all, linger.ms=5, idempotent',
    rd.seconds,
    { wharf: rdCpu, client: rd.cpu },
    ' (target: >= 50 %)',
    rdMock?.mbs,
  );
  if (rdMock) lines.push(rdMock.line);
  // librdkafka keeps 5 requests in flight, each answered after the fdatasync round that covers it: how long
  // rounds of that size take on this disk now bounds the rate as much as CPU does
  const rounds = histogramCount(rdSyncs);
  lines.push(
    `| — the disk written by a plain program with an fdatasync after every MiB, just before | ` +
      `${fmt(diskSynced)} MB/s | the librdkafka row is ${fmt(mb / rd.seconds / diskSynced)} × this |`,
  );
  lines.push(
    `| — Wharf's fdatasync rounds meanwhile (one at a time per partition, 4 partitions) | ` +
      `${fsyncSummary(rdSyncs)}; ${fmt(mb / rounds)} MB each on average, mean ${fmt((rdSyncs.sum / rounds) * 1000)} ms | |`,
  );
  const noKcat = kcatMissing();
  if (noKcat === undefined) {
    log(`kafka: kcat producing ${records} records`);
    const [kc, kcCpu] = await metered(() => kcatProduce(bootstrap, 'bench-kc', records, SIZE));
    // kcat reports failed deliveries on stderr only: the partitions' ends say what was stored
    const stored = (await admin.fetchTopicOffsets('bench-kc')).reduce((n, p) => n + Number(p.high), 0);
    if (stored !== records) throw new Error(`kcat: ${stored} of ${records} records stored`);
    const kcMock = await againstMock('kcat', kc.seconds, (b, t) => kcatProduce(b, t, records, SIZE));
    rate(
      'produce, kcat (librdkafka, no Python), acks=all, linger.ms=5, idempotent',
      kc.seconds,
      { wharf: kcCpu, client: kc.cpu },
      ' (target: >= 50 %)',
      kcMock?.mbs,
    );
    if (kcMock) lines.push(kcMock.line);
  } else log(`kafka: no kcat row: ${noKcat}`);
  await admin.disconnect();

  const [fetched, fetchCpu] = await metered(() => rdkafka('consume', bootstrap, 'bench-rd', records, SIZE));
  rate('fetch, librdkafka', fetched.seconds, { wharf: fetchCpu });

  log('kafka: kafkajs producing');
  const [js, jsCpu] = await metered(() => kafkajsProduce(kafka, records));
  rate('produce, kafkajs, acks=-1, idempotent', js, { wharf: jsCpu });

  const [jsFetch, jsFetchCpu] = await metered(() => kafkajsFetch(kafka, records));
  rate('fetch, kafkajs', jsFetch, { wharf: jsFetchCpu });

  log('kafka: the same records through an AMQP stream queue');
  const published = await metered(() => amqpPublish(wharf.url, records));
  rate('same data: AMQP stream publish, confirms (amqplib)', published[0], { wharf: published[1] });
  const consumed = await metered(() => amqpConsume(wharf.url, records));
  rate('same data: AMQP stream consume from the start (amqplib)', consumed[0], { wharf: consumed[1] });

  log('kafka: fdatasync latency of a plain 4 KiB append loop on the data disk, 2 s');
  const plain = fdatasyncLatency(2);
  lines.push(
    `| fdatasync after a 4 KiB append, a plain program on the same disk just before (${plain.n} calls) | ` +
      `p50 ${fmt(plain.p50)} ms, p99 ${fmt(plain.p99)} ms, max ${fmt(plain.max)} ms | ` +
      `the floor of an answer that waits for the disk |`,
  );

  log(`kafka: end to end at 10 000 records/s, ${o.latencyRecords} records`);
  const lat = await latencyRun(bootstrap, wharf.httpPort, wharf.pid, 'bench-lat', o.latencyRecords, SIZE);
  const ms = (x: number | undefined) => (x === undefined ? '—' : fmt(x));
  rows.push({
    what: 'end to end at 10 000 records/s, librdkafka, p99',
    unit: 'ms',
    higher: false,
    samples: { Wharf: [lat.e2e.p99 ?? Number.NaN], target: [LATENCY_TARGET_MS] },
  });
  lines.push(
    `| end to end at 10 000 records/s, librdkafka (acks=all, linger.ms=1; consumer with librdkafka's defaults), ` +
      `${lat.e2e.records} records | p50 ${ms(lat.e2e.p50)} ms, p99 ${ms(lat.e2e.p99)} ms, max ${ms(lat.e2e.max)} ms ` +
      `| target: p99 <= ${LATENCY_TARGET_MS} ms |`,
    `| — of which: producer acknowledgement (send -> delivery report) | p50 ${ms(lat.ack.p50)} ms, ` +
      `p99 ${ms(lat.ack.p99)} ms | Wharf's fdatasync rounds meanwhile: ${fsyncSummary(lat.fsync)} |`,
  );
  const { queued, rtt } = lat.ack;
  if (queued && rtt)
    lines.push(
      `| — librdkafka's split (its statistics; p50 of the median second, p99 of the worst): waiting in the producer ` +
        `for a Produce request / the request's round trip | p50 ${ms(queued.p50)} / ${ms(rtt.p50)} ms, ` +
        `p99 ${ms(queued.p99)} / ${ms(rtt.p99)} ms | ${lat.ack.requests} Produce requests of one partition each, ` +
        `at most 5 in flight |`,
    );
  if (lat.sched)
    lines.push(
      `| — Wharf's main thread over the producer's run | ${fmt(lat.sched.run)} s on a CPU, ` +
        `${fmt(lat.sched.wait)} s runnable but waiting for one | the machine's other load |`,
    );
  // the producer's own floor: the same paced producer against an in-memory broker that answers at append
  // (the mock's Fetch waits out max.wait.ms instead of waking, so no consumer runs against it)
  const mockAck = await mockLatency(o.latencyRecords, log);
  if (mockAck !== undefined)
    lines.push(
      `| — the same producer against librdkafka's mock cluster (in memory, answers at append), just after: ` +
        `acknowledgement | p50 ${ms(mockAck.p50)} ms, p99 ${ms(mockAck.p99)} ms` +
        (mockAck.queued && mockAck.rtt
          ? `; waiting for a request / round trip p50 ${ms(mockAck.queued.p50)} / ${ms(mockAck.rtt.p50)} ms, ` +
            `p99 ${ms(mockAck.queued.p99)} / ${ms(mockAck.rtt.p99)} ms`
          : '') +
        ` | the client's floor on this machine |`,
    );

  log(`kafka: RSS with 10 partitions holding ${o.rssRecords} records (a Wharf of its own)`);
  const rss = await rssFill(o.rssRecords, 1000, log);
  rows.push({
    what: `RSS, ${rss.partitions} partitions holding ${rss.records} records`,
    unit: 'MiB',
    higher: false,
    samples: { Wharf: [rss.afterFill], target: [RSS_TARGET_MIB] },
  });
  lines.push(
    `| RSS, ${rss.partitions} partitions holding ${rss.records.toLocaleString('en-US')} records of 16 B ` +
      `(${fmt(rss.storedMB)} MB in batches of 1 000, written in ${fmt(rss.fillSeconds)} s) | ` +
      `${fmt(rss.afterFill)} MiB after the fill (peak ${fmt(rss.peakFill)}), ${fmt(rss.afterRead)} after reading ` +
      `it all back (${fmt(rss.readSeconds)} s), ${fmt(rss.afterRestart)} after a restart ` +
      `(${fmt(rss.restartSeconds)} s) | target: < ${RSS_TARGET_MIB} MiB |`,
  );

  return {
    header: `Kafka front, ${records} records of ${SIZE} B (${mb.toFixed(0)} MB) per throughput row; no Kafka broker here, so the references are the data disk's sequential write rate measured in this run and Wharf's AMQP stream path`,
    table: ['| what | Wharf | against |', '|---|---|---|', ...lines].join('\n'),
    rows,
  };
}

/** kafkajs, idempotent, acks=-1, 500 records per send, 5 sends in flight; seconds. */
async function kafkajsProduce(kafka: Kafka, records: number): Promise<number> {
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
  const seconds = (performance.now() - t0) / 1000;
  await producer.disconnect();
  return seconds;
}

/** A kafkajs group consumer of bench-js from its start, timed from its joining the group; seconds. */
async function kafkajsFetch(kafka: Kafka, records: number): Promise<number> {
  const consumer = kafka.consumer({ groupId: 'bench-js-fetch' });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic: 'bench-js', fromBeginning: true });
    let t0 = Number.NaN;
    consumer.on(consumer.events.GROUP_JOIN, () => (t0 = performance.now()));
    let n = 0;
    const seconds = await new Promise<number>((done, fail) => {
      consumer
        .run({
          eachBatch: async ({ batch }) => {
            n += batch.messages.length;
            if (n >= records) done((performance.now() - t0) / 1000);
          },
        })
        .catch(fail);
    });
    return seconds;
  } finally {
    await consumer.disconnect();
  }
}

const STREAM = 'bench-amqp-stream';

/** amqplib into a stream queue with confirms (waited for every 5 000); seconds. */
async function amqpPublish(url: string, records: number): Promise<number> {
  const conn = await amqp.connect(url);
  try {
    const ch = await conn.createConfirmChannel();
    await ch.assertQueue(STREAM, { durable: true, arguments: { 'x-queue-type': 'stream' } });
    const value = Buffer.alloc(SIZE, 120);
    const t0 = performance.now();
    for (let i = 0; i < records; i++) {
      if (!ch.sendToQueue(STREAM, value, { persistent: true })) await new Promise((r) => ch.once('drain', r));
      if (i % 5000 === 4999) await ch.waitForConfirms();
    }
    await ch.waitForConfirms();
    return (performance.now() - t0) / 1000;
  } finally {
    await conn.close();
  }
}

/** amqplib from the stream's start (`x-stream-offset: first`, prefetch 2 000, an ack per 1 000); seconds. */
async function amqpConsume(url: string, records: number): Promise<number> {
  const conn = await amqp.connect(url);
  try {
    const rx = await conn.createChannel();
    await rx.prefetch(2000);
    const t0 = performance.now();
    await new Promise<void>((done, fail) => {
      let n = 0;
      rx.consume(
        STREAM,
        (m) => {
          if (m === null) return fail(new Error('stream consumer cancelled'));
          if (++n % 1000 === 0 || n === records) rx.ack(m, true);
          if (n === records) done();
        },
        { noAck: false, arguments: { 'x-stream-offset': 'first' } },
      ).catch(fail);
    });
    return (performance.now() - t0) / 1000;
  } finally {
    await conn.close();
  }
}

/** The latency run's producer alone against librdkafka's mock cluster: its acknowledgement latency, or undefined. */
async function mockLatency(count: number, log: (msg: string) => void): Promise<PyResult | undefined> {
  let mock;
  try {
    mock = await startMockCluster({ 'bench-mock-lat': 4 });
  } catch (e) {
    log(`kafka: no mock cluster latency row: ${(e as Error).message}`);
    return undefined;
  }
  try {
    log(`kafka: the latency run's producer against librdkafka's mock cluster, ${count} records`);
    return await rdkafka('latency-produce', mock.bootstrap, 'bench-mock-lat', count, SIZE);
  } finally {
    await mock.stop();
  }
}
