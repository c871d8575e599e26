export interface WharfLogLine {
    level: number;
    msg: string;
    [k: string]: unknown;
}
export declare class WharfProcess {
    readonly dataDir: string;
    /** extra environment of the broker (e.g. WHARF_BENCH_SYNC_DELAY_MS) */
    private readonly env;
    /** extra node options of the broker (e.g. --cpu-prof, which NODE_OPTIONS refuses) */
    private readonly nodeArgs;
    private child;
    amqpPort: number;
    httpPort: number;
    kafkaPort: number;
    respPort: number;
    sqsPort: number;
    version: string;
    /** warn/error lines (pino level >= 40), kept so the report can show them. */
    readonly problems: WharfLogLine[];
    readonly stderr: string[];
    /** ms from spawn to the "wharf ready" line of the last start. */
    readyMs: number;
    private exited;
    constructor(dataDir?: string, 
    /** extra environment of the broker (e.g. WHARF_BENCH_SYNC_DELAY_MS) */
    env?: NodeJS.ProcessEnv, 
    /** extra node options of the broker (e.g. --cpu-prof, which NODE_OPTIONS refuses) */
    nodeArgs?: string[]);
    get pid(): number | undefined;
    get url(): string;
    /** Spawns the broker and resolves once it logs "wharf ready" (same data dir on restarts). */
    start(timeoutMs?: number): Promise<void>;
    /** SIGTERM and wait for exit (graceful, so a later start recovers a clean store). */
    stop(timeoutMs?: number): Promise<number | null>;
    /** Stops the broker and removes its data dir. */
    dispose(): Promise<void>;
}
