import assert from 'node:assert/strict';
import { test } from 'node:test';
import { crc32c } from '../../src/store/index.js';
import { CRC32C, CRC32C_MIN_BYTES, crc32cByte, selectCrc32c } from '../../src/store/crc32c.js';
import { crc32cCombine } from '../../src/store/crc32c-combine.js';
import { crc32cJs } from '../../src/store/crc32c-js.js';
import { loadNativeCrc32c } from '../../src/store/crc32c-native.js';
import { loadWasmCrc32c } from '../../src/store/crc32c-wasm.js';
/** The definition, one bit at a time: the oracle every implementation is held to. */
function crc32cBitwise(buf, start, end, seed) {
    let crc = ~seed;
    for (let i = start; i < end; i++) {
        crc ^= buf[i];
        for (let k = 0; k < 8; k++)
            crc = crc & 1 ? (crc >>> 1) ^ 0x82f63b78 : crc >>> 1;
    }
    return ~crc >>> 0;
}
/** mulberry32: a seeded generator, so a failure names a case that reruns the same. */
function rng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return (t ^ (t >>> 14)) >>> 0;
    };
}
const failing = (why) => () => {
    throw new Error(why);
};
const IMPLEMENTATIONS = [
    ['js', crc32cJs],
    ['wasm', loadWasmCrc32c()],
    ['native', loadNativeCrc32c()],
    ['selected', crc32c],
    ['selected without native', selectCrc32c({ loadNative: failing('forced') }).crc32c],
    [
        'selected without native or wasm',
        selectCrc32c({ loadNative: failing('x'), loadWasm: failing('y') }).crc32c,
    ],
];
test('crc32c known vectors', () => {
    for (const [name, fn] of IMPLEMENTATIONS) {
        assert.equal(fn(Buffer.from('123456789')), 0xe3069283, name);
        assert.equal(fn(Buffer.alloc(32)), 0x8a9136aa, name);
        assert.equal(fn(Buffer.alloc(32, 0xff)), 0x62a8ab43, name);
        assert.equal(fn(Buffer.alloc(0)), 0, name);
        const inc = Buffer.from(Array.from({ length: 32 }, (_, i) => i));
        assert.equal(fn(inc), 0x46dd794e, name);
        // a value long enough to take the accelerated path of every selection
        assert.equal(fn(Buffer.alloc(4096, 0x61)), crc32cBitwise(Buffer.alloc(4096, 0x61), 0, 4096, 0), name);
    }
});
test('crc32c over ranges and with a seed equals the whole', () => {
    const buf = Buffer.from('The quick brown fox jumps over the lazy dog, twice over.'.repeat(40));
    for (const [name, fn] of IMPLEMENTATIONS) {
        const whole = fn(buf);
        for (const cut of [0, 1, 7, 8, 9, 20, 1000, buf.length - 1, buf.length]) {
            assert.equal(fn(buf, cut, buf.length, fn(buf, 0, cut)), whole, `${name} cut ${cut}`);
        }
        const padded = Buffer.concat([Buffer.from('xx'), buf, Buffer.from('yyy')]);
        assert.equal(fn(padded, 2, 2 + buf.length), whole, name);
    }
});
test('every implementation equals the bitwise definition on random buffers, ranges and seeds', () => {
    const next = rng(0x5eed);
    // sizes around the thresholds, the 16-byte blocks and WebAssembly's 64 KiB chunks, then random ones
    const sizes = [0, 1, 15, 16, 17, 255, 256, 257, 511, 512, 513, 65535, 65536, 65537, 131_073, 1_048_579];
    for (let i = 0; i < 150; i++)
        sizes.push(next() % (i % 10 === 0 ? 300_000 : 5000));
    for (const size of sizes) {
        const lead = next() % 64;
        const buf = new Uint8Array(3 + lead + size + (next() % 64));
        for (let i = 0; i < buf.length; i++)
            buf[i] = next();
        // a Buffer view that does not start at its ArrayBuffer's start, as the store's slices do
        const view = Buffer.from(buf.buffer, 3, buf.length - 3);
        const start = lead;
        const end = lead + size;
        const seed = next() % 4 === 0 ? 0 : next();
        const want = crc32cBitwise(view, start, end, seed);
        for (const [name, fn] of IMPLEMENTATIONS) {
            assert.equal(fn(view, start, end, seed), want, `${name}: size ${end - start} at ${start}, seed ${seed}`);
        }
    }
});
test('crc32cByte extends a running checksum by one byte', () => {
    const buf = Buffer.from('a running checksum, one byte at a time');
    let running = 0;
    for (let i = 0; i < buf.length; i++) {
        running = crc32cByte(running, buf[i]);
        assert.equal(running, crc32c(buf, 0, i + 1));
    }
});
test('selection falls back to WebAssembly, then TypeScript, when a backend does not load', () => {
    const big = Buffer.alloc(100_000, 0x5a);
    const want = crc32cBitwise(big, 0, big.length, 0);
    const noNative = selectCrc32c({ loadNative: failing('Cannot find native binding') });
    assert.equal(noNative.backend, 'wasm');
    assert.deepEqual(noNative.skipped, ['native: Cannot find native binding']);
    assert.equal(noNative.crc32c(big), want);
    const neither = selectCrc32c({
        loadNative: failing('no binding'),
        loadWasm: failing('WebAssembly is not defined'),
    });
    assert.equal(neither.backend, 'js');
    assert.deepEqual(neither.skipped, ['native: no binding', 'wasm: WebAssembly is not defined']);
    assert.equal(neither.crc32c, crc32cJs);
    assert.equal(neither.crc32c(big), want);
});
test('selection refuses a backend that loads but gives other values', () => {
    // CRC-32 (IEEE), the checksum most often confused with CRC32C: its value for "123456789"
    const ieee = () => 0xcbf43926;
    const s = selectCrc32c({ loadNative: () => ieee });
    assert.equal(s.backend, 'wasm');
    assert.match(s.skipped[0], /^native: gives cbf43926 for "123456789"/);
    // and one that is right on a whole buffer but ignores the seed
    const unseeded = (buf, start = 0, end = buf.length) => crc32cJs(buf, start, end, 0);
    const t = selectCrc32c({ loadNative: () => unseeded, loadWasm: () => unseeded });
    assert.equal(t.backend, 'js');
    assert.equal(t.skipped.length, 2);
});
test('below its threshold a backend is not called; from it on, it is', () => {
    const calls = [];
    const counting = (buf, start = 0, end = buf.length, seed = 0) => {
        calls.push(end - start);
        return crc32cJs(buf, start, end, seed);
    };
    const s = selectCrc32c({ loadNative: () => counting });
    calls.length = 0; // the load-time check calls it
    const min = CRC32C_MIN_BYTES.native;
    const buf = Buffer.alloc(min + 10, 1);
    s.crc32c(buf, 0, min - 1);
    assert.deepEqual(calls, []);
    s.crc32c(buf, 5, 5 + min);
    assert.deepEqual(calls, [min]);
});
test('the native binding is installed and chosen on the platforms it ships binaries for', (t) => {
    // @node-rs/crc32's optionalDependencies (package.json): a silent fallback on these means a broken install.
    const covered = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64', 'win32-arm64'];
    if (!covered.includes(`${process.platform}-${process.arch}`))
        return t.skip(`no prebuilt binary expected here`);
    assert.equal(CRC32C.backend, 'native', `skipped: ${CRC32C.skipped.join('; ')}`);
});
test('crc32cCombine gives the CRC of a concatenation from its parts, whatever the split and length', () => {
    const next = rng(7);
    const buf = new Uint8Array(300_000);
    for (let i = 0; i < buf.length; i++)
        buf[i] = next() & 0xff;
    const cuts = [0, 1, 3, 21, 255, 4096, 65_537, 299_999, 300_000];
    for (const end of [0, 1, 22, 70_000, 300_000]) {
        const whole = crc32cBitwise(buf, 0, end, 0);
        for (const cut of cuts) {
            if (cut > end)
                continue;
            const got = crc32cCombine(crc32c(buf, 0, cut), crc32c(buf, cut, end), end - cut);
            assert.equal(got, whole, `[0, ${cut}) ++ [${cut}, ${end})`);
        }
    }
});
//# sourceMappingURL=crc32c.test.js.map