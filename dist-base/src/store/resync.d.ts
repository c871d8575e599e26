import type { FileWindow } from './file-window.js';
export interface Resume {
    /** File offset of the first valid record after the bad one. */
    next: number;
    /** [at, next) is known to hold exactly one record. */
    single: boolean;
}
/** Where records resume after the bad record at `at`, or undefined when nothing valid follows it (torn tail). */
export declare function findResume(w: FileWindow, at: number): Resume | undefined;
/**
 * Length of the valid record at file offset p, or -1. The window holds it afterwards. Checks the length and the
 * head length against the file before computing the CRC, so random positions are mostly rejected for free.
 */
export declare function recordLength(w: FileWindow, p: number): number;
