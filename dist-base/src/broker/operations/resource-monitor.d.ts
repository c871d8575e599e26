export type Alarm = 'memory' | 'disk';
export interface ResourceLimits {
    /** bytes; default memoryHighWatermark x physical memory */
    memoryLimit?: number;
    /** fraction of physical memory, default 0.4 (RabbitMQ's vm_memory_high_watermark) */
    memoryHighWatermark?: number;
    /** bytes of free disk below which publishers are blocked, default 50 000 000 */
    diskFreeLimit?: number;
}
export declare class ResourceMonitor {
    /** undefined: no disk in use (storage 'memory'), so no disk alarm */
    private readonly dataDir;
    readonly alarms: Set<Alarm>;
    private memoryLimit;
    private diskFreeLimit;
    private timer;
    private readonly listeners;
    private clearWaiters;
    /** last readings, for management and metrics */
    memoryUsed: number;
    diskFree: number;
    constructor(
    /** undefined: no disk in use (storage 'memory'), so no disk alarm */
    dataDir: string | undefined, limits?: ResourceLimits);
    setLimits(limits: ResourceLimits): void;
    onChange(fn: (alarms: ReadonlySet<Alarm>) => void): void;
    /**
     * undefined while no alarm is on; else a promise that resolves once every alarm has
     * cleared. A front holds a write (a Kafka produce, an SQS send, a Redis XADD) on it, as
     * AMQP blocks a publishing connection: the client waits instead of filling the disk or
     * the memory further, and its consumers keep draining.
     */
    whenClear(): Promise<void> | undefined;
    /** Runs a write now, or once every alarm has cleared (whenClear): what a front's write handler wraps itself in. */
    hold<T>(write: () => T | Promise<T>): T | Promise<T>;
    start(intervalMs?: number): void;
    stop(): void;
    /** Reads memory and free disk now and updates the alarms (also called when a write hits ENOSPC). */
    check(): void;
    private set;
}
