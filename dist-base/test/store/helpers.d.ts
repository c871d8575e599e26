import type { ChildProcess } from 'node:child_process';
export declare function tempDir(): string;
export declare function rm(dir: string): void;
export declare function files(dir: string, ext: string): string[];
/**
 * SIGKILLs `proc` a random 100-400 ms after its output holds `minLines` lines (so a slow
 * start on a loaded machine cannot end a crash test before the child did any work), or
 * after `capMs` whatever it printed. Resolves when the process is gone.
 */
export declare function killAfterProgress(proc: ChildProcess, output: () => string, minLines?: number, capMs?: number): Promise<void>;
