import { type StreamId } from '../codec/index.js';
import type { CommandList } from './index.js';
/** Index positions of live committed entries with start <= id <= end, at most count (0: all). */
export declare function positions(s: import('../streams/redis-stream.js').RedisStream, start: StreamId, end: StreamId, count: number, rev: boolean): number[];
export declare const XRANGE_COMMANDS: CommandList;
