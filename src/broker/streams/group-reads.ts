// Redis-style consumer-group reads on a stream partition: the engine operations behind XREADGROUP, XCLAIM
// and XAUTOCLAIM, joining a StreamGroup's pending-entry list (store/stream-groups.ts) with the partition's
// committed records. Entries are named by their record's first offset; a front maps its IDs to offsets
// (a Redis front can store the ID's milliseconds as the record timestamp and find an ID with
// offsetForTimestamp). Records a group reads are committed ones only (the partition's high watermark).
import type { ClaimOptions, PendingEntry, StreamBatch, StreamGroup } from '../../store/index.js';
import type { StreamPartition } from './partition.js';

/** A pending entry with its record; record undefined when the stream no longer has it (retention, deletion). */
export interface PendingRecord {
  entry: PendingEntry;
  record: StreamBatch | undefined;
}

/**
 * XREADGROUP `>`: up to `count` committed records after the group's last delivered offset, each recorded as
 * delivered to `consumer` (pending, unless noAck). [] when there is nothing new: wait with
 * partition.waitFor(group.lastDelivered + 1, ...) and call again.
 */
export function readNew(
  p: StreamPartition,
  g: StreamGroup,
  consumer: string,
  count: number,
  noAck = false,
  now = Date.now(),
): StreamBatch[] {
  const out: StreamBatch[] = [];
  if (count <= 0) return out;
  const r = p.reader(Math.max(g.lastDelivered + 1, p.firstOffset));
  try {
    for (let v = r.next(); v !== undefined && out.length < count; v = r.next()) {
      if (v.offset + v.count - 1 <= g.lastDelivered) continue; // the batch the last delivery ended inside
      out.push({
        offset: v.offset,
        count: v.count,
        flags: v.flags,
        timestamp: v.timestamp,
        head: v.head,
        body: v.body,
      });
      g.delivered(consumer, v.offset, now, noAck, v.count);
    }
  } finally {
    r.close();
  }
  return out;
}

/**
 * XREADGROUP with an ID: the consumer's own pending entries from offset `from`, at most count, each counted
 * as one more delivery (its idle time restarts). An entry whose record is gone comes back with record
 * undefined (Redis answers [id, nil]).
 */
export function readPending(
  p: StreamPartition,
  g: StreamGroup,
  consumer: string,
  from: number,
  count: number,
  now = Date.now(),
): PendingRecord[] {
  const entries = g.pendingOf(consumer, from, count).map((e) => e.offset);
  return entries.map((offset) => ({ entry: copy(g.redelivered(offset, now)!), record: recordAt(p, offset) }));
}

/**
 * XCLAIM: each offset idle at least minIdleMs goes to `consumer`. Entries whose record is gone are removed
 * from the list and not returned (Redis 7).
 */
export function claim(
  p: StreamPartition,
  g: StreamGroup,
  consumer: string,
  minIdleMs: number,
  offsets: readonly number[],
  opts: ClaimOptions = {},
  now = Date.now(),
): PendingRecord[] {
  const out: PendingRecord[] = [];
  for (const offset of offsets) {
    const record = recordAt(p, offset);
    if (record === undefined) {
      if (g.entry(offset) !== undefined && (g.entry(offset)!.lastDelivery <= now - minIdleMs || opts.force))
        g.ack(offset);
      continue;
    }
    const e = g.claim(offset, consumer, minIdleMs, now, opts);
    if (e !== undefined) out.push({ entry: copy(e), record });
  }
  return out;
}

/**
 * XAUTOCLAIM: from offset `start`, the pending entries idle at least minIdleMs, at most count, go to
 * `consumer` (examining at most count × 10 entries, as Redis). Entries whose record is gone are removed and
 * listed in `deleted`. `next` is the cursor for the next call, undefined when the list was scanned to its end
 * (Redis's 0-0).
 */
export function autoClaim(
  p: StreamPartition,
  g: StreamGroup,
  consumer: string,
  minIdleMs: number,
  start: number,
  count: number,
  opts: Pick<ClaimOptions, 'justId'> = {},
  now = Date.now(),
): { claimed: PendingRecord[]; deleted: number[]; next: number | undefined } {
  const { entries, next } = g.scan(start, count, (e) => now - e.lastDelivery >= minIdleMs, count * 10);
  const claimed: PendingRecord[] = [];
  const deleted: number[] = [];
  for (const offset of entries.map((e) => e.offset)) {
    const record = recordAt(p, offset);
    if (record === undefined) {
      g.ack(offset);
      deleted.push(offset);
      continue;
    }
    const e = g.claim(offset, consumer, minIdleMs, now, { justId: opts.justId });
    if (e !== undefined) claimed.push({ entry: copy(e), record });
  }
  return { claimed, deleted, next };
}

/** The committed record whose first offset is `offset`, or undefined. */
function recordAt(p: StreamPartition, offset: number): StreamBatch | undefined {
  if (offset < p.firstOffset || offset >= p.highWatermark) return undefined;
  const [r] = p.read(offset, 1);
  return r !== undefined && r.offset === offset ? r : undefined;
}

function copy(e: PendingEntry): PendingEntry {
  return { offset: e.offset, consumer: e.consumer, deliveries: e.deliveries, lastDelivery: e.lastDelivery };
}
