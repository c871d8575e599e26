import { type Log, type SegmentLogOptions, StreamLog, type StreamLogOptions } from '../../store/index.js';
import { MemoryJournal } from '../../store/memory-journal.js';
import type { DefinitionRecord, LoadedDefinitions } from '../definitions/definitions.js';
import type { QueueMeta } from './queue-dirs.js';
import type { DefinitionsStore, Storage } from './storage.js';
/**
 * The definitions log of a broker that starts empty every time: load() finds nothing and records are
 * dropped, since nothing would ever replay them (the live topology is in the VHosts, as always).
 */
declare class UnloggedDefinitions implements DefinitionsStore {
    readonly path = "(memory: no definitions log)";
    load(): LoadedDefinitions;
    rewrite(_records: DefinitionRecord[]): void;
    append(_record: DefinitionRecord): void;
    close(): void;
}
export declare class MemoryStorage implements Storage {
    readonly kind = "memory";
    readonly dataDir: undefined;
    readonly definitions: UnloggedDefinitions;
    readonly opened = 0;
    openQueueLog(_vhost: string, _queue: string, _level: number, _opts: SegmentLogOptions): Log;
    openStream(vhost: string, queue: string, opts: StreamLogOptions): StreamLog;
    openJournal(): MemoryJournal;
    forget(): void;
    closeOpenedSince(): void;
    queueDirCount(): number;
    adoptable(): {
        meta: QueueMeta;
        dirs: string[];
    }[];
    sweep(): void;
    keepDefinitionsCopy(): string;
    queueRecorded(): void;
    queueDeleting(): void;
}
export {};
