// Kafka front benchmark on its own: `npm run build && node dist/bench/kafka.js [records] [latency-records]
// [rss-records]` (defaults 100 000, 50 000 and 10 000 000). Starts its own Wharf (every front on a free port)
// and runs bench/fronts/kafka.ts against it; `npm run bench` runs the same as its `kafka` scenario. Not part
// of the test suite.
import { runKafka } from './fronts/kafka.js';
import { rdkafkaMissing } from './kafka/rdkafka.js';
import { machineInfo } from './lib/machine.js';
import { progress } from './lib/progress.js';
import { WharfProcess } from './lib/wharf.js';
async function main() {
    const missing = rdkafkaMissing();
    if (missing !== undefined)
        throw new Error(missing);
    const machine = machineInfo();
    const wharf = new WharfProcess();
    await wharf.start();
    try {
        const r = await runKafka({
            wharf,
            records: Number(process.argv[2] ?? 100_000),
            latencyRecords: Number(process.argv[3] ?? 50_000),
            rssRecords: Number(process.argv[4] ?? 10_000_000),
            log: progress,
        });
        const load = (l) => l.map((x) => x.toFixed(2)).join(' ');
        console.log(`${r.header}`);
        console.log(`Wharf ${wharf.version}, ${machine.cpus} CPUs (${machine.cpuModel}), load average ${load(machine.loadavg)} before, ${load(machineInfo().loadavg)} after`);
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
//# sourceMappingURL=kafka.js.map