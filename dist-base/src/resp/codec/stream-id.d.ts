export interface StreamId {
    msHi: number;
    msLo: number;
    seqHi: number;
    seqLo: number;
}
export declare const ERR_INVALID_STREAM_ID = "ERR Invalid stream ID specified as stream command argument";
export declare const ERR_XADD_ID_ZERO = "ERR The ID specified in XADD must be greater than 0-0";
export declare const ERR_XADD_ID_TOO_SMALL = "ERR The ID specified in XADD is equal or smaller than the target stream top item";
export declare const ERR_STREAM_EXHAUSTED = "ERR The stream has exhausted the last possible ID, unable to add more items";
export declare const ERR_INVALID_START_ID = "ERR invalid start ID for the interval";
export declare const ERR_INVALID_END_ID = "ERR invalid end ID for the interval";
export declare const ERR_DOLLAR_IN_XREADGROUP = "ERR The $ ID is meaningless in the context of XREADGROUP: you want to read the history of this consumer by specifying a proper ID, or use the > ID to get new messages. The $ ID would just return an empty result set.";
export declare const ERR_GT_OUTSIDE_XREADGROUP = "ERR The > ID can be specified only when calling XREADGROUP using the GROUP <group> <consumer> option.";
export declare const MIN_ID: Readonly<StreamId>;
export declare const MAX_ID: Readonly<StreamId>;
/** An ID from parts given as safe integers or bigints (each 0..2^64-1). */
export declare function streamId(ms: number | bigint, seq: number | bigint): StreamId;
export declare function formatStreamId(id: StreamId): string;
/** Bytes of the longest ID text (18446744073709551615-18446744073709551615). */
export declare const MAX_STREAM_ID_TEXT = 41;
/**
 * Writes the ID's text (ASCII) at buf[at], which has room for MAX_STREAM_ID_TEXT bytes, and returns where it
 * ends: formatStreamId without a string per ID (XADD writes each new ID twice, into the entry and the reply).
 */
export declare function writeStreamId(id: StreamId, buf: Buffer, at: number): number;
export declare function msBigInt(id: StreamId): bigint;
export declare function seqBigInt(id: StreamId): bigint;
/** The ms part as a number when exact (below 2^53), else null. */
export declare function msNumber(id: StreamId): number | null;
export declare function compareStreamIds(a: StreamId, b: StreamId): number;
export declare function isZeroId(id: StreamId): boolean;
export declare function isMaxId(id: StreamId): boolean;
/** Redis's streamIncrID: the successor, or null after the last possible ID. */
export declare function nextStreamId(id: StreamId): StreamId | null;
/** Redis's streamDecrID: the predecessor, or null before 0-0. */
export declare function previousStreamId(id: StreamId): StreamId | null;
/**
 * The ID XADD's `*` makes (streamNextID): now's ms when it is past the top item, else the
 * top item's ms with the next sequence. Null when the top item is the last possible ID.
 */
export declare function autoStreamId(last: StreamId, nowMs: number): StreamId | null;
export type ParsedId = {
    ok: true;
    id: StreamId;
} | {
    ok: false;
    error: string;
};
/**
 * streamGenericParseIDOrReply: `-`, `+` (unless strict), `ms` (seq = missingSeq) or `ms-seq`.
 * Each part goes through Redis's string2ull, so `+5`, ` 5` and `007` are accepted as Redis does.
 */
export declare function parseStreamId(arg: Buffer, missingSeq?: 'min' | 'max', strict?: boolean): ParsedId;
/** What XADD accepts: `*` (auto), `ms-*` (auto sequence, 7.0+) or a strict explicit ID. */
export type AddId = {
    ok: true;
    kind: 'auto';
} | {
    ok: true;
    kind: 'auto-seq';
    ms: StreamId;
} | {
    ok: true;
    kind: 'explicit';
    id: StreamId;
} | {
    ok: false;
    error: string;
};
export declare function parseAddId(arg: Buffer): AddId;
/**
 * The explicit ID XADD stores for a given top item (streamAppendItem): for `ms-*` the next
 * sequence in that ms (or 0 in a later ms); the error when it does not exceed the top.
 */
export declare function resolveAddId(parsed: AddId, last: StreamId, nowMs: number): ParsedId;
/**
 * A range bound (streamParseIntervalIDOrReply plus the XRANGE adjustment): `(id` is exclusive
 * and strict; an exclusive start is moved to its successor and an exclusive end to its
 * predecessor, failing with Redis's interval errors at the edges.
 */
export declare function parseRangeBound(arg: Buffer, side: 'start' | 'end'): ParsedId;
/** An XREAD / XREADGROUP id argument: `$`, `>` or an ID (missing seq = 0). */
export type ReadId = {
    ok: true;
    kind: 'last' | 'new' | 'lastEntry';
} | {
    ok: true;
    kind: 'id';
    id: StreamId;
} | {
    ok: false;
    error: string;
};
export declare function parseReadId(arg: Buffer, xreadgroup: boolean): ReadId;
