// The ticks of a schedule, a pure function of time so that every worker computes the
// same ones: a cron expression's matching minutes (UTC), or multiples of `every`
// milliseconds since the Unix epoch (a 60 000 ms schedule ticks on each full minute
// whichever worker started when).
import { CronExpression } from './cron.js';
export function everyTicks(every) {
    if (!Number.isSafeInteger(every) || every < 1)
        throw new RangeError(`schedule every must be a positive integer of milliseconds, got ${String(every)}`);
    return {
        description: `every ${every}ms`,
        after: (t) => (Math.floor(t / every) + 1) * every,
        latest: (since, now) => {
            const tick = Math.floor(now / every) * every;
            return tick > since ? tick : undefined;
        },
    };
}
export function cronTicks(expression) {
    const cron = new CronExpression(expression);
    return {
        description: expression,
        after: (t) => cron.next(new Date(t))?.getTime(),
        latest: (since, now) => {
            let found;
            // Walks forward from `since`: a long outage of a per-minute schedule is a few
            // hundred thousand cheap steps at most, once, when a worker takes over.
            for (let t = cron.next(new Date(since))?.getTime(); t !== undefined && t <= now;) {
                found = t;
                t = cron.next(new Date(t))?.getTime();
            }
            return found;
        },
    };
}
//# sourceMappingURL=ticks.js.map