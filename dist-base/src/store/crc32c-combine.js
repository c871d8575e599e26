// CRC32C of a concatenation from the CRCs of its parts: crc32cCombine(crc32c(a), crc32c(b), b.length) ===
// crc32c(a ++ b). It lets a record's checksum reuse one its caller already computed and checked over most of
// the bytes (a Kafka RecordBatch's own CRC-32C covers all of it but the first 21 bytes), instead of reading a
// megabyte again. The method is zlib's crc32_combine (1.2.12 and later): multiply crc(a) by x^(8·len(b))
// modulo the polynomial, the power built from a table of x^(2^k), so it costs about 32·log2(len) bit steps.
/** CRC-32C's polynomial, reflected. */
const POLY = 0x82f63b78;
/** a(x)·b(x) mod p(x), both reflected (bit 31 is x^0). */
function multModP(a, b) {
    let m = 0x80000000;
    let p = 0;
    for (;;) {
        if (a & m) {
            p ^= b;
            if ((a & (m - 1)) === 0)
                break;
        }
        m >>>= 1;
        b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
    }
    return p >>> 0;
}
/** X2N[k] = x^(2^k) mod p(x). */
const X2N = (() => {
    const t = new Uint32Array(32);
    let p = 0x40000000; // x^1
    t[0] = p;
    for (let k = 1; k < 32; k++)
        t[k] = p = multModP(p, p);
    return t;
})();
/** x^(n·2^k) mod p(x). */
function x2nModP(n, k) {
    let p = 0x80000000; // x^0
    while (n > 0) {
        if (n % 2 === 1)
            p = multModP(X2N[k & 31], p);
        n = Math.floor(n / 2);
        k++;
    }
    return p;
}
/** crc32c(a ++ b) from crcA = crc32c(a), crcB = crc32c(b) and lenB = b.length (bytes, a safe integer). */
export function crc32cCombine(crcA, crcB, lenB) {
    return (multModP(x2nModP(lenB, 3), crcA >>> 0) ^ crcB) >>> 0;
}
//# sourceMappingURL=crc32c-combine.js.map