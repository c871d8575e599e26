export type SyncCallback = (err?: Error) => void;
export interface CommitHost {
    /** Writes buffered record bytes to the files; returns the error when that failed (the bytes stay pending). */
    writePending(): Error | undefined;
    /**
     * The write at the start of a round failed: the records at marks above `keptTo` that the failed callbacks
     * cover are withdrawn, written or not (log.ts, invariant 3). keptTo is the mark of the last callback kept
     * (-1: none).
     */
    withdrawUnwritten(keptTo: number): void;
    /** The mark up to which records are written to the files (callbacks at or below it survive a failed write). */
    writtenTo(): number;
    /** True when err means "no descriptor free yet": retry is then called once one may be. */
    waitForRoom(err: Error, retry: () => void): boolean;
    /**
     * Writes what only a round needs (acks, watermark), then pushes the descriptors to fdatasync: `data` ones
     * (a failure poisons) and `aux` ones. Throws, before it took any descriptor, when the round cannot be set up.
     */
    takeDirty(data: number[], aux: number[]): void;
    /** After a round completed (successfully or not): deferred closes, descriptor release. */
    afterSync(): void;
    /** An fdatasync failed: `poisoned` for data (the log refuses confirms from now on), else auxiliary. */
    syncFailed(err: Error, poisoned: boolean): void;
}
export interface CommitStats {
    fsyncs: number;
    bytesWritten: number;
    commits: number;
}
/** Told the duration of every fdatasync round, in seconds (for the fsync latency histogram). */
export type SyncObserver = (seconds: number) => void;
export declare class GroupCommit {
    private readonly host;
    private readonly stats;
    private readonly onRound?;
    /** benchmarks only: every round waits this long before its fdatasync calls (a simulated slow disk) */
    private readonly syncDelayMs;
    syncing: boolean;
    /** Set by a failed data fdatasync (or destroy): every later callback gets it. */
    failed: Error | undefined;
    private waiting;
    /** The host's mark given with each waiting callback (non-decreasing): what it covers. */
    private marks;
    private inflight;
    private background;
    private flushScheduled;
    private idleWaiters;
    private roundStart;
    private dataErr;
    private auxErr;
    private left;
    constructor(host: CommitHost, stats: CommitStats, onRound?: SyncObserver | undefined, 
    /** benchmarks only: every round waits this long before its fdatasync calls (a simulated slow disk) */
    syncDelayMs?: number);
    /** Writes pending bytes within this tick (coalescing all appends of the tick into one write). */
    scheduleFlush(): void;
    /**
     * cb after a round that starts after this call. `mark`: the host's position of what cb covers (the end of
     * its log when asked), so that a failed write fails only the callbacks whose records it did not write.
     */
    request(cb: SyncCallback, mark?: number): void;
    /** cb after the round in flight, if any, else on a later tick: for callers with nothing new to sync. */
    afterCurrent(cb: SyncCallback): void;
    /** A round with no waiter (acks, watermark): they are durable-eventually. */
    requestBackground(): void;
    /** Poisons the committer: waiting and later callbacks get err. */
    poison(err: Error): void;
    /** Resolves when no round is in flight. */
    idle(): Promise<void>;
    /** The callbacks waiting for the next round, from the from-th on, get err; the committer stays usable. */
    private failWaiting;
    /** After a failed write: keeps the waiting callbacks whose records were written, fails the rest. */
    private failUnwritten;
    private readonly tick;
    private readonly retry;
    private run;
    /** A round; `withWaiting`: everything pending was written, so the waiting callbacks are covered by it. */
    private start;
    private syncAll;
    private readonly dataDone;
    private readonly auxDone;
    private finish;
}
