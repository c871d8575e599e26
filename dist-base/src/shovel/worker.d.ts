import type { ShovelDefinition } from './definition.js';
export type ShovelState = 'starting' | 'running' | 'terminated';
/** How a shovel reaches the broker it runs in (its own AMQP listener). */
export interface LocalEndpoint {
    host: string;
    port: number;
    credential: string;
}
export interface ShovelHost {
    /** the local listener, or why there is none */
    local(): LocalEndpoint | string;
    /** this broker's name, for the x-shovelled header */
    readonly clusterName: string;
    warn(msg: string): void;
    info(msg: string): void;
    /** a one-shot shovel moved what it had to: clear its parameter */
    completed(): void;
}
/** Progress since this shovel started in this process (kept across its restarts). */
export interface ShovelCounters {
    /** published to the destination (RabbitMQ's "forwarded") */
    forwarded: number;
    /** acknowledged at the source after the destination took them (on-confirm: confirmed) */
    moved: number;
    /** forwarded messages the source had flagged redelivered: each may be a duplicate there */
    duplicatesRisked: number;
    /** times it failed and started again */
    restarts: number;
}
export declare class ShovelWorker {
    readonly vhost: string;
    readonly name: string;
    readonly def: ShovelDefinition;
    /** the user a local connection without credentials logs in as */
    private readonly user;
    private readonly host;
    state: ShovelState;
    /** why it is terminated */
    reason: string | undefined;
    /** when the state last changed */
    since: Date;
    lastError: {
        message: string;
        at: Date;
    } | undefined;
    readonly counters: ShovelCounters;
    /** messages still to move for a one-shot shovel; Infinity for a continuous one */
    remaining: number;
    /** ... of which not yet published in this run */
    remainingUnacked: number;
    private link;
    /** bumped whenever the current link is given up: callbacks of an older one do nothing */
    private gen;
    private stopped;
    private failures;
    private restartTimer;
    private drainTimer;
    private targetKnown;
    private readonly window;
    private pending;
    private pendingHead;
    private flushQueued;
    private readonly limiter;
    private forwardTable;
    constructor(vhost: string, name: string, def: ShovelDefinition, 
    /** the user a local connection without credentials logs in as */
    user: string | undefined, host: ShovelHost);
    get blocked(): boolean;
    get pendingCount(): number;
    get srcUri(): string | undefined;
    get destUri(): string | undefined;
    start(): void;
    /**
     * Stops for good: takes no more messages, waits (a few seconds at most) for the
     * destination to confirm what is in flight and acks it at the source, so a clean stop
     * or restart sends nothing twice; then closes both connections.
     */
    stop(): Promise<void>;
    private setState;
    private run;
    private consume;
    /** Tries the URIs in a random order, as RabbitMQ does, until one connects. */
    private connect;
    private watchChannel;
    private deliver;
    /**
     * Without acks, prefetch-count does not bound what the source sends: when messages pile
     * up waiting for the destination or the rate limit, the consumer is cancelled, and
     * started again once they went (drainPending).
     */
    private pauseIfFlooded;
    private scheduleDrain;
    /** Forwards waiting messages while the destination takes them and the rate allows. */
    private drainPending;
    private forward;
    private confirmed;
    /** Tells the source what the destination settled (on-confirm). */
    private flush;
    private moved;
    /** A one-shot shovel is done: close cleanly (the acks go first), then clear the parameter. */
    private complete;
    private fail;
    private publishOptions;
    /** RabbitMQ's x-shovelled table (rabbit_shovel_util:update_headers): who moved it, from where to where. */
    private forwardHeader;
}
