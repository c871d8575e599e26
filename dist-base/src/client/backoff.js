// Exponential backoff with jitter, shared by reconnects and message retries. The jitter
// only ever shortens a delay (a delay lands in [base x (1 - jitter), base]), so the cap
// is a true cap and a retry through a TTL queue never waits longer than its queue's TTL.
/** The delay before retry number `attempt` (1-based), without jitter. */
export function baseDelay(attempt, o) {
    const exp = o.initialDelayMs * Math.pow(o.factor, Math.max(0, attempt - 1));
    return Math.round(Math.min(o.maxDelayMs, exp));
}
/** The delay before retry number `attempt` (1-based), jittered. */
export function backoffDelay(attempt, o, random = Math.random) {
    const base = baseDelay(attempt, o);
    const jitter = Math.min(1, Math.max(0, o.jitter));
    return Math.max(0, Math.round(base * (1 - jitter * random())));
}
/** Resolves after `ms`, or at once (rejecting with the signal's reason) when `signal` aborts. */
export function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
//# sourceMappingURL=backoff.js.map