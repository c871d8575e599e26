// CRC32C (Castagnoli, reflected polynomial 0x82F63B78) in plain TypeScript: the fallback that
// runs everywhere, and the fast path for small buffers, where calling out to native code or
// WebAssembly costs more than the checksum (thresholds in crc32c.ts, figures in bench/crc32c.ts).
//
// Slicing-by-16: sixteen 256-entry tables let the loop consume 16 bytes per step. They live in
// one flat Int32Array (table k at k * 256): V8 keeps int32 values unboxed and checks one array's
// bounds, which measured twice as fast as sixteen separate arrays. The tables are built once at
// module load and never written again, so they are not shared mutable state.
const POLY = 0x82f63b78;
const SLICES = 16;
/** Table k maps a byte to its CRC contribution k bytes before the end of a 16-byte block. */
const CRC32C_TABLES = (() => {
    const t = new Int32Array(SLICES * 256);
    for (let i = 0; i < 256; i++) {
        let c = i;
        for (let j = 0; j < 8; j++)
            c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
        t[i] = c;
    }
    for (let i = 0; i < 256; i++) {
        let c = t[i];
        for (let k = 1; k < SLICES; k++) {
            c = t[c & 0xff] ^ (c >>> 8);
            t[k * 256 + i] = c;
        }
    }
    return t;
})();
/** Writes the tables little-endian at `at` (16 KiB), for the WebAssembly module to read. */
export function writeCrc32cTables(view, at) {
    for (let i = 0; i < CRC32C_TABLES.length; i++)
        view.setInt32(at + 4 * i, CRC32C_TABLES[i], true);
}
/**
 * CRC32C of buf[start, end). `seed` is a previous result, to checksum data given in pieces:
 * crc32cJs(b, 5, 9, crc32cJs(b, 0, 5)) === crc32cJs(b, 0, 9).
 */
export function crc32cJs(buf, start = 0, end = buf.length, seed = 0) {
    const t = CRC32C_TABLES;
    let crc = ~seed;
    let i = start;
    const end16 = end - ((end - start) & 15);
    while (i < end16) {
        const a = crc ^ (buf[i] | (buf[i + 1] << 8) | (buf[i + 2] << 16) | (buf[i + 3] << 24));
        crc =
            t[3840 + (a & 0xff)] ^
                t[3584 + ((a >>> 8) & 0xff)] ^
                t[3328 + ((a >>> 16) & 0xff)] ^
                t[3072 + (a >>> 24)] ^
                t[2816 + buf[i + 4]] ^
                t[2560 + buf[i + 5]] ^
                t[2304 + buf[i + 6]] ^
                t[2048 + buf[i + 7]] ^
                t[1792 + buf[i + 8]] ^
                t[1536 + buf[i + 9]] ^
                t[1280 + buf[i + 10]] ^
                t[1024 + buf[i + 11]] ^
                t[768 + buf[i + 12]] ^
                t[512 + buf[i + 13]] ^
                t[256 + buf[i + 14]] ^
                t[buf[i + 15]];
        i += 16;
    }
    while (i < end)
        crc = t[(crc ^ buf[i++]) & 0xff] ^ (crc >>> 8);
    return ~crc >>> 0;
}
/** crc32c(buf, s, e + 1) from crc = crc32c(buf, s, e) and byte = buf[e]: a running checksum, one byte at a time. */
export function crc32cByte(crc, byte) {
    const c = ~crc;
    return ~(CRC32C_TABLES[(c ^ byte) & 0xff] ^ (c >>> 8)) >>> 0;
}
//# sourceMappingURL=crc32c-js.js.map