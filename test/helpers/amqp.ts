// amqplib helpers shared by the differential, interop and crash suites: connecting with
// error listeners, bounded waits, observing close codes, and cleaning up what a test made.
import type { Channel, ChannelModel, ConsumeMessage, Message, Options } from 'amqplib';
import { connect } from 'amqplib';

/** A channel or connection close as a client saw it; reply texts are never compared. */
export interface CloseObservation {
  code: number;
  classId: number;
  methodId: number;
}

/** Connect with an 'error' listener so a server-side close never becomes an uncaught event. */
export async function open(url: string): Promise<ChannelModel> {
  const conn = await withTimeout(connect(url), 5000, `connect to ${redact(url)}`);
  conn.on('error', () => {});
  return conn;
}

export async function openChannel(conn: ChannelModel): Promise<Channel> {
  const ch = await conn.createChannel();
  ch.on('error', () => {});
  return ch;
}

/** Close, ignoring the errors of a connection the server already closed. */
export async function closeQuietly(conn: ChannelModel | undefined): Promise<void> {
  if (!conn) return;
  try {
    await withTimeout(conn.close(), 3000, 'connection close');
  } catch {
    // already closed by the server, or the test is tearing down after a failure
  }
}

export function redact(url: string): string {
  return url.replace(/\/\/[^@]*@/, '//');
}

export async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Poll until pred() holds; throws with `what` after timeoutMs. */
export async function waitUntil(pred: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pred()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(5);
  }
}

export type Outcome = 'ok' | CloseObservation;

/**
 * Runs op on ch and reports whether the server closed the channel because of it. RPCs
 * reject with the close; for asynchronous methods (publish, ack, nack) a passive declare
 * of amq.direct follows as a barrier: the server handles a channel's methods in order, so
 * the barrier's reply (or the close in its place) tells whether op was accepted.
 */
export async function outcome(ch: Channel, op: () => unknown, timeoutMs = 3000): Promise<Outcome> {
  try {
    await withTimeout(
      (async () => {
        await op();
        await ch.checkExchange('amq.direct');
      })(),
      timeoutMs,
      'server reply',
    );
    return 'ok';
  } catch (err) {
    return closeFields(err);
  }
}

function closeFields(err: unknown): CloseObservation {
  const e = err as { code?: unknown; classId?: unknown; methodId?: unknown; message?: string };
  if (typeof e?.code !== 'number') throw new Error(`not a server close: ${e?.message ?? String(err)}`);
  return { code: e.code, classId: Number(e.classId ?? 0), methodId: Number(e.methodId ?? 0) };
}

/** Deletes queues and exchanges on a fresh connection; each on its own channel so 404s don't matter. */
export async function cleanup(url: string, what: { queues?: string[]; exchanges?: string[] }): Promise<void> {
  const conn = await open(url);
  try {
    for (const q of what.queues ?? []) {
      const ch = await openChannel(conn);
      await ch.deleteQueue(q).catch(() => {});
      await ch.close().catch(() => {});
    }
    for (const x of what.exchanges ?? []) {
      const ch = await openChannel(conn);
      await ch.deleteExchange(x).catch(() => {});
      await ch.close().catch(() => {});
    }
  } finally {
    await closeQuietly(conn);
  }
}

/** Consume until n messages arrived (or timeoutMs passed) and return them in arrival order. */
export async function consumeN(
  ch: Channel,
  queue: string,
  n: number,
  opts: Options.Consume & { timeoutMs?: number; ack?: boolean } = {},
): Promise<ConsumeMessage[]> {
  const got: ConsumeMessage[] = [];
  const { timeoutMs = 3000, ack = false, ...consumeOpts } = opts;
  const { consumerTag } = await ch.consume(
    queue,
    (m) => {
      if (!m) return;
      got.push(m);
      if (ack && !consumeOpts.noAck) ch.ack(m);
    },
    consumeOpts,
  );
  try {
    await waitUntil(() => got.length >= n, timeoutMs, `${n} messages from ${queue} (got ${got.length})`);
  } finally {
    await ch.cancel(consumerTag).catch(() => {});
  }
  return got;
}

/** Drain a queue with basic.get (no-ack) and return the bodies. */
export async function drainBodies(ch: Channel, queue: string): Promise<string[]> {
  const out: string[] = [];
  for (;;) {
    const m = await ch.get(queue, { noAck: true });
    if (!m) return out;
    out.push(m.content.toString());
  }
}

export function body(m: Message): string {
  return m.content.toString();
}

/** The properties a client saw, without the ones that were absent. */
export function definedProps(m: Message): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m.properties)) if (v !== undefined) out[k] = v;
  return out;
}

/** Delivery fields without the server-generated consumer tag. */
export function deliveryFields(m: Message): Record<string, unknown> {
  const { consumerTag: _tag, ...rest } = m.fields as unknown as Record<string, unknown>;
  return rest;
}

// amqplib has no API for the tx class, but its channel's rpc() sends any method by id.
const TX = {
  select: 0x5a000a,
  selectOk: 0x5a000b,
  commit: 0x5a0014,
  commitOk: 0x5a0015,
  rollback: 0x5a001e,
  rollbackOk: 0x5a001f,
} as const;

interface RawRpc {
  rpc(method: number, fields: object, expect: number): Promise<unknown>;
}

export async function txSelect(ch: Channel): Promise<void> {
  await (ch as unknown as RawRpc).rpc(TX.select, {}, TX.selectOk);
}

export async function txCommit(ch: Channel): Promise<void> {
  await (ch as unknown as RawRpc).rpc(TX.commit, {}, TX.commitOk);
}

export async function txRollback(ch: Channel): Promise<void> {
  await (ch as unknown as RawRpc).rpc(TX.rollback, {}, TX.rollbackOk);
}
