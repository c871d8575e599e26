// Group commit: at most one round of fdatasync calls in flight; every sync() requested meanwhile waits for
// the next round, which starts as soon as the current one completes. So the fsync rate is bounded by the
// disk's fsync latency, not by the message rate, and each round covers everything written before it.
//
// A round: host.writePending() (buffered bytes -> files), host.takeDirty() (descriptors written since their
// last fdatasync), fdatasync them all in parallel, then run the callbacks of that round. A round that only
// callbacks asked for (no background request pending) is told so: the host may leave what is
// durable-eventually (acks) to the background round, so that those fdatasyncs never share the disk with, and
// delay, the ones the callbacks wait for.
// A host may write asynchronously (host.writing: one write in flight, in the thread pool, telling written()
// when it ends). A round then takes only the callbacks whose records are written (their mark is at or below
// host.writtenTo()); the others wait for a later round. So a write and a round can run side by side: the
// round syncs what earlier writes put in the files while the next write is under way.
// Failures (log.ts, invariant 3):
// - a write that found no free descriptor under the broker's budget waits for one (host.waitForRoom): the
//   callbacks keep waiting, what was written before still gets a round of its own (so its descriptors turn
//   idle for others), and the round is retried when another log's descriptors turn idle;
// - any other failed write (no space, the process out of descriptors) fails the callbacks waiting for the
//   round whose records it did not write, after the host has withdrawn every record they cover, including
//   records an earlier write of the same round put in the file (else a nacked record would come back after a
//   restart); callbacks whose records were all written (their mark is at or below host.writtenTo()) keep
//   their round; the next request retries;
// - a round the host cannot set up (no descriptor for the directory) fails its callbacks the same way;
// - a failed fdatasync of a data descriptor (segment file, directory) poisons the committer: every later
//   callback fails too, since the kernel may have dropped the dirty pages and a later fsync would lie;
// - a failed fdatasync of an auxiliary descriptor (acks, watermark, index) is only reported: those files are
//   durable-eventually and checked at recovery, so they never cost a confirm.

import * as fs from 'node:fs';

export type SyncCallback = (err?: Error) => void;

export interface CommitHost {
  /**
   * Writes buffered record bytes to the files; returns the error when that failed (the bytes stay pending).
   * May start an asynchronous write instead (then `writing` is true until it calls GroupCommit.written()).
   */
  writePending(): Error | undefined;
  /** True while an asynchronous write is in flight (hosts that write synchronously leave it undefined). */
  readonly writing?: boolean;
  /**
   * The write at the start of a round failed: the records at marks above `keptTo` that the failed callbacks
   * cover are withdrawn, written or not (log.ts, invariant 3). keptTo is the mark of the last callback kept
   * (-1: none); `upTo`, when given, the mark of the last callback failed (records past it stay).
   */
  withdrawUnwritten(keptTo: number, upTo?: number): void;
  /** The mark up to which records are written to the files (callbacks at or below it survive a failed write). */
  writtenTo(): number;
  /**
   * A round took the callbacks up to `mark` while a write was in flight: the records up to it are theirs, so
   * a later failed write must not withdraw them (hosts that write synchronously never get this call).
   */
  coveredTo?(mark: number): void;
  /** True when err means "no descriptor free yet": retry is then called once one may be. */
  waitForRoom(err: Error, retry: () => void): boolean;
  /**
   * Writes what only a round needs (acks, watermark), then pushes the descriptors to fdatasync: `data` ones
   * (a failure poisons) and `aux` ones. Throws, before it took any descriptor, when the round cannot be set up.
   * `background`: a background round was asked for (requestBackground) or no callback waits; when false the
   * host may keep durable-eventually descriptors for a background round, which it must then ask for.
   */
  takeDirty(data: number[], aux: number[], background: boolean): void;
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

export class GroupCommit {
  syncing = false;
  /** Set by a failed data fdatasync (or destroy): every later callback gets it. */
  failed: Error | undefined;
  private waiting: SyncCallback[] = [];
  /** The host's mark given with each waiting callback (non-decreasing): what it covers. */
  private marks: number[] = [];
  private inflight: SyncCallback[] = [];
  private background = false;
  private flushScheduled = false;
  private idleWaiters: (() => void)[] = [];
  private roundStart = 0;
  private dataErr: Error | undefined;
  private auxErr: Error | undefined;
  private left = 0;

  constructor(
    private readonly host: CommitHost,
    private readonly stats: CommitStats,
    private readonly onRound?: SyncObserver,
    /** benchmarks only: every round waits this long before its fdatasync calls (a simulated slow disk) */
    private readonly syncDelayMs = 0,
  ) {}

  /** Writes pending bytes within this tick (coalescing all appends of the tick into one write). */
  scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(this.tick);
  }

  /**
   * cb after a round that starts after this call. `mark`: the host's position of what cb covers (the end of
   * its log when asked), so that a failed write fails only the callbacks whose records it did not write.
   */
  request(cb: SyncCallback, mark = Number.POSITIVE_INFINITY): void {
    if (this.failed) return void setImmediate(cb, this.failed);
    this.waiting.push(cb);
    this.marks.push(mark);
    this.scheduleFlush();
  }

  /** cb after the round in flight, if any, else on a later tick: for callers with nothing new to sync. */
  afterCurrent(cb: SyncCallback): void {
    if (this.failed) setImmediate(cb, this.failed);
    else if (this.syncing) this.inflight.push(cb);
    else setImmediate(cb);
  }

  /** A round with no waiter (acks, watermark): they are durable-eventually. */
  requestBackground(): void {
    this.background = true;
    this.scheduleFlush();
  }

  /** Poisons the committer: waiting and later callbacks get err. */
  poison(err: Error): void {
    if (!this.failed) this.failed = err;
    this.failWaiting(this.failed);
  }

  /** Resolves when no round and no write is in flight. */
  idle(): Promise<void> {
    if (!this.syncing && this.host.writing !== true) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * The host's asynchronous write ended (err: it failed, and the host has kept its bytes pending): the
   * callbacks whose records it did not write fail as after a synchronous write; then the next write, and a
   * round for what is written.
   */
  written(err?: Error): void {
    if (err && !this.failed) this.failUnwritten(err);
    this.checkIdle();
    if (this.failed) return;
    if (!this.flushScheduled) this.run();
  }

  private checkIdle(): void {
    if (this.syncing || this.host.writing === true || this.idleWaiters.length === 0) return;
    const idle = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of idle) resolve();
  }

  /** The callbacks waiting for the next round, from the from-th on, get err; the committer stays usable. */
  private failWaiting(err: Error, from = 0): void {
    const cbs = from === 0 ? this.waiting : this.waiting.slice(from);
    this.waiting = from === 0 ? [] : this.waiting.slice(0, from);
    this.marks = from === 0 ? [] : this.marks.slice(0, from);
    for (const cb of cbs) setImmediate(cb, err);
  }

  /** How many waiting callbacks (from the first) have all their records written. */
  private covered(): number {
    if (this.host.writing !== true) return this.waiting.length; // everything pending was written
    const to = this.host.writtenTo();
    let n = 0;
    while (n < this.marks.length && this.marks[n] <= to) n++;
    return n;
  }

  /** After a failed write: keeps the waiting callbacks whose records were written, fails the rest. */
  private failUnwritten(err: Error): void {
    const written = this.host.writtenTo();
    let kept = 0;
    while (kept < this.marks.length && this.marks[kept] <= written) kept++;
    this.host.withdrawUnwritten(kept > 0 ? this.marks[kept - 1] : -1);
    this.failWaiting(err, kept);
  }

  private readonly tick = (): void => {
    this.flushScheduled = false;
    this.run();
  };

  private readonly retry = (): void => this.run();

  private run(): void {
    if (this.failed || this.host.writing === true) return; // the write in flight runs this when it ends
    const err = this.host.writePending();
    if (err) {
      if (this.host.waitForRoom(err, this.retry)) {
        // The waiting callbacks wait on; what is already written is synced now, freeing its descriptors.
        if (!this.syncing) this.start(0);
        return;
      }
      this.failUnwritten(err);
    }
    if (this.syncing) return;
    const n = this.covered();
    if (n === 0 && !this.background) return;
    this.start(n);
  }

  /** A round, for the first n waiting callbacks: everything they cover is written. */
  private start(n: number): void {
    const data: number[] = [];
    const aux: number[] = [];
    try {
      this.host.takeDirty(data, aux, this.background || n === 0);
    } catch (e) {
      if (n > 0) {
        // written, but their callbacks fail: they must not come back
        if (n === this.waiting.length && this.host.writing !== true) {
          this.host.withdrawUnwritten(-1);
          this.failWaiting(e as Error);
        } else {
          this.host.withdrawUnwritten(-1, this.marks[n - 1]);
          const cbs = this.waiting.splice(0, n);
          this.marks.splice(0, n);
          for (const cb of cbs) setImmediate(cb, e as Error);
        }
      }
      return;
    }
    if (n > 0 && this.host.writing === true) this.host.coveredTo?.(this.marks[n - 1]);
    let cbs: SyncCallback[];
    if (n === this.waiting.length) {
      cbs = this.waiting;
      this.waiting = [];
      this.marks = [];
    } else {
      cbs = this.waiting.splice(0, n);
      this.marks.splice(0, n);
    }
    this.background = false;
    this.stats.commits++;
    if (data.length + aux.length === 0) {
      for (const cb of cbs) setImmediate(cb);
      return;
    }
    this.syncing = true;
    this.inflight = cbs;
    this.stats.fsyncs += data.length + aux.length;
    this.left = data.length + aux.length;
    this.dataErr = this.auxErr = undefined;
    if (this.onRound) this.roundStart = performance.now();
    if (this.syncDelayMs > 0) setTimeout(() => this.syncAll(data, aux), this.syncDelayMs);
    else this.syncAll(data, aux);
  }

  private syncAll(data: number[], aux: number[]): void {
    for (const fd of data) fs.fdatasync(fd, this.dataDone);
    for (const fd of aux) fs.fdatasync(fd, this.auxDone);
  }

  private readonly dataDone = (e: Error | null): void => {
    if (e && !this.dataErr) this.dataErr = e;
    if (--this.left === 0) this.finish();
  };

  private readonly auxDone = (e: Error | null): void => {
    if (e && !this.auxErr) this.auxErr = e;
    if (--this.left === 0) this.finish();
  };

  private finish(): void {
    this.syncing = false;
    if (this.onRound) this.onRound((performance.now() - this.roundStart) / 1000);
    const err = this.dataErr;
    if (err && !this.failed) {
      this.failed = err;
      this.host.syncFailed(err, true);
    }
    if (this.auxErr) this.host.syncFailed(this.auxErr, false);
    const cbs = this.inflight;
    this.inflight = [];
    this.host.afterSync();
    this.checkIdle();
    for (const cb of cbs) {
      try {
        cb(err);
      } catch (e) {
        // A throwing callback must not strand the others or the committer; surface it asynchronously.
        queueMicrotask(() => {
          throw e;
        });
      }
    }
    if (this.failed) this.poison(this.failed);
    else if (this.waiting.length > 0 || this.background) this.run();
  }
}
