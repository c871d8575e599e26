import type { ClaimOptions, PendingEntry, StreamBatch, StreamGroup } from '../../store/index.js';
import type { StreamPartition } from './partition.js';
/** A pending entry with its record; record undefined when the stream no longer has it (retention, deletion). */
export interface PendingRecord {
    entry: PendingEntry;
    record: StreamBatch | undefined;
}
/**
 * Whether the entry at an offset still exists, as the front sees it. Without one, an entry exists while the
 * partition has a committed record starting at its offset; a front that deletes entries the log keeps (Redis's
 * XDEL) passes its own, and then a JUSTID claim reads no record at all.
 */
export type EntryExists = (offset: number) => boolean;
/**
 * XREADGROUP `>`: up to `count` committed records after the group's last delivered offset, each recorded as
 * delivered to `consumer` (pending, unless noAck). [] when there is nothing new: wait with
 * partition.waitFor(group.lastDelivered + 1, ...) and call again. Records `exists` says no to are passed
 * over, not delivered (a Redis front's: records that are not its entries, XDELed ones).
 */
export declare function readNew(p: StreamPartition, g: StreamGroup, consumer: string, count: number, noAck?: boolean, now?: number, exists?: EntryExists): StreamBatch[];
/**
 * XREADGROUP with an ID: the consumer's own pending entries from offset `from`, at most count, each counted
 * as one more delivery (its idle time restarts). An entry whose record is gone comes back with record
 * undefined and, as in Redis, counts no delivery (Redis answers [id, nil]).
 */
export declare function readPending(p: StreamPartition, g: StreamGroup, consumer: string, from: number, count: number, now?: number, exists?: EntryExists): PendingRecord[];
/**
 * XCLAIM: each offset idle at least minIdleMs goes to `consumer` (FORCE: one not pending becomes pending with
 * one delivery, as Redis creates it, then counts the claim's). opts.time or opts.idleMs set the new last
 * delivery time; one before 0 or in the future is taken as now (Redis: a client's clock may be ahead).
 * An entry whose record is gone leaves the pending list whatever its idle time, and is not returned (Redis 7).
 * A returned record is undefined with justId when `exists` was given (nothing read).
 */
export declare function claim(p: StreamPartition, g: StreamGroup, consumer: string, minIdleMs: number, offsets: readonly number[], opts?: ClaimOptions, now?: number, exists?: EntryExists): PendingRecord[];
/**
 * XAUTOCLAIM: from offset `start`, the pending entries idle at least minIdleMs, at most count, go to
 * `consumer`, examining at most count × 10 entries (Redis's attempts). Entries whose record is gone are
 * removed whatever their idle time, count against `count`, and are listed in `deleted`. `next` is the
 * first pending entry after the examined ones (the cursor for the next call), undefined when there is none
 * (Redis's 0-0).
 */
export declare function autoClaim(p: StreamPartition, g: StreamGroup, consumer: string, minIdleMs: number, start: number, count: number, opts?: Pick<ClaimOptions, 'justId'>, now?: number, exists?: EntryExists): {
    claimed: PendingRecord[];
    deleted: number[];
    next: number | undefined;
};
