// The publisher and consumer of client-worker.ts on the pre-encoded client (fast-amqp.ts):
// the same spec and results, with the client's own cost per message near zero.
import { methodFrame } from '../../src/amqp/codec/frame-writer.js';
import * as M from '../../src/amqp/codec/generated.js';
import type { ClientResult, ConsumeSpec, PublishSpec } from './client-spec.js';
import { AckWriter, FastAmqp } from './fast-amqp.js';
import { Samples } from './samples.js';

export interface WorkerIo {
  ready(): void;
  go: Promise<void>;
  stopped: Promise<void>;
  /** adds one to the consumers' shared count; returns the new total */
  counted(): number;
  targetReached(atNs: number): void;
  now(): number;
}

/** Writes per batch of this many messages (one socket write each). */
const BATCH = 64;

export async function fastPublish(s: PublishSpec, io: WorkerIo): Promise<ClientResult> {
  if (s.window <= 0 || s.rate > 0 || s.stamp || (s.confirmLatency && s.window !== 1))
    throw new Error(
      'the fast client publishes with confirms, unpaced, unstamped; latency with window 1 only',
    );
  const c = await FastAmqp.open(s.url, true);
  const one = FastAmqp.publishFrames(s.exchange, s.routingKey, Buffer.alloc(s.bodySize, 0x61), s.persistent);
  const per = Math.min(BATCH, s.window);
  const batch = Buffer.concat(Array.from({ length: per }, () => one));
  // with window 1: each message's publish-to-confirm time (µs), as the amqplib confirm-each client records
  const lat = s.confirmLatency ? new Samples() : undefined;
  let sentAt = 0;
  io.ready();
  await io.go;
  const startNs = io.now();
  const deadline = startNs + s.maxMs * 1e6;
  let sent = 0;
  let confirmed = 0;
  let nacks = 0;
  await new Promise<void>((resolve, reject) => {
    let stop = false;
    let draining = false;
    const drained = () => {
      draining = false;
      pump();
    };
    const pump = () => {
      // a confirm arriving while the socket's buffer is full must not write more (or add another listener)
      if (draining) return;
      while (!stop && sent < s.count && sent - confirmed + per <= s.window) {
        sentAt = io.now();
        if (sentAt > deadline) {
          stop = true;
          break;
        }
        const n = Math.min(per, s.count - sent);
        sent += n;
        const ok = c.write(n === per ? batch : batch.subarray(0, n * one.length));
        if (!ok) {
          draining = true;
          c.socket.once('drain', drained);
          return;
        }
      }
      if ((sent >= s.count || stop) && confirmed >= sent) resolve();
    };
    c.listen((key, b, at) => {
      if (key !== M.BASIC_ACK && key !== M.BASIC_NACK) return;
      const tag = b.readUInt32BE(at) * 0x1_0000_0000 + b.readUInt32BE(at + 4);
      const multiple = (b[at + 8] & 1) === 1;
      const upTo = multiple ? tag : confirmed + 1;
      if (key === M.BASIC_NACK) nacks += upTo - confirmed;
      if (upTo > confirmed) confirmed = upTo;
      if (lat) lat.push((io.now() - sentAt) / 1e3);
      pump();
    }, reject);
    pump();
  });
  const endNs = io.now();
  c.close();
  return { role: 'publish', startNs, endNs, count: confirmed, nacks, latencies: lat?.take() };
}

export async function fastConsume(s: ConsumeSpec, io: WorkerIo): Promise<ClientResult> {
  const c = await FastAmqp.open(s.url, false);
  c.write(methodFrame(1, M.BASIC_QOS, { prefetchSize: 0, prefetchCount: s.prefetch, global: false }));
  io.ready();
  await io.go;
  const startNs = io.now();
  let count = 0;
  let endNs = startNs;
  const acks = new AckWriter();
  let flushQueued = false;
  const flush = () => {
    flushQueued = false;
    acks.flush(c);
  };
  let failure: Error | undefined;
  c.listen(
    (key, b, at) => {
      if (key !== M.BASIC_DELIVER) return;
      const tagAt = at + 1 + b[at];
      acks.add(b.readUInt32BE(tagAt) * 0x1_0000_0000 + b.readUInt32BE(tagAt + 4));
      // one ack per message, as the amqplib consumer sends; written together per read
      if (!flushQueued) {
        flushQueued = true;
        setImmediate(flush);
      }
      count++;
      endNs = io.now();
      if (io.counted() === s.target) io.targetReached(endNs);
    },
    (e) => (failure ??= e),
  );
  c.write(
    methodFrame(1, M.BASIC_CONSUME, {
      ticket: 0,
      queue: s.queue,
      consumerTag: 'fast',
      noLocal: false,
      noAck: false,
      exclusive: false,
      nowait: true,
      arguments: {},
    }),
  );
  await io.stopped;
  flush();
  c.close();
  const result: ClientResult = { role: 'consume', startNs, endNs, count, nacks: 0 };
  if (failure && !c.closed) result.error = failure.message;
  return result;
}
