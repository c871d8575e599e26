import { type ChildProcess } from 'node:child_process';
export interface StreamsTarget {
    name: 'Wharf' | 'Redis';
    port: number;
    pid: number | undefined;
    /** bytes the server says it uses for data (Redis's used_memory), when it says */
    usedMemory(): Promise<number | undefined>;
    /** the directory holding the server's data files, when known */
    dataDir: string | undefined;
}
export interface StreamsRow {
    what: string;
    unit: string;
    /** true: higher is better */
    higher: boolean;
    /** every round's value per target */
    samples: Record<string, number[]>;
}
export interface StreamsResult {
    /** one line: what ran, on what, with which Redis */
    header: string;
    rows: StreamsRow[];
    /** the markdown table: medians and Wharf / Redis */
    table: string;
}
export declare function startAofRedis(): Promise<{
    port: number;
    child: ChildProcess;
    dir: string;
}>;
export declare function stopAofRedis(r: {
    child: ChildProcess;
    dir: string;
}): Promise<void>;
/**
 * Runs every workload `rounds` times on Wharf's RESP port and on a private appendfsync-always Redis,
 * alternating them, and returns the medians.
 */
export declare function runRedisStreams(opts: {
    wharfPort: number;
    wharfPid: number | undefined;
    wharfVersion: string;
    /** Wharf's data directory, for the disk-per-entry row */
    wharfDataDir?: string;
    entries: number;
    rounds: number;
    log(msg: string): void;
}): Promise<StreamsResult>;
