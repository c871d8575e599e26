// The storage contract the broker depends on: one Log per queue, holding opaque records.
// The store knows nothing about AMQP; `head` is whatever the front wants kept beside the body
// (e.g. the encoded properties as received), `flags` is opaque except bit 0 (see FLAG_PERSISTENT).
//
// Invariants
// 1. Order: shift() returns records in append order, each at most once per cursor pass, never an acked one.
// 2. Read-your-writes: a record is readable by shift()/read() as soon as append() returns, before any sync.
// 3. Durability (durable logs only): when a sync(cb) callback runs without error, every record appended
//    before that sync() call is on disk (covered by an fdatasync, including the directory entry of a new
//    segment file). This is the point at which a publisher confirm may go out. One fdatasync is shared by
//    every sync() requested while the previous one ran (group commit); at most one is in flight.
//    After a failed fdatasync of a segment file or of the directory the log is poisoned: every later sync()
//    fails too (the kernel may have dropped the dirty pages, so a later "successful" fsync would lie). A
//    failed fdatasync of an ack, cursor or index file is only reported (invariants 5 and 6 cover their loss).
//    A failed or short write (ENOSPC, EDQUOT, EMFILE, EIO...) poisons nothing: those bytes never reached the
//    file. The rule for the records it held ("withdrawn"), so that a nacked publish is never stored:
//    - the file is cut back to its last good length and the sync() calls waiting for that round fail (a
//      withdrawn record is not covered by any later sync(): callers request the sync of their records in
//      the tick they appended them, as the publisher confirms do, so theirs is one of those that fail);
//    - each persistent record of the failed write is rewritten as transient in memory (its bytes stay
//      first in line and are written, as dead records, before anything appended later), so no restart ever
//      brings it back (invariant 4); and unless shift() has already returned it, it is dropped like an ack,
//      so nobody gets it any more. One already returned (read-your-writes hands records out before their
//      bytes are written) stays readable, like any delivered record, until acked or the broker restarts;
//    - until those bytes could be written, append() refuses persistent records (LogRefusedError, nothing
//      stored: the publisher gets a nack) and sync() fails; each such append() retries the write first, so
//      the log takes records again as soon as space (or a descriptor) is back. Transient records need no
//      write and are still taken while the current chunk has room. A write that finds no descriptor free
//      under the broker's budget (file-handles.ts) is not a failure: the round waits for one.
//    Each failure is reported once per episode and file (onWarning), and when writes succeed again.
// 4. Transient records (flags bit 0 clear) are written like the others but never need a sync, and recovery
//    drops them: they never survive a restart, even if they were on disk.
// 5. Acks are durable-eventually: they are written to the .ack file by the next group commit and fdatasynced by
//    a background round (one is scheduled shortly after any ack, and close() flushes them), never by a round
//    that sync() callers wait for, so an ack's fdatasync never delays a confirm. Once an ack is synced the record never comes back, neither from
//    shift() nor after recovery, unless its .ack entry is damaged: each entry carries a check (ack-file.ts), so
//    a damaged one is ignored rather than taken for an ack of ANOTHER record, and its own record comes back
//    like one whose ack was lost. An ack lost in a crash brings its record back once; such a record is below
//    the recovered delivered-watermark, so isDelivered() says true and the broker flags it redelivered.
//    The watermark reaches the page cache before shift() returns the record (written up to 4 MiB ahead, so it
//    costs one pwrite per few MiB), so this holds across SIGKILL; across a power loss it holds for records
//    whose watermark was covered by a group commit. Records in that margin that were never delivered may also
//    come back flagged redelivered after a crash (AMQP allows it: "may have been delivered"); after a clean
//    close the watermark is exact. If the cursor file cannot be written (a full disk, no descriptor), the
//    record is returned all the same (draining is what frees space) and the failure reported: records
//    delivered until the next successful write may come back after a crash without the redelivered flag.
//    Ack writes that fail are kept in memory, reported and retried; they never fail a sync().
// 6. Recovery (open of a durable log) yields exactly the synced, persistent, un-acked records in append
//    order, each verified by CRC32C before it is first returned, except corrupt ones: a corrupt record costs
//    that record only, never the records after it; only a torn tail (nothing valid after it) is truncated.
//    Never an exception; the cursor starts at the first un-acked record. What is verified when (SegmentLog):
//    - At open, by a scan: every record of the last segment, of a sealed segment without a valid .idx
//      (missing, torn, damaged, or not matching its .seg), and past the part of a segment its .idx covers.
//      A bad record in the middle becomes a hole that is skipped (recovery.ts, resync.ts).
//    - A sealed segment with a valid .idx is not read at open: offsets and flags come from the index (written
//      only once the segment's data was fdatasynced), so transient records are dropped and acks applied
//      without reading data. Each of its records is CRC-checked when first read by shift()/peek()/read(); one
//      that fails is never returned: it is dropped like an ack (durably, so it stays dropped) and reported
//      via onWarning, shift()/peek() move on to the next record, read() throws a RangeError. The index gives
//      the boundaries, so only that record is lost. Until then count/bytes include it.
// 7. Memory does not grow with the backlog: per record only a few bytes of typed-array index are kept;
//    bodies of a deep backlog stay on disk and are read back in large sequential chunks.
// 8. Descriptors: a durable log opens its files through the broker's FileHandles budget (file-handles.ts)
//    and keeps only those it uses; under pressure it closes every one no write or round needs and reopens
//    them on demand, so an idle queue can hold none. Out of descriptors, writes wait or refuse (invariant
//    3), acks and the watermark wait for a later round, reads use a transient descriptor; only when the
//    process itself has none left does a read throw (an Error from shift()/peek()/read(), never from a
//    timer of the log).

/** Flags bit 0: the record is persistent. A record without it is transient (invariant 4). */
export const FLAG_PERSISTENT = 1;

/**
 * One stored record. head and body are slices of the store's buffers (no copy): they stay valid as long as
 * the caller holds them, but the RecordView object returned by shift() is reused by the next shift().
 */
export interface RecordView {
  flags: number;
  /** Milliseconds, as given to append(). */
  timestamp: number;
  head: Buffer;
  body: Buffer;
}

/** segmentId * 2**32 + byte offset of the record in its segment; exact in a double; ordered like appends. */
export type Position = number;

export interface Log {
  readonly durable: boolean;
  /**
   * Appends a record and returns its position. Readable immediately, from memory (invariant 2). Throws
   * LogRefusedError, having stored nothing, while the log's writes fail (invariant 3).
   */
  append(flags: number, timestamp: number, head: Buffer, body: Buffer): Position;
  /**
   * Group commit: cb runs once, after an fdatasync covering every append made before this call (invariant 3).
   * For a non-durable log, or when nothing persistent awaits a sync, cb runs on a later tick without one.
   */
  sync(cb: (err?: Error) => void): void;
  /**
   * Next un-acked record at the read cursor, advancing it; undefined at the end. The returned object is
   * reused by the next shift() (its head/body slices stay valid); its position is then in lastPosition.
   */
  shift(): RecordView | undefined;
  /**
   * The record shift() would return next, without taking it (same reused view object).
   * Used to look at the head of a queue, e.g. to expire it.
   */
  peek(): RecordView | undefined;
  /** Position of the record last returned by shift(). */
  readonly lastPosition: Position;
  /** Moves the cursor back to the first un-acked record. */
  rewind(): void;
  /** Random read of one stored record (e.g. a requeued delivery); returns a fresh RecordView. */
  read(pos: Position): RecordView;
  /** Acknowledges a record (invariant 5). Idempotent; unknown or already deleted positions are ignored. */
  ack(pos: Position): void;
  /**
   * True when the record may have been delivered before the last restart (it lies below the recovered
   * delivered-watermark), so the broker must flag it redelivered. Always false for records appended since.
   */
  isDelivered(pos: Position): boolean;
  /** Records appended and not acked. */
  readonly count: number;
  /** Total head + body bytes of those records. */
  readonly bytes: number;
  /** Acks every record not yet acked (durably, like ack()); returns how many it dropped. */
  purge(): number;
  /** Flushes, syncs (data, acks, watermark) and closes the files. The log is unusable afterwards. */
  close(): Promise<void>;
  /** Deletes every file of the log (the queue was deleted). Pending sync callbacks get an error. */
  destroy(): Promise<void>;
}
