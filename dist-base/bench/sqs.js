// SQS front benchmark on its own: `npm run build && node dist/bench/sqs.js [messages] [rounds] [--no-moto]
// [--no-rabbit]` (defaults 10 000 and 1). Starts its own Wharf (every front on a free port) and runs the
// workloads of bench/fronts/sqs.ts against it (SQS, and the same work over its AMQP port as the issue's
// reference), the machine's RabbitMQ when it answers, and moto's server with 300 messages. `npm run bench`
// runs the same as its `sqs` scenario. Not part of the test suite.
import { runSqs } from './fronts/sqs.js';
import { machineInfo } from './lib/machine.js';
import { progress } from './lib/progress.js';
import { WharfProcess } from './lib/wharf.js';
async function main() {
    const [messages = 10_000, rounds = 1] = process.argv
        .slice(2)
        .filter((a) => !a.startsWith('--'))
        .map(Number);
    const flag = (name) => process.argv.includes(name);
    const machine = machineInfo();
    const wharf = new WharfProcess();
    await wharf.start();
    try {
        const r = await runSqs({
            wharf: {
                sqsPort: wharf.sqsPort,
                httpPort: wharf.httpPort,
                amqpUrl: wharf.url,
                pid: wharf.pid,
                version: wharf.version,
            },
            messages,
            rounds,
            pollSamples: 300,
            rabbitUrl: flag('--no-rabbit') ? undefined : 'amqp://guest:guest@127.0.0.1:5672',
            motoMessages: flag('--no-moto') ? 0 : 300,
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
//# sourceMappingURL=sqs.js.map