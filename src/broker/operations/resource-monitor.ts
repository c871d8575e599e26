// Memory and disk alarms, as RabbitMQ raises them: process memory above the high
// watermark (default 0.4 of physical memory), or free disk on the data directory's
// file system below the limit (default 50 MB). Fronts block publishers while any alarm
// is on; consumers keep draining, which is what clears a memory alarm.
import { statfsSync } from 'node:fs';
import { totalmem } from 'node:os';

export type Alarm = 'memory' | 'disk';

export interface ResourceLimits {
  /** bytes; default memoryHighWatermark x physical memory */
  memoryLimit?: number;
  /** fraction of physical memory, default 0.4 (RabbitMQ's vm_memory_high_watermark) */
  memoryHighWatermark?: number;
  /** bytes of free disk below which publishers are blocked, default 50 000 000 */
  diskFreeLimit?: number;
}

export class ResourceMonitor {
  readonly alarms = new Set<Alarm>();
  private memoryLimit: number;
  private diskFreeLimit: number;
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners: ((alarms: ReadonlySet<Alarm>) => void)[] = [];
  private clearWaiters: (() => void)[] = [];
  /** last readings, for management and metrics */
  memoryUsed = 0;
  diskFree = Number.POSITIVE_INFINITY;

  constructor(
    /** undefined: no disk in use (storage 'memory'), so no disk alarm */
    private readonly dataDir: string | undefined,
    limits: ResourceLimits = {},
  ) {
    this.memoryLimit = 0;
    this.diskFreeLimit = 0;
    this.setLimits(limits);
  }

  setLimits(limits: ResourceLimits): void {
    this.memoryLimit = limits.memoryLimit ?? Math.floor(totalmem() * (limits.memoryHighWatermark ?? 0.4));
    this.diskFreeLimit = limits.diskFreeLimit ?? 50_000_000;
    if (this.timer) this.check();
  }

  onChange(fn: (alarms: ReadonlySet<Alarm>) => void): void {
    this.listeners.push(fn);
  }

  /**
   * undefined while no alarm is on; else a promise that resolves once every alarm has
   * cleared. A front holds a write (a Kafka produce, an SQS send, a Redis XADD) on it, as
   * AMQP blocks a publishing connection: the client waits instead of filling the disk or
   * the memory further, and its consumers keep draining.
   */
  whenClear(): Promise<void> | undefined {
    if (this.alarms.size === 0) return undefined;
    return new Promise((resolve) => this.clearWaiters.push(resolve));
  }

  /** Runs a write now, or once every alarm has cleared (whenClear): what a front's write handler wraps itself in. */
  hold<T>(write: () => T | Promise<T>): T | Promise<T> {
    const clear = this.whenClear();
    return clear === undefined ? write() : clear.then(write);
  }

  start(intervalMs = 1000): void {
    this.check();
    this.timer = setInterval(() => this.check(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Reads memory and free disk now and updates the alarms (also called when a write hits ENOSPC). */
  check(): void {
    // Both readings open a file (/proc/self/stat, the data dir): out of descriptors (EMFILE) they throw, and
    // this runs on a timer, so a failed reading keeps the last one instead of ending the process.
    try {
      this.memoryUsed = process.memoryUsage.rss();
    } catch {
      // keep the last reading
    }
    try {
      if (this.dataDir !== undefined) {
        const s = statfsSync(this.dataDir);
        this.diskFree = s.bavail * s.bsize;
      }
    } catch {
      // an unreadable data dir shows up as write errors elsewhere; keep the last reading
    }
    const before = this.alarms.size > 0 ? [...this.alarms].join() : '';
    this.set('memory', this.memoryUsed > this.memoryLimit);
    this.set('disk', this.diskFree < this.diskFreeLimit);
    const after = this.alarms.size > 0 ? [...this.alarms].join() : '';
    if (before === after) return;
    for (const fn of this.listeners) fn(this.alarms);
    if (this.alarms.size === 0) {
      const waiters = this.clearWaiters;
      this.clearWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  private set(alarm: Alarm, on: boolean): void {
    if (on) this.alarms.add(alarm);
    else this.alarms.delete(alarm);
  }
}
