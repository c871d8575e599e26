export interface Options {
    scenarios: string[] | undefined;
    rounds: number;
    messages: number | undefined;
    quick: boolean;
    urls: string[];
    /** pids of the brokers behind --urls, in the same order (their CPU per message is measured) */
    urlPids: (number | undefined)[];
    rabbit: boolean;
    rabbitUrl: string;
    /** run moto's SQS server in the sqs front bench (when python3 has it) */
    moto: boolean;
    /** size of heavy scenarios: '*' (a bare --scale N) or per scenario name. */
    scale: Record<string, number>;
    maxSeconds: number;
    limits: boolean;
    out: string | undefined;
}
export declare const USAGE = "usage: node dist/bench/run.js [flags]\n  --scenarios a,b      scenarios to run (default: publish,consume,pubsub,confirm-each,fanout,transient,bodies,\n                       fast-client,slow-disk,redis-streams,kafka,sqs; flood runs only when named). redis-streams:\n                       Wharf's RESP front against a private redis-server with appendfsync always (--messages sets\n                       its entries, default 50000). kafka: librdkafka and kafkajs producing and fetching 1 KiB\n                       records against the disk's sequential write rate and the AMQP stream path, end-to-end\n                       latency at 10 000 records/s, RSS with 10 partitions of 10 M records (--messages: records\n                       per throughput row, default 100000). sqs: Wharf's SQS front from the AWS SDK against the\n                       same work over Wharf's AMQP (and RabbitMQ's), and moto once (--messages: default 10000)\n                       heavy ones run only when named: backlog,restart,queues,connections,bindings,\n                       nack-requeue\n  --rounds N           measured rounds after one warm-up (default 3; --quick: 1, no warm-up)\n  --messages N         messages per measurement (default per scenario)\n  --scale N | name=N,...  size of heavy scenarios; a bare N applies to every heavy scenario\n                       selected, name=N to one (defaults: backlog=5000000, restart=5000000,\n                       queues=10000, connections=5000)\n  --max-seconds S      cap of one measured phase (default 8)\n  --quick              fast smoke run: small counts, 1 round, no warm-up\n  --urls u1,u2         extra AMQP URLs to run the same workload against\n  --url-pids p1,p2     pids of the brokers behind --urls, for their broker CPU per message\n  --no-rabbit          skip RabbitMQ even if 127.0.0.1:5672 answers\n  --rabbit-url URL     RabbitMQ URL (default amqp://guest:guest@127.0.0.1:5672)\n  --no-moto            sqs: leave moto's server out (it answers tens of requests a second: 300 messages)\n  --no-limits          skip the machine-limit measurements\n  --out FILE           JSON results path (default bench/results/<timestamp>.json)";
export declare function parseOptions(argv: string[]): Options;
/** Size of heavy scenario `name`: --scale name=N, else a bare --scale N, else `normal`. */
export declare function scaleOf(o: Options, name: string, normal: number): number;
