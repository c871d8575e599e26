// Standard 5-field cron expressions (minute hour day-of-month month day-of-week), read
// as Vixie cron reads them, evaluated in UTC: numbers, `*`, lists `a,b`, ranges `a-b`,
// steps `*/n`, `a-b/n` and `a/n` (from a to the field's end), month and weekday names
// (jan..dec, sun..sat), 0 or 7 for Sunday, and the macros @yearly, @annually, @monthly,
// @weekly, @daily, @midnight and @hourly. As in Vixie cron, when both day fields are
// restricted (neither starts with `*`) a day matches if either matches; otherwise both
// must. UTC because every worker must compute the same ticks whatever its TZ, and UTC
// has no skipped or repeated hours.
const MINUTE = 60_000;
const FIELDS = [
    { name: 'minute', min: 0, max: 59 },
    { name: 'hour', min: 0, max: 23 },
    { name: 'day of month', min: 1, max: 31 },
    {
        name: 'month',
        min: 1,
        max: 12,
        names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
    },
    // 7 is Sunday too; folded onto 0 after parsing.
    { name: 'day of week', min: 0, max: 7, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
];
const MACROS = {
    '@yearly': '0 0 1 1 *',
    '@annually': '0 0 1 1 *',
    '@monthly': '0 0 1 * *',
    '@weekly': '0 0 * * 0',
    '@daily': '0 0 * * *',
    '@midnight': '0 0 * * *',
    '@hourly': '0 * * * *',
};
/** A parsed cron expression; `next(after)` is the first matching minute strictly after `after`. */
export class CronExpression {
    source;
    minutes;
    hours;
    days;
    months;
    weekdays;
    /** Both day fields restricted: a day matches if either does (Vixie cron). */
    eitherDay;
    constructor(source) {
        this.source = source;
        const text = MACROS[source.trim().toLowerCase()] ?? source.trim();
        const parts = text.split(/\s+/);
        if (parts.length !== 5)
            throw new CronSyntaxError(source, `expected 5 fields (minute hour day month weekday), got ${parts.length}`);
        const sets = parts.map((p, i) => parseField(source, p, FIELDS[i]));
        const weekdays = sets[4];
        if (weekdays.delete(7))
            weekdays.add(0);
        [this.minutes, this.hours, this.days, this.months, this.weekdays] = sets;
        this.eitherDay = !parts[2].startsWith('*') && !parts[4].startsWith('*');
        // An expression no date satisfies (`0 0 30 2 *`) would make every worker search forever.
        if (this.next(new Date(Date.UTC(2000, 0, 1))) === undefined)
            throw new CronSyntaxError(source, 'no date matches it');
    }
    /** Whether the minute holding `date` matches. */
    matches(date) {
        return (this.months.has(date.getUTCMonth() + 1) &&
            this.dayMatches(date) &&
            this.hours.has(date.getUTCHours()) &&
            this.minutes.has(date.getUTCMinutes()));
    }
    /**
     * The first matching minute strictly after `after`, or undefined when none comes in
     * the next 28 years (one full cycle of weekdays against leap years).
     */
    next(after) {
        let t = Math.floor(after.getTime() / MINUTE) * MINUTE + MINUTE;
        const limit = t + 28 * 366 * 24 * 60 * MINUTE;
        while (t < limit) {
            const d = new Date(t);
            if (!this.months.has(d.getUTCMonth() + 1)) {
                t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
            }
            else if (!this.dayMatches(d)) {
                t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
            }
            else if (!this.hours.has(d.getUTCHours())) {
                t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours() + 1);
            }
            else if (!this.minutes.has(d.getUTCMinutes())) {
                t += MINUTE;
            }
            else {
                return d;
            }
        }
        return undefined;
    }
    dayMatches(d) {
        const dom = this.days.has(d.getUTCDate());
        const dow = this.weekdays.has(d.getUTCDay());
        return this.eitherDay ? dom || dow : dom && dow;
    }
}
export class CronSyntaxError extends Error {
    expression;
    name = 'CronSyntaxError';
    constructor(expression, reason) {
        super(`invalid cron expression '${expression}': ${reason}`);
        this.expression = expression;
    }
}
function parseField(source, text, spec) {
    const out = new Set();
    for (const item of text.split(',')) {
        const [range, stepText, extra] = item.split('/');
        if (extra !== undefined || range === undefined || range === '')
            throw new CronSyntaxError(source, `bad ${spec.name} '${item}'`);
        let step = 1;
        if (stepText !== undefined) {
            if (!/^\d+$/.test(stepText) || Number(stepText) < 1)
                throw new CronSyntaxError(source, `bad step '${stepText}' in ${spec.name}`);
            step = Number(stepText);
        }
        let lo;
        let hi;
        if (range === '*') {
            lo = spec.min;
            hi = spec.max;
        }
        else {
            const bounds = range.split('-');
            if (bounds.length > 2)
                throw new CronSyntaxError(source, `bad range '${range}' in ${spec.name}`);
            lo = value(source, bounds[0], spec);
            // `a/n` runs from a to the end of the field, as in Vixie cron.
            hi = bounds.length === 2 ? value(source, bounds[1], spec) : stepText !== undefined ? spec.max : lo;
            if (hi < lo)
                throw new CronSyntaxError(source, `range '${range}' in ${spec.name} runs backwards`);
        }
        for (let v = lo; v <= hi; v += step)
            out.add(v);
    }
    return out;
}
function value(source, text, spec) {
    const named = spec.names?.indexOf(text.toLowerCase()) ?? -1;
    // Month names count from 1, weekday names from 0 (Sunday).
    if (named >= 0)
        return named + (spec.min === 1 ? 1 : 0);
    if (!/^\d+$/.test(text))
        throw new CronSyntaxError(source, `bad ${spec.name} '${text}'`);
    const n = Number(text);
    if (n < spec.min || n > spec.max)
        throw new CronSyntaxError(source, `${spec.name} ${n} is outside ${spec.min}-${spec.max}`);
    return n;
}
//# sourceMappingURL=cron.js.map