// Group commit: at most maxRounds rounds of fdatasync calls in flight (1 unless the host asks for more);
// every sync() requested meanwhile waits for the next round, which starts as soon as one completes. So the
// fsync rate is bounded by the disk's fsync latency, not by the message rate, and each round covers
// everything written before it. With two rounds in flight, a sync asked for while a round runs starts its
// own round at once instead of waiting for the running one first (on Linux a later fdatasync of a file also
// waits for the pages an earlier one is writing, so it never finishes with less on disk). Rounds complete in
// the order they started: a round whose fdatasync calls end first waits for the earlier rounds, so the host
// and the callbacks see one round after another, as with one round in flight.
//
// A round: host.writePending() (buffered bytes -> files), host.takeDirty() (descriptors written since their
// last fdatasync), fdatasync them all in parallel, then run the callbacks of that round. A round that only
// callbacks asked for (no background request pending) is told so: the host may leave what is
// durable-eventually (acks) to the background round, so that those fdatasyncs never share the disk with, and
// delay, the ones the callbacks wait for.
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
//   callback fails too, since the kernel may have dropped the dirty pages and a later fsync would lie
//   (the callbacks of a later round already in flight included);
// - a failed fdatasync of an auxiliary descriptor (acks, watermark, index) is only reported: those files are
//   durable-eventually and checked at recovery, so they never cost a confirm.

import * as fs from 'node:fs';

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
   * `background`: a background round was asked for (requestBackground) or no callback waits; when false the
   * host may keep durable-eventually descriptors for a background round, which it must then ask for.
   * With maxRounds > 1 it may be called while rounds are in flight; pushing nothing then means that what it
   * would cover is covered by the rounds in flight.
   */
  takeDirty(data: number[], aux: number[], background: boolean): void;
  /**
   * After a round completed (successfully or not), once per round that pushed descriptors, in their order:
   * deferred closes, descriptor release.
   */
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

/** A round in flight: its callbacks, the fdatasync calls still running and their first errors. */
interface Round {
  cbs: SyncCallback[];
  left: number;
  dataErr: Error | undefined;
  auxErr: Error | undefined;
  /** performance.now() at its start and when its own fdatasync calls ended (for the observer) */
  start: number;
  end: number;
  done: boolean;
  readonly dataDone: (e: Error | null) => void;
  readonly auxDone: (e: Error | null) => void;
}

export class GroupCommit {
  /** Set by a failed data fdatasync (or destroy): every later callback gets it. */
  failed: Error | undefined;
  private waiting: SyncCallback[] = [];
  /** The host's mark given with each waiting callback (non-decreasing): what it covers. */
  private marks: number[] = [];
  /** In flight, oldest first; completed in this order. */
  private readonly rounds: Round[] = [];
  private background = false;
  private flushScheduled = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly host: CommitHost,
    private readonly stats: CommitStats,
    private readonly onRound?: SyncObserver,
    /** benchmarks only: every round waits this long before its fdatasync calls (a simulated slow disk) */
    private readonly syncDelayMs = 0,
    /** rounds in flight at once (>= 1) */
    private readonly maxRounds = 1,
  ) {}

  /** True while a round is in flight (its descriptors must stay open). */
  get syncing(): boolean {
    return this.rounds.length > 0;
  }

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

  /** cb after the rounds in flight, if any, else on a later tick: for callers with nothing new to sync. */
  afterCurrent(cb: SyncCallback): void {
    const last = this.rounds.length > 0 ? this.rounds[this.rounds.length - 1] : undefined;
    if (this.failed) setImmediate(cb, this.failed);
    else if (last !== undefined) last.cbs.push(cb);
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

  /** Resolves when no round is in flight. */
  idle(): Promise<void> {
    if (!this.syncing) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** The callbacks waiting for the next round, from the from-th on, get err; the committer stays usable. */
  private failWaiting(err: Error, from = 0): void {
    const cbs = from === 0 ? this.waiting : this.waiting.slice(from);
    this.waiting = from === 0 ? [] : this.waiting.slice(0, from);
    this.marks = from === 0 ? [] : this.marks.slice(0, from);
    for (const cb of cbs) setImmediate(cb, err);
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
    if (this.failed) return;
    const err = this.host.writePending();
    if (err) {
      if (this.host.waitForRoom(err, this.retry)) {
        // The waiting callbacks wait on; what is already written is synced now, freeing its descriptors.
        if (!this.syncing) this.start(false);
        return;
      }
      this.failUnwritten(err);
    }
    if (this.rounds.length >= this.maxRounds || (this.waiting.length === 0 && !this.background)) return;
    this.start(true);
  }

  /** A round; `withWaiting`: everything pending was written, so the waiting callbacks are covered by it. */
  private start(withWaiting: boolean): void {
    const data: number[] = [];
    const aux: number[] = [];
    try {
      this.host.takeDirty(data, aux, this.background || !withWaiting || this.waiting.length === 0);
    } catch (e) {
      if (withWaiting) {
        this.host.withdrawUnwritten(-1); // written, but their callbacks fail: they must not come back
        this.failWaiting(e as Error);
      }
      return;
    }
    const cbs = withWaiting ? this.waiting : [];
    if (withWaiting) {
      this.waiting = [];
      this.marks = [];
    }
    this.background = false;
    this.stats.commits++;
    if (data.length + aux.length === 0) {
      // nothing unsynced of its own: the rounds in flight (if any) cover what the callbacks wait for
      if (this.rounds.length > 0) this.rounds[this.rounds.length - 1].cbs.push(...cbs);
      else for (const cb of cbs) setImmediate(cb);
      return;
    }
    const round: Round = {
      cbs,
      left: data.length + aux.length,
      dataErr: undefined,
      auxErr: undefined,
      start: this.onRound ? performance.now() : 0,
      end: 0,
      done: false,
      dataDone: (e) => {
        if (e && !round.dataErr) round.dataErr = e;
        if (--round.left === 0) this.roundDone(round);
      },
      auxDone: (e) => {
        if (e && !round.auxErr) round.auxErr = e;
        if (--round.left === 0) this.roundDone(round);
      },
    };
    this.rounds.push(round);
    this.stats.fsyncs += data.length + aux.length;
    if (this.syncDelayMs > 0) setTimeout(() => this.syncAll(round, data, aux), this.syncDelayMs);
    else this.syncAll(round, data, aux);
  }

  private syncAll(round: Round, data: number[], aux: number[]): void {
    for (const fd of data) fs.fdatasync(fd, round.dataDone);
    for (const fd of aux) fs.fdatasync(fd, round.auxDone);
  }

  /** A round's fdatasync calls ended: it and every completed round after it finish, oldest first. */
  private roundDone(round: Round): void {
    round.done = true;
    if (this.onRound) round.end = performance.now();
    while (this.rounds.length > 0 && this.rounds[0].done) this.finish(this.rounds.shift()!);
    if (this.failed) this.poison(this.failed);
    else if (this.waiting.length > 0 || this.background) this.run();
  }

  private finish(round: Round): void {
    if (this.onRound) this.onRound((round.end - round.start) / 1000);
    // after a failed data fdatasync, a later round cannot vouch for what the failed one covered
    const err = round.dataErr ?? this.failed;
    if (round.dataErr && !this.failed) {
      this.failed = round.dataErr;
      this.host.syncFailed(round.dataErr, true);
    }
    if (round.auxErr) this.host.syncFailed(round.auxErr, false);
    this.host.afterSync();
    if (this.rounds.length === 0) {
      const idle = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of idle) resolve();
    }
    for (const cb of round.cbs) {
      try {
        cb(err);
      } catch (e) {
        // A throwing callback must not strand the others or the committer; surface it asynchronously.
        queueMicrotask(() => {
          throw e;
        });
      }
    }
  }
}
