import type { JournalOptions, Log, SegmentLogOptions, StreamLog, StreamLogOptions } from '../../store/index.js';
import type { DefinitionRecord, LoadedDefinitions } from '../definitions/definitions.js';
import type { QueueMeta } from './queue-dirs.js';
import type { KeyJournal } from '../../store/index.js';
/** The definitions log as the Broker uses it (definitions.ts has the durable one and its guarantees). */
export interface DefinitionsStore {
    /** where it is, for messages */
    readonly path: string;
    load(): LoadedDefinitions;
    /** replaces the whole log with `records` (compaction at open) */
    rewrite(records: DefinitionRecord[]): void;
    /** records one change; when this returns the change survives a crash (disk) */
    append(record: DefinitionRecord): void;
    close(): void;
}
export interface Storage {
    /** 'disk': a data directory; 'memory': no file anywhere, everything lost on close */
    readonly kind: 'disk' | 'memory';
    /** the data directory; undefined for memory */
    readonly dataDir: string | undefined;
    readonly definitions: DefinitionsStore;
    /** The log of a durable queue (level: its priority level, 0 for a queue without priorities). */
    openQueueLog(vhost: string, queue: string, level: number, opts: SegmentLogOptions): Log;
    /** The log of a stream; a non-durable stream (opts.durable false) never has files. */
    openStream(vhost: string, queue: string, opts: StreamLogOptions): StreamLog;
    /** A key-value journal named `name` (unique per broker), for small engine state. */
    openJournal(name: string, opts?: JournalOptions): KeyJournal;
    /** The queue of `log` is being deleted: what could bring it back at the next open goes now. */
    forget(log: Log | StreamLog): void;
    /** how many queue logs with directories were opened so far */
    readonly opened: number;
    /** Closes the logs opened after the first `count` (a queue that failed to come back). */
    closeOpenedSince(count: number): void;
    /** queue data directories that exist */
    queueDirCount(): number;
    /** Queues no record accounts for that their meta files describe, ready to be created again. */
    adoptable(exists: (vhost: string, name: string) => boolean): {
        meta: QueueMeta;
        dirs: string[];
    }[];
    /** Removes or sets aside what no live queue uses (clean: the definitions log loaded without damage). */
    sweep(clean: boolean, stamp: string): void;
    /** Copies the definitions log as found, before a rewrite drops what could not be read; returns where. */
    keepDefinitionsCopy(stamp: string): string;
    /** A queue was recorded: its directories get meta files (onlyMissing: only where there is none). */
    queueRecorded(r: Extract<DefinitionRecord, {
        op: 'queue';
    }>, onlyMissing: boolean): void;
    /** A queue's delete is about to be recorded: no meta file may bring it back. */
    queueDeleting(vhost: string, name: string): void;
}
