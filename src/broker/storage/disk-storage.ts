// Storage on a data directory: <dataDir>/definitions.jsonl, queues/<id>[.p<level>|.stream] (queue-dirs.ts)
// and journals/<name>. Keeps which directory each open log uses, so that definitions recovery can tell the
// directories no live queue accounts for (definitions-recovery.ts).
import { mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  Journal,
  type JournalOptions,
  type Log,
  SegmentLog,
  type SegmentLogOptions,
} from '../../store/index.js';
import { StreamLog, type StreamLogOptions } from '../../store/index.js';
import { type DefinitionRecord, DefinitionsLog } from '../definitions/definitions.js';
import {
  LOST_AND_FOUND,
  placeForAdoption,
  sweepQueueDirs,
  unaccountedDirs,
} from '../definitions/definitions-recovery.js';
import {
  queueDirName,
  type QueueMeta,
  removeQueueMeta,
  removeQueueMetas,
  writeQueueMetas,
} from './queue-dirs.js';
import type { Storage } from './storage.js';

export class DiskStorage implements Storage {
  readonly kind = 'disk';
  readonly definitions: DefinitionsLog;
  private readonly root: string;
  /** the directory of every open log that has one, in the order they were opened */
  private readonly dirs = new Map<Log | StreamLog, string>();

  constructor(
    readonly dataDir: string,
    private readonly warn: (msg: string) => void,
    /** benchmarks only: added to every fdatasync round of every log and journal (a simulated slow disk) */
    private readonly syncDelayMs = 0,
  ) {
    this.root = join(dataDir, 'queues');
    mkdirSync(this.root, { recursive: true });
    this.definitions = new DefinitionsLog(join(dataDir, 'definitions.jsonl'));
  }

  private queueDir(vhost: string, queue: string): string {
    return join(this.root, queueDirName(vhost, queue));
  }

  openQueueLog(vhost: string, queue: string, level: number, opts: SegmentLogOptions): Log {
    // priority levels above 0 live in sibling directories <id>.p<level>
    const dir = this.queueDir(vhost, queue) + (level > 0 ? `.p${level}` : '');
    const log = SegmentLog.open(
      dir,
      this.syncDelayMs > 0 ? { ...opts, syncDelayMs: this.syncDelayMs } : opts,
    );
    this.dirs.set(log, dir);
    return log;
  }

  openStream(vhost: string, queue: string, opts: StreamLogOptions): StreamLog {
    const dir = `${this.queueDir(vhost, queue)}.stream`;
    const stream = StreamLog.open(
      dir,
      this.syncDelayMs > 0 ? { ...opts, syncDelayMs: this.syncDelayMs } : opts,
    );
    if (opts.durable !== false) this.dirs.set(stream, dir);
    return stream;
  }

  openJournal(name: string, opts?: JournalOptions): Journal {
    return Journal.open(
      join(this.dataDir, 'journals', name),
      this.syncDelayMs > 0 ? { ...opts, syncDelayMs: this.syncDelayMs } : opts,
    );
  }

  /** Its meta file goes at once (the rest is removed asynchronously), so no crash brings it back. */
  forget(log: Log | StreamLog): void {
    const dir = this.dirs.get(log);
    this.dirs.delete(log);
    if (dir) removeQueueMeta(dir, this.warn);
  }

  get opened(): number {
    return this.dirs.size;
  }

  closeOpenedSince(count: number): void {
    if (this.dirs.size <= count) return;
    for (const [log, dir] of [...this.dirs].slice(count)) {
      this.dirs.delete(log);
      log.close().catch((err: Error) => this.warn(`closing ${dir}: ${err.message}`));
    }
  }

  queueDirCount(): number {
    return readdirSync(this.root).length;
  }

  adoptable(exists: (vhost: string, name: string) => boolean): { meta: QueueMeta; dirs: string[] }[] {
    return placeForAdoption(this.root, unaccountedDirs(this.root, this.dirs.values()), exists);
  }

  sweep(clean: boolean, stamp: string): void {
    const unaccounted = unaccountedDirs(this.root, this.dirs.values());
    sweepQueueDirs(unaccounted, { clean, dataDir: this.dataDir, stamp, warn: this.warn });
  }

  keepDefinitionsCopy(stamp: string): string {
    const into = join(this.dataDir, LOST_AND_FOUND);
    mkdirSync(into, { recursive: true });
    const copy = join(into, `${stamp}-${basename(this.definitions.path)}`);
    this.definitions.keepCopy(copy);
    return copy;
  }

  queueRecorded(r: Extract<DefinitionRecord, { op: 'queue' }>, onlyMissing: boolean): void {
    writeQueueMetas(this.root, r, onlyMissing, this.warn);
  }

  queueDeleting(vhost: string, name: string): void {
    removeQueueMetas(this.root, vhost, name, this.warn);
  }
}
