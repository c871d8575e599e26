/** An open was refused: the budget (or the process) is out of file descriptors. Nothing was changed. */
export declare class FileLimitError extends Error {
    /** the budget's limit was reached with every descriptor busy: room comes back as rounds complete */
    readonly busy: boolean;
    readonly code = "EMFILE";
    constructor(message: string, 
    /** the budget's limit was reached with every descriptor busy: room comes back as rounds complete */
    busy: boolean, options?: {
        cause?: unknown;
    });
}
export declare class FileHandles {
    readonly limit: number;
    private readonly onWarning?;
    /** Descriptors open through this budget. */
    open: number;
    /** The most that were open at once. */
    peak: number;
    /** Opens refused since start (new work at the limit, or the process out of descriptors). */
    refused: number;
    /** Idle descriptors closed to make room for others. */
    evicted: number;
    private head;
    private tail;
    private refusedSinceWarn;
    private lastWarn;
    private readonly waiters;
    private drainScheduled;
    /**
     * @param limit descriptors this budget keeps open at most (urgent opens may go past it for the moment);
     *   default unlimited, which still recovers from EMFILE by closing idle descriptors.
     * @param onWarning told (at most every 10 s) that opens were refused.
     */
    constructor(limit?: number, onWarning?: ((msg: string) => void) | undefined);
    /** A set of descriptors for one log; closeIdle closes (through the set) those it does not need now. */
    holder(closeIdle: () => void): HandleSet;
    /** @internal Closes idle descriptors of other holders, least recently used first, until under the limit. */
    makeRoom(requester: HandleSet | null, all: boolean): void;
    /** Logs waiting for a descriptor (waitForRoom). */
    get waiting(): number;
    /** @internal */
    refuse(cause: unknown): FileLimitError;
    /** @internal fn runs (synchronously, from a drain) once descriptors may be free; it re-registers if not. */
    waitForRoom(fn: () => void): void;
    /**
     * @internal Descriptors turned idle or were closed: the waiting logs get their turn, and descriptors
     * opened past the limit (urgent ones) are closed once idle.
     */
    roomMade(): void;
    private readonly drain;
    /** @internal Most recently used goes last. */
    use(h: HandleSet): void;
    /** @internal */
    unlink(h: HandleSet): void;
}
/** The descriptors of one log, counted against its FileHandles budget. */
export declare class HandleSet {
    private readonly budget;
    /** @internal */
    readonly closeIdle: () => void;
    /** Descriptors open through this set. */
    count: number;
    /** @internal LRU links (FileHandles). */
    prev: HandleSet | null;
    next: HandleSet | null;
    linked: boolean;
    constructor(budget: FileHandles, 
    /** @internal */
    closeIdle: () => void);
    /**
     * Opens path (fs.openSync flags and mode). At the limit, once nothing idle could be closed, a FileLimitError
     * marked `busy`, unless urgent: urgent opens go past the limit (for descriptors closed again at once, or
     * one a round cannot do without).
     */
    open(path: string, flags: number, mode: number | undefined, urgent: boolean): number;
    /** Like open() (not urgent), but -1 instead of an error when the limit leaves no room: for work that can wait. */
    tryOpen(path: string, flags: number, mode?: number): number;
    private room;
    private openNow;
    /**
     * Closes fd (opened by this set). Never throws: the descriptor is released whatever close says. `inPool`:
     * the close runs in libuv's thread pool, for a file already unlinked (or about to be), whose last close
     * frees its blocks, which takes milliseconds per MiB-sized file; the budget counts it closed at once.
     */
    close(fd: number, inPool?: boolean): void;
    /** Marks the set recently used (it is asked to close idle descriptors last). */
    touch(): void;
    /** fn runs once another log's descriptors may be free (after a refusal marked `busy`). */
    waitForRoom(fn: () => void): void;
    /** Some of this set's descriptors turned idle (a round completed): logs waiting for room may take them. */
    idle(): void;
}
/** EMFILE (this process) or ENFILE (the whole system). */
export declare function outOfDescriptors(e: unknown): boolean;
/**
 * The soft RLIMIT_NOFILE of this process, read from /proc/self/limits (Linux); undefined elsewhere or when
 * unlimited. Node raises the soft limit to the hard one at start on its own, so this is the hard limit too
 * unless something lowered it since.
 */
export declare function processFileLimit(): number | undefined;
/**
 * The default budget for queue files under a process limit of `processLimit` descriptors: half of it (at
 * least 16), the other half left for urgent opens past the limit, client connections, the definitions log,
 * the management API and Node itself. Unlimited when the process limit is unknown.
 */
export declare function defaultFileHandleLimit(processLimit: number | undefined): number;
