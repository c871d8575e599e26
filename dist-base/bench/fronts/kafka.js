// The Kafka front's workloads (issue 13), for `npm run bench` (scenario `kafka`) and `node dist/bench/kafka.js`.
// No Kafka broker runs on this machine, so each figure is read against what the machine allows, measured in
// the same run, and against Wharf's own AMQP path with the same data:
//   - producing 1 KiB records with acks=all through librdkafka (confluent-kafka, linger.ms=5, idempotent) and
//     kafkajs, and fetching them back through each, as payload MB/s and as a share of the data disk's
//     sequential write rate (256 MiB + fdatasync; target: >= 50 % for librdkafka producing), with Wharf's CPU
//     per record over each row (from /proc; the librdkafka producer's own too), which load changes far less;
//   - the same records published into an AMQP stream queue with confirms and consumed from its start (amqplib);
//   - end to end at 10 000 records/s through librdkafka (target: p99 <= 5 ms), with the producer's
//     acknowledgement latency and Wharf's fdatasync rounds over the same window (bench/kafka/rdkafka.ts), and
//     what one fdatasync costs a plain program on the same disk just before (its tail bounds Wharf's);
//   - Wharf's RSS with 10 partitions holding 10 M records (target: < 256 MiB), in a Wharf of its own
//     (bench/kafka/rss-fill.ts).
import amqp from 'amqplib';
import { Kafka, logLevel } from 'kafkajs';
import { FSYNC, fsyncSummary, latencyRun, rdkafka } from '../kafka/rdkafka.js';
import { histogramCount, histogramDelta, scrapeHistogram } from '../lib/wharf-metrics.js';
import { rssFill } from '../kafka/rss-fill.js';
import { fdatasyncLatency, syncedSeqWrite } from '../lib/disk-sync.js';
import { seqWrite } from '../lib/machine.js';
import { readCpuSeconds } from '../lib/proc.js';
import { fmt } from '../lib/stats.js';
const SIZE = 1024;
const LATENCY_TARGET_MS = 5;
const RSS_TARGET_MIB = 256;
export async function runKafka(o) {
    const { wharf, records, log } = o;
    const mb = (records * SIZE) / 1e6;
    const bootstrap = `127.0.0.1:${wharf.kafkaPort}`;
    const disk = seqWrite();
    const diskSynced = syncedSeqWrite();
    log(`kafka: the data disk writes ${disk.toFixed(0)} MB/s sequentially (256 MiB + fdatasync), ` +
        `${diskSynced.toFixed(0)} MB/s with an fdatasync per MiB`);
    const rows = [];
    const lines = [];
    const share = (v) => `${((v / disk) * 100).toFixed(0)} %`;
    /** a throughput row; cpu: Wharf's CPU seconds over it (and the client's, when known) */
    const rate = (what, seconds, cpu, target = '') => {
        const v = mb / seconds;
        rows.push({ what, unit: 'MB/s', higher: true, samples: { Wharf: [v], 'sequential write': [disk] } });
        const us = (s) => `${fmt((s * 1e6) / records)} µs`;
        const client = cpu.client === undefined ? '' : `, client ${us(cpu.client)}`;
        lines.push(`| ${what} | ${fmt(v)} MB/s (CPU per record: Wharf ${us(cpu.wharf)}${client}) | ` +
            `${share(v)} of ${fmt(disk)} MB/s${target} |`);
    };
    /** Wharf's CPU seconds while `run` runs, and what it returned */
    const metered = async (run) => {
        const c0 = readCpuSeconds(wharf.pid);
        const r = await run();
        return [r, readCpuSeconds(wharf.pid) - c0];
    };
    /** Wharf's fdatasync rounds while `run` runs: how many, the slowest, and the time they took together */
    const synced = async (run) => {
        const before = await scrapeHistogram(wharf.httpPort, FSYNC);
        const r = await run();
        return [r, histogramDelta(before, await scrapeHistogram(wharf.httpPort, FSYNC))];
    };
    const kafka = new Kafka({ brokers: [bootstrap], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
        topics: ['bench-rd', 'bench-js', 'bench-lat'].map((topic) => ({ topic, numPartitions: 4 })),
    });
    await admin.disconnect();
    log(`kafka: librdkafka producing ${records} records`);
    const [[rd, rdCpu], rdSyncs] = await synced(() => metered(() => rdkafka('produce', bootstrap, 'bench-rd', records, SIZE)));
    if (rd.failed)
        throw new Error(`${rd.failed} librdkafka deliveries failed`);
    rate('produce, librdkafka, acks=all, linger.ms=5, idempotent', rd.seconds, { wharf: rdCpu, client: rd.cpu }, ' (target: >= 50 %)');
    // librdkafka keeps 5 requests in flight, each answered after the fdatasync round that covers it: how long
    // rounds of that size take on this disk now bounds the rate as much as CPU does
    const rounds = histogramCount(rdSyncs);
    lines.push(`| — the disk written by a plain program with an fdatasync after every MiB, just before | ` +
        `${fmt(diskSynced)} MB/s | the librdkafka row is ${fmt(mb / rd.seconds / diskSynced)} × this |`);
    lines.push(`| — Wharf's fdatasync rounds meanwhile (one at a time per partition, 4 partitions) | ` +
        `${fsyncSummary(rdSyncs)}; ${fmt(mb / rounds)} MB each on average, mean ${fmt((rdSyncs.sum / rounds) * 1000)} ms | |`);
    const [fetched, fetchCpu] = await metered(() => rdkafka('consume', bootstrap, 'bench-rd', records, SIZE));
    rate('fetch, librdkafka', fetched.seconds, { wharf: fetchCpu });
    log('kafka: kafkajs producing');
    const [js, jsCpu] = await metered(() => kafkajsProduce(kafka, records));
    rate('produce, kafkajs, acks=-1, idempotent', js, { wharf: jsCpu });
    const [jsFetch, jsFetchCpu] = await metered(() => kafkajsFetch(kafka, records));
    rate('fetch, kafkajs', jsFetch, { wharf: jsFetchCpu });
    log('kafka: the same records through an AMQP stream queue');
    const published = await metered(() => amqpPublish(wharf.url, records));
    rate('same data: AMQP stream publish, confirms (amqplib)', published[0], { wharf: published[1] });
    const consumed = await metered(() => amqpConsume(wharf.url, records));
    rate('same data: AMQP stream consume from the start (amqplib)', consumed[0], { wharf: consumed[1] });
    log('kafka: fdatasync latency of a plain 4 KiB append loop on the data disk, 2 s');
    const plain = fdatasyncLatency(2);
    lines.push(`| fdatasync after a 4 KiB append, a plain program on the same disk just before (${plain.n} calls) | ` +
        `p50 ${fmt(plain.p50)} ms, p99 ${fmt(plain.p99)} ms, max ${fmt(plain.max)} ms | ` +
        `the floor of an answer that waits for the disk |`);
    log(`kafka: end to end at 10 000 records/s, ${o.latencyRecords} records`);
    const lat = await latencyRun(bootstrap, wharf.httpPort, 'bench-lat', o.latencyRecords, SIZE);
    const ms = (x) => (x === undefined ? '—' : fmt(x));
    rows.push({
        what: 'end to end at 10 000 records/s, librdkafka, p99',
        unit: 'ms',
        higher: false,
        samples: { Wharf: [lat.e2e.p99 ?? Number.NaN], target: [LATENCY_TARGET_MS] },
    });
    lines.push(`| end to end at 10 000 records/s, librdkafka (acks=all, linger.ms=1; consumer with librdkafka's defaults), ` +
        `${lat.e2e.records} records | p50 ${ms(lat.e2e.p50)} ms, p99 ${ms(lat.e2e.p99)} ms, max ${ms(lat.e2e.max)} ms ` +
        `| target: p99 <= ${LATENCY_TARGET_MS} ms |`, `| — of which: producer acknowledgement (send -> delivery report) | p50 ${ms(lat.ack.p50)} ms, ` +
        `p99 ${ms(lat.ack.p99)} ms | Wharf's fdatasync rounds meanwhile: ${fsyncSummary(lat.fsync)} |`);
    log(`kafka: RSS with 10 partitions holding ${o.rssRecords} records (a Wharf of its own)`);
    const rss = await rssFill(o.rssRecords, 1000, log);
    rows.push({
        what: `RSS, ${rss.partitions} partitions holding ${rss.records} records`,
        unit: 'MiB',
        higher: false,
        samples: { Wharf: [rss.afterFill], target: [RSS_TARGET_MIB] },
    });
    lines.push(`| RSS, ${rss.partitions} partitions holding ${rss.records.toLocaleString('en-US')} records of 16 B ` +
        `(${fmt(rss.storedMB)} MB in batches of 1 000, written in ${fmt(rss.fillSeconds)} s) | ` +
        `${fmt(rss.afterFill)} MiB after the fill (peak ${fmt(rss.peakFill)}), ${fmt(rss.afterRead)} after reading ` +
        `it all back (${fmt(rss.readSeconds)} s), ${fmt(rss.afterRestart)} after a restart ` +
        `(${fmt(rss.restartSeconds)} s) | target: < ${RSS_TARGET_MIB} MiB |`);
    return {
        header: `Kafka front, ${records} records of ${SIZE} B (${mb.toFixed(0)} MB) per throughput row; no Kafka broker here, so the references are the data disk's sequential write rate measured in this run and Wharf's AMQP stream path`,
        table: ['| what | Wharf | against |', '|---|---|---|', ...lines].join('\n'),
        rows,
    };
}
/** kafkajs, idempotent, acks=-1, 500 records per send, 5 sends in flight; seconds. */
async function kafkajsProduce(kafka, records) {
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 5 });
    await producer.connect();
    const value = Buffer.alloc(SIZE, 120);
    const t0 = performance.now();
    const perSend = 500;
    const inFlight = [];
    for (let i = 0; i < records; i += perSend) {
        inFlight.push(producer.send({
            topic: 'bench-js',
            acks: -1,
            messages: Array.from({ length: Math.min(perSend, records - i) }, (_, k) => ({
                key: String((i + k) % 64),
                value,
            })),
        }));
        if (inFlight.length >= 5)
            await inFlight.shift();
    }
    await Promise.all(inFlight);
    const seconds = (performance.now() - t0) / 1000;
    await producer.disconnect();
    return seconds;
}
/** A kafkajs group consumer of bench-js from its start, timed from its joining the group; seconds. */
async function kafkajsFetch(kafka, records) {
    const consumer = kafka.consumer({ groupId: 'bench-js-fetch' });
    await consumer.connect();
    try {
        await consumer.subscribe({ topic: 'bench-js', fromBeginning: true });
        let t0 = Number.NaN;
        consumer.on(consumer.events.GROUP_JOIN, () => (t0 = performance.now()));
        let n = 0;
        const seconds = await new Promise((done, fail) => {
            consumer
                .run({
                eachBatch: async ({ batch }) => {
                    n += batch.messages.length;
                    if (n >= records)
                        done((performance.now() - t0) / 1000);
                },
            })
                .catch(fail);
        });
        return seconds;
    }
    finally {
        await consumer.disconnect();
    }
}
const STREAM = 'bench-amqp-stream';
/** amqplib into a stream queue with confirms (waited for every 5 000); seconds. */
async function amqpPublish(url, records) {
    const conn = await amqp.connect(url);
    try {
        const ch = await conn.createConfirmChannel();
        await ch.assertQueue(STREAM, { durable: true, arguments: { 'x-queue-type': 'stream' } });
        const value = Buffer.alloc(SIZE, 120);
        const t0 = performance.now();
        for (let i = 0; i < records; i++) {
            if (!ch.sendToQueue(STREAM, value, { persistent: true }))
                await new Promise((r) => ch.once('drain', r));
            if (i % 5000 === 4999)
                await ch.waitForConfirms();
        }
        await ch.waitForConfirms();
        return (performance.now() - t0) / 1000;
    }
    finally {
        await conn.close();
    }
}
/** amqplib from the stream's start (`x-stream-offset: first`, prefetch 2 000, an ack per 1 000); seconds. */
async function amqpConsume(url, records) {
    const conn = await amqp.connect(url);
    try {
        const rx = await conn.createChannel();
        await rx.prefetch(2000);
        const t0 = performance.now();
        await new Promise((done, fail) => {
            let n = 0;
            rx.consume(STREAM, (m) => {
                if (m === null)
                    return fail(new Error('stream consumer cancelled'));
                if (++n % 1000 === 0 || n === records)
                    rx.ack(m, true);
                if (n === records)
                    done();
            }, { noAck: false, arguments: { 'x-stream-offset': 'first' } }).catch(fail);
        });
        return (performance.now() - t0) / 1000;
    }
    finally {
        await conn.close();
    }
}
//# sourceMappingURL=kafka.js.map