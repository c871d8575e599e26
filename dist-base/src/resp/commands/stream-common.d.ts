import { type ReplyWriter, type StreamId } from '../codec/index.js';
import type { RespConnection } from '../connection.js';
import type { RedisStream } from '../streams/redis-stream.js';
/** getLongLongFromObjectOrReply: a signed 64-bit integer (as a number), else Redis's error. */
export declare function parseLong(arg: Buffer, error?: string): number;
export declare function upper(arg: Buffer): string;
/** One entry: [id, [field, value, ...]]; fields null (deleted): [id, nil]. */
export declare function writeEntry(w: ReplyWriter, id: StreamId, fields: readonly Buffer[] | null): void;
/**
 * Entries of `s` from index position `from` (inclusive) forward, at most `count` (0: all), up to position
 * `end` (exclusive); deleted entries skipped; only committed ones.
 */
export declare function collectForward(s: RedisStream, from: number, end: number, count: number): number[];
export declare function writeEntries(w: ReplyWriter, s: RedisStream, positions: readonly number[]): void;
/**
 * Answers through a slot once the stream's appends (and the front's notes, when `meta`) are on disk: what
 * the reply reports then survives a crash. The caller writes its one reply into the writer returned, at once.
 */
export declare function replyAfterSync(c: RespConnection, s: RedisStream, meta: boolean): ReplyWriter;
