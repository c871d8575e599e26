// Group commit: at most one round of fdatasync calls in flight; every sync() requested meanwhile waits for
// the next round, which starts as soon as the current one completes. So the fsync rate is bounded by the
// disk's fsync latency, not by the message rate, and each round covers everything written before it.
//
// A round: host.writePending() (buffered bytes -> files), host.takeDirty() (descriptors written since their
// last fdatasync), fdatasync them all in parallel, then run the callbacks of that round.
// After a failed fdatasync the committer stays failed (see invariant 3 in log.ts).

import * as fs from 'node:fs';

export type SyncCallback = (err?: Error) => void;

export interface CommitHost {
  /** Writes buffered record bytes to the files. Runs once per tick with appends, and before each round. */
  writePending(): void;
  /** Writes what only a round needs (acks, watermark), then pushes the descriptors to fdatasync. */
  takeDirty(out: number[]): void;
  /** After a round completed (successfully or not): deferred closes, descriptor release. */
  afterSync(): void;
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
  failed: Error | undefined;
  private waiting: SyncCallback[] = [];
  private inflight: SyncCallback[] = [];
  private background = false;
  private flushScheduled = false;
  private idleWaiters: (() => void)[] = [];
  private roundStart = 0;

  constructor(
    private readonly host: CommitHost,
    private readonly stats: CommitStats,
    private readonly onRound?: SyncObserver,
  ) {}

  /** Writes pending bytes within this tick (coalescing all appends of the tick into one write). */
  scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(this.tick);
  }

  /** cb after a round that starts after this call. */
  request(cb: SyncCallback): void {
    if (this.failed) return void setImmediate(cb, this.failed);
    this.waiting.push(cb);
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
  fail(err: Error): void {
    if (!this.failed) this.failed = err;
    const cbs = this.waiting;
    this.waiting = [];
    for (const cb of cbs) setImmediate(cb, this.failed);
  }

  /** Resolves when no round is in flight. */
  idle(): Promise<void> {
    if (!this.syncing) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private readonly tick = (): void => {
    this.flushScheduled = false;
    this.run();
  };

  private run(): void {
    if (this.failed) return;
    try {
      this.host.writePending();
    } catch (e) {
      this.fail(e as Error);
      return;
    }
    if (this.syncing || (this.waiting.length === 0 && !this.background)) return;
    this.start();
  }

  private start(): void {
    const cbs = this.waiting;
    this.waiting = [];
    this.background = false;
    const fds: number[] = [];
    try {
      this.host.takeDirty(fds);
    } catch (e) {
      this.waiting = cbs;
      this.fail(e as Error);
      return;
    }
    this.stats.commits++;
    if (fds.length === 0) {
      for (const cb of cbs) setImmediate(cb);
      return;
    }
    this.syncing = true;
    this.inflight = cbs;
    this.stats.fsyncs += fds.length;
    let left = fds.length;
    let err: Error | undefined;
    const done = (e: Error | null): void => {
      if (e && !err) err = e;
      if (--left === 0) this.finish(err);
    };
    if (this.onRound) this.roundStart = performance.now();
    for (const fd of fds) fs.fdatasync(fd, done);
  }

  private finish(err: Error | undefined): void {
    this.syncing = false;
    if (this.onRound) this.onRound((performance.now() - this.roundStart) / 1000);
    if (err && !this.failed) this.failed = err;
    const cbs = this.inflight;
    this.inflight = [];
    this.host.afterSync();
    const idle = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of idle) resolve();
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
    if (this.failed) this.fail(this.failed);
    else if (this.waiting.length > 0 || this.background) this.run();
  }
}
