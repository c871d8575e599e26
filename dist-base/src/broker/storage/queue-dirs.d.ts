import type { DefinitionRecord } from '../definitions/definitions.js';
export declare const META_FILE = "meta";
export interface QueueMeta {
    vhost: string;
    name: string;
    autoDelete: boolean;
    arguments: Record<string, unknown>;
    /** priority level this directory holds (0: the queue's only or first directory) */
    level: number;
}
/** The directory name of a queue's level 0 (or of its stream: add STREAM_SUFFIX). */
export declare function queueDirName(vhost: string, queue: string): string;
export declare const STREAM_SUFFIX = ".stream";
/** The name a directory of this queue and level must have. */
export declare function expectedDirName(meta: QueueMeta): string;
/** The existing directories of a queue whose level-0 (or stream) directory is `base`. */
export declare function dirsOfQueue(root: string, base: string): {
    dir: string;
    level: number;
}[];
/**
 * Writes the meta file of each directory of a recorded queue (only where there is none
 * with onlyMissing). Best effort: the definitions log is the record, a meta file only
 * helps to recover; a failure is a warning.
 */
export declare function writeQueueMetas(root: string, r: Extract<DefinitionRecord, {
    op: 'queue';
}>, onlyMissing: boolean, warn: (msg: string) => void): void;
/** Before a queue's delete is recorded: a meta file must never bring a deleted queue back. */
export declare function removeQueueMetas(root: string, vhost: string, name: string, warn: (msg: string) => void): void;
/** Written with a sync and a rename, so a meta file is whole or absent. */
export declare function writeQueueMeta(dir: string, meta: QueueMeta): void;
/** The meta of a directory; undefined when it has none, a reason when it is damaged. */
export declare function readQueueMeta(dir: string): QueueMeta | string | undefined;
/** Removes a directory's meta file; false (and a warning) when it could not. */
export declare function removeQueueMeta(dir: string, warn: (msg: string) => void): boolean;
/** True when some segment file of the directory is not empty. */
export declare function holdsData(dir: string): boolean;
/**
 * Moves a directory into `into` as <stamp>-<its name> (a rename: same filesystem, atomic)
 * and returns where it went.
 */
export declare function setAside(dir: string, into: string, stamp: string): string;
/** 20260314T101502Z: sorts by time, valid in a file name everywhere. */
export declare function setAsideStamp(now?: Date): string;
