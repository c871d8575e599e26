// Redis Streams benchmark on its own: `npm run build && node dist/bench/redis-streams.js [entries] [rounds]`
// (defaults 100 000 and 1). Starts its own Wharf (every front on a free port) and runs the workloads of
// bench/fronts/redis-streams.ts against it and against a private redis-server with appendfsync always.
// `npm run bench` runs the same as its `redis-streams` scenario. Not part of the test suite; nothing here
// touches the machine's own Redis.
import { runRedisStreams } from './fronts/redis-streams.js';
import { machineInfo } from './lib/machine.js';
import { progress } from './lib/progress.js';
import { WharfProcess } from './lib/wharf.js';
async function main() {
    const entries = Number(process.argv[2] ?? 100_000);
    const rounds = Number(process.argv[3] ?? 1);
    const machine = machineInfo();
    const wharf = new WharfProcess();
    await wharf.start();
    try {
        const r = await runRedisStreams({
            wharfPort: wharf.respPort,
            wharfPid: wharf.pid,
            wharfVersion: wharf.version,
            wharfDataDir: wharf.dataDir,
            entries,
            rounds,
            log: progress,
        });
        console.log(`${r.header}; ${machine.cpus} CPUs (${machine.cpuModel})`);
        console.log(r.table);
    }
    finally {
        await wharf.dispose();
    }
}
main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
});
//# sourceMappingURL=redis-streams.js.map