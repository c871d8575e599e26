// Benchmarks of the other fronts against their own reference servers, which `npm run bench` runs after the
// AMQP scenarios on the same Wharf (names accepted by --scenarios like the AMQP ones). Each starts what it
// compares against itself and returns its own table: its reference is not one of the AMQP targets.
import { spawnSync } from 'node:child_process';
import { runKafka } from './kafka.js';
import { runRedisStreams } from './redis-streams.js';
import { rdkafkaMissing } from '../kafka/rdkafka.js';
import { runSqs } from './sqs.js';
const has = (cmd) => spawnSync(cmd, ['--version']).status === 0;
export const FRONT_BENCHES = {
    'redis-streams': {
        missing: () => has('redis-server') && has('redis-benchmark')
            ? undefined
            : 'redis-server and redis-benchmark are needed (Debian packages redis-server, redis-tools)',
        run: (ctx) => runRedisStreams({
            wharfPort: ctx.wharf.respPort,
            wharfPid: ctx.wharf.pid,
            wharfVersion: ctx.wharf.version,
            wharfDataDir: ctx.wharf.dataDir,
            entries: ctx.messages(50_000, 5_000),
            rounds: ctx.opts.rounds,
            log: ctx.log,
        }),
    },
    kafka: {
        missing: rdkafkaMissing,
        run: (ctx) => runKafka({
            wharf: ctx.wharf,
            records: ctx.messages(100_000, 10_000),
            latencyRecords: ctx.opts.quick ? 10_000 : 50_000,
            rssRecords: ctx.opts.quick ? 1_000_000 : 10_000_000,
            log: ctx.log,
        }),
    },
    sqs: {
        missing: () => undefined,
        run: (ctx) => runSqs({
            wharf: {
                sqsPort: ctx.wharf.sqsPort,
                httpPort: ctx.wharf.httpPort,
                amqpUrl: ctx.wharf.url,
                pid: ctx.wharf.pid,
                version: ctx.wharf.version,
            },
            messages: ctx.messages(10_000, 2_000),
            rounds: ctx.opts.rounds,
            pollSamples: ctx.opts.quick ? 50 : 300,
            rabbitUrl: ctx.opts.rabbit ? ctx.opts.rabbitUrl : undefined,
            motoMessages: ctx.opts.moto ? (ctx.opts.quick ? 100 : 300) : 0,
            log: ctx.log,
        }),
    },
};
//# sourceMappingURL=index.js.map