// CRC32C on the CPU's CRC instruction, through @node-rs/crc32: a napi-rs addon around the Rust
// crc32c crate, which uses SSE 4.2 on x86-64 (detected at run time) and a table elsewhere unless
// built for the ARMv8 CRC extension. Its prebuilt binary for each platform comes from the npm
// registry as an optional dependency, so nothing is compiled at install or fetched at run time.
// On a platform it has no binary for, `require` throws and crc32c.ts falls back.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
/** Loads the binding; throws if the package or its binary for this platform is missing. */
export function loadNativeCrc32c() {
    const native = require('@node-rs/crc32').crc32c;
    // The binding takes no range, so a part of a buffer is passed as a view on the same memory:
    // one small object, no copy.
    return (buf, start = 0, end = buf.length, seed = 0) => native(start === 0 && end === buf.length
        ? buf
        : new Uint8Array(buf.buffer, buf.byteOffset + start, end - start), seed);
}
//# sourceMappingURL=crc32c-native.js.map