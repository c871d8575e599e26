// Memory and disk alarms, as RabbitMQ raises them: process memory above the high
// watermark (default 0.4 of physical memory), or free disk on the data directory's
// file system below the limit (default 50 MB). Fronts block publishers while any alarm
// is on; consumers keep draining, which is what clears a memory alarm.
import { statfsSync } from 'node:fs';
import { totalmem } from 'node:os';
export class ResourceMonitor {
    dataDir;
    alarms = new Set();
    memoryLimit;
    diskFreeLimit;
    timer;
    listeners = [];
    clearWaiters = [];
    /** last readings, for management and metrics */
    memoryUsed = 0;
    diskFree = Number.POSITIVE_INFINITY;
    constructor(
    /** undefined: no disk in use (storage 'memory'), so no disk alarm */
    dataDir, limits = {}) {
        this.dataDir = dataDir;
        this.memoryLimit = 0;
        this.diskFreeLimit = 0;
        this.setLimits(limits);
    }
    setLimits(limits) {
        this.memoryLimit = limits.memoryLimit ?? Math.floor(totalmem() * (limits.memoryHighWatermark ?? 0.4));
        this.diskFreeLimit = limits.diskFreeLimit ?? 50_000_000;
        if (this.timer)
            this.check();
    }
    onChange(fn) {
        this.listeners.push(fn);
    }
    /**
     * undefined while no alarm is on; else a promise that resolves once every alarm has
     * cleared. A front holds a write (a Kafka produce, an SQS send, a Redis XADD) on it, as
     * AMQP blocks a publishing connection: the client waits instead of filling the disk or
     * the memory further, and its consumers keep draining.
     */
    whenClear() {
        if (this.alarms.size === 0)
            return undefined;
        return new Promise((resolve) => this.clearWaiters.push(resolve));
    }
    /** Runs a write now, or once every alarm has cleared (whenClear): what a front's write handler wraps itself in. */
    hold(write) {
        const clear = this.whenClear();
        return clear === undefined ? write() : clear.then(write);
    }
    start(intervalMs = 1000) {
        this.check();
        this.timer = setInterval(() => this.check(), intervalMs);
        this.timer.unref();
    }
    stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
    }
    /** Reads memory and free disk now and updates the alarms (also called when a write hits ENOSPC). */
    check() {
        // Both readings open a file (/proc/self/stat, the data dir): out of descriptors (EMFILE) they throw, and
        // this runs on a timer, so a failed reading keeps the last one instead of ending the process.
        try {
            this.memoryUsed = process.memoryUsage.rss();
        }
        catch {
            // keep the last reading
        }
        try {
            if (this.dataDir !== undefined) {
                const s = statfsSync(this.dataDir);
                this.diskFree = s.bavail * s.bsize;
            }
        }
        catch {
            // an unreadable data dir shows up as write errors elsewhere; keep the last reading
        }
        const before = this.alarms.size > 0 ? [...this.alarms].join() : '';
        this.set('memory', this.memoryUsed > this.memoryLimit);
        this.set('disk', this.diskFree < this.diskFreeLimit);
        const after = this.alarms.size > 0 ? [...this.alarms].join() : '';
        if (before === after)
            return;
        for (const fn of this.listeners)
            fn(this.alarms);
        if (this.alarms.size === 0) {
            const waiters = this.clearWaiters;
            this.clearWaiters = [];
            for (const resolve of waiters)
                resolve();
        }
    }
    set(alarm, on) {
        if (on)
            this.alarms.add(alarm);
        else
            this.alarms.delete(alarm);
    }
}
//# sourceMappingURL=resource-monitor.js.map