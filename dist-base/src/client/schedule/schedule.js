import { cronTicks, everyTicks } from './ticks.js';
/** Headers of a job published by a schedule. */
export const SCHEDULE_HEADER = {
    /** The schedule's name. */
    name: 'x-schedule',
    /** The tick the job is for, as an ISO 8601 UTC time. */
    tick: 'x-schedule-tick',
};
/** The durable queue holding a schedule's cursor. */
export function scheduleQueueName(name) {
    return `wharf.schedule.${name}`;
}
/** The message id of a tick's job: the same whichever worker publishes it. */
export function tickMessageId(name, tick) {
    return `${name}@${new Date(tick).toISOString()}`;
}
export function ticksOf(options) {
    const { cron, every } = options;
    if ((cron === undefined) === (every === undefined))
        throw new TypeError('schedule: give exactly one of cron and every');
    return cron !== undefined ? cronTicks(cron) : everyTicks(every);
}
/** The longest hold a timer can wait for (setTimeout's limit). */
export function checkHoldMs(holdMs) {
    if (!Number.isSafeInteger(holdMs) || holdMs < 1 || holdMs > 2 ** 31 - 1)
        throw new RangeError(`schedule holdMs must be an integer from 1 to ${2 ** 31 - 1}, got ${String(holdMs)}`);
    return holdMs;
}
//# sourceMappingURL=schedule.js.map