// Dead-letter replay: moves messages out of a dead-letter queue, back to the queue
// they died in (the first x-death entry, through the default exchange) or to a given
// exchange and routing key. At-least-once: each message is taken unacked, republished,
// and acked in the dead-letter queue only once every durable queue it went to has
// synced, so a crash in between leaves a duplicate at worst, never a loss. x-death stays
// on the replayed messages, as with a manual re-publish in RabbitMQ.
import type { Broker } from '../broker.js';
import { BrokerError, notFound } from '../errors.js';
import { type DeathReason, FLAG_PERSISTENT, type Message } from '../messages/message.js';
import type { Queue, Taken } from '../queues/queue.js';
import { decodeHead, headTtl } from '../messages/record.js';
import type { PublishTarget, VHost } from '../topology/vhost.js';

export const DEATH_REASONS: readonly DeathReason[] = ['rejected', 'expired', 'maxlen', 'delivery_limit'];

export interface ReplayOptions {
  /** at most this many messages are moved (default: all) */
  count?: number;
  /** only messages whose most recent death has this reason */
  reason?: DeathReason;
  /** only messages with this header value (compared as text) */
  header?: { name: string; value: unknown };
  /** where to publish instead of the queue of the first x-death entry */
  target?: { exchange: string; routingKey: string };
}

export interface ReplayResult {
  /** republished and removed from the dead-letter queue */
  moved: number;
  /** examined and left in the dead-letter queue (no match, or nowhere to go) */
  skipped: number;
  /** messages in the dead-letter queue afterwards */
  remaining: number;
}

export function deaths(headers: unknown): Record<string, unknown>[] {
  const xd = (headers as Record<string, unknown> | undefined)?.['x-death'];
  return Array.isArray(xd)
    ? xd.filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
    : [];
}

function asText(v: unknown): string {
  if (Buffer.isBuffer(v)) return v.toString('utf8');
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function syncAll(targets: Iterable<PublishTarget>): Promise<void> {
  return Promise.all(
    [...targets].map(
      (t) => new Promise<void>((resolve, reject) => t.sync((err) => (err ? reject(err) : resolve()))),
    ),
  ).then(() => undefined);
}

/**
 * Replays messages of queue `queueName` in vhost `vhostName`. Examines at most the
 * queue's ready count at the start (requeued non-matching messages are not seen twice).
 */
export async function replayDeadLetters(
  broker: Broker,
  vhostName: string,
  queueName: string,
  opts: ReplayOptions = {},
): Promise<ReplayResult> {
  broker.assertOpen();
  const v: VHost | undefined = broker.vhost(vhostName);
  if (!v) throw notFound('vhost', vhostName, vhostName);
  const q: Queue | undefined = v.queues.get(queueName);
  if (!q) throw notFound('queue', queueName, vhostName);
  if (q.options.arguments['x-queue-type'] === 'stream') {
    throw new BrokerError('PRECONDITION_FAILED', `cannot replay from stream queue '${queueName}'`);
  }
  if (opts.target && !v.exchanges.has(opts.target.exchange)) {
    throw notFound('exchange', opts.target.exchange, vhostName);
  }
  const format = broker.config.format;
  const limit = opts.count ?? Number.POSITIVE_INFINITY;
  const examine = q.ready;
  const keep: Taken[] = [];
  const moved: Taken[] = [];
  const durable = new Set<PublishTarget>();
  const out: PublishTarget[] = [];
  let settled = false;
  const settle = (ackMoved: boolean) => {
    if (settled || q.deleted) return;
    settled = true;
    for (const t of moved) {
      if (ackMoved) q.ack(t.position, t.level);
      else q.reject(t.position, t.level, true);
    }
    for (const t of keep) q.reject(t.position, t.level, true);
  };
  try {
    for (let i = 0; i < examine && moved.length < limit; i++) {
      const t = q.get(false);
      if (!t) break;
      const h = decodeHead(t.head, t.flags);
      const props = format.describe(h.properties);
      const trail = deaths(props.headers);
      if (!matches(opts, props.headers, trail)) {
        keep.push(t);
        continue;
      }
      let exchange: string;
      let routingKey: string;
      if (opts.target) {
        ({ exchange, routingKey } = opts.target);
      } else {
        const origin = trail[0]?.queue;
        if (typeof origin !== 'string' || !v.queues.has(origin)) {
          keep.push(t); // nowhere to send it back to
          continue;
        }
        exchange = '';
        routingKey = origin;
      }
      const msg: Message = {
        exchange,
        routingKey,
        properties: h.properties,
        body: t.body,
        persistent: (t.flags & FLAG_PERSISTENT) !== 0,
        timestamp: Date.now(),
        ttl: headTtl(t.head, t.flags),
        priority: typeof props.priority === 'number' ? props.priority : undefined,
      };
      const accepted = v.publish(msg, out);
      if (!accepted || out.length === 0) {
        // unroutable or refused (x-overflow reject-publish): it stays dead-lettered
        keep.push(t);
        continue;
      }
      moved.push(t);
      for (const target of out) if (target.durable || target.persistsAll) durable.add(target);
    }
    // the copies must be on disk before the originals go
    await syncAll(durable);
    settle(true);
  } catch (err) {
    // republished copies stay (at-least-once); the originals go back to the queue
    settle(false);
    throw err;
  }
  return { moved: moved.length, skipped: keep.length, remaining: q.deleted ? 0 : q.count };
}

function matches(opts: ReplayOptions, headers: unknown, trail: Record<string, unknown>[]): boolean {
  if (opts.reason !== undefined && trail[0]?.reason !== opts.reason) return false;
  if (opts.header) {
    const hs = headers as Record<string, unknown> | undefined;
    const v = hs?.[opts.header.name];
    if (v === undefined || v === null || asText(v) !== asText(opts.header.value)) return false;
  }
  return true;
}
