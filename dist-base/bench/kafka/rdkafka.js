// Drives bench/kafka/rdkafka_bench.py (confluent-kafka, i.e. librdkafka) with Debian's Python: one JSON line
// back per run. The latency run puts its consumer and its producer in two processes, so neither waits for
// the other's GIL, and reads Wharf's fdatasync-round histogram over the same window to split the figure.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bucketQuantile, histogramCount, histogramDelta, scrapeHistogram, shareAbove, } from '../lib/wharf-metrics.js';
// dist/bench/kafka/rdkafka.js -> the repository
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const PY = join(ROOT, 'bench/kafka/rdkafka_bench.py');
const PYTHON = '/usr/bin/python3';
export const FSYNC = 'wharf_fsync_duration_seconds';
/** Why librdkafka cannot run here, or undefined. */
export function rdkafkaMissing() {
    return spawnSync(PYTHON, ['-c', 'import confluent_kafka'], { stdio: 'ignore' }).status === 0
        ? undefined
        : `${PYTHON} cannot import confluent_kafka (Debian package python3-confluent-kafka)`;
}
/** rdkafka_bench.py `mode` against `topic`: produce (acks=all, linger.ms=5) or consume (from the start). */
export function rdkafka(mode, bootstrap, topic, count, size) {
    return new Promise((res, rej) => {
        const c = spawn(PYTHON, [PY, mode, bootstrap, topic, String(count), String(size)], {
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        let err = '';
        c.stdout.on('data', (d) => (out += d));
        c.stderr.on('data', (d) => (err += d));
        c.on('close', (code) => {
            if (code !== 0)
                rej(new Error(`rdkafka_bench.py ${mode} exited ${code}: ${err.slice(-500)}`));
            else
                res(JSON.parse(out.trim().split('\n').pop()));
        });
    });
}
/** The latency consumer in one process, started first; `count` records at 10 000/s from another. */
export async function latencyRun(bootstrap, httpPort, topic, count, size) {
    const c = spawn(PYTHON, [PY, 'latency-consume', bootstrap, topic, String(count), String(size)], {
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const result = new Promise((res, rej) => c.on('close', (code) => code === 0
        ? res(JSON.parse(out.trim().split('\n').pop()))
        : rej(new Error(`latency-consume exited ${code}`))));
    await new Promise((ready) => c.stdout.on('data', (d) => {
        out += d;
        if (out.includes('ready'))
            ready();
    }));
    const before = await scrapeHistogram(httpPort, FSYNC);
    const ack = await rdkafka('latency-produce', bootstrap, topic, count, size);
    const e2e = await result;
    const fsync = histogramDelta(before, await scrapeHistogram(httpPort, FSYNC));
    return { e2e, ack, fsync };
}
/** The fdatasync rounds of a latency run in one phrase. */
export function fsyncSummary(f) {
    return (`${histogramCount(f)} rounds, p50 <= ${bucketQuantile(f, 0.5) * 1000} ms, ` +
        `p99 <= ${bucketQuantile(f, 0.99) * 1000} ms, ${(shareAbove(f, 0.005) * 100).toFixed(1)} % over 5 ms, ` +
        `slowest <= ${bucketQuantile(f, 1) * 1000} ms`);
}
//# sourceMappingURL=rdkafka.js.map