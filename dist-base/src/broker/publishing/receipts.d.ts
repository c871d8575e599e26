import { BrokerError } from '../errors.js';
import type { Message } from '../messages/message.js';
import type { PublishTarget } from '../topology/router.js';
/** What a receipt waits for: a queue's, a partition's or a journal's group commit. */
export interface Syncable {
    sync(cb: (err?: Error | null) => void): void;
}
/** Routes and stores a message into `out` (VHost.publish). */
export interface PublishRoute {
    publish(msg: Message, out: PublishTarget[], extraKeys?: readonly string[]): boolean;
}
/**
 * One publish through PublishReceipts.publish. The same object is returned by every call
 * (nothing allocated per message): read it before the next publish.
 */
export interface PublishOutcome {
    /** the receipt's sequence number in its PublishReceipts (1, 2, ...) */
    seq: number;
    /** false when a queue refused it (x-overflow reject-publish, its store out of space) */
    accepted: boolean;
    /** how many targets stored it; 0 = unroutable */
    routed: number;
}
/** A batch's syncs ended: `err` is the first failure, `failed` every target whose sync failed. */
export type SyncedCallback = (err?: Error, failed?: ReadonlySet<Syncable>) => void;
/**
 * synced() rejects with this: INTERNAL_ERROR (the broker failed, not the request) with the first
 * sync error as its cause, and every target whose sync failed.
 */
export declare class ReceiptError extends BrokerError {
    readonly failed: ReadonlySet<Syncable>;
    constructor(err: Error, failed: ReadonlySet<Syncable>);
}
export interface ReceiptsOptions {
    /** every receipt in order as ranges: ok=false for a refused publish or a failed sync */
    settled?: (upTo: number, multiple: boolean, ok: boolean) => void;
    /** told each settled batch's latency in seconds and its message count */
    observe?: (seconds: number, messages: number) => void;
    /** told +bytes of each publish and -bytes of each settled batch (memory held for unsettled publishes) */
    account?: (deltaBytes: number) => void;
}
export declare class PublishReceipts {
    /** sequence number the next publish gets */
    nextSeq: number;
    private settledUpTo;
    private readonly batches;
    private readonly touched;
    private open;
    /** batches sealed so far: the number of the batch a receipt given now joins */
    private sealedCount;
    private rejected;
    private openBytes;
    private openWaiters;
    private readonly scratch;
    private readonly outcome;
    private readonly closeBatch;
    private readonly settled;
    private readonly observe;
    private readonly account;
    constructor(opts?: ReceiptsOptions);
    /**
     * Routes and stores `msg` through `route` (a VHost) and gives it a receipt that waits for
     * every durable target that keeps it (a persistent message, or a target that keeps all:
     * streams, SNS subscription state). Throws what the route throws (NOT_FOUND, ACCESS_REFUSED).
     */
    publish(route: PublishRoute, msg: Message, extraKeys?: readonly string[]): PublishOutcome;
    /**
     * A receipt for a publish stored without routing, or nowhere (direct reply-to), of `bytes`;
     * its stores are added with needsSync. Returns its sequence number.
     */
    published(bytes?: number): number;
    /** The current batch also waits for `t` (a stream partition appended to, a front's journal). */
    needsSync(t: Syncable): void;
    /**
     * Calls `cb` once every sync the current batch waits for is done (at once when it waits
     * for none so far), with the first error.
     */
    whenSynced(cb: SyncedCallback): void;
    /** whenSynced as a promise; rejects with a ReceiptError. */
    synced(): Promise<void>;
    /**
     * The batch a receipt or needsSync given now joins (changes when that batch is sealed, at the next
     * microtask checkpoint): callers that group their own waiters per batch compare it.
     */
    get currentBatch(): number;
    private openBatch;
    private seal;
    /** The batch's own syncs are done: its waiters hear it now, whatever earlier batches do. */
    private wake;
    /** Settles the completed batches at the front, in order. */
    private flush;
    private emitRange;
}
