import { Journal, type JournalOptions, type Log, type SegmentLogOptions } from '../../store/index.js';
import { StreamLog, type StreamLogOptions } from '../../store/index.js';
import { type DefinitionRecord, DefinitionsLog } from '../definitions/definitions.js';
import { type QueueMeta } from './queue-dirs.js';
import type { Storage } from './storage.js';
export declare class DiskStorage implements Storage {
    readonly dataDir: string;
    private readonly warn;
    /** benchmarks only: added to every fdatasync round of every log and journal (a simulated slow disk) */
    private readonly syncDelayMs;
    readonly kind = "disk";
    readonly definitions: DefinitionsLog;
    private readonly root;
    /** the directory of every open log that has one, in the order they were opened */
    private readonly dirs;
    constructor(dataDir: string, warn: (msg: string) => void, 
    /** benchmarks only: added to every fdatasync round of every log and journal (a simulated slow disk) */
    syncDelayMs?: number);
    private queueDir;
    openQueueLog(vhost: string, queue: string, level: number, opts: SegmentLogOptions): Log;
    openStream(vhost: string, queue: string, opts: StreamLogOptions): StreamLog;
    openJournal(name: string, opts?: JournalOptions): Journal;
    /** Its meta file goes at once (the rest is removed asynchronously), so no crash brings it back. */
    forget(log: Log | StreamLog): void;
    get opened(): number;
    closeOpenedSince(count: number): void;
    queueDirCount(): number;
    adoptable(exists: (vhost: string, name: string) => boolean): {
        meta: QueueMeta;
        dirs: string[];
    }[];
    sweep(clean: boolean, stamp: string): void;
    keepDefinitionsCopy(stamp: string): string;
    queueRecorded(r: Extract<DefinitionRecord, {
        op: 'queue';
    }>, onlyMissing: boolean): void;
    queueDeleting(vhost: string, name: string): void;
}
