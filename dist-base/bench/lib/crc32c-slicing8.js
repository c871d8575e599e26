// The CRC32C that src/store/crc32c.ts had before the native and WebAssembly backends: TypeScript,
// slicing-by-8 over eight separate tables. Kept only as the "before" column of bench/crc32c.ts.
const POLY = 0x82f63b78;
const TABLES = (() => {
    const t = [];
    for (let k = 0; k < 8; k++)
        t.push(new Uint32Array(256));
    for (let i = 0; i < 256; i++) {
        let c = i;
        for (let j = 0; j < 8; j++)
            c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
        t[0][i] = c >>> 0;
    }
    for (let i = 0; i < 256; i++) {
        let c = t[0][i];
        for (let k = 1; k < 8; k++) {
            c = t[0][c & 0xff] ^ (c >>> 8);
            t[k][i] = c >>> 0;
        }
    }
    return t;
})();
/** CRC32C of buf[start, end), continuing from `seed` (a previous result). */
export function crc32cSlicing8(buf, start = 0, end = buf.length, seed = 0) {
    const [t0, t1, t2, t3, t4, t5, t6, t7] = TABLES;
    let crc = ~seed;
    let i = start;
    const end8 = end - ((end - start) & 7);
    while (i < end8) {
        const lo = crc ^ (buf[i] | (buf[i + 1] << 8) | (buf[i + 2] << 16) | (buf[i + 3] << 24));
        crc =
            t7[lo & 0xff] ^
                t6[(lo >>> 8) & 0xff] ^
                t5[(lo >>> 16) & 0xff] ^
                t4[lo >>> 24] ^
                t3[buf[i + 4]] ^
                t2[buf[i + 5]] ^
                t1[buf[i + 6]] ^
                t0[buf[i + 7]];
        i += 8;
    }
    while (i < end)
        crc = t0[(crc ^ buf[i++]) & 0xff] ^ (crc >>> 8);
    return ~crc >>> 0;
}
//# sourceMappingURL=crc32c-slicing8.js.map