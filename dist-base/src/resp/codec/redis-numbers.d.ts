/**
 * string2ll over bytes [start, end): no sign but '-', no leading zeros, no spaces, fits a
 * signed 64-bit integer. Returns the value as a number when it is safe, else null when invalid.
 * Lengths and counts never need more than 2^53; a longer valid number comes back inexact.
 */
export declare function parseRedisInt(buf: Uint8Array, start: number, end: number): number | null;
/** string2ll with the exact 64-bit range, as a bigint. */
export declare function string2llBig(buf: Uint8Array, start: number, end: number): bigint | null;
/**
 * Redis's string2ull: string2ll first (a negative result is invalid); if that fails, glibc's
 * strtoull(s, 10), which also takes leading spaces, '+', leading zeros, and a '-' that wraps
 * modulo 2^64 ("-05" is 2^64-5), but fails on overflow and on trailing garbage. The string
 * ends at its first NUL byte, as the C code sees it.
 */
export declare function string2ull(buf: Uint8Array, start: number, end: number): bigint | null;
