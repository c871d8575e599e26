// CRC32C in WebAssembly, for platforms where the native binding does not load.
//
// WebAssembly has no CRC instruction and its SIMD has no carry-less multiply, so this is the
// slicing-by-16 table algorithm of crc32c-js.ts, compiled ahead of time: it reads 4-byte words
// without bounds checks and runs about twice as fast as the TypeScript on large buffers
// (bench/crc32c.ts). The module is assembled below from its opcodes (about 400 bytes) instead of
// being shipped as a binary, so the code that runs is the code that is read.
//
// Memory (2 pages): the 16 tables at [0, 16 KiB), then a 64 KiB scratch area. A caller's bytes
// are copied into the scratch, a chunk at a time, because WebAssembly reads only its own memory.
// The scratch holds nothing between calls and calls are synchronous, so the instance behind the
// returned function is no state that a caller can observe.
import { writeCrc32cTables } from './crc32c-js.js';
const TABLES_BYTES = 16 * 256 * 4;
const SCRATCH = TABLES_BYTES;
const CHUNK = 64 * 1024;
const PAGES = 2;
// Opcodes and types used (WebAssembly core spec, binary format).
const I32 = 0x7f;
const BLOCK = 0x02;
const LOOP = 0x03;
const EMPTY = 0x40;
const END = 0x0b;
const BR = 0x0c;
const BR_IF = 0x0d;
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const I32_LOAD = 0x28;
const I32_LOAD8_U = 0x2d;
const I32_CONST = 0x41;
const I32_GE_U = 0x4f;
const I32_ADD = 0x6a;
const I32_SUB = 0x6b;
const I32_AND = 0x71;
const I32_XOR = 0x73;
const I32_SHL = 0x74;
const I32_SHR_U = 0x76;
// Locals of crc(p, n, c): the three parameters, then end, end16 and the four words of a block.
const P = 0;
const N = 1;
const C = 2;
const END_ = 3;
const END16 = 4;
const W = [5, 6, 7, 8];
function uleb(n) {
    const out = [];
    do {
        let b = n & 0x7f;
        n >>>= 7;
        if (n !== 0)
            b |= 0x80;
        out.push(b);
    } while (n !== 0);
    return out;
}
function sleb(n) {
    const out = [];
    for (;;) {
        const b = n & 0x7f;
        n >>= 7;
        if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0))
            return [...out, b];
        out.push(b | 0x80);
    }
}
const get = (l) => [LOCAL_GET, l];
const set = (l) => [LOCAL_SET, l];
const i32 = (v) => [I32_CONST, ...sleb(v)];
/** i32.load with the alignment hint `align` (log2 bytes) and a constant address offset. */
const load = (offset, align = 2) => [I32_LOAD, align, ...uleb(offset)];
/** Table (15 - slice) entry for byte `j` of word `w`: the byte's index scaled to 4-byte entries. */
function lookup(w, j, slice) {
    // ((word >>> 8j) & 0xff) * 4 == (word << 2) & 0x3fc for j = 0, (word >>> (8j - 2)) & 0x3fc after.
    const index = j === 0 ? [...get(w), ...i32(2), I32_SHL] : [...get(w), ...i32(8 * j - 2), I32_SHR_U];
    return [...index, ...i32(0x3fc), I32_AND, ...load((15 - slice) * 1024)];
}
/** XOR of the terms as a balanced tree, so the CPU can overlap the table loads. */
function xorTree(terms) {
    if (terms.length === 1)
        return terms[0];
    const half = terms.length >> 1;
    return [...xorTree(terms.slice(0, half)), ...xorTree(terms.slice(half)), I32_XOR];
}
function body() {
    const terms = [];
    for (let w = 0; w < 4; w++)
        for (let j = 0; j < 4; j++)
            terms.push(lookup(W[w], j, 4 * w + j));
    const code = [
        ...[...get(C), ...i32(-1), I32_XOR, ...set(C)],
        ...[...get(P), ...get(N), I32_ADD, ...set(END_)],
        ...[...get(END_), ...get(N), ...i32(15), I32_AND, I32_SUB, ...set(END16)],
        // 16 bytes per step while a whole block is left
        ...[BLOCK, EMPTY, LOOP, EMPTY],
        ...[...get(P), ...get(END16), I32_GE_U, BR_IF, 1],
        ...[...get(C), ...get(P), ...load(0, 0), I32_XOR, ...set(W[0])],
        ...[...get(P), ...load(4, 0), ...set(W[1])],
        ...[...get(P), ...load(8, 0), ...set(W[2])],
        ...[...get(P), ...load(12, 0), ...set(W[3])],
        ...[...xorTree(terms), ...set(C)],
        ...[...get(P), ...i32(16), I32_ADD, ...set(P), BR, 0, END, END],
        // then a byte at a time: c = table0[(c ^ byte) & 0xff] ^ (c >>> 8)
        ...[BLOCK, EMPTY, LOOP, EMPTY],
        ...[...get(P), ...get(END_), I32_GE_U, BR_IF, 1],
        ...[...get(C), ...get(P), I32_LOAD8_U, 0, 0, I32_XOR], // c ^ byte
        ...[...i32(0xff), I32_AND, ...i32(2), I32_SHL, ...load(0)], // table 0 entry of its low byte
        ...[...get(C), ...i32(8), I32_SHR_U, I32_XOR, ...set(C)],
        ...[...get(P), ...i32(1), I32_ADD, ...set(P), BR, 0, END, END],
        ...[...get(C), ...i32(-1), I32_XOR, END],
    ];
    const locals = [1, ...uleb(6), I32]; // one group: 6 locals of type i32
    return [...uleb(locals.length + code.length), ...locals, ...code];
}
function section(id, content) {
    return [id, ...uleb(content.length), ...content];
}
function name(s) {
    return [...uleb(s.length), ...Buffer.from(s, 'ascii')];
}
/** The module: one function `crc(p, n, crc) -> crc` over memory [p, p + n), and the memory. */
function moduleBytes() {
    return new Uint8Array([
        ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
        ...section(1, [1, 0x60, 3, I32, I32, I32, 1, I32]), // types: (i32, i32, i32) -> i32
        ...section(3, [1, 0]), // functions: one, of type 0
        ...section(5, [1, 0x00, ...uleb(PAGES)]), // memory: minimum PAGES, no maximum
        ...section(7, [2, ...name('crc'), 0x00, 0, ...name('memory'), 0x02, 0]), // exports
        ...section(10, [1, ...body()]), // code
    ]);
}
/** Instantiates the module; throws where WebAssembly is unavailable (e.g. `node --jitless`). */
export function loadWasmCrc32c() {
    const instance = new WebAssembly.Instance(new WebAssembly.Module(moduleBytes()), {});
    const crc = instance.exports.crc;
    const memory = instance.exports.memory;
    writeCrc32cTables(new DataView(memory.buffer), 0);
    const heap = new Uint8Array(memory.buffer);
    return (buf, start = 0, end = buf.length, seed = 0) => {
        let c = seed;
        for (let at = start; at < end; at += CHUNK) {
            const n = Math.min(CHUNK, end - at);
            heap.set(new Uint8Array(buf.buffer, buf.byteOffset + at, n), SCRATCH);
            c = crc(SCRATCH, n, c);
        }
        return c >>> 0;
    };
}
//# sourceMappingURL=crc32c-wasm.js.map