export interface Mem {
    rssKb: number;
    hwmKb: number;
}
/** VmRSS and VmHWM of a process, or undefined if it is gone or unreadable. */
export declare function readMem(pid: number): Mem | undefined;
/** Pid of the first process whose comm is `name` (e.g. beam.smp), if any. */
export declare function findPid(name: string): number | undefined;
/** Soft RLIMIT_NOFILE of a process: caps how many connections a broker can hold. */
export declare function softFdLimit(pid: number): number | undefined;
/**
 * Samples VmRSS every `everyMs` until stopped and keeps the peak. Needed for
 * RabbitMQ: its VmHWM covers its whole (long) life, not just our scenario.
 */
export declare class RssSampler {
    private readonly pid;
    private timer;
    peakKb: number;
    lastKb: number;
    constructor(pid: number | undefined, everyMs?: number);
    sample(): number;
    stop(): {
        peakKb: number;
        lastKb: number;
    };
}
/**
 * User + system CPU seconds a process has used so far (every thread: a broker's CPU, not
 * its clients'), or NaN when it is gone or unknown. Resolution is one clock tick (10 ms).
 */
export declare function readCpuSeconds(pid: number | undefined): number;
