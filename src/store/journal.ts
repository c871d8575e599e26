// Journal: a durable key-value map for the engine's small state that must survive a crash under the same group
// commit as the message logs: consumer-group offsets, pending-entry lists, producer state, delivery counts.
// The store knows nothing of what keys and values mean.
//
// Files: <dir>/<8-digit generation>.jnl, records framed as in every log (record.ts: length, CRC32C, flags,
// timestamp, head, body) with flags = the operation, head = the key (UTF-8), body = the value.
//
// Contract and invariants
// 1. Read-your-writes: set()/delete() are visible to get() at once, before any sync.
// 2. Durability: when a sync(cb) callback runs without error, every set()/delete() made before that sync() call
//    is on disk (fdatasync; the directory entry too for a new file). Group commit as in group-commit.ts: one
//    fdatasync in flight, shared by every sync() requested meanwhile; after a failed fdatasync every later
//    sync() fails (the kernel may have dropped the dirty pages). A failed write (no space) poisons nothing:
//    the file is cut back, the sync() calls waiting for that round fail, and the changes stay pending (they
//    are state, not messages: the next round writes them, in order, once it can).
// 3. Recovery replays the records in order, the last operation on a key wins. A damaged record costs that
//    record only (the scanner of recovery.ts decides what it can resynchronise on); a torn tail is cut.
// 4. Compaction: once the file holds more than max(2 × the live bytes, compactMinBytes), the live entries are
//    written to generation + 1 followed by a SNAPSHOT marker, fdatasynced with the directory, and only then is
//    the old file unlinked. At open the highest generation that ends in a marker wins and older files are
//    removed; a newer file without its marker (a crash mid-compaction) is discarded, so a compaction never
//    loses an entry. Compaction is synchronous: journals hold small state (offsets, in-flight entries).
// 5. Memory: one Map entry per live key; values are private copies.
// 6. Preallocation: the file is extended with zeros ahead of its records (preallocateBytes at a time, written and
//    covered by the round that needs them), so that most rounds overwrite blocks the file already has: their
//    fdatasync then has no metadata to commit (no file-system journal commit, only the data and a cache flush),
//    which keeps it off the file system's commit of the message logs synced beside it. Recovery reads zeros from
//    a record boundary to the end as that unused space (a record never starts with a zero length); a clean close
//    cuts it off.

import * as fs from 'node:fs';
import { pathOf, unlinkQuiet, writeFully } from './files.js';
import { zerosTo } from './preallocation.js';
import { cutBack } from './write-failures.js';
import { type CommitStats, GroupCommit, type SyncCallback, type SyncObserver } from './group-commit.js';
import { decodeRecord, encodeRecord, newView, RECORD_OVERHEAD } from './record.js';
import { scanRecords, type Warn } from './recovery.js';

export interface JournalOptions {
  /** Told about damaged records and repairs done at open. */
  onWarning?: (msg: string) => void;
  /** Told the duration of every fdatasync round. */
  onSyncRound?: SyncObserver;
  /** benchmarks only: added to every fdatasync round (a simulated slow disk) */
  syncDelayMs?: number;
  /** No compaction below this file size. Default 1 MiB. */
  compactMinBytes?: number;
  /** Zeros written ahead of the records, this many bytes at a time (invariant 6). Default 256 KiB; 0: none. */
  preallocateBytes?: number;
}

// flags byte of a journal record; bit 0 set like every persistent record of the store
const OP_SET = 1;
const OP_DELETE = 3;
const OP_SNAPSHOT = 5;
const { O_RDWR, O_CREAT, O_TRUNC, O_RDONLY, O_WRONLY } = fs.constants;
const EMPTY = Buffer.alloc(0);

export class Journal {
  readonly stats: CommitStats = { fsyncs: 0, bytesWritten: 0, commits: 0 };
  private readonly map = new Map<string, Buffer>();
  private readonly warn: Warn;
  private readonly commit: GroupCommit;
  private readonly compactMin: number;
  private gen: number;
  private fd: number;
  private dirFd = -1;
  private dirDirty = false;
  /** end of the last record: where the next write goes */
  private fileSize: number;
  /** the file's length: zeros from fileSize on (invariant 6) */
  private allocated: number;
  private readonly preallocate: number;
  private liveBytes = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private dirty = false;
  private closed = false;
  private closing: Promise<void> | null = null;

  private constructor(
    readonly dir: string,
    gen: number,
    fd: number,
    fileSize: number,
    allocated: number,
    opts: JournalOptions,
  ) {
    this.gen = gen;
    this.fd = fd;
    this.fileSize = fileSize;
    this.allocated = Math.max(allocated, fileSize);
    this.preallocate = opts.preallocateBytes ?? 256 * 1024;
    this.warn = opts.onWarning ?? (() => {});
    this.compactMin = opts.compactMinBytes ?? 1024 * 1024;
    this.commit = new GroupCommit(this, this.stats, opts.onSyncRound, opts.syncDelayMs);
  }

  /** The file's length, the preallocated zeros included (invariant 6). */
  get allocatedBytes(): number {
    return this.allocated;
  }

  /** Opens (creating if needed) the journal in dir and replays it. Synchronous. */
  static open(dir: string, opts: JournalOptions = {}): Journal {
    const warn: Warn = opts.onWarning ?? (() => {});
    fs.mkdirSync(dir, { recursive: true });
    const gens = listGenerations(dir);
    let chosen = -1;
    let entries = new Map<string, Buffer>();
    let size = 0;
    // the newest complete generation wins; generation g > 1 is complete once it holds its snapshot marker
    for (let k = gens.length - 1; k >= 0; k--) {
      const replay = replayFile(pathOf(dir, jnlName(gens[k])), warn);
      if (k > 0 && !replay.sawSnapshot) {
        warn(`${pathOf(dir, jnlName(gens[k]))}: incomplete compaction; using the previous generation`);
        continue;
      }
      chosen = gens[k];
      entries = replay.entries;
      size = replay.size;
      break;
    }
    for (const g of gens) if (g !== chosen) unlinkQuiet(pathOf(dir, jnlName(g)));
    const created = chosen < 0;
    if (created) chosen = 1;
    const fd = fs.openSync(pathOf(dir, jnlName(chosen)), O_RDWR | O_CREAT, 0o644);
    const j = new Journal(dir, chosen, fd, size, fs.fstatSync(fd).size, opts);
    for (const [k, v] of entries) {
      j.map.set(k, v);
      j.liveBytes += entryBytes(k, v);
    }
    if (created) j.dirDirty = true;
    return j;
  }

  get size(): number {
    return this.map.size;
  }

  get(key: string): Buffer | undefined {
    return this.map.get(key);
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  /** Entries whose key starts with prefix (every entry when prefix is ''), in insertion order. */
  *entries(prefix = ''): IterableIterator<[string, Buffer]> {
    for (const e of this.map) if (e[0].startsWith(prefix)) yield e;
  }

  set(key: string, value: Uint8Array): void {
    this.assertOpen();
    const copy = Buffer.from(value);
    const old = this.map.get(key);
    if (old !== undefined) this.liveBytes -= entryBytes(key, old);
    this.map.set(key, copy);
    this.liveBytes += entryBytes(key, copy);
    this.write(OP_SET, key, copy);
  }

  /** Removes a key; false when it was not there (nothing is written then). */
  delete(key: string): boolean {
    this.assertOpen();
    const old = this.map.get(key);
    if (old === undefined) return false;
    this.map.delete(key);
    this.liveBytes -= entryBytes(key, old);
    this.write(OP_DELETE, key, EMPTY);
    return true;
  }

  /** cb after an fdatasync covering every change made before this call (invariant 2). */
  sync(cb: SyncCallback): void {
    if (this.closed) return void setImmediate(cb, new Error('journal closed'));
    if (!this.dirty && this.pending.length === 0 && !this.dirDirty) this.commit.afterCurrent(cb);
    else this.commit.request(cb);
  }

  close(): Promise<void> {
    if (this.closing === null) {
      this.closed = true;
      this.closing = new Promise<Error | undefined>((resolve) => this.commit.request(resolve)).then(
        async (err) => {
          await this.commit.idle();
          // the preallocated zeros go: a journal closed cleanly ends at its last record (not synced: zeros
          // left by a crash before the next round are read as unused space anyway)
          if (!err && this.allocated > this.fileSize) cutBack(this.fd, this.fileSize);
          this.closeFds();
          if (err) throw err;
        },
      );
    }
    return this.closing;
  }

  /** Deletes the journal's files (its owner was deleted). */
  async destroy(): Promise<void> {
    this.closed = true;
    await this.commit.idle();
    this.commit.poison(new Error('journal destroyed'));
    this.closeFds();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  // ---- CommitHost ----

  writePending(): Error | undefined {
    if (this.fd < 0 || this.pending.length === 0) return undefined;
    const buf = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
    try {
      writeFully(this.fd, buf, 0, buf.length, this.fileSize);
    } catch (e) {
      cutBack(this.fd, this.fileSize);
      this.allocated = this.fileSize;
      this.pending = [buf];
      return e as Error;
    }
    if (this.fileSize + buf.length > this.allocated) this.extend(this.fileSize + buf.length);
    this.fileSize += buf.length;
    this.stats.bytesWritten += buf.length;
    this.pending = [];
    this.pendingBytes = 0;
    this.dirty = true;
    if (this.fileSize > Math.max(2 * this.liveBytes, this.compactMin)) this.compact();
    return undefined;
  }

  /** Changes are kept pending after a failed write (invariant 2), not withdrawn. */
  withdrawUnwritten(): void {}

  /** No callback outlives a failed write: the changes stay pending and are written by a later round. */
  writtenTo(): number {
    return -1;
  }

  waitForRoom(): boolean {
    return false;
  }

  syncFailed(err: Error, poisoned: boolean): void {
    if (poisoned) this.warn(`${this.dir}: fdatasync failed (${err.message}); every later sync fails`);
  }

  takeDirty(out: number[]): void {
    if (this.fd < 0) return;
    if (this.dirty) out.push(this.fd);
    this.dirty = false;
    if (this.dirDirty) {
      if (this.dirFd < 0) this.dirFd = fs.openSync(this.dir, O_RDONLY);
      out.push(this.dirFd);
      this.dirDirty = false;
    }
  }

  afterSync(): void {}

  // ---- internals ----

  private write(op: number, key: string, value: Buffer): void {
    const head = Buffer.from(key, 'utf8');
    const rec = Buffer.allocUnsafe(RECORD_OVERHEAD + head.length + value.length);
    encodeRecord(rec, 0, op, Date.now(), head, value, true);
    this.pending.push(rec);
    this.pendingBytes += rec.length;
    this.commit.scheduleFlush();
  }

  /**
   * Zeros from `end` (just written) to the next multiple of the preallocation step (invariant 6). A failure
   * (no space) costs only the saving: the file simply ends at `end` and the next round tries again.
   */
  private extend(end: number): void {
    this.allocated = this.preallocate > 0 ? zerosTo(this.fd, end, this.preallocate) : end;
  }

  /**
   * Writes the live entries to the next generation with its snapshot marker, syncs it and the directory, then
   * drops the old file (invariant 4). On failure the old file stays in use.
   */
  private compact(): void {
    const next = this.gen + 1;
    const path = pathOf(this.dir, jnlName(next));
    let fd = -1;
    try {
      fd = fs.openSync(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644);
      const parts: Buffer[] = [];
      let bytes = 0;
      const push = (op: number, key: string, value: Buffer): void => {
        const head = Buffer.from(key, 'utf8');
        const rec = Buffer.allocUnsafe(RECORD_OVERHEAD + head.length + value.length);
        encodeRecord(rec, 0, op, Date.now(), head, value, true);
        parts.push(rec);
        bytes += rec.length;
      };
      for (const [k, v] of this.map) push(OP_SET, k, v);
      push(OP_SNAPSHOT, '', EMPTY);
      const all = Buffer.concat(parts, bytes);
      writeFully(fd, all, 0, all.length, 0);
      fs.fdatasyncSync(fd);
      syncDir(this.dir);
      const old = this.gen;
      const oldFd = this.fd;
      this.fd = fd;
      fd = -1;
      this.gen = next;
      this.fileSize = this.allocated = all.length;
      // The old descriptor may sit in an fdatasync in flight: closed after the round, via a final sync.
      this.commit.afterCurrent(() => fs.closeSync(oldFd));
      unlinkQuiet(pathOf(this.dir, jnlName(old)));
      this.dirDirty = true;
    } catch (e) {
      this.warn(`${path}: compaction failed (${(e as Error).message}); keeping the current file`);
      if (fd >= 0) fs.closeSync(fd);
      unlinkQuiet(path);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('journal closed');
  }

  private closeFds(): void {
    if (this.fd >= 0) fs.closeSync(this.fd);
    if (this.dirFd >= 0) fs.closeSync(this.dirFd);
    this.fd = this.dirFd = -1;
  }
}

function entryBytes(key: string, value: Buffer): number {
  return RECORD_OVERHEAD + Buffer.byteLength(key) + value.length;
}

function jnlName(gen: number): string {
  return String(gen).padStart(8, '0') + '.jnl';
}

function listGenerations(dir: string): number[] {
  const out: number[] = [];
  for (const name of fs.readdirSync(dir)) {
    const m = /^(\d{8,})\.jnl$/.exec(name);
    if (m) out.push(Number(m[1]));
  }
  return out.sort((a, b) => a - b);
}

function replayFile(
  path: string,
  warn: Warn,
): { entries: Map<string, Buffer>; size: number; sawSnapshot: boolean } {
  const entries = new Map<string, Buffer>();
  let sawSnapshot = false;
  const view = newView();
  const visit = (buf: Buffer, rel: number, _at: number, len: number): void => {
    decodeRecord(buf, rel, len, view);
    const key = view.head.toString('utf8');
    if (view.flags === OP_SET) entries.set(key, Buffer.from(view.body));
    else if (view.flags === OP_DELETE) entries.delete(key);
    else if (view.flags === OP_SNAPSHOT) sawSnapshot = true;
    else warn(`${path}: unknown journal operation ${view.flags}; skipped`);
  };
  // zeros after the last record are preallocated space (invariant 6)
  const size = scanRecords(path, warn, visit, undefined, 0, true);
  return { entries, size, sawSnapshot };
}

function syncDir(dir: string): void {
  const fd = fs.openSync(dir, O_RDONLY);
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
