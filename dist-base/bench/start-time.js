// How long an in-process Wharf takes to start (issue 16: under 150 ms from the call to a usable AMQP
// URL). Each sample is a fresh node process, so module loading is measured as a user's first start
// pays it; within that process it then times:
//   import     import('wharfmq') (the broker's modules, pino, ...)
//   start      startWharf() called -> resolved: listeners bound, URLs known
//   connect    startWharf() called -> an amqplib connection to amqpUrl is open (AMQP handshake done,
//              with noDelay: see below)
//   close      close() called -> resolved
//   again      a second startWharf() in the same process (modules already loaded), call -> resolved
// for storage 'disk' (a new temp data dir) and 'memory'. Medians and p90 over the runs.
//
//   npm run build && node dist/bench/start-time.js [--runs N]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { median, percentileSorted } from './lib/stats.js';
async function child(storage) {
    const t0 = performance.now();
    const { startWharf } = await import('wharfmq');
    const t1 = performance.now();
    const { default: amqp } = await import('amqplib'); // the client's own load is not Wharf's start
    const t2 = performance.now();
    const wharf = await startWharf({ storage });
    const t3 = performance.now();
    // noDelay: amqplib leaves Nagle's algorithm on by default, which adds ~40 ms of delayed-ACK wait to
    // its handshake on loopback; that is the client's cost, not the broker's (docs/testing.md)
    const conn = await amqp.connect(wharf.amqpUrl, { noDelay: true });
    const t4 = performance.now();
    await conn.close();
    const t5 = performance.now();
    await wharf.close();
    const t6 = performance.now();
    const second = await startWharf({ storage });
    const t7 = performance.now();
    await second.close();
    const sample = {
        import: t1 - t0,
        start: t3 - t2,
        connect: t4 - t2,
        close: t6 - t5,
        again: t7 - t6,
    };
    console.log(JSON.stringify(sample));
}
function main() {
    const i = process.argv.indexOf('--runs');
    const runs = i > 0 ? Number(process.argv[i + 1]) : 15;
    const self = fileURLToPath(import.meta.url);
    const samples = { disk: [], memory: [] };
    const load = loadavg()[0];
    for (let r = 0; r < runs; r++) {
        for (const storage of ['disk', 'memory']) {
            const out = spawnSync(process.execPath, [self, '--child', storage], {
                encoding: 'utf8',
                timeout: 30_000,
            });
            if (out.status !== 0)
                throw new Error(`child failed (${out.status}): ${out.stderr}`);
            samples[storage].push(JSON.parse(out.stdout.trim().split('\n').at(-1)));
        }
    }
    const cols = ['import', 'start', 'connect', 'close', 'again'];
    console.log(`In-process start, ${runs} fresh processes per storage, load average ${load.toFixed(2)} before`);
    console.log(`| storage | ${cols.map((c) => `${c} ms (median / p90)`).join(' | ')} |`);
    console.log(`|---|${cols.map(() => '---:').join('|')}|`);
    for (const [storage, list] of Object.entries(samples)) {
        const cells = cols.map((c) => {
            const v = list.map((s) => s[c]);
            const sorted = [...v].sort((a, b) => a - b);
            return `${median(v).toFixed(0)} / ${percentileSorted(sorted, 90).toFixed(0)}`;
        });
        console.log(`| ${storage} | ${cells.join(' | ')} |`);
    }
}
if (process.argv[2] === '--child')
    await child(process.argv[3]);
else
    main();
//# sourceMappingURL=start-time.js.map