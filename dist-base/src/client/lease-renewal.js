// Keeps a dedup lease alive while its handler runs: every third of the lease the store's
// renew() pushes the expiry out again, so a handler slower than `dedupLeaseSeconds`
// keeps its claim and a second copy of the message waits instead of running beside it.
// The lease still ends by itself when the process dies (no more renewals), which is
// what lets another consumer take over after a crash.
import { asError } from './errors.js';
const NONE = { stop() { } };
export function renewWhileRunning(store, key, leaseSeconds, onLost, onRenewed) {
    if (typeof store.renew !== 'function')
        return NONE;
    const renew = store.renew.bind(store);
    let stopped = false;
    let busy = false;
    const timer = setInterval(() => {
        if (busy)
            return; // a slow store: one renewal at a time
        busy = true;
        renew(key, leaseSeconds).then((held) => {
            busy = false;
            if (stopped)
                return;
            if (held)
                onRenewed();
            else
                onLost(new Error(`dedup lease on '${key}' ran out while its handler was running`));
        }, (err) => {
            busy = false;
            if (!stopped)
                onLost(new Error(`renewing the dedup lease on '${key}' failed: ${asError(err).message}`));
        });
    }, Math.max(10, (leaseSeconds * 1000) / 3));
    return {
        stop() {
            stopped = true;
            clearInterval(timer);
        },
    };
}
//# sourceMappingURL=lease-renewal.js.map