// XREAD [COUNT n] [BLOCK ms] STREAMS key... id... (redis 7.0.15 t_stream.c xreadCommand). Without data and
// with BLOCK, the connection waits (reading nothing more, as a blocked Redis client) until one of the keys
// gets a committed entry past its ID, the time is up (a null array), or the client goes away.
import {
  MAX_ID,
  MIN_ID,
  nextStreamId,
  previousStreamId,
  parseReadId,
  type ReplyWriter,
  type StreamId,
} from '../codec/index.js';
import type { RespConnection } from '../connection.js';
import { ERR_SYNTAX, RespError } from '../errors.js';
import type { CommandList } from './index.js';
import { parseLong, writeEntries } from './stream-common.js';
import { positions } from './xrange.js';
import type { RedisStream } from '../streams/redis-stream.js';

/** What a finished wait's round is aborted with (see stopRound). */
const ROUND_OVER = 'round over';

export interface ReadOptions {
  count: number;
  /** ms; -1: no BLOCK; 0: forever */
  block: number;
  streamsAt: number;
  streams: number;
  group: { name: Buffer; consumer: Buffer } | undefined;
  noAck: boolean;
}

/** The options of XREAD and XREADGROUP up to STREAMS, with Redis's checks and texts. */
export function parseReadOptions(args: Buffer[], xreadgroup: boolean): ReadOptions {
  const o: ReadOptions = { count: 0, block: -1, streamsAt: 0, streams: 0, group: undefined, noAck: false };
  for (let i = 1; i < args.length; i++) {
    const more = args.length - i - 1;
    const opt = args[i].toString('latin1').toUpperCase();
    if (opt === 'BLOCK' && more > 0) {
      i++;
      o.block = parseLong(args[i], 'ERR timeout is not an integer or out of range');
      if (o.block < 0) throw new RespError('ERR timeout is negative');
    } else if (opt === 'COUNT' && more > 0) {
      i++;
      o.count = Math.max(0, parseLong(args[i]));
    } else if (opt === 'STREAMS' && more > 0) {
      o.streamsAt = i + 1;
      const n = args.length - o.streamsAt;
      if (n % 2 !== 0) {
        const symbol = xreadgroup ? '>' : '$';
        const name = xreadgroup ? 'xreadgroup' : 'xread';
        throw new RespError(
          `ERR Unbalanced '${name}' list of streams: for each stream key an ID or '${symbol}' must be specified.`,
        );
      }
      o.streams = n / 2;
      break;
    } else if (opt === 'GROUP' && more >= 2) {
      if (!xreadgroup)
        throw new RespError(
          'ERR The GROUP option is only supported by XREADGROUP. You called XREAD instead.',
        );
      o.group = { name: args[i + 1], consumer: args[i + 2] };
      i += 2;
    } else if (opt === 'NOACK') {
      if (!xreadgroup)
        throw new RespError(
          'ERR The NOACK option is only supported by XREADGROUP. You called XREAD instead.',
        );
      o.noAck = true;
    } else throw new RespError(ERR_SYNTAX);
  }
  if (o.streamsAt === 0) throw new RespError(ERR_SYNTAX);
  if (xreadgroup && o.group === undefined) throw new RespError('ERR Missing GROUP option for XREADGROUP');
  return o;
}

/**
 * Waits for writes to `keys` (this front's XADDs and any committed append to their logs), then calls
 * `attempt`, which answers and returns true, or returns false to wait again; answers `timedOut` after
 * `block` ms (0: never). The wait ends with the connection (or its RESET).
 */
export function blockOn(
  c: RespConnection,
  keys: readonly string[],
  block: number,
  attempt: (w: ReplyWriter) => boolean,
  timedOut: (w: ReplyWriter) => void,
  /** what must be durable before an answer goes out (XREADGROUP's deliveries) */
  settle?: (done: (err?: Error | null) => void) => void,
): void {
  const slot = c.defer();
  const signal = c.blockSignal();
  const ks = c.ctx.keyspace;
  let finished = false;
  let round: AbortController | undefined;
  let unsubscribe: (() => void)[] = [];
  let timer: NodeJS.Timeout | undefined;
  const finish = (write: (w: ReplyWriter) => void) => {
    if (finished) return;
    finished = true;
    if (timer !== undefined) clearTimeout(timer);
    stopRound();
    signal.removeEventListener('abort', onAbort);
    c.unblocked();
    slot.send(write);
  };
  const stopRound = () => {
    round?.abort(ROUND_OVER); // a reason: abort() alone builds a DOMException per wake-up
    round = undefined;
    for (const u of unsubscribe) u();
    unsubscribe = [];
  };
  const onAbort = () => {
    finished = true;
    if (timer !== undefined) clearTimeout(timer);
    stopRound();
    slot.send(() => {}); // the client is gone or reset: nothing to say
  };
  const wake = () => {
    if (finished) return;
    stopRound();
    let answered = false;
    slotWriteProbe(c, attempt, (write) => {
      answered = true;
      if (settle === undefined) return finish(write);
      finished = true; // no timeout or abort may answer in between
      settle((err) => {
        finished = false;
        finish(err ? (w) => void w.error(`ERR the read could not be made durable: ${err.message}`) : write);
      });
    });
    if (!answered) arm();
  };
  const arm = () => {
    round = new AbortController();
    for (const key of keys) {
      unsubscribe.push(ks.onWrite(key, wake));
      let s;
      try {
        s = ks.get(key);
      } catch {
        s = undefined;
      }
      if (s !== undefined) {
        const p = s.partition;
        p.waitFor(p.highWatermark, 2_000_000_000, round.signal).then(
          (more: boolean) => {
            if (more) wake();
          },
          () => {},
        );
      }
    }
  };
  signal.addEventListener('abort', onAbort, { once: true });
  if (block > 0) timer = setTimeout(() => finish(timedOut), block);
  arm();
}

/**
 * Runs `attempt` against a scratch writer: when it answers (true), its reply bytes are handed to `send`
 * as a write function; when it does not, nothing is kept.
 */
function slotWriteProbe(
  c: RespConnection,
  attempt: (w: ReplyWriter) => boolean,
  send: (write: (w: ReplyWriter) => void) => void,
): void {
  const probe = c.probeWriter();
  let ok = false;
  try {
    ok = attempt(probe);
  } catch (err) {
    probe.take();
    throw err;
  }
  const bytes = probe.take();
  if (ok) send((w) => void w.raw(bytes));
}

interface ReadTarget {
  key: string;
  after: StreamId;
}

/** Entries after each target's ID; false (nothing written) when none has any. */
function serve(c: RespConnection, targets: readonly ReadTarget[], count: number, w: ReplyWriter): boolean {
  const ks = c.ctx.keyspace;
  const found: [string, number[]][] = [];
  for (const t of targets) {
    const s = ks.get(t.key);
    if (s === undefined) continue;
    const start = nextStreamId(t.after);
    if (start === null) continue;
    const pos = positions(s, start, MAX_ID, count, false);
    if (pos.length > 0) found.push([t.key, pos]);
  }
  if (found.length === 0) return false;
  writeFound(c, found, w);
  return true;
}

/** [[key, entries], ...] in RESP2, {key: entries} in RESP3, as Redis replies to XREAD and XREADGROUP. */
export function writeFound(c: RespConnection, found: readonly [string, number[]][], w: ReplyWriter): void {
  const ks = c.ctx.keyspace;
  if (w.protocol === 2) w.array(found.length);
  else w.map(found.length);
  for (const [key, pos] of found) {
    if (w.protocol === 2) w.array(2);
    w.bulk(key);
    writeEntries(w, ks.get(key)!, pos);
  }
}

/** XREAD `+`: just below the last entry, so that it is read; 0-0 for an empty or missing stream. */
function beforeLastEntry(s: RedisStream | undefined): StreamId {
  if (s === undefined || s.length === 0) return MIN_ID;
  return previousStreamId(s.lastEntryId) ?? MIN_ID;
}

function xread(c: RespConnection, args: Buffer[], w: ReplyWriter): void {
  const o = parseReadOptions(args, false);
  const ks = c.ctx.keyspace;
  const targets: ReadTarget[] = [];
  for (let i = 0; i < o.streams; i++) {
    const keyArg = args[o.streamsAt + i];
    const key = keyArg.toString();
    const s = ks.get(key); // WRONGTYPE before anything else
    const r = parseReadId(args[o.streamsAt + o.streams + i], false);
    if (!r.ok) throw new RespError(r.error);
    c.access().check('read', 'queue', key);
    const after =
      r.kind === 'last'
        ? (s?.lastId ?? MIN_ID)
        : r.kind === 'id'
          ? r.id
          : r.kind === 'lastEntry'
            ? beforeLastEntry(s)
            : MAX_ID;
    targets.push({ key, after });
  }
  const scratch = c.probeWriter();
  if (serve(c, targets, o.count, scratch)) {
    w.raw(scratch.take());
    return;
  }
  scratch.take();
  if (o.block < 0) return void w.nullArray();
  blockOn(
    c,
    targets.map((t) => t.key),
    o.block,
    (out) => serve(c, targets, o.count, out),
    (out) => out.nullArray(),
  );
}

export const XREAD_COMMANDS: CommandList = [['xread', { run: xread }]];
