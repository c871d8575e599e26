export declare const definitionsPath: (dataDir: string) => string;
/** Flips one bit of a byte in the middle of the queue's record (inside its JSON). */
export declare function flipByteInQueueRecord(path: string, queue: string): number;
/** Cuts the file in the middle of the queue's record; everything after it is gone too. */
export declare function truncateInQueueRecord(path: string, queue: string): number;
/** Replaces the queue's record by a well-formed one whose arguments are `change`d. */
export declare function rewriteQueueArguments(path: string, queue: string, change: Record<string, unknown>): void;
/** The same change in a queue directory's meta file (one framed line), when it has one. */
export declare function rewriteMetaArguments(dir: string, change: Record<string, unknown>): boolean;
