// SQS front benchmark: `npm run build && node dist/bench/sqs.js [messages]` (default 20 000).
// Starts its own Wharf (every front on a free port) and its own moto server (the reference SQS
// implementation on this machine, PROTOCOLS.md §2) when `python3 -m moto.server` runs, and measures
// in the same run, one target after the other, with 256-byte messages:
//   - SendMessageBatch (batches of 10, 8 requests in flight, @aws-sdk/client-sqs over keep-alive
//     connections): messages/s;
//   - ReceiveMessage (10 at a time) + DeleteMessageBatch of what was received, 8 loops: messages/s;
//   - latency from SendMessage to the return of a long poll already waiting (p50/p99, 300 samples);
// and, as the durable reference over AMQP, the same workload on a durable queue: persistent
// publishes confirmed 10 at a time on 8 channels, and a consumer with prefetch 10 acking every 10,
// against Wharf's AMQP port and the machine's RabbitMQ on 127.0.0.1:5672 when it answers (only a
// durable queue with a random name is declared there, and deleted). Ratios: Wharf SQS / moto SQS,
// Wharf SQS / Wharf AMQP (the target: >= 50 % for sends), Wharf SQS / RabbitMQ AMQP.
// Not part of the test suite.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { Agent } from 'node:http';
import { randomBytes } from 'node:crypto';
import {
  CreateQueueCommand,
  DeleteMessageBatchCommand,
  DeleteMessageCommand,
  DeleteQueueCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import amqp from 'amqplib';
import { machineInfo } from './lib/machine.js';
import { fmt, latencySummary } from './lib/stats.js';
import { WharfProcess } from './lib/wharf.js';
import { freePort, answers } from '../test/helpers/ports.js';

const BODY = 'x'.repeat(256);
const IN_FLIGHT = 8;
const LATENCY_SAMPLES = 300;
const MOTO_MESSAGES = 1000;

function client(endpoint: string, key: string): SQSClient {
  return new SQSClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: key, secretAccessKey: key },
    requestHandler: { httpAgent: new Agent({ keepAlive: true, maxSockets: 2 * IN_FLIGHT }) },
    maxAttempts: 1,
  });
}

interface Result {
  send: number;
  receive: number;
  p50?: number;
  p99?: number;
}

async function sqsWorkload(endpoint: string, key: string, messages: number): Promise<Result> {
  const sqs = client(endpoint, key);
  const name = `bench-sqs-${randomBytes(4).toString('hex')}`;
  const url = (await sqs.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl!;
  try {
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
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
    const send = messages / ((performance.now() - t0) / 1000);
    let received = 0;
    const t1 = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (received < messages) {
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
        }
      }),
    );
    const receive = messages / ((performance.now() - t1) / 1000);
    // send -> return of a long poll that was already waiting
    const samples: number[] = [];
    for (let i = 0; i < LATENCY_SAMPLES; i++) {
      const poll = sqs.send(
        new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 1, WaitTimeSeconds: 20 }),
      );
      await new Promise((r) => setTimeout(r, 5)); // the poll is waiting by now
      const t = performance.now();
      await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: BODY }));
      const r = await poll;
      samples.push(performance.now() - t);
      for (const m of r.Messages ?? [])
        await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: m.ReceiptHandle }));
    }
    const lat = latencySummary(samples);
    return { send, receive, p50: lat.p50, p99: lat.p99 };
  } finally {
    await sqs.send(new DeleteQueueCommand({ QueueUrl: url })).catch(() => undefined);
    sqs.destroy();
  }
}

async function amqpWorkload(url: string, messages: number): Promise<Result> {
  const conn = await amqp.connect(url);
  const queue = `bench-sqs-amqp-${randomBytes(4).toString('hex')}`;
  try {
    const setup = await conn.createChannel();
    await setup.assertQueue(queue, { durable: true });
    const body = Buffer.from(BODY);
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
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
    const send = messages / ((performance.now() - t0) / 1000);
    const ch = await conn.createChannel();
    await ch.prefetch(10);
    const t1 = performance.now();
    await new Promise<void>((resolve) => {
      let n = 0;
      void ch.consume(queue, (m) => {
        if (!m) return;
        n++;
        if (n % 10 === 0 || n === messages) ch.ack(m, true);
        if (n === messages) resolve();
      });
    });
    const receive = messages / ((performance.now() - t1) / 1000);
    await setup.deleteQueue(queue);
    return { send, receive };
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
    if (Date.now() > deadline || child.exitCode !== null) return 'moto server did not start';
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, endpoint: `http://127.0.0.1:${port}` };
}

async function main(): Promise<void> {
  const messages = Number(process.argv[2] ?? 20_000);
  const machine = machineInfo();
  const wharf = new WharfProcess();
  await wharf.start();
  const moto = await startMoto();
  const results = new Map<string, Result>();
  const notes: string[] = [];
  try {
    process.stderr.write('Wharf SQS...\n');
    results.set('Wharf SQS', await sqsWorkload(`http://127.0.0.1:${wharf.sqsPort}`, 'guest', messages));
    if (typeof moto === 'string') notes.push(`moto: skipped (${moto})`);
    else {
      process.stderr.write('moto SQS...\n');
      // moto answers tens of messages a second: a smaller run measures its rate as well
      const few = Math.min(messages, MOTO_MESSAGES);
      results.set('moto SQS', await sqsWorkload(moto.endpoint, 'testing', few));
      if (few < messages) notes.push(`moto: ${few} messages (rates are per second all the same)`);
    }
    process.stderr.write('Wharf AMQP...\n');
    results.set('Wharf AMQP', await amqpWorkload(wharf.url, messages));
    if (await answers(5672)) {
      process.stderr.write('RabbitMQ AMQP...\n');
      results.set('RabbitMQ AMQP', await amqpWorkload('amqp://guest:guest@127.0.0.1:5672', messages));
    } else notes.push('RabbitMQ: skipped (nothing on 127.0.0.1:5672)');
  } finally {
    if (typeof moto !== 'string') moto.child.kill('SIGKILL');
    await wharf.dispose();
  }
  const names = [...results.keys()];
  console.log(
    `SQS bench: ${messages} messages of ${BODY.length} B, ${IN_FLIGHT} requests in flight; ` +
      `${machine.cpus} CPUs, load average before ${machine.loadavg.join(' ')}`,
  );
  console.log(`| | ${names.join(' | ')} |`);
  console.log(`|---|${names.map(() => '---:').join('|')}|`);
  const line = (label: string, f: (r: Result) => number | undefined) =>
    console.log(
      `| ${label} | ${names.map((n) => (f(results.get(n)!) === undefined ? '' : fmt(f(results.get(n)!)!))).join(' | ')} |`,
    );
  line('send, msg/s (SQS: SendMessageBatch of 10; AMQP: confirmed 10 at a time)', (r) => r.send);
  line(
    'receive + delete, msg/s (SQS: ReceiveMessage 10 + DeleteMessageBatch; AMQP: prefetch 10)',
    (r) => r.receive,
  );
  line('send -> waiting long poll returns, p50 ms', (r) => r.p50);
  line('send -> waiting long poll returns, p99 ms', (r) => r.p99);
  const w = results.get('Wharf SQS')!;
  const ratio = (other: string, what: 'send' | 'receive') => {
    const o = results.get(other);
    return o ? `${(w[what] / o[what]).toFixed(2)}` : 'n/a';
  };
  for (const other of ['moto SQS', 'Wharf AMQP', 'RabbitMQ AMQP'])
    console.log(
      `Wharf SQS / ${other}: send ${ratio(other, 'send')}, receive+delete ${ratio(other, 'receive')}`,
    );
  for (const n of notes) console.log(n);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
