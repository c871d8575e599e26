export interface BackoffOptions {
    /** Delay before the first retry, ms. */
    initialDelayMs: number;
    /** Upper bound of any delay, ms. */
    maxDelayMs: number;
    /** Growth per attempt. */
    factor: number;
    /** Fraction (0..1) of the delay that is randomised away, so clients that failed together do not retry together. */
    jitter: number;
}
/** The delay before retry number `attempt` (1-based), without jitter. */
export declare function baseDelay(attempt: number, o: BackoffOptions): number;
/** The delay before retry number `attempt` (1-based), jittered. */
export declare function backoffDelay(attempt: number, o: BackoffOptions, random?: () => number): number;
/** Resolves after `ms`, or at once (rejecting with the signal's reason) when `signal` aborts. */
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
