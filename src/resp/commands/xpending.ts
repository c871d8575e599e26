// XACK, XPENDING, XCLAIM and XAUTOCLAIM (redis 7.0.15 t_stream.c) on the engine's pending-entry lists.
// An entry that no longer exists (XDEL, trimming) is dropped from the list by XCLAIM and reported by
// XAUTOCLAIM in its third element, as Redis 7 does. Changes are answered once on disk.
import type { StreamGroup } from '../../store/index.js';
import {
  compareStreamIds,
  MIN_ID,
  parseRangeBound,
  parseStreamId,
  type ReplyWriter,
  type StreamId,
} from '../codec/index.js';
import type { RespConnection } from '../connection.js';
import { ERR_SYNTAX, RespError } from '../errors.js';
import type { RedisStream } from '../streams/redis-stream.js';
import type { CommandList } from './index.js';
import { parseLong, upper, writeEntry } from './stream-common.js';
import { replyAfterGroupSync } from './xgroup.js';

function noGroup(key: string, group: string): RespError {
  return new RespError(`NOGROUP No such key '${key}' or consumer group '${group}'`);
}

function lookup(c: RespConnection, args: Buffer[]): { s: RedisStream; g: StreamGroup } | undefined {
  const s = c.ctx.keyspace.get(args[1].toString());
  if (s === undefined) return undefined;
  const g = c.ctx.groups.get(s, args[2].toString());
  return g === undefined ? undefined : { s, g };
}

function xack(c: RespConnection, args: Buffer[], w: ReplyWriter): void {
  const found = lookup(c, args);
  if (found === undefined) return void w.integer(0);
  const ids: StreamId[] = [];
  for (let j = 3; j < args.length; j++) {
    const r = parseStreamId(args[j], 'min', true);
    if (!r.ok) throw new RespError(r.error);
    ids.push(r.id);
  }
  const { s, g } = found;
  c.access().check('read', 'queue', s.key);
  let acked = 0;
  for (const id of ids) {
    const offset = c.ctx.groups.offsetOf(s, id);
    if (offset !== undefined && g.ack(offset)) acked++;
  }
  if (acked === 0) return void w.integer(0);
  s.pruneRetired();
  replyAfterGroupSync(c, (out) => out.integer(acked));
}

/** Offsets for IDs start..end: [first offset >= start, last offset <= end]; empty when lo > hi. */
function offsetRange(c: RespConnection, s: RedisStream, start: StreamId, end: StreamId): [number, number] {
  if (compareStreamIds(start, end) > 0) return [1, 0];
  return [c.ctx.groups.offsetAtOrAfter(s, start), c.ctx.groups.offsetAtOrBefore(s, end)];
}

function xpending(c: RespConnection, args: Buffer[], w: ReplyWriter): void {
  const n = args.length;
  if (n !== 3 && (n < 6 || n > 9)) throw new RespError(ERR_SYNTAX);
  let minIdle = 0;
  let start = MIN_ID;
  let end = MIN_ID;
  let count = 0;
  let consumer: string | undefined;
  if (n >= 6) {
    let at = 3;
    if (upper(args[3]) === 'IDLE') {
      minIdle = parseLong(args[4]);
      if (n < 8) throw new RespError(ERR_SYNTAX);
      at += 2;
    }
    count = Math.max(0, parseLong(args[at + 2]));
    const a = parseRangeBound(args[at], 'start');
    if (!a.ok) throw new RespError(a.error);
    const b = parseRangeBound(args[at + 1], 'end');
    if (!b.ok) throw new RespError(b.error);
    start = a.id;
    end = b.id;
    if (at + 3 < n) consumer = args[at + 3].toString();
  }
  const found = lookup(c, args);
  if (found === undefined) throw noGroup(args[1].toString(), args[2].toString());
  const { s, g } = found;
  c.access().check('read', 'queue', s.key);
  const groups = c.ctx.groups;
  if (n === 3) {
    const sum = g.summary();
    w.array(4);
    w.integer(sum.count);
    if (sum.count === 0) {
      w.null();
      w.null();
      w.nullArray();
      return;
    }
    w.bulkStreamId(groups.idOf(s, sum.min!) ?? MIN_ID);
    w.bulkStreamId(groups.idOf(s, sum.max!) ?? MIN_ID);
    w.array(sum.consumers.length);
    for (const [name, pending] of sum.consumers) w.array(2).bulk(name).bulk(String(pending));
    return;
  }
  if (consumer !== undefined && !g.consumers().some((x) => x.name === consumer)) return void w.array(0);
  const [lo, hi] = offsetRange(c, s, start, end);
  const now = Date.now();
  const rows = count === 0 || lo > hi ? [] : g.pendingRange(lo, hi, count, now, consumer, minIdle);
  const out: [StreamId, string, number, number][] = [];
  for (const e of rows) {
    const id = groups.idOf(s, e.offset);
    if (id !== undefined) out.push([id, e.consumer, Math.max(0, now - e.lastDelivery), e.deliveries]);
  }
  w.array(out.length);
  for (const [id, name, idle, deliveries] of out) {
    w.array(4).bulkStreamId(id).bulk(name).integer(idle).integer(deliveries);
  }
}

function xclaim(c: RespConnection, args: Buffer[]): void {
  const found = lookup(c, args);
  if (found === undefined) throw noGroup(args[1].toString(), args[2].toString());
  const { s, g } = found;
  const minIdle = Math.max(0, parseLong(args[4], 'ERR Invalid min-idle-time argument for XCLAIM'));
  const ids: StreamId[] = [];
  let j = 5;
  for (; j < args.length; j++) {
    const r = parseStreamId(args[j], 'min', true);
    if (!r.ok) break;
    ids.push(r.id);
  }
  const now = Date.now();
  let deliveryTime = -1;
  let retryCount = -1;
  let force = false;
  let justId = false;
  let lastId: StreamId = MIN_ID;
  for (; j < args.length; j++) {
    const more = args.length - 1 - j;
    const opt = upper(args[j]);
    if (opt === 'FORCE') force = true;
    else if (opt === 'JUSTID') justId = true;
    else if (opt === 'IDLE' && more > 0) {
      deliveryTime = now - parseLong(args[++j], 'ERR Invalid IDLE option argument for XCLAIM');
    } else if (opt === 'TIME' && more > 0) {
      deliveryTime = parseLong(args[++j], 'ERR Invalid TIME option argument for XCLAIM');
    } else if (opt === 'RETRYCOUNT' && more > 0) {
      retryCount = parseLong(args[++j], 'ERR Invalid RETRYCOUNT option argument for XCLAIM');
    } else if (opt === 'LASTID' && more > 0) {
      const r = parseStreamId(args[++j], 'min', true);
      if (!r.ok) throw new RespError(r.error);
      lastId = r.id;
    } else throw new RespError(`ERR Unrecognized XCLAIM option '${args[j].toString('latin1')}'`);
  }
  const consumer = args[3].toString();
  c.access().check('read', 'queue', s.key);
  const groups = c.ctx.groups;
  if (compareStreamIds(lastId, groups.lastId(s, g)) > 0) groups.setId(s, g, lastId, g.entriesRead);
  if (deliveryTime === -1 || deliveryTime < 0 || deliveryTime > now) deliveryTime = now;
  const rows: [StreamId, Buffer[] | null][] = [];
  for (const id of ids) {
    const offset = groups.offsetOf(s, id);
    if (offset === undefined || !groups.exists(s, offset)) {
      // Redis 7: an entry no longer in the stream leaves the pending list
      if (offset !== undefined && g.entry(offset) !== undefined) g.ack(offset);
      continue;
    }
    // FORCE makes a pending entry of one that was not (Redis creates it with one delivery, then counts
    // the claim's unless JUSTID): its delivery count is what Redis would show
    const forced = force && g.entry(offset) === undefined;
    const count = retryCount >= 0 ? retryCount : forced ? (justId ? 1 : 2) : undefined;
    const e = g.claim(offset, consumer, minIdle, now, {
      force,
      justId,
      time: deliveryTime,
      ...(count !== undefined ? { retryCount: count } : {}),
    });
    if (e === undefined) continue;
    rows.push([id, justId ? null : s.fieldsAt(s.index.positionOfOffset(offset))]);
  }
  s.pruneRetired();
  replyAfterGroupSync(c, (out) => {
    out.array(rows.length);
    for (const [id, fields] of rows) {
      if (justId) out.bulkStreamId(id);
      else if (fields === null) out.null();
      else writeEntry(out, id, fields);
    }
  });
}

function xautoclaim(c: RespConnection, args: Buffer[]): void {
  const s0 = c.ctx.keyspace.get(args[1].toString());
  const g0 = s0 === undefined ? undefined : c.ctx.groups.get(s0, args[2].toString());
  const minIdle = Math.max(0, parseLong(args[4], 'ERR Invalid min-idle-time argument for XAUTOCLAIM'));
  const st = parseRangeBound(args[5], 'start');
  if (!st.ok) throw new RespError(st.error);
  let count = 100;
  let justId = false;
  for (let j = 6; j < args.length; j++) {
    const more = args.length - 1 - j;
    const opt = upper(args[j]);
    if (opt === 'COUNT' && more > 0) {
      count = parseLong(args[j + 1], 'ERR COUNT must be > 0');
      if (count < 1 || count > Math.floor(Number.MAX_SAFE_INTEGER / 16))
        throw new RespError('ERR COUNT must be > 0');
      j++;
    } else if (opt === 'JUSTID') justId = true;
    else throw new RespError(ERR_SYNTAX);
  }
  if (s0 === undefined || g0 === undefined) throw noGroup(args[1].toString(), args[2].toString());
  const s = s0;
  const g = g0;
  c.access().check('read', 'queue', s.key);
  const groups = c.ctx.groups;
  const consumer = args[3].toString();
  const now = Date.now();
  const startOffset = groups.offsetAtOrAfter(s, st.id);
  // Redis examines at most count × 10 entries; deleted ones count against COUNT too
  let attempts = count * 10;
  let left = count;
  const claimed: [StreamId, Buffer[] | null][] = [];
  const deleted: StreamId[] = [];
  // one more than can be examined: the first one left is the cursor
  const { entries } = g.scan(startOffset, attempts + 1);
  const offsets = entries.map((e) => e.offset);
  let next: StreamId = MIN_ID;
  let i = 0;
  for (; i < offsets.length && attempts > 0 && left > 0; i++) {
    attempts--;
    const offset = offsets[i];
    const id = groups.idOf(s, offset);
    if (id === undefined || !groups.exists(s, offset)) {
      g.ack(offset);
      if (id !== undefined) deleted.push(id);
      left--;
      continue;
    }
    const e = g.entry(offset);
    if (e === undefined || now - e.lastDelivery < minIdle) continue;
    g.claim(offset, consumer, minIdle, now, { justId });
    claimed.push([id, justId ? null : s.fieldsAt(s.index.positionOfOffset(offset))]);
    left--;
  }
  for (; i < offsets.length; i++) {
    if (g.entry(offsets[i]) === undefined) continue;
    next = groups.idOf(s, offsets[i]) ?? MIN_ID;
    break;
  }
  s.pruneRetired();
  replyAfterGroupSync(c, (out) => {
    out.array(3);
    out.bulkStreamId(next);
    out.array(claimed.length);
    for (const [id, fields] of claimed) {
      if (justId) out.bulkStreamId(id);
      else if (fields === null) out.null();
      else writeEntry(out, id, fields);
    }
    out.array(deleted.length);
    for (const id of deleted) out.bulkStreamId(id);
  });
}

export const XPENDING_COMMANDS: CommandList = [
  ['xack', { run: xack, pipelined: true }],
  ['xpending', { run: xpending }],
  ['xclaim', { run: xclaim }],
  ['xautoclaim', { run: xautoclaim }],
];
