// Opt-in graceful shutdown on process signals: the first signal closes the client within
// its deadline (stop consuming, finish or requeue in-flight handlers, wait for publish
// confirms) and then exits; a second signal exits at once.

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
export function installSignalShutdown(
  close: (options: { deadlineMs: number }) => Promise<void>,
  options: SignalShutdownOptions = {},
): () => void {
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const deadlineMs = options.deadlineMs ?? 10_000;
  const exit = options.exit ?? true;
  let closing = false;
  const handler = (signal: NodeJS.Signals) => {
    if (closing) {
      // A second signal: the operator does not want to wait.
      if (exit) process.exit(130);
      return;
    }
    closing = true;
    options.onSignal?.(signal);
    close({ deadlineMs }).then(
      () => {
        if (exit) process.exit(0);
      },
      () => {
        if (exit) process.exit(1);
      },
    );
  };
  for (const s of signals) process.on(s, handler);
  return () => {
    for (const s of signals) process.off(s, handler);
  };
}
