import type { TestContext } from 'node:test';
export declare const TMPFS_SKIP = "needs root and mount(8) to put the data on a small tmpfs";
/**
 * Mounts a tmpfs of `bytes` on a fresh directory and runs fn with it; skips the test when that is not
 * possible. Always unmounts (lazily, if a child still holds a file) and removes the directory.
 */
export declare function withTmpfs<T>(t: TestContext, bytes: number, fn: (dir: string) => Promise<T>): Promise<T | undefined>;
/** Fills the file system holding dir to the last byte with the file `name`; returns its path. */
export declare function fillDisk(dir: string, name?: string): string;
/** Free bytes on the file system holding dir. */
export declare function freeBytes(dir: string): number;
