// CronExpression against a brute-force reading of the same rules: for random
// expressions, next() must equal the first minute that matches() when walked one
// minute at a time; plus the parts of Vixie cron that are easy to get wrong.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CronExpression, CronSyntaxError } from '../../src/client/index.js';
const MINUTE = 60_000;
/** Walks minute by minute: slow but obviously right, given matches(). */
function bruteNext(cron, after, limitMinutes) {
    let t = Math.floor(after.getTime() / MINUTE) * MINUTE + MINUTE;
    for (let i = 0; i < limitMinutes; i++, t += MINUTE)
        if (cron.matches(new Date(t)))
            return new Date(t);
    return undefined;
}
/** Field-by-field check of one date against a field's allowed values, independent of the class. */
function fieldsOf(d) {
    return [d.getUTCMinutes(), d.getUTCHours(), d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCDay()];
}
function randomField(rand, min, max) {
    const pick = () => min + Math.floor(rand() * (max - min + 1));
    switch (Math.floor(rand() * 5)) {
        case 0:
            return '*';
        case 1:
            return `*/${1 + Math.floor(rand() * 7)}`;
        case 2: {
            const a = pick();
            const b = pick();
            return `${Math.min(a, b)}-${Math.max(a, b)}`;
        }
        case 3:
            return `${pick()},${pick()}`;
        default:
            return String(pick());
    }
}
/** A seeded generator, so a failure can be replayed. */
function mulberry32(seed) {
    return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = seed;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
describe('CronExpression', () => {
    test('next() equals the brute-force walk for random expressions', () => {
        const seed = Date.now() % 100_000;
        const rand = mulberry32(seed);
        let compared = 0;
        for (let i = 0; i < 120; i++) {
            const expr = [
                randomField(rand, 0, 59),
                randomField(rand, 0, 23),
                rand() < 0.6 ? '*' : randomField(rand, 1, 28),
                rand() < 0.7 ? '*' : randomField(rand, 1, 12),
                rand() < 0.6 ? '*' : randomField(rand, 0, 6),
            ].join(' ');
            const cron = new CronExpression(expr);
            const after = new Date(Date.UTC(2024, Math.floor(rand() * 12), 1 + Math.floor(rand() * 28), 0, 0) + rand() * 86_400_000);
            const want = bruteNext(cron, after, 366 * 24 * 60);
            if (want === undefined)
                continue; // rarer than once a year: the walk is too slow to check it
            compared++;
            assert.equal(cron.next(after)?.toISOString(), want.toISOString(), `seed ${seed}: '${expr}' after ${after.toISOString()}`);
        }
        assert.ok(compared > 60, `only ${compared} expressions compared`);
    });
    test('matches() reads each field as cron does', () => {
        const cron = new CronExpression('5,35 */6 1-15 jan-mar,dec mon-fri');
        const rand = mulberry32(7);
        for (let i = 0; i < 2000; i++) {
            const d = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 365 * 1440) * MINUTE);
            const [mi, h, dom, mon, dow] = fieldsOf(d);
            // Both day fields restricted: either one matching is enough (Vixie cron).
            const want = (mi === 5 || mi === 35) &&
                h % 6 === 0 &&
                [1, 2, 3, 12].includes(mon) &&
                ((dom >= 1 && dom <= 15) || (dow >= 1 && dow <= 5));
            assert.equal(cron.matches(d), want, d.toISOString());
        }
    });
    test('a day-of-week field alone restricts the days; 7 and sun are Sunday', () => {
        for (const expr of ['0 12 * * 0', '0 12 * * 7', '0 12 * * SUN']) {
            const next = new CronExpression(expr).next(new Date('2026-12-07T13:00:00Z')); // a Monday
            assert.equal(next?.toISOString(), '2026-12-13T12:00:00.000Z', expr);
        }
    });
    test('macros, a/n steps and leap days', () => {
        assert.equal(new CronExpression('@hourly').next(new Date('2026-01-01T10:59:59Z'))?.toISOString(), '2026-01-01T11:00:00.000Z');
        assert.equal(new CronExpression('@yearly').next(new Date('2026-06-01T00:00:00Z'))?.toISOString(), '2027-01-01T00:00:00.000Z');
        assert.equal(new CronExpression('50/5 * * * *').next(new Date('2026-01-01T10:56:00Z'))?.toISOString(), '2026-01-01T11:50:00.000Z');
        assert.equal(new CronExpression('0 0 29 2 *').next(new Date('2026-03-01T00:00:00Z'))?.toISOString(), '2028-02-29T00:00:00.000Z');
        // Strictly after: a matching instant itself is not its own next tick.
        assert.equal(new CronExpression('* * * * *').next(new Date('2026-01-01T00:00:00Z'))?.toISOString(), '2026-01-01T00:01:00.000Z');
    });
    test('bad expressions are refused with the reason', () => {
        for (const [expr, reason] of [
            ['* * * *', /5 fields/],
            ['60 * * * *', /minute 60 is outside/],
            ['* 24 * * *', /hour 24/],
            ['* * 0 * *', /day of month 0/],
            ['* * * 13 *', /month 13/],
            ['* * * * 8', /day of week 8/],
            ['5-1 * * * *', /backwards/],
            ['*/0 * * * *', /bad step/],
            ['a * * * *', /bad minute/],
            ['0 0 30 2 *', /no date matches/],
        ]) {
            assert.throws(() => new CronExpression(expr), (e) => e instanceof CronSyntaxError && reason.test(e.message), expr);
        }
    });
});
//# sourceMappingURL=cron.test.js.map