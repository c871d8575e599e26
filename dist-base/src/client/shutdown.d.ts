export interface SignalShutdownOptions {
    /** Default ['SIGTERM', 'SIGINT']. */
    signals?: NodeJS.Signals[];
    /** Passed to close(). Default 10000. */
    deadlineMs?: number;
    /** Exit the process after closing (code 0, or 1 if close failed). Default true. */
    exit?: boolean;
    /** Called when a signal arrives, before closing. */
    onSignal?: (signal: NodeJS.Signals) => void;
}
/** Installs the handlers; the returned function removes them. */
export declare function installSignalShutdown(close: (options: {
    deadlineMs: number;
}) => Promise<void>, options?: SignalShutdownOptions): () => void;
