// Which AMQP library should wharfmq/client sit on? Measures confirmed publish throughput
// of 1 KiB persistent messages to a durable queue, with a bounded window of in-flight
// publishes on one confirm channel (how the SDK publishes), for amqplib and
// @cloudamqp/amqp-client, against a Wharf it starts and the RabbitMQ on 127.0.0.1:5672.
// Rounds alternate the libraries so a drift of the machine hits both alike.
//
//   npm run build && node dist/bench/sdk-client-choice.js [--messages N] [--window W] [--rounds R]
//
// @cloudamqp/amqp-client is not a dependency of the project (the SDK uses amqplib, see
// docs/client.md); install it only to rerun this: npm install --no-save @cloudamqp/amqp-client
import amqp from 'amqplib';
import { WharfProcess } from './lib/wharf.js';
import { median } from './lib/stats.js';
function parseArgs(argv) {
    const args = { messages: 10_000, window: 256, rounds: 3 };
    for (let i = 0; i < argv.length; i += 2) {
        const key = argv[i].replace(/^--/, '');
        const value = Number(argv[i + 1]);
        if (!(key in args) || !Number.isInteger(value) || value <= 0)
            throw new Error(`bad argument ${argv[i]}`);
        args[key] = value;
    }
    return args;
}
const BODY = Buffer.alloc(1024, 0x61);
/** Keeps at most `window` publishes unconfirmed; `send` returns the confirm promise. */
async function windowed(n, window, send) {
    let next = 0;
    const lane = async () => {
        while (next < n) {
            const i = next++;
            await send(i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(window, n) }, lane));
}
const runAmqplib = async (url, queue, args) => {
    const conn = await amqp.connect(url);
    try {
        const ch = await conn.createConfirmChannel();
        await ch.assertQueue(queue, { durable: true });
        const t0 = performance.now();
        await windowed(args.messages, args.window, (i) => {
            return new Promise((resolve, reject) => {
                ch.publish('', queue, BODY, { persistent: true, messageId: String(i), mandatory: true }, (err) => err ? reject(err instanceof Error ? err : new Error('nack')) : resolve());
            });
        });
        const rate = args.messages / ((performance.now() - t0) / 1000);
        await ch.deleteQueue(queue);
        return rate;
    }
    finally {
        await conn.close();
    }
};
async function loadCloudamqp() {
    const name = '@cloudamqp/amqp-client';
    let mod;
    try {
        mod = (await import(name));
    }
    catch {
        return null;
    }
    return async (url, queue, args) => {
        const conn = await new mod.AMQPClient(url).connect();
        try {
            const ch = await conn.channel();
            await ch.confirmSelect();
            await ch.queueDeclare(queue, { durable: true });
            const t0 = performance.now();
            // basicPublish on a confirm channel resolves once the broker confirms.
            await windowed(args.messages, args.window, (i) => ch.basicPublish('', queue, BODY, { deliveryMode: 2, messageId: String(i) }, true));
            const rate = args.messages / ((performance.now() - t0) / 1000);
            await ch.queueDelete(queue);
            return rate;
        }
        finally {
            await conn.close();
        }
    };
}
async function rabbitReachable(url) {
    try {
        const conn = await amqp.connect(url);
        await conn.close();
        return true;
    }
    catch {
        return false;
    }
}
async function main() {
    const args = parseArgs(process.argv.slice(2));
    const libs = [['amqplib', runAmqplib]];
    const cloud = await loadCloudamqp();
    if (cloud)
        libs.push(['@cloudamqp/amqp-client', cloud]);
    else
        console.error('@cloudamqp/amqp-client not installed: measuring amqplib only');
    const wharf = new WharfProcess();
    await wharf.start();
    const brokers = [['wharf', wharf.url]];
    const rabbit = 'amqp://guest:guest@127.0.0.1:5672';
    if (await rabbitReachable(rabbit))
        brokers.push(['rabbitmq', rabbit]);
    else
        console.error('RabbitMQ not reachable on 127.0.0.1:5672: measuring Wharf only');
    const rates = new Map();
    try {
        for (let round = 0; round < args.rounds; round++) {
            // Alternate which library goes first so neither always runs on a warmer broker.
            const order = round % 2 === 0 ? libs : [...libs].reverse();
            for (const [broker, url] of brokers) {
                for (const [lib, run] of order) {
                    const rate = await run(url, `sdk-bench-${process.pid}-${round}-${lib.replace(/\W/g, '')}`, args);
                    const key = `${broker}\t${lib}`;
                    rates.set(key, [...(rates.get(key) ?? []), rate]);
                }
            }
        }
    }
    finally {
        await wharf.dispose();
    }
    console.log(`confirmed publish, 1 KiB persistent to a durable queue, ${args.messages} msgs, window ${args.window}, median of ${args.rounds}`);
    console.log('| broker | library | msg/s (median) | rounds |');
    console.log('|---|---|---:|---|');
    for (const [key, xs] of rates) {
        const [broker, lib] = key.split('\t');
        console.log(`| ${broker} | ${lib} | ${Math.round(median(xs))} | ${xs.map((x) => Math.round(x)).join(', ')} |`);
    }
}
main().catch((err) => {
    console.error(err);
    process.exit(1);
});
//# sourceMappingURL=sdk-client-choice.js.map