// Opt-in graceful shutdown on process signals: the first signal closes the client within
// its deadline (stop consuming, finish or requeue in-flight handlers, wait for publish
// confirms) and then exits; a second signal exits at once.
/** Installs the handlers; the returned function removes them. */
export function installSignalShutdown(close, options = {}) {
    const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
    const deadlineMs = options.deadlineMs ?? 10_000;
    const exit = options.exit ?? true;
    let closing = false;
    const handler = (signal) => {
        if (closing) {
            // A second signal: the operator does not want to wait.
            if (exit)
                process.exit(130);
            return;
        }
        closing = true;
        options.onSignal?.(signal);
        close({ deadlineMs }).then(() => {
            if (exit)
                process.exit(0);
        }, () => {
            if (exit)
                process.exit(1);
        });
    };
    for (const s of signals)
        process.on(s, handler);
    return () => {
        for (const s of signals)
            process.off(s, handler);
    };
}
//# sourceMappingURL=shutdown.js.map