// XREADGROUP GROUP g c [COUNT n] [BLOCK ms] [NOACK] STREAMS key... id... (redis 7.0.15 t_stream.c
// xreadCommand with a group). `>` delivers entries after the group's last-delivered-id, each recorded as
// pending for the consumer (unless NOACK); any other ID replays the consumer's own pending entries from there,
// each one more delivery. The reply goes out once those deliveries are on disk, so a pending entry a client
// was told about survives a crash.
import { readPending } from '../../broker/index.js';
import {
  compareStreamIds,
  nextStreamId,
  parseReadId,
  type ReplyWriter,
  type StreamId,
} from '../codec/index.js';
import type { RespConnection } from '../connection.js';
import { RespError } from '../errors.js';
import { readCounterAfter } from '../streams/groups.js';
import type { RedisStream } from '../streams/redis-stream.js';
import type { CommandList } from './index.js';
import { writeEntry } from './stream-common.js';
import { blockOn, parseReadOptions } from './xread.js';
import { replyAfterGroupSync } from './xgroup.js';

interface GroupTarget {
  key: string;
  /** undefined: `>` */
  from: StreamId | undefined;
}

type Row = [StreamId, Buffer[] | null];

function xreadgroup(c: RespConnection, args: Buffer[], w: ReplyWriter): void {
  const o = parseReadOptions(args, true);
  const group = o.group!.name.toString();
  const consumer = o.group!.consumer.toString();
  const ks = c.ctx.keyspace;
  const targets: GroupTarget[] = [];
  for (let i = 0; i < o.streams; i++) {
    const key = args[o.streamsAt + i].toString();
    const s = ks.get(key);
    if (s === undefined || c.ctx.groups.get(s, group) === undefined) {
      throw new RespError(
        `NOGROUP No such key '${key}' or consumer group '${group}' in XREADGROUP with GROUP option`,
      );
    }
    const r = parseReadId(args[o.streamsAt + o.streams + i], true);
    if (!r.ok) throw new RespError(r.error);
    c.access().check('read', 'queue', key);
    targets.push({ key, from: r.kind === 'id' ? r.id : undefined });
  }
  const found = serve(c, targets, group, consumer, o.count, o.noAck);
  if (found !== null) {
    replyAfterGroupSync(c, (out) => writeFound(out, found));
    return;
  }
  if (o.block < 0) return void w.nullArray();
  blockOn(
    c,
    targets.map((t) => t.key),
    o.block,
    (out) => {
      const later = serve(c, targets, group, consumer, o.count, o.noAck);
      if (later === null) return false;
      writeFound(out, later);
      return true;
    },
    (out) => out.nullArray(),
    (done) => c.ctx.groups.sync(done),
  );
}

/** Reads for each target; null when nothing at all is to be answered (only `>` targets with nothing new). */
function serve(
  c: RespConnection,
  targets: readonly GroupTarget[],
  group: string,
  consumer: string,
  count: number,
  noAck: boolean,
): [string, Row[]][] | null {
  const out: [string, Row[]][] = [];
  const now = Date.now();
  for (const t of targets) {
    const s = c.ctx.keyspace.get(t.key);
    const g = s === undefined ? undefined : c.ctx.groups.get(s, group);
    if (s === undefined || g === undefined) continue; // deleted while blocked
    g.createConsumer(consumer, now);
    if (t.from === undefined) {
      const rows = readNew(c, s, group, consumer, count, noAck, now);
      if (rows.length > 0) out.push([t.key, rows]);
    } else out.push([t.key, readHistory(c, s, group, consumer, t.from, count, now)]);
  }
  return out.length === 0 ? null : out;
}

function readNew(
  c: RespConnection,
  s: RedisStream,
  group: string,
  consumer: string,
  count: number,
  noAck: boolean,
  now: number,
): Row[] {
  const groups = c.ctx.groups;
  const g = groups.get(s, group)!;
  const last = groups.lastId(s, g);
  const rows: Row[] = [];
  const end = s.committedEnd;
  let i = s.nextLive(s.index.upperBound(last));
  while (i < end && (count <= 0 || rows.length < count)) {
    // positions first, then their fields through one cursor; an unreadable record is skipped, as Redis
    // never shows what it does not have
    const want = Math.min(count > 0 ? count - rows.length : end - i, 1000);
    const batch: number[] = [];
    for (; i < end && batch.length < want; i = s.nextLive(i + 1)) batch.push(i);
    const fields = s.fieldsOf(batch);
    for (let k = 0; k < batch.length; k++) {
      const f = fields[k];
      if (f === null) continue;
      const id = s.index.idAt(batch[k]);
      const entriesRead = readCounterAfter(s, g.entriesRead, id);
      g.delivered(consumer, s.index.offsetAt(batch[k]), now, noAck);
      g.entriesRead = entriesRead;
      rows.push([id, f]);
    }
  }
  return rows;
}

function readHistory(
  c: RespConnection,
  s: RedisStream,
  group: string,
  consumer: string,
  from: StreamId,
  count: number,
  now: number,
): Row[] {
  const groups = c.ctx.groups;
  const g = groups.get(s, group)!;
  // entries after the ID, as Redis (which increments the ID first)
  const after = nextStreamId(from);
  if (after === null) return [];
  const fromOffset = groups.offsetAtOrAfter(s, after);
  const limit = count > 0 ? count : Number.POSITIVE_INFINITY;
  // an entry no longer in the stream comes back as [id, nil] (the engine counts it no delivery)
  const read = readPending(s.partition, g, consumer, fromOffset, limit, now, groups.existence(s));
  const rows: Row[] = [];
  for (const { entry, record } of read) {
    const id = groups.idOf(s, entry.offset);
    if (id !== undefined && compareStreamIds(id, after) >= 0) rows.push([id, groups.fields(record)]);
  }
  return rows;
}

function writeFound(w: ReplyWriter, found: readonly [string, Row[]][]): void {
  if (w.protocol === 2) w.array(found.length);
  else w.map(found.length);
  for (const [key, rows] of found) {
    if (w.protocol === 2) w.array(2);
    w.bulk(key);
    w.array(rows.length);
    for (const [id, fields] of rows) writeEntry(w, id, fields);
  }
}

export const XREADGROUP_COMMANDS: CommandList = [['xreadgroup', { run: xreadgroup }]];
