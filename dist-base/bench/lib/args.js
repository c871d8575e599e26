// Command-line flags of the harness (node:util parseArgs, no dependency).
import { parseArgs } from 'node:util';
export const USAGE = `usage: node dist/bench/run.js [flags]
  --scenarios a,b      scenarios to run (default: publish,consume,pubsub,confirm-each,fanout,transient,bodies,
                       fast-client,slow-disk,redis-streams,kafka,sqs; flood runs only when named). redis-streams:
                       Wharf's RESP front against a private redis-server with appendfsync always (--messages sets
                       its entries, default 50000). kafka: librdkafka and kafkajs producing and fetching 1 KiB
                       records against the disk's sequential write rate and the AMQP stream path, end-to-end
                       latency at 10 000 records/s, RSS with 10 partitions of 10 M records (--messages: records
                       per throughput row, default 100000). sqs: Wharf's SQS front from the AWS SDK against the
                       same work over Wharf's AMQP (and RabbitMQ's), and moto once (--messages: default 10000)
                       heavy ones run only when named: backlog,restart,queues,connections,bindings,
                       nack-requeue
  --rounds N           measured rounds after one warm-up (default 3; --quick: 1, no warm-up)
  --messages N         messages per measurement (default per scenario)
  --scale N | name=N,...  size of heavy scenarios; a bare N applies to every heavy scenario
                       selected, name=N to one (defaults: backlog=5000000, restart=5000000,
                       queues=10000, connections=5000)
  --max-seconds S      cap of one measured phase (default 8)
  --quick              fast smoke run: small counts, 1 round, no warm-up
  --urls u1,u2         extra AMQP URLs to run the same workload against
  --url-pids p1,p2     pids of the brokers behind --urls, for their broker CPU per message
  --no-rabbit          skip RabbitMQ even if 127.0.0.1:5672 answers
  --rabbit-url URL     RabbitMQ URL (default amqp://guest:guest@127.0.0.1:5672)
  --no-moto            sqs: leave moto's server out (it answers tens of requests a second: 300 messages)
  --no-limits          skip the machine-limit measurements
  --out FILE           JSON results path (default bench/results/<timestamp>.json)`;
export function parseOptions(argv) {
    const { values } = parseArgs({
        args: argv,
        options: {
            scenarios: { type: 'string' },
            rounds: { type: 'string' },
            messages: { type: 'string' },
            scale: { type: 'string' },
            'max-seconds': { type: 'string' },
            quick: { type: 'boolean', default: false },
            urls: { type: 'string' },
            'url-pids': { type: 'string' },
            'no-rabbit': { type: 'boolean', default: false },
            'rabbit-url': { type: 'string' },
            'no-moto': { type: 'boolean', default: false },
            'no-limits': { type: 'boolean', default: false },
            out: { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false },
        },
        strict: true,
    });
    if (values.help) {
        console.log(USAGE);
        process.exit(0);
    }
    const num = (s, name) => {
        if (s === undefined)
            return undefined;
        const n = Number(s.replace(/_/g, ''));
        if (!Number.isFinite(n) || n <= 0)
            throw new Error(`--${name} wants a positive number, got ${s}`);
        return n;
    };
    const list = (s) => s
        ?.split(',')
        .map((x) => x.trim())
        .filter(Boolean);
    const quick = values.quick ?? false;
    return {
        scenarios: list(values.scenarios),
        rounds: num(values.rounds, 'rounds') ?? (quick ? 1 : 3),
        messages: num(values.messages, 'messages'),
        quick,
        urls: list(values.urls) ?? [],
        urlPids: (list(values['url-pids']) ?? []).map((p) => num(p, 'url-pids')),
        rabbit: !values['no-rabbit'],
        rabbitUrl: values['rabbit-url'] ?? 'amqp://guest:guest@127.0.0.1:5672',
        moto: !values['no-moto'],
        scale: parseScale(values.scale, num),
        maxSeconds: num(values['max-seconds'], 'max-seconds') ?? (quick ? 3 : 8),
        limits: !values['no-limits'],
        out: values.out,
    };
}
function parseScale(s, num) {
    const out = {};
    for (const part of s?.split(',') ?? []) {
        const [k, v] = part.includes('=') ? part.split('=', 2) : ['*', part];
        out[k.trim()] = num(v.trim(), 'scale');
    }
    return out;
}
/** Size of heavy scenario `name`: --scale name=N, else a bare --scale N, else `normal`. */
export function scaleOf(o, name, normal) {
    return o.scale[name] ?? o.scale['*'] ?? normal;
}
//# sourceMappingURL=args.js.map