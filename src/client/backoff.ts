// Exponential backoff with jitter, shared by reconnects and message retries. The jitter
// only ever shortens a delay (a delay lands in [base x (1 - jitter), base]), so the cap
// is a true cap and a retry through a TTL queue never waits longer than its queue's TTL.

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
export function baseDelay(attempt: number, o: BackoffOptions): number {
  const exp = o.initialDelayMs * Math.pow(o.factor, Math.max(0, attempt - 1));
  return Math.round(Math.min(o.maxDelayMs, exp));
}

/** The delay before retry number `attempt` (1-based), jittered. */
export function backoffDelay(attempt: number, o: BackoffOptions, random: () => number = Math.random): number {
  const base = baseDelay(attempt, o);
  const jitter = Math.min(1, Math.max(0, o.jitter));
  return Math.max(0, Math.round(base * (1 - jitter * random())));
}

/** Resolves after `ms`, or at once (rejecting with the signal's reason) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
