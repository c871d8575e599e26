import { latencySummary } from './stats.js';
/** p50/p99/max (ms) of `fdatasync` after a 4 KiB append, in a temporary file on os.tmpdir()'s file system. */
export declare function fdatasyncLatency(seconds?: number): ReturnType<typeof latencySummary>;
/** MB/s (10^6) writing `totalMiB` sequentially with an fdatasync after each `syncEveryMiB`. */
export declare function syncedSeqWrite(totalMiB?: number, syncEveryMiB?: number): number;
