import type { QueueRef } from '../topology.js';
import { type TickSource } from './ticks.js';
/** Headers of a job published by a schedule. */
export declare const SCHEDULE_HEADER: {
    /** The schedule's name. */
    readonly name: "x-schedule";
    /** The tick the job is for, as an ISO 8601 UTC time. */
    readonly tick: "x-schedule-tick";
};
export interface ScheduleOptions<T = unknown> {
    /** Standard 5-field cron expression, in UTC (e.g. `'0 6 * * 1-5'`, `'@hourly'`). */
    cron?: string;
    /** A fixed interval in milliseconds; ticks fall on its multiples since the Unix epoch. */
    every?: number;
    /** The payload of every job. Default null. */
    payload?: T;
    /**
     * Where the jobs go: a queue name (declared durable) or a declared QueueRef (used as
     * it is). Default: a durable queue named after the schedule.
     */
    queue?: string | QueueRef;
    /** How often the cursor held unacked is republished (ms). Default 60 000. */
    holdMs?: number;
}
/** A schedule this worker takes part in. */
export interface Schedule {
    readonly name: string;
    /** The queue the jobs go to. */
    readonly queue: string;
    /** The next tick after `after` (default now), by this worker's expression. */
    nextTick(after?: Date): Date | undefined;
    /** This worker stops ticking; the others (if any) go on. */
    stop(options?: {
        deadlineMs?: number;
    }): Promise<void>;
    /** Stops this worker and deletes the schedule queue: every worker of it stops ticking. */
    remove(): Promise<void>;
}
/** The durable queue holding a schedule's cursor. */
export declare function scheduleQueueName(name: string): string;
/** The message id of a tick's job: the same whichever worker publishes it. */
export declare function tickMessageId(name: string, tick: number): string;
export declare function ticksOf(options: ScheduleOptions): TickSource;
/** The longest hold a timer can wait for (setTimeout's limit). */
export declare function checkHoldMs(holdMs: number): number;
