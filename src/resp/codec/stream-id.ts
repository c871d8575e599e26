import { string2ull } from './redis-numbers.js';

// Stream entry IDs: `ms-seq`, each part an unsigned 64-bit integer (redis 7.0.15
// src/t_stream.c). A part is kept as two 32-bit halves so that IDs compare, increment and
// format exactly up to 18446744073709551615-18446744073709551615 without a BigInt per ID;
// BigInt appears only for parts beyond 2^53 while parsing or formatting.
//
// The special arguments and who accepts them:
//   -  +        minimum and maximum (ranges; refused by the strict form used for `(` bounds
//                and XADD/XSETID/XCLAIM ids)
//   *  ms-*     auto-generated id / auto sequence (XADD only: parseAddId)
//   (id         exclusive range bound (XRANGE, XREVRANGE, XPENDING, XAUTOCLAIM: parseRangeBound)
//   $  >        last id of the stream / never-delivered entries (XREAD, XREADGROUP, XGROUP:
//                recognised by the commands themselves, see parseReadId)

export interface StreamId {
  msHi: number;
  msLo: number;
  seqHi: number;
  seqLo: number;
}

export const ERR_INVALID_STREAM_ID = 'ERR Invalid stream ID specified as stream command argument';
export const ERR_XADD_ID_ZERO = 'ERR The ID specified in XADD must be greater than 0-0';
export const ERR_XADD_ID_TOO_SMALL =
  'ERR The ID specified in XADD is equal or smaller than the target stream top item';
export const ERR_STREAM_EXHAUSTED =
  'ERR The stream has exhausted the last possible ID, unable to add more items';
export const ERR_INVALID_START_ID = 'ERR invalid start ID for the interval';
export const ERR_INVALID_END_ID = 'ERR invalid end ID for the interval';
export const ERR_DOLLAR_IN_XREADGROUP =
  'ERR The $ ID is meaningless in the context of XREADGROUP: you want to read the history of this consumer by specifying a proper ID, or use the > ID to get new messages. The $ ID would just return an empty result set.';
export const ERR_GT_OUTSIDE_XREADGROUP =
  'ERR The > ID can be specified only when calling XREADGROUP using the GROUP <group> <consumer> option.';

const TWO32 = 4294967296;
const MAX32 = 0xffffffff;

export const MIN_ID: Readonly<StreamId> = Object.freeze({ msHi: 0, msLo: 0, seqHi: 0, seqLo: 0 });
export const MAX_ID: Readonly<StreamId> = Object.freeze({
  msHi: MAX32,
  msLo: MAX32,
  seqHi: MAX32,
  seqLo: MAX32,
});

/** An ID from parts given as safe integers or bigints (each 0..2^64-1). */
export function streamId(ms: number | bigint, seq: number | bigint): StreamId {
  const [msHi, msLo] = halves(ms);
  const [seqHi, seqLo] = halves(seq);
  return { msHi, msLo, seqHi, seqLo };
}

function halves(v: number | bigint): [number, number] {
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`not a u64: ${v}`);
    return [Math.floor(v / TWO32), v % TWO32];
  }
  if (v < 0n || v >= 1n << 64n) throw new RangeError(`not a u64: ${v}`);
  return [Number(v >> 32n), Number(v & 0xffffffffn)];
}

function partText(hi: number, lo: number): string {
  // hi < 2^21 keeps hi * 2^32 + lo below 2^53: exact as a double.
  if (hi < 0x200000) return String(hi * TWO32 + lo);
  return ((BigInt(hi) << 32n) | BigInt(lo)).toString();
}

export function formatStreamId(id: StreamId): string {
  return `${partText(id.msHi, id.msLo)}-${partText(id.seqHi, id.seqLo)}`;
}

/** Bytes of the longest ID text (18446744073709551615-18446744073709551615). */
export const MAX_STREAM_ID_TEXT = 41;

/**
 * Writes the ID's text (ASCII) at buf[at], which has room for MAX_STREAM_ID_TEXT bytes, and returns where it
 * ends: formatStreamId without a string per ID (XADD writes each new ID twice, into the entry and the reply).
 */
export function writeStreamId(id: StreamId, buf: Buffer, at: number): number {
  if (id.msHi >= 0x200000 || id.seqHi >= 0x200000) return at + buf.write(formatStreamId(id), at, 'latin1');
  // V8's number-to-string beats digit loops on 13-digit doubles (each % 10 is an fmod).
  at = writeAscii(String(id.msHi * TWO32 + id.msLo), buf, at);
  buf[at++] = 0x2d;
  return writeAscii(String(id.seqHi * TWO32 + id.seqLo), buf, at);
}

function writeAscii(text: string, buf: Buffer, at: number): number {
  for (let i = 0; i < text.length; i++) buf[at++] = text.charCodeAt(i);
  return at;
}

export function msBigInt(id: StreamId): bigint {
  return (BigInt(id.msHi) << 32n) | BigInt(id.msLo);
}

export function seqBigInt(id: StreamId): bigint {
  return (BigInt(id.seqHi) << 32n) | BigInt(id.seqLo);
}

/** The ms part as a number when exact (below 2^53), else null. */
export function msNumber(id: StreamId): number | null {
  return id.msHi < 0x200000 ? id.msHi * TWO32 + id.msLo : null;
}

export function compareStreamIds(a: StreamId, b: StreamId): number {
  return a.msHi - b.msHi || a.msLo - b.msLo || a.seqHi - b.seqHi || a.seqLo - b.seqLo;
}

export function isZeroId(id: StreamId): boolean {
  return (id.msHi | id.msLo | id.seqHi | id.seqLo) === 0;
}

export function isMaxId(id: StreamId): boolean {
  return id.msHi === MAX32 && id.msLo === MAX32 && id.seqHi === MAX32 && id.seqLo === MAX32;
}

/** Redis's streamIncrID: the successor, or null after the last possible ID. */
export function nextStreamId(id: StreamId): StreamId | null {
  const { msHi, msLo, seqHi, seqLo } = id;
  if (seqLo < MAX32) return { msHi, msLo, seqHi, seqLo: seqLo + 1 };
  if (seqHi < MAX32) return { msHi, msLo, seqHi: seqHi + 1, seqLo: 0 };
  if (msLo < MAX32) return { msHi, msLo: msLo + 1, seqHi: 0, seqLo: 0 };
  if (msHi < MAX32) return { msHi: msHi + 1, msLo: 0, seqHi: 0, seqLo: 0 };
  return null;
}

/** Redis's streamDecrID: the predecessor, or null before 0-0. */
export function previousStreamId(id: StreamId): StreamId | null {
  const { msHi, msLo, seqHi, seqLo } = id;
  if (seqLo > 0) return { msHi, msLo, seqHi, seqLo: seqLo - 1 };
  if (seqHi > 0) return { msHi, msLo, seqHi: seqHi - 1, seqLo: MAX32 };
  if (msLo > 0) return { msHi, msLo: msLo - 1, seqHi: MAX32, seqLo: MAX32 };
  if (msHi > 0) return { msHi: msHi - 1, msLo: MAX32, seqHi: MAX32, seqLo: MAX32 };
  return null;
}

/**
 * The ID XADD's `*` makes (streamNextID): now's ms when it is past the top item, else the
 * top item's ms with the next sequence. Null when the top item is the last possible ID.
 */
export function autoStreamId(last: StreamId, nowMs: number): StreamId | null {
  // XADD's hot path: the halves without streamId()'s pairs
  if (!Number.isSafeInteger(nowMs) || nowMs < 0) throw new RangeError(`not a u64: ${nowMs}`);
  const msHi = Math.floor(nowMs / TWO32);
  const msLo = nowMs % TWO32;
  if (msHi > last.msHi || (msHi === last.msHi && msLo > last.msLo)) return { msHi, msLo, seqHi: 0, seqLo: 0 };
  return nextStreamId(last);
}

export type ParsedId = { ok: true; id: StreamId } | { ok: false; error: string };

const invalid = Object.freeze({ ok: false, error: ERR_INVALID_STREAM_ID } as const);

/**
 * streamGenericParseIDOrReply: `-`, `+` (unless strict), `ms` (seq = missingSeq) or `ms-seq`.
 * Each part goes through Redis's string2ull, so `+5`, ` 5` and `007` are accepted as Redis does.
 */
export function parseStreamId(arg: Buffer, missingSeq: 'min' | 'max' = 'min', strict = false): ParsedId {
  const r = parseIdParts(arg, missingSeq, strict, false);
  return r.ok ? { ok: true, id: r.id } : r;
}

/** What XADD accepts: `*` (auto), `ms-*` (auto sequence, 7.0+) or a strict explicit ID. */
export type AddId =
  | { ok: true; kind: 'auto' }
  | { ok: true; kind: 'auto-seq'; ms: StreamId }
  | { ok: true; kind: 'explicit'; id: StreamId }
  | { ok: false; error: string };

const AUTO: AddId = Object.freeze({ ok: true, kind: 'auto' } as const);

export function parseAddId(arg: Buffer): AddId {
  if (arg.length === 1 && arg[0] === 0x2a) return AUTO;
  const r = parseIdParts(arg, 'min', true, true);
  if (!r.ok) return r;
  if (r.autoSeq) return { ok: true, kind: 'auto-seq', ms: r.id };
  if (isZeroId(r.id)) return { ok: false, error: ERR_XADD_ID_ZERO };
  return { ok: true, kind: 'explicit', id: r.id };
}

/**
 * The explicit ID XADD stores for a given top item (streamAppendItem): for `ms-*` the next
 * sequence in that ms (or 0 in a later ms); the error when it does not exceed the top.
 */
export function resolveAddId(parsed: AddId, last: StreamId, nowMs: number): ParsedId {
  if (!parsed.ok) return parsed;
  if (isMaxId(last)) return { ok: false, error: ERR_STREAM_EXHAUSTED };
  if (parsed.kind === 'auto') return { ok: true, id: autoStreamId(last, nowMs)! };
  let id: StreamId;
  if (parsed.kind === 'auto-seq') {
    const ms = parsed.ms;
    const sameMs = ms.msHi === last.msHi && ms.msLo === last.msLo;
    if (sameMs) {
      if (last.seqHi === MAX32 && last.seqLo === MAX32) return { ok: false, error: ERR_XADD_ID_TOO_SMALL };
      id = nextStreamId(last)!;
    } else id = ms;
  } else id = parsed.id;
  if (compareStreamIds(id, last) <= 0) return { ok: false, error: ERR_XADD_ID_TOO_SMALL };
  return { ok: true, id };
}

/**
 * A range bound (streamParseIntervalIDOrReply plus the XRANGE adjustment): `(id` is exclusive
 * and strict; an exclusive start is moved to its successor and an exclusive end to its
 * predecessor, failing with Redis's interval errors at the edges.
 */
export function parseRangeBound(arg: Buffer, side: 'start' | 'end'): ParsedId {
  const exclusive = arg.length > 1 && arg[0] === 0x28;
  const missing = side === 'start' ? 'min' : 'max';
  if (!exclusive) return parseStreamId(arg, missing, false);
  const r = parseStreamId(arg.subarray(1), missing, true);
  if (!r.ok) return r;
  const moved = side === 'start' ? nextStreamId(r.id) : previousStreamId(r.id);
  if (moved === null)
    return { ok: false, error: side === 'start' ? ERR_INVALID_START_ID : ERR_INVALID_END_ID };
  return { ok: true, id: moved };
}

/** An XREAD / XREADGROUP id argument: `$`, `>` or an ID (missing seq = 0). */
export type ReadId =
  | { ok: true; kind: 'last' | 'new' | 'lastEntry' }
  | { ok: true; kind: 'id'; id: StreamId }
  | { ok: false; error: string };

export function parseReadId(arg: Buffer, xreadgroup: boolean): ReadId {
  if (arg.length === 1 && arg[0] === 0x24) {
    return xreadgroup ? { ok: false, error: ERR_DOLLAR_IN_XREADGROUP } : { ok: true, kind: 'last' };
  }
  if (arg.length === 1 && arg[0] === 0x3e) {
    return xreadgroup ? { ok: true, kind: 'new' } : { ok: false, error: ERR_GT_OUTSIDE_XREADGROUP };
  }
  // XREAD `+` (Redis 7.4): from the stream's last entry on. Anything else is parsed strictly, as Redis does:
  // `-` is no ID here, nor is `+` for XREADGROUP (7.0's error text)
  if (!xreadgroup && arg.length === 1 && arg[0] === 0x2b) return { ok: true, kind: 'lastEntry' };
  const r = parseStreamId(arg, 'min', true);
  return r.ok ? { ok: true, kind: 'id', id: r.id } : r;
}

type Parts = { ok: true; id: StreamId; autoSeq: boolean } | { ok: false; error: string };

function parseIdParts(arg: Buffer, missingSeq: 'min' | 'max', strict: boolean, allowAutoSeq: boolean): Parts {
  // Redis copies the argument into a 128-byte buffer first.
  if (arg.length > 127) return invalid;
  // As C sees it: the string ends at its first NUL.
  const nul = arg.indexOf(0);
  const end = nul < 0 ? arg.length : nul;
  if (end === 1 && (arg[0] === 0x2d || arg[0] === 0x2b)) {
    if (strict) return invalid;
    return { ok: true, id: arg[0] === 0x2d ? MIN_ID : MAX_ID, autoSeq: false };
  }
  const dash = arg.indexOf(0x2d);
  const msEnd = dash >= 0 && dash < end ? dash : end;
  const ms = string2ull(arg, 0, msEnd);
  if (ms === null) return invalid;
  let seq: bigint;
  let autoSeq = false;
  if (msEnd < end) {
    if (allowAutoSeq && end - msEnd === 2 && arg[msEnd + 1] === 0x2a) {
      seq = 0n;
      autoSeq = true;
    } else {
      const s = string2ull(arg, msEnd + 1, end);
      if (s === null) return invalid;
      seq = s;
    }
  } else {
    seq = missingSeq === 'min' ? 0n : (1n << 64n) - 1n;
  }
  return { ok: true, id: streamId(ms, seq), autoSeq };
}
