export interface TickSource {
    /** The first tick strictly after `after` (epoch ms), or undefined when none comes. */
    after(after: number): number | undefined;
    /** The latest tick at or before `now`, if it is later than `since`. */
    latest(since: number, now: number): number | undefined;
    /** For messages: the cron expression or `every <n>ms`. */
    readonly description: string;
}
export declare function everyTicks(every: number): TickSource;
export declare function cronTicks(expression: string): TickSource;
