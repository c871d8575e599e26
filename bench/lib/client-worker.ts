// Worker-thread AMQP client (publisher, consumer or idle connections). The same code
// runs against every broker; workers share the process clock (process.hrtime), so
// a stamp written by a publisher worker is comparable in a consumer worker.
import { parentPort, workerData } from 'node:worker_threads';
import amqp from 'amqplib';
import type {
  ClientResult,
  ClientSpec,
  ConsumeSpec,
  FromWorker,
  IdleSpec,
  PublishSpec,
  ToWorker,
} from './client-spec.js';
import { fastConsume, fastPublish, type WorkerIo } from './fast-worker.js';
import { Samples } from './samples.js';

const { spec, counter } = workerData as { spec: ClientSpec; counter: SharedArrayBuffer };
const shared = new Int32Array(counter);
const port = parentPort!;
const send = (m: FromWorker) => port.postMessage(m);
const now = () => Number(process.hrtime.bigint());

// Created up front so a message arriving before anyone awaits it is not lost.
let goNow: () => void = () => {};
let stopNow: () => void = () => {};
const go = new Promise<void>((r) => (goNow = r));
const stopped = new Promise<void>((r) => (stopNow = r));
port.on('message', (m: ToWorker) => (m.type === 'go' ? goNow() : stopNow()));
const waitGo = () => go;

/** Growable Float64Array: latency samples without per-sample allocation. */
async function open(url: string, heartbeat?: number): Promise<amqp.ChannelModel> {
  const u = heartbeat === undefined ? url : `${url}${url.includes('?') ? '&' : '?'}heartbeat=${heartbeat}`;
  // bounded handshake: a broker at its connection limit stops accepting rather than refusing
  const c = await amqp.connect(u, { timeout: 15_000 });
  c.on('error', () => {});
  return c;
}

async function publish(s: PublishSpec): Promise<void> {
  const conn = await open(s.url);
  const confirm = s.window > 0;
  const cch = confirm ? await conn.createConfirmChannel() : undefined;
  const ch: amqp.Channel = cch ?? (await conn.createChannel());
  let chError: Error | undefined;
  ch.on('error', (e: Error) => (chError = e));
  const template = Buffer.alloc(s.bodySize, 0x61);
  const opts: amqp.Options.Publish = { persistent: s.persistent, contentType: 'application/octet-stream' };
  const lat = s.confirmLatency ? new Samples() : undefined;
  send({ type: 'ready' });
  await waitGo();
  const startNs = now();
  let sent = 0;
  let outstanding = 0;
  let confirmed = 0;
  let nacks = 0;
  let stopIssuing = false;
  const deadline = startNs + s.maxMs * 1e6;

  await new Promise<void>((resolve, reject) => {
    let pacer: NodeJS.Timeout | undefined;
    const finishIfDone = () => {
      if ((sent >= s.count || stopIssuing) && outstanding === 0) {
        if (pacer) clearTimeout(pacer);
        resolve();
      }
    };
    let draining = false;
    const drained = () => {
      draining = false;
      pump();
    };
    const pump = () => {
      // a confirm arriving while the socket's buffer is full must not publish more (or add another listener)
      if (draining) return;
      pacer = undefined;
      if (chError) return reject(chError);
      while (sent < s.count && !stopIssuing && (!confirm || outstanding < s.window)) {
        const t = now();
        if (t > deadline) {
          stopIssuing = true;
          break;
        }
        if (s.rate > 0 && sent >= ((t - startNs) / 1e9) * s.rate) {
          // Paced: sleep until the next message is due (timers are ~1 ms granular,
          // so a due batch is sent back to back, as a real steady producer would).
          pacer = setTimeout(pump, 1);
          return;
        }
        let body = template;
        if (s.stamp) {
          body = Buffer.from(template); // amqplib may keep a reference until written
          body.writeDoubleLE(t, 0);
        }
        sent++;
        let ok: boolean;
        if (confirm) {
          outstanding++;
          ok = cch!.publish(s.exchange, s.routingKey, body, opts, (err: unknown) => {
            outstanding--;
            confirmed++;
            if (err) nacks++;
            if (lat) lat.push((now() - t) / 1e3);
            if (outstanding < s.window) pump();
            else finishIfDone();
          });
        } else {
          ok = ch.publish(s.exchange, s.routingKey, body, opts);
        }
        if (!ok) {
          // socket buffer full: resume on drain instead of queueing unboundedly in memory
          draining = true;
          ch.once('drain', drained);
          return;
        }
      }
      finishIfDone();
    };
    ch.on('close', () => reject(chError ?? new Error('channel closed by broker')));
    pump();
  });
  if (!confirm && s.syncQueue) {
    // Without confirms, publish "finishes" when bytes hit the socket. A passive declare
    // on the same channel is answered only after every earlier publish was handled.
    await ch.checkQueue(s.syncQueue);
  }
  const endNs = now();
  const result: ClientResult = {
    role: 'publish',
    startNs,
    endNs,
    count: confirm ? confirmed : sent,
    nacks,
    latencies: lat?.take(),
  };
  send({ type: 'done', result });
  await conn.close().catch(() => {});
}

async function consume(s: ConsumeSpec): Promise<void> {
  const conn = await open(s.url);
  const ch = await conn.createChannel();
  let chError: Error | undefined;
  ch.on('error', (e: Error) => (chError = e));
  await ch.prefetch(s.prefetch, false); // per consumer, as most clients set it
  const lat = s.latency ? new Samples() : undefined;
  send({ type: 'ready' });
  await waitGo();
  const startNs = now();
  let count = 0;
  let endNs = startNs;
  const { consumerTag } = await ch.consume(
    s.queue,
    (msg) => {
      if (!msg) return;
      const t = now();
      if (lat && msg.content.length >= 8) lat.push((t - msg.content.readDoubleLE(0)) / 1e3);
      ch.ack(msg);
      count++;
      endNs = t;
      if (Atomics.add(shared, 0, 1) + 1 === s.target) send({ type: 'target', atNs: t });
    },
    { noAck: false },
  );
  await stopped;
  await ch.cancel(consumerTag).catch(() => {});
  const result: ClientResult = { role: 'consume', startNs, endNs, count, nacks: 0, latencies: lat?.take() };
  if (chError) result.error = chError.message;
  send({ type: 'done', result });
  await conn.close().catch(() => {});
}

async function idle(s: IdleSpec): Promise<void> {
  // Opened 20 at a time: fast, yet no accept-queue overflow on the broker.
  const conns: amqp.ChannelModel[] = [];
  let error: string | undefined;
  for (let i = 0; i < s.connections && !error; i += 20) {
    const batch = Math.min(20, s.connections - i);
    const got = await Promise.allSettled(Array.from({ length: batch }, () => open(s.url, s.heartbeat)));
    for (const g of got) {
      if (g.status === 'fulfilled') conns.push(g.value);
      else error ??= (g.reason as Error).message;
    }
  }
  let dropped = 0;
  for (const c of conns) c.on('close', () => dropped++);
  send({ type: 'ready', opened: conns.length, error });
  await waitGo();
  const startNs = now();
  await stopped;
  // Connections the broker dropped while idle (missed heartbeats, limits) show here.
  const alive = conns.length - dropped;
  await Promise.allSettled(conns.map((c) => c.close()));
  send({
    type: 'done',
    result: { role: 'idle', startNs, endNs: now(), count: alive, nacks: 0, opened: conns.length, error },
  });
}

const io: WorkerIo = {
  ready: () => send({ type: 'ready' }),
  go,
  stopped,
  counted: () => Atomics.add(shared, 0, 1) + 1,
  targetReached: (atNs) => send({ type: 'target', atNs }),
  now,
};
const done = (result: ClientResult) => send({ type: 'done', result });
const run =
  spec.role === 'publish'
    ? spec.fast
      ? fastPublish(spec, io).then(done)
      : publish(spec)
    : spec.role === 'consume'
      ? spec.fast
        ? fastConsume(spec, io).then(done)
        : consume(spec)
      : idle(spec);
run.catch((e: Error) => send({ type: 'fail', error: e.message }));
