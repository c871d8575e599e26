// Per-key ordering across several queues: a key always maps to the same partition queue
// (jump consistent hash, Lamping & Veach 2014: growing N moves only ~1/N of the keys),
// and each partition queue has a single active consumer, so messages with one key are
// handled one at a time, in publish order, while different keys spread over partitions.
import { createHash } from 'node:crypto';
const MASK64 = (1n << 64n) - 1n;
/** The bucket in [0, buckets) of `key`. */
export function jumpHash(key, buckets) {
    if (!Number.isInteger(buckets) || buckets < 1)
        throw new RangeError(`buckets must be a positive integer, got ${buckets}`);
    // A 64-bit key from the string: jump hash needs well-mixed input bits.
    let k = createHash('sha256').update(key).digest().readBigUInt64BE(0);
    let b = -1;
    let j = 0;
    while (j < buckets) {
        b = j;
        k = (k * 2862933555777941757n + 1n) & MASK64;
        j = Math.floor((b + 1) * (2 ** 31 / (Number(k >> 33n) + 1)));
    }
    return b;
}
/** Name of partition `i` of an ordered queue set. */
export function partitionName(base, i) {
    return `${base}.${i}`;
}
//# sourceMappingURL=ordering.js.map