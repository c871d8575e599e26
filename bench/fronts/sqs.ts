// The SQS workloads of issue 14, from @aws-sdk/client-sqs over keep-alive connections with 8 requests in
// flight and 256-byte messages, against Wharf's SQS front and, as the reference, the same work over
// AMQP on the same Wharf (and on the machine's RabbitMQ when it answers), in the same run:
//   - SendMessageBatch of 10 / persistent publishes confirmed 10 at a time on 8 channels: messages/s;
//   - ReceiveMessage of 10 + DeleteMessageBatch of what came, 8 loops / a consumer with prefetch 10 acking
//     every 10: messages/s;
//   - CPU per message of Wharf (/proc) and of this process (the client: the SDK or amqplib), which on a
//     machine whose cores the client shares decides the ratio as much as the broker does;
//   - the latency from SendMessage to the return of a long poll already waiting, with its stages: the
//     SendMessage's own answer (after its fsync), a request that waits for no fsync (the SDK and HTTP
//     alone), and Wharf's fdatasync rounds over the same window (/metrics);
//   - moto's server (`python3 -m moto.server`), the reference SQS implementation on this machine, once
//     and with few messages: it answers tens of requests a second;
//   - the SDK alone: the same sends to a server that only answers them (sqs-constant-server.ts, its own
//     process), so the rate one SDK thread reaches there bounds what any broker could see from it.
// Rounds alternate Wharf SQS and Wharf AMQP; the table shows medians and the targets (send rate
// >= 50 % of Wharf's AMQP confirmed publish; long poll p99 <= 5 ms). Used by `npm run bench` (scenario
// `sqs`) and by `node dist/bench/sqs.js`.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { Agent } from 'node:http';
import { loadavg } from 'node:os';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteMessageCommand,
  DeleteQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import amqp from 'amqplib';
import { answers, freePort } from '../../test/helpers/ports.js';
import { fdatasyncLatency, pacedFdatasyncLatency } from '../lib/disk-sync.js';
import { readCpuSeconds } from '../lib/proc.js';
import { fmt, latencySummary, median } from '../lib/stats.js';
import {
  bucketQuantile,
  type Histogram,
  histogramCount,
  histogramDelta,
  scrapeHistogram,
  shareAbove,
} from '../lib/wharf-metrics.js';
import type { StreamsRow } from './redis-streams.js';
import { SdkSenders } from './sqs-senders.js';

const BODY = 'x'.repeat(256);
const IN_FLIGHT = 8;
const FSYNC = 'wharf_fsync_duration_seconds';
const TARGET_SEND_RATIO = 0.5;
const TARGET_POLL_P99_MS = 5;

export interface SqsBenchOptions {
  wharf: { sqsPort: number; httpPort: number; amqpUrl: string; pid: number | undefined; version: string };
  messages: number;
  rounds: number;
  /** long-poll samples per round on Wharf */
  pollSamples: number;
  /** the machine's RabbitMQ as a second AMQP reference (when it answers) */
  rabbitUrl: string | undefined;
  /** messages for moto (0: moto left out) */
  motoMessages: number;
  /** SDK sender threads for the second send row (0: that row left out) */
  sdkThreads?: number;
  log(msg: string): void;
}

type Add = (what: string, unit: string, higher: boolean, target: string, v: number) => void;

/**
 * The rate of `f` and the CPU of the broker (when its pid is known) and of this process over it, per `n`
 * messages, in µs. `f` may resolve to the moment its last message was done (performance.now()), when it
 * ends later than that.
 */
async function measured(
  pid: number | undefined,
  n: number,
  f: () => Promise<number | void>,
): Promise<{ rate: number; brokerUs: number; clientUs: number }> {
  const b0 = readCpuSeconds(pid);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const end = (await f()) ?? performance.now();
  const seconds = (end - t0) / 1000;
  const c = process.cpuUsage(c0);
  const b1 = readCpuSeconds(pid);
  return {
    rate: n / seconds,
    brokerUs: ((b1 - b0) * 1e6) / n, // NaN without a pid
    clientUs: (c.user + c.system) / n,
  };
}

function sqsClient(endpoint: string, key: string): SQSClient {
  return new SQSClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: key, secretAccessKey: key },
    requestHandler: { httpAgent: new Agent({ keepAlive: true, maxSockets: 2 * IN_FLIGHT }) },
    maxAttempts: 1,
  });
}

/** The constant-answer server (sqs-constant-server.ts) as a child process, and its endpoint. */
async function startConstantServer(): Promise<{ child: ChildProcess; endpoint: string }> {
  const script = new URL('./sqs-constant-server.js', import.meta.url);
  const child = spawn(process.execPath, [script.pathname], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  return { child, endpoint: `http://127.0.0.1:${Number(line.toString().trim())}` };
}

/**
 * The send workload from one SDK thread to a server that does nothing but answer: the SDK's own rate and
 * CPU per message, the ceiling of the send row on this machine.
 */
async function sdkAlone(sqs: SQSClient, endpoint: string, messages: number, add: Add): Promise<void> {
  // the SDK sends to the queue URL's host: the constant server's
  const url = `${endpoint}/000000000000/constant`;
  let next = 0;
  const r = await measured(undefined, messages, () =>
    inFlight(async () => {
      while (next < messages) {
        const n = Math.min(10, messages - next);
        next += n;
        await sqs.send(
          new SendMessageBatchCommand({
            QueueUrl: url,
            Entries: Array.from({ length: n }, (_, i) => ({ Id: `e${i}`, MessageBody: BODY })),
          }),
        );
      }
    }),
  );
  add(SDK_ALONE, 'msg/s', true, W_SQS, r.rate);
  add(`${SDK_ALONE}: client CPU per message`, 'µs', false, W_SQS, r.clientUs);
}

async function sqsRound(
  name: string,
  endpoint: string,
  key: string,
  messages: number,
  pollSamples: number,
  wharf: { pid: number | undefined; httpPort: number } | undefined,
  add: Add,
  senders?: SdkSenders,
): Promise<void> {
  const sqs = sqsClient(endpoint, key);
  const url = (
    await sqs.send(new CreateQueueCommand({ QueueName: `bench-sqs-${randomBytes(4).toString('hex')}` }))
  ).QueueUrl!;
  const fsyncs = () => (wharf ? scrapeHistogram(wharf.httpPort, FSYNC) : undefined);
  try {
    let next = 0;
    const send = await measured(wharf?.pid, messages, () =>
      inFlight(async () => {
        while (next < messages) {
          const n = Math.min(10, messages - next);
          next += n;
          const r = await sqs.send(
            new SendMessageBatchCommand({
              QueueUrl: url,
              Entries: Array.from({ length: n }, (_, i) => ({ Id: `e${i}`, MessageBody: BODY })),
            }),
          );
          if (r.Failed?.length) throw new Error(`${r.Failed.length} sends failed: ${r.Failed[0].Code}`);
        }
      }),
    );
    add('send', 'msg/s', true, name, send.rate);
    add('send: broker CPU per message', 'µs', false, name, send.brokerUs);
    add('send: client CPU per message', 'µs', false, name, send.clientUs);
    if (senders) await threadedSend(name, sqs, senders, wharf?.pid, messages, add);
    let received = 0;
    let receives = 0;
    let deleted = 0;
    let lastDeleted = 0;
    const before = await fsyncs();
    // the other loops' receives still waiting once the last message is deleted end empty up to 1 s
    // later: the rate counts up to that last delete
    const receive = await measured(wharf?.pid, messages, async () => {
      await inFlight(async () => {
        while (received < messages) {
          receives++;
          const r = await sqs.send(
            new ReceiveMessageCommand({
              QueueUrl: url,
              MaxNumberOfMessages: 10,
              VisibilityTimeout: 120,
              WaitTimeSeconds: 1,
            }),
          );
          const got = r.Messages ?? [];
          if (got.length === 0) continue;
          received += got.length;
          await sqs.send(
            new DeleteMessageBatchCommand({
              QueueUrl: url,
              Entries: got.map((m, i) => ({ Id: `d${i}`, ReceiptHandle: m.ReceiptHandle })),
            }),
          );
          deleted += got.length;
          if (deleted >= messages) lastDeleted = performance.now();
        }
      });
      return lastDeleted;
    });
    const after = await fsyncs();
    add('receive + delete', 'msg/s', true, name, receive.rate);
    add('receive + delete: broker CPU per message', 'µs', false, name, receive.brokerUs);
    add('receive + delete: client CPU per message', 'µs', false, name, receive.clientUs);
    add('receive + delete: messages per ReceiveMessage', '', true, name, messages / receives);
    if (before && after)
      add(
        'receive + delete: fdatasync rounds per ReceiveMessage',
        '',
        false,
        name,
        histogramCount(histogramDelta(before, after)) / receives,
      );
    await longPoll(name, sqs, url, pollSamples, fsyncs, add);
    if (wharf) {
      // the floor of the long poll's tail: one plain program's fdatasync on the same disk, in the same round
      const disk = fdatasyncLatency(2);
      add('  the disk alone: fdatasync after a 4 KiB append, back to back: p50', 'ms', false, name, disk.p50);
      add('  the disk alone: fdatasync after a 4 KiB append, back to back: p99', 'ms', false, name, disk.p99);
      const paced = await pacedFdatasyncLatency(300, 5);
      add(
        '  the disk alone, paced as the long poll (5 ms apart, thread pool): p50',
        'ms',
        false,
        name,
        paced.p50,
      );
      add(
        '  the disk alone, paced as the long poll (5 ms apart, thread pool): p99',
        'ms',
        false,
        name,
        paced.p99,
      );
    }
  } finally {
    await sqs.send(new DeleteQueueCommand({ QueueUrl: url })).catch(() => undefined);
    sqs.destroy();
  }
}

/**
 * The send workload again from `senders.threads` SDK threads (8 requests in flight in all), into a queue
 * of its own so that the receive phase finds only the first send's messages. Client CPU is the whole
 * process's, every thread's.
 */
async function threadedSend(
  name: string,
  sqs: SQSClient,
  senders: SdkSenders,
  pid: number | undefined,
  messages: number,
  add: Add,
): Promise<void> {
  const url = (
    await sqs.send(new CreateQueueCommand({ QueueName: `bench-sqs-${randomBytes(4).toString('hex')}` }))
  ).QueueUrl!;
  try {
    await senders.warm(url);
    const r = await measured(pid, messages, () => senders.send(url, messages, IN_FLIGHT, BODY));
    const row = `send, ${senders.threads} SDK threads`;
    add(row, 'msg/s', true, name, r.rate);
    add(`${row}: broker CPU per message`, 'µs', false, name, r.brokerUs);
    add(`${row}: client CPU per message`, 'µs', false, name, r.clientUs);
  } finally {
    await sqs.send(new DeleteQueueCommand({ QueueUrl: url })).catch(() => undefined);
  }
}

/**
 * A long poll waits; 5 ms later a SendMessage goes out. Per sample: when the SendMessage was answered
 * and when the poll returned, from the send; after it, one GetQueueAttributes (no fsync) for the cost of a
 * request alone; Wharf's fdatasync rounds over the whole phase.
 */
async function longPoll(
  name: string,
  sqs: SQSClient,
  url: string,
  samples: number,
  fsyncs: () => Promise<Histogram> | undefined,
  add: Add,
): Promise<void> {
  const poll: number[] = [];
  const answered: number[] = [];
  const plain: number[] = [];
  const before = await fsyncs();
  for (let i = 0; i < samples; i++) {
    const waiting = sqs.send(
      new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 1, WaitTimeSeconds: 20 }),
    );
    await new Promise((r) => setTimeout(r, 5)); // the poll is waiting by now
    const t = performance.now();
    const sent = sqs
      .send(new SendMessageCommand({ QueueUrl: url, MessageBody: BODY }))
      .then(() => answered.push(performance.now() - t));
    const r = await waiting;
    poll.push(performance.now() - t);
    await sent;
    for (const m of r.Messages ?? [])
      await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: m.ReceiptHandle }));
    const q = performance.now();
    await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }));
    plain.push(performance.now() - q);
  }
  const after = await fsyncs();
  const p = latencySummary(poll);
  const a = latencySummary(answered);
  const g = latencySummary(plain);
  add('send → waiting long poll returns: p50', 'ms', false, name, p.p50);
  add('send → waiting long poll returns: p99', 'ms', false, name, p.p99);
  add('  its SendMessage answered: p50', 'ms', false, name, a.p50);
  add('  its SendMessage answered: p99', 'ms', false, name, a.p99);
  add('  a request with no fsync (GetQueueAttributes): p50', 'ms', false, name, g.p50);
  add('  a request with no fsync (GetQueueAttributes): p99', 'ms', false, name, g.p99);
  if (before && after) {
    const h = histogramDelta(before, after);
    add('  fdatasync round, bucket bound: p50', 'ms', false, name, bucketQuantile(h, 0.5) * 1000);
    add('  fdatasync round, bucket bound: p99', 'ms', false, name, bucketQuantile(h, 0.99) * 1000);
    add('  fdatasync rounds over 5 ms', '%', false, name, shareAbove(h, 0.005) * 100);
  }
}

function inFlight(loop: () => Promise<void>): Promise<void> {
  return Promise.all(Array.from({ length: IN_FLIGHT }, loop)).then(() => undefined);
}

async function amqpRound(
  name: string,
  url: string,
  pid: number | undefined,
  messages: number,
  add: Add,
): Promise<void> {
  const conn = await amqp.connect(url);
  const queue = `bench-sqs-amqp-${randomBytes(4).toString('hex')}`;
  try {
    const setup = await conn.createChannel();
    await setup.assertQueue(queue, { durable: true });
    const body = Buffer.from(BODY);
    let next = 0;
    const send = await measured(pid, messages, () =>
      inFlight(async () => {
        const ch = await conn.createConfirmChannel();
        while (next < messages) {
          const n = Math.min(10, messages - next);
          next += n;
          for (let i = 0; i < n; i++) ch.sendToQueue(queue, body, { persistent: true });
          await ch.waitForConfirms();
        }
        await ch.close();
      }),
    );
    add('send', 'msg/s', true, name, send.rate);
    add('send: broker CPU per message', 'µs', false, name, send.brokerUs);
    add('send: client CPU per message', 'µs', false, name, send.clientUs);
    const ch = await conn.createChannel();
    await ch.prefetch(10);
    const receive = await measured(
      pid,
      messages,
      () =>
        new Promise<void>((resolve) => {
          let n = 0;
          void ch.consume(queue, (m) => {
            if (!m) return;
            n++;
            if (n % 10 === 0 || n === messages) ch.ack(m, true);
            if (n === messages) resolve();
          });
        }),
    );
    add('receive + delete', 'msg/s', true, name, receive.rate);
    add('receive + delete: broker CPU per message', 'µs', false, name, receive.brokerUs);
    add('receive + delete: client CPU per message', 'µs', false, name, receive.clientUs);
    await setup.deleteQueue(queue);
  } finally {
    await conn.close().catch(() => undefined);
  }
}

async function startMoto(): Promise<{ child: ChildProcess; endpoint: string } | string> {
  if (spawnSync('python3', ['-c', 'import moto.server']).status !== 0)
    return 'python3 cannot import moto.server';
  const port = await freePort();
  const child = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + 30_000;
  while (!(await answers(port))) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      return 'moto server did not start';
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, endpoint: `http://127.0.0.1:${port}` };
}

const W_SQS = 'Wharf SQS';
const SDK_ALONE = 'send to a constant-answer server (the SDK alone, one thread)';
const W_AMQP = 'Wharf AMQP';
const MOTO = 'moto SQS';
const RABBIT = 'RabbitMQ AMQP';

export async function runSqs(
  opts: SqsBenchOptions,
): Promise<{ header: string; rows: StreamsRow[]; table: string }> {
  const loadBefore = loadavg().map((x) => x.toFixed(2));
  const rows = new Map<string, StreamsRow>();
  const add: Add = (what, unit, higher, target, v) => {
    let row = rows.get(what);
    if (row === undefined) rows.set(what, (row = { what, unit, higher, samples: {} }));
    (row.samples[target] ??= []).push(v);
  };
  const notes: string[] = [];
  const rabbit = opts.rabbitUrl !== undefined && (await answers(5672)) ? opts.rabbitUrl : undefined;
  if (opts.rabbitUrl !== undefined && rabbit === undefined) notes.push('RabbitMQ: nothing on 127.0.0.1:5672');
  const w = opts.wharf;
  const threads = opts.sdkThreads ?? 2;
  const endpoint = `http://127.0.0.1:${w.sqsPort}`;
  const senders = threads > 0 ? SdkSenders.start(threads, endpoint, 'guest') : undefined;
  const constant = await startConstantServer();
  const alone = sqsClient(constant.endpoint, 'guest');
  try {
    await sdkAlone(alone, constant.endpoint, Math.min(opts.messages, 1000), () => {}); // warm-up: connections, JIT
    for (let i = 1; i <= opts.rounds; i++) {
      const runs: [string, () => Promise<void>][] = [
        [
          W_SQS,
          async () => {
            await sqsRound(W_SQS, endpoint, 'guest', opts.messages, opts.pollSamples, w, add, senders);
            await sdkAlone(alone, constant.endpoint, opts.messages, add);
          },
        ],
        [W_AMQP, () => amqpRound(W_AMQP, w.amqpUrl, w.pid, opts.messages, add)],
      ];
      for (const [name, run] of i % 2 === 1 ? runs : runs.reverse()) {
        opts.log(`sqs | ${opts.messages} messages | ${name} | round ${i}/${opts.rounds}`);
        await run();
      }
      if (rabbit !== undefined) {
        opts.log(`sqs | ${opts.messages} messages | ${RABBIT} | round ${i}/${opts.rounds}`);
        await amqpRound(RABBIT, rabbit, undefined, opts.messages, add);
      }
    }
  } finally {
    await senders?.close();
    alone.destroy();
    constant.child.kill('SIGKILL');
  }
  if (opts.motoMessages > 0) {
    const moto = await startMoto();
    if (typeof moto === 'string') notes.push(`moto: skipped (${moto})`);
    else {
      opts.log(`sqs | ${opts.motoMessages} messages | ${MOTO}`);
      try {
        const samples = Math.max(10, Math.round(opts.pollSamples / 10));
        await sqsRound(MOTO, moto.endpoint, 'testing', opts.motoMessages, samples, undefined, add);
        notes.push(`moto: ${opts.motoMessages} messages, ${samples} long polls, one round`);
      } finally {
        moto.child.kill('SIGKILL');
      }
    }
  }
  const loadAfter = loadavg().map((x) => x.toFixed(2));
  const list = [...rows.values()];
  const header =
    `SQS: ${opts.messages} messages of ${BODY.length} B, ${IN_FLIGHT} requests in flight from ` +
    `@aws-sdk/client-sqs (AMQP: amqplib), medians of ${opts.rounds} round(s), Wharf ${w.version}; ` +
    `load average before ${loadBefore.join(' ')}, after ${loadAfter.join(' ')}`;
  return { header, rows: list, table: sqsTable(list, [W_SQS, MOTO, W_AMQP, RABBIT], notes) };
}

function sqsTable(rows: StreamsRow[], names: string[], notes: string[]): string {
  const cols = names.filter((n) => rows.some((r) => r.samples[n]?.length));
  const m = (what: string, name: string) => {
    const s = rows.find((r) => r.what === what)?.samples[name];
    return s?.length ? median(s) : Number.NaN;
  };
  const lines = [`| what | unit | ${cols.join(' | ')} |`, `|---|---|${cols.map(() => '---:').join('|')}|`];
  for (const row of rows) {
    const arrow = row.unit === '' || row.unit === '%' ? '' : row.higher ? ' ↑' : ' ↓';
    const cells = cols.map((n) => (row.samples[n]?.length ? fmt(median(row.samples[n])) : ''));
    lines.push(`| ${row.what}${arrow} | ${row.unit} | ${cells.join(' | ')} |`);
  }
  const ratio = (what: string, a: string, b: string) => m(what, a) / m(what, b);
  const send = ratio('send', W_SQS, W_AMQP);
  const threaded = rows.find((r) => /^send, \d+ SDK threads$/.test(r.what))?.what;
  const sendThreaded = threaded === undefined ? Number.NaN : m(threaded, W_SQS) / m('send', W_AMQP);
  const p99 = m('send → waiting long poll returns: p99', W_SQS);
  const alone = m(`${SDK_ALONE}: client CPU per message`, W_SQS);
  const cpu = (what: string, n: string) =>
    m(`${what}: broker CPU per message`, n) + m(`${what}: client CPU per message`, n);
  const out = [
    ...lines,
    '',
    `Wharf SQS / Wharf AMQP: send ${send.toFixed(2)} with one SDK thread` +
      (threaded === undefined ? '' : `, ${sendThreaded.toFixed(2)} ${threaded.slice(6)}`) +
      ` (target ≥ ${TARGET_SEND_RATIO}: ` +
      `${Math.max(send, threaded === undefined ? 0 : sendThreaded) >= TARGET_SEND_RATIO ? 'met' : 'NOT met'}), receive + delete ` +
      `${ratio('receive + delete', W_SQS, W_AMQP).toFixed(2)}; ` +
      `long poll p99 ${fmt(p99)} ms (target ≤ ${TARGET_POLL_P99_MS} ms: ${p99 <= TARGET_POLL_P99_MS ? 'met' : 'NOT met'})`,
    `send, CPU per message of broker + client: ${fmt(cpu('send', W_SQS))} µs over SQS, ` +
      `${fmt(cpu('send', W_AMQP))} µs over AMQP (were both CPU-bound on the same cores, SQS / AMQP ≈ ` +
      `${(cpu('send', W_AMQP) / cpu('send', W_SQS)).toFixed(2)}); the SDK, one thread at ` +
      `${fmt(m('send: client CPU per message', W_SQS))} µs per message, sends at most ` +
      `${fmt(1e6 / m('send: client CPU per message', W_SQS))} msg/s however fast the broker: ` +
      `${(1e6 / m('send: client CPU per message', W_SQS) / m('send', W_AMQP)).toFixed(2)} × this run's AMQP rate`,
    `the SDK alone (one thread, a server that only answers): ${fmt(m(SDK_ALONE, W_SQS))} msg/s, ` +
      `${(m(SDK_ALONE, W_SQS) / m('send', W_AMQP)).toFixed(2)} × this run's AMQP rate, at ` +
      `${fmt(alone)} µs of client CPU per message; on 2 cores with Wharf's ${fmt(m('send: broker CPU per message', W_SQS))} µs ` +
      `per message beside it, SDK threads could send at most ${fmt(2e6 / (alone + m('send: broker CPU per message', W_SQS)))} msg/s: ` +
      `${(2e6 / (alone + m('send: broker CPU per message', W_SQS)) / m('send', W_AMQP)).toFixed(2)} × this run's AMQP rate`,
  ];
  for (const other of [MOTO, RABBIT])
    if (cols.includes(other))
      out.push(
        `Wharf SQS / ${other}: send ${ratio('send', W_SQS, other).toFixed(2)}, receive + delete ` +
          `${ratio('receive + delete', W_SQS, other).toFixed(2)}`,
      );
  return [...out, ...notes].join('\n');
}
