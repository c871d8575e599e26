/** A parsed cron expression; `next(after)` is the first matching minute strictly after `after`. */
export declare class CronExpression {
    readonly source: string;
    private readonly minutes;
    private readonly hours;
    private readonly days;
    private readonly months;
    private readonly weekdays;
    /** Both day fields restricted: a day matches if either does (Vixie cron). */
    private readonly eitherDay;
    constructor(source: string);
    /** Whether the minute holding `date` matches. */
    matches(date: Date): boolean;
    /**
     * The first matching minute strictly after `after`, or undefined when none comes in
     * the next 28 years (one full cycle of weekdays against leap years).
     */
    next(after: Date): Date | undefined;
    private dayMatches;
}
export declare class CronSyntaxError extends Error {
    readonly expression: string;
    name: string;
    constructor(expression: string, reason: string);
}
