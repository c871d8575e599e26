// CRC32C throughput per implementation and buffer size: the figures behind the choice in
// src/store/crc32c.ts (backend order and the small-buffer thresholds). Not part of `npm run bench`.
//
//   npm run build && node dist/bench/crc32c.js [--sizes 100,1024,65536] [--rounds N] [--ms M]
//
// Each cell checksums one buffer placed at an odd offset inside a larger one (as a record sits in
// a segment buffer) through the implementation's (buf, start, end) call, so call overhead and the
// view the native binding needs are counted. MB/s are per second of this process's CPU time
// (user + system), not wall time, so a loaded machine stretches the run without skewing the
// figures much; rounds alternate the implementations and the table shows the median round.
import { loadavg } from 'node:os';
import { CRC32C } from '../src/store/crc32c.js';
import { crc32cJs } from '../src/store/crc32c-js.js';
import { loadNativeCrc32c } from '../src/store/crc32c-native.js';
import { loadWasmCrc32c } from '../src/store/crc32c-wasm.js';
import { crc32cSlicing8 } from './lib/crc32c-slicing8.js';
import { median } from './lib/stats.js';
const DEFAULT_SIZES = [16, 100, 128, 192, 256, 384, 512, 768, 1024, 4096, 16384, 65536, 1 << 20];
function parseArgs(argv) {
    const args = { sizes: DEFAULT_SIZES, rounds: 3, ms: 100 };
    for (let i = 0; i < argv.length; i += 2) {
        const [key, value] = [argv[i], argv[i + 1] ?? ''];
        if (key === '--sizes')
            args.sizes = value.split(',').map(Number);
        else if (key === '--rounds')
            args.rounds = Number(value);
        else if (key === '--ms')
            args.ms = Number(value);
        else
            throw new Error(`unknown argument ${key}; use --sizes a,b,c --rounds N --ms M`);
    }
    if (args.sizes.some((s) => !Number.isInteger(s) || s < 1) || !(args.rounds >= 1) || !(args.ms > 0))
        throw new Error('sizes must be positive integers, rounds >= 1, ms > 0');
    return args;
}
function optional(load) {
    try {
        return load();
    }
    catch (e) {
        console.error(`skipped: ${e.message.split('\n')[0]}`);
        return undefined;
    }
}
/** Checksums buf[start, start + size) repeatedly for about `ms` of CPU time; returns MB/s of CPU time. */
function measure(fn, buf, start, size, ms) {
    let sink = 0;
    let calls = 0;
    let batch = Math.max(1, Math.floor(65536 / size));
    const t0 = process.cpuUsage();
    let used = 0;
    while (used < ms * 1000) {
        for (let i = 0; i < batch; i++)
            sink ^= fn(buf, start, start + size, i);
        calls += batch;
        const u = process.cpuUsage(t0);
        used = u.user + u.system;
        batch *= 2;
    }
    if (sink === 0.5)
        console.log(sink); // keeps the loop's result alive
    return (calls * size) / used; // bytes per µs = MB/s
}
function main() {
    const args = parseArgs(process.argv.slice(2));
    const impls = [
        ['js slicing-by-8 (before)', crc32cSlicing8],
        ['js slicing-by-16', crc32cJs],
        ['wasm', optional(loadWasmCrc32c)],
        ['native', optional(loadNativeCrc32c)],
        [`crc32c (${CRC32C.backend} + thresholds)`, CRC32C.crc32c],
    ];
    const present = impls.filter((x) => x[1] !== undefined);
    const load = () => loadavg()
        .map((x) => x.toFixed(1))
        .join(' ');
    console.error(`load average at start: ${load()}; ${args.rounds} rounds of ${args.ms} ms CPU per cell`);
    const rows = [];
    for (const size of args.sizes) {
        const buf = new Uint8Array(size + 64);
        for (let i = 0; i < buf.length; i++)
            buf[i] = (i * 2654435761) >>> 24;
        const start = 13;
        const want = crc32cSlicing8(buf, start, start + size);
        const samples = present.map(() => []);
        for (let r = 0; r < args.rounds + 1; r++) {
            present.forEach(([name, fn], k) => {
                if (fn(buf, start, start + size) !== want)
                    throw new Error(`${name} disagrees at size ${size}`);
                const mbs = measure(fn, buf, start, size, args.ms);
                if (r > 0)
                    samples[k].push(mbs); // round 0 warms the JIT up
            });
        }
        const medians = samples.map(median);
        const js16 = medians[1];
        rows.push(`| ${size} | ${medians.map((m, k) => `${Math.round(m)}${k > 1 ? ` (${(m / js16).toFixed(2)}×)` : ''}`).join(' | ')} |`);
        console.error(`size ${size} done`);
    }
    console.log(`| bytes | ${present.map(([n]) => n).join(' | ')} |`);
    console.log(`| ---: | ${present.map(() => '---:').join(' | ')} |`);
    for (const row of rows)
        console.log(row);
    console.log(`\nMB/s of CPU time, median of ${args.rounds} rounds; (×) = against js slicing-by-16.`);
    console.log(`Selected: ${CRC32C.backend}${CRC32C.skipped.length ? ` (skipped ${CRC32C.skipped.join('; ')})` : ''}`);
    console.error(`load average at end: ${load()}`);
}
main();
//# sourceMappingURL=crc32c.js.map