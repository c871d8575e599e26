// CRC32C (Castagnoli, reflected polynomial 0x82F63B78), the checksum of every stored record and
// of every Kafka RecordBatch. Three implementations give the same values (test/store/crc32c.test.ts):
//   native  the CPU's CRC instruction through @node-rs/crc32 (crc32c-native.ts), ~6 GB/s here;
//   wasm    slicing-by-16 in WebAssembly (crc32c-wasm.ts), ~2.5 GB/s, where no native binary loads;
//   js      slicing-by-16 in TypeScript (crc32c-js.ts), ~1.3 GB/s, where WebAssembly is off too.
// One is chosen once, when this module loads, and kept in a const. Below a size threshold the
// TypeScript runs anyway: a call into native code or WebAssembly costs more than checksumming a
// short buffer. Figures and thresholds: bench/crc32c.ts, docs/performance.md "CRC32C".
import { crc32cJs } from './crc32c-js.js';
import { loadNativeCrc32c } from './crc32c-native.js';
import { loadWasmCrc32c } from './crc32c-wasm.js';
export { crc32cByte } from './crc32c-js.js';
/** Below these many bytes the TypeScript is faster than the backend (bench/crc32c.ts: crossovers 256-448 B). */
export const CRC32C_MIN_BYTES = Object.freeze({
    native: 384,
    wasm: 256,
    js: 0,
});
// A backend is taken only if it gives the known values, so a binding that loads but computes
// something else (another polynomial, a broken build) can never reach the record format.
const CHECK = new TextEncoder().encode('123456789');
const CHECK_CRC = 0xe3069283;
const CHECK_SEEDED = crc32cJs(CHECK, 4, 9, crc32cJs(CHECK, 0, 4));
function verified(fn) {
    const got = fn(CHECK);
    if (got !== CHECK_CRC)
        throw new Error(`gives ${got.toString(16)} for "123456789", not e3069283`);
    const seeded = fn(CHECK, 4, 9, fn(CHECK, 0, 4));
    if (seeded !== CHECK_SEEDED)
        throw new Error(`gives ${seeded.toString(16)} for a seeded range`);
    return fn;
}
function withThreshold(fn, minBytes) {
    return (buf, start = 0, end = buf.length, seed = 0) => end - start < minBytes ? crc32cJs(buf, start, end, seed) : fn(buf, start, end, seed);
}
/** Picks the fastest implementation that loads here: native, else WebAssembly, else TypeScript. */
export function selectCrc32c(options = {}) {
    const loaders = [
        ['native', options.loadNative ?? loadNativeCrc32c],
        ['wasm', options.loadWasm ?? loadWasmCrc32c],
    ];
    const skipped = [];
    for (const [backend, load] of loaders) {
        try {
            const fn = withThreshold(verified(load()), CRC32C_MIN_BYTES[backend]);
            return Object.freeze({ backend, crc32c: fn, skipped: Object.freeze(skipped) });
        }
        catch (e) {
            skipped.push(`${backend}: ${e.message.split('\n')[0]}`);
        }
    }
    return Object.freeze({ backend: 'js', crc32c: crc32cJs, skipped: Object.freeze(skipped) });
}
/** The implementation this process uses, chosen once at load. */
export const CRC32C = selectCrc32c();
/**
 * CRC32C of buf[start, end). `seed` is a previous result, to checksum data given in pieces:
 * crc32c(b, 5, 9, crc32c(b, 0, 5)) === crc32c(b, 0, 9).
 */
export const crc32c = CRC32C.crc32c;
//# sourceMappingURL=crc32c.js.map