import { type ReplyWriter } from '../codec/index.js';
import type { RespConnection } from '../connection.js';
import type { CommandList } from './index.js';
export interface ReadOptions {
    count: number;
    /** ms; -1: no BLOCK; 0: forever */
    block: number;
    streamsAt: number;
    streams: number;
    group: {
        name: Buffer;
        consumer: Buffer;
    } | undefined;
    noAck: boolean;
}
/** The options of XREAD and XREADGROUP up to STREAMS, with Redis's checks and texts. */
export declare function parseReadOptions(args: Buffer[], xreadgroup: boolean): ReadOptions;
/**
 * Waits for writes to `keys` (this front's XADDs and any committed append to their logs), then calls
 * `attempt`, which answers and returns true, or returns false to wait again; answers `timedOut` after
 * `block` ms (0: never). The wait ends with the connection (or its RESET).
 */
export declare function blockOn(c: RespConnection, keys: readonly string[], block: number, attempt: (w: ReplyWriter) => boolean, timedOut: (w: ReplyWriter) => void, 
/** what must be durable before an answer goes out (XREADGROUP's deliveries) */
settle?: (done: (err?: Error | null) => void) => void): void;
/** [[key, entries], ...] in RESP2, {key: entries} in RESP3, as Redis replies to XREAD and XREADGROUP. */
export declare function writeFound(c: RespConnection, found: readonly [string, number[]][], w: ReplyWriter): void;
export declare const XREAD_COMMANDS: CommandList;
