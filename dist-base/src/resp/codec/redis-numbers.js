// Redis's own number parsers, reproduced exactly because clients (and our differential tests)
// see their edges: which strings count as a length, an ID part or a COUNT.
// Read from redis 7.0.15 src/util.c (string2ll, string2ull).
const ULLONG_MAX = (1n << 64n) - 1n;
const LLONG_MAX = (1n << 63n) - 1n;
/** Redis's LONG_STR_SIZE: 21 characters or more is never a valid long long. */
const LONG_STR_SIZE = 21;
/**
 * string2ll over bytes [start, end): no sign but '-', no leading zeros, no spaces, fits a
 * signed 64-bit integer. Returns the value as a number when it is safe, else null when invalid.
 * Lengths and counts never need more than 2^53; a longer valid number comes back inexact.
 */
export function parseRedisInt(buf, start, end) {
    const len = end - start;
    if (len === 0 || len >= LONG_STR_SIZE)
        return null;
    if (len === 1 && buf[start] === 0x30)
        return 0;
    let p = start;
    let negative = false;
    if (buf[p] === 0x2d) {
        negative = true;
        p++;
        if (p === end)
            return null;
    }
    let c = buf[p];
    if (c < 0x31 || c > 0x39)
        return null;
    // Up to 15 digits fit a double exactly; longer numbers take the BigInt path for exact overflow.
    if (end - p > 15) {
        const big = string2llBig(buf, start, end);
        return big === null ? null : Number(big);
    }
    let v = c - 0x30;
    for (p++; p < end; p++) {
        c = buf[p];
        if (c < 0x30 || c > 0x39)
            return null;
        v = v * 10 + (c - 0x30);
    }
    return negative ? -v : v;
}
/** string2ll with the exact 64-bit range, as a bigint. */
export function string2llBig(buf, start, end) {
    const len = end - start;
    if (len === 0 || len >= LONG_STR_SIZE)
        return null;
    if (len === 1 && buf[start] === 0x30)
        return 0n;
    let p = start;
    let negative = false;
    if (buf[p] === 0x2d) {
        negative = true;
        p++;
        if (p === end)
            return null;
    }
    if (buf[p] < 0x31 || buf[p] > 0x39)
        return null;
    let v = 0n;
    for (; p < end; p++) {
        const c = buf[p];
        if (c < 0x30 || c > 0x39)
            return null;
        v = v * 10n + BigInt(c - 0x30);
        if (v > ULLONG_MAX)
            return null;
    }
    if (negative)
        return v > LLONG_MAX + 1n ? null : -v;
    return v > LLONG_MAX ? null : v;
}
const isCSpace = (c) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
/**
 * Redis's string2ull: string2ll first (a negative result is invalid); if that fails, glibc's
 * strtoull(s, 10), which also takes leading spaces, '+', leading zeros, and a '-' that wraps
 * modulo 2^64 ("-05" is 2^64-5), but fails on overflow and on trailing garbage. The string
 * ends at its first NUL byte, as the C code sees it.
 */
export function string2ull(buf, start, end) {
    const nul = buf.indexOf(0, start);
    if (nul >= 0 && nul < end)
        end = nul;
    const ll = string2llBig(buf, start, end);
    if (ll !== null)
        return ll < 0n ? null : ll;
    let p = start;
    while (p < end && isCSpace(buf[p]))
        p++;
    let negative = false;
    if (p < end && (buf[p] === 0x2b || buf[p] === 0x2d)) {
        negative = buf[p] === 0x2d;
        p++;
    }
    const digits = p;
    let v = 0n;
    for (; p < end && buf[p] >= 0x30 && buf[p] <= 0x39; p++) {
        v = v * 10n + BigInt(buf[p] - 0x30);
        if (v > ULLONG_MAX)
            return null; // ERANGE
    }
    if (p === digits)
        return null; // no digits: strtoull sets endptr to s, so *endptr != '\0'
    if (p !== end)
        return null;
    return negative && v !== 0n ? (1n << 64n) - v : v;
}
//# sourceMappingURL=redis-numbers.js.map