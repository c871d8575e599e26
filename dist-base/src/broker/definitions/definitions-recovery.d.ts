import type { DefinitionRecord, LoadedDefinitions } from './definitions.js';
import { type QueueMeta } from '../storage/queue-dirs.js';
export declare const LOST_AND_FOUND = "lost-and-found";
/** The start is refused: the definitions log is unreadable and no override was given. */
export declare class DefinitionsUnreadableError extends Error {
    constructor(message: string);
}
export interface ReplayFailure {
    record: DefinitionRecord;
    line: number;
    error: Error;
}
/**
 * Throws DefinitionsUnreadableError when nothing could be read from a log that should
 * hold something, unless `recover`; returns whether the start goes on in spite of that.
 */
export declare function checkReadable(loaded: LoadedDefinitions, path: string, queueDirs: number, recover: boolean, dataDir: string): boolean;
/** One warning per line that could not be read. */
export declare function reportDamage(loaded: LoadedDefinitions, path: string, warn: (msg: string) => void): void;
export declare function reportFailure(f: ReplayFailure, path: string, warn: (msg: string) => void): void;
/** "queue 'q' in vhost '/'", for the log. */
export declare function describeRecord(r: DefinitionRecord): string;
export interface UnaccountedDir {
    dir: string;
    /** its meta file: the queue it belonged to, a reason when damaged, or none */
    meta: QueueMeta | string | undefined;
}
/** The directories under root that are not in `known` (the live queues' directories). */
export declare function unaccountedDirs(root: string, known: Iterable<string>): UnaccountedDir[];
/**
 * The queues to create again from the meta files of unaccounted directories, each with its
 * directories moved to the names its logs open (an operator may have moved one back under
 * its set-aside name). A queue that a live one (`exists`) or another directory stands in
 * the way of is left out; its directories are then set aside by sweepQueueDirs.
 */
export declare function placeForAdoption(root: string, dirs: UnaccountedDir[], exists: (vhost: string, name: string) => boolean): {
    meta: QueueMeta;
    dirs: string[];
}[];
/**
 * Deletes (after a clean load, and only directories without a valid meta file) or sets
 * aside the directories no live queue uses; warns about each directory set aside.
 */
export declare function sweepQueueDirs(dirs: UnaccountedDir[], opts: {
    clean: boolean;
    dataDir: string;
    stamp: string;
    warn: (msg: string) => void;
}): void;
