import { WharfServer } from '../../src/server.js';
export interface InProcessWharf {
    server: WharfServer;
    url: string;
    dataDir: string;
    /** warning and error log lines so far */
    warnings: string[];
    stop(): Promise<void>;
    /** A new server on the same data dir (this one must be stopped first). */
    restart(): Promise<InProcessWharf>;
    /** Removes the data dir (after stop). */
    remove(): void;
}
export declare function startInProcess(dataDir?: string): Promise<InProcessWharf>;
/** Directories under the data dir's queues/ right now (to find the one a declare creates). */
export declare function queueDirs(dataDir: string): Set<string>;
/** Polls `pred` until it holds, or fails after `ms`. */
export declare function until(pred: () => boolean, ms: number, what: string): Promise<void>;
