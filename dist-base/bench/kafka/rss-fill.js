// The memory target for the Kafka front: Wharf's RSS with 10 partitions holding 10 M records
// (< 256 MiB). A Wharf of its own (its own data dir, so the figure is the Kafka data's and nothing
// else's) gets `records` small records (16-byte values, no key) over one raw connection, in batches of
// `perBatch` as a client with a long linger would send them, acks=all, 8 Produce requests in flight,
// each carrying one batch for every partition. The batch is built once and sent again and again (without
// a producer id it is a new batch every time; Wharf rewrites only its base offset). Then a consumer
// reads every partition from the start to the end, and Wharf restarts on the same data dir; RSS is taken
// after each step (VmRSS, and VmHWM for the peak). Bounded: about 250 MB written, 250 MB read back.
import { connect } from 'node:net';
import { ApiKey, buildRecordBatch, decodeResponse, encodeRequest, FrameSplitter, } from '../../src/kafka/codec/index.js';
import { Kafka, logLevel } from 'kafkajs';
import { readMem } from '../lib/proc.js';
import { WharfProcess } from '../lib/wharf.js';
const PARTITIONS = 10;
const TOPIC = 'bench-rss';
const IN_FLIGHT = 8;
/** A pipelined raw Kafka connection: requests in order, answers in order (Kafka's promise per connection). */
class Pipe {
    socket;
    waiting = [];
    cid = 0;
    constructor(socket) {
        this.socket = socket;
        const splitter = new FrameSplitter((f) => this.waiting.shift()?.(Buffer.from(f)));
        socket.on('data', (c) => splitter.push(c));
    }
    static open(port) {
        return new Promise((res, rej) => {
            const s = connect({ host: '127.0.0.1', port }, () => res(new Pipe(s)));
            s.once('error', rej);
        });
    }
    request(apiKey, apiVersion, body) {
        const correlationId = ++this.cid;
        this.socket.write(encodeRequest({ apiKey, apiVersion, correlationId, clientId: 'bench-rss' }, body));
        return new Promise((res) => this.waiting.push((f) => res(decodeResponse(f, apiKey, apiVersion).body)));
    }
    close() {
        this.socket.destroy();
    }
}
export async function rssFill(records, perBatch, log) {
    const wharf = new WharfProcess();
    await wharf.start();
    try {
        const kafka = new Kafka({ brokers: [`127.0.0.1:${wharf.kafkaPort}`], logLevel: logLevel.NOTHING });
        const admin = kafka.admin();
        await admin.connect();
        await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: PARTITIONS }] });
        await admin.disconnect();
        const value = Buffer.alloc(16, 0x61);
        const now = Date.now();
        const batch = buildRecordBatch(Array.from({ length: perBatch }, () => ({ key: null, value, timestamp: now })));
        const requests = Math.ceil(records / (perBatch * PARTITIONS));
        log(`kafka rss: ${requests * perBatch * PARTITIONS} records in ${requests} requests of ${PARTITIONS} batches`);
        const pipe = await Pipe.open(wharf.kafkaPort);
        const produce = {
            transactionalId: null,
            acks: -1,
            timeoutMs: 30_000,
            topicData: [
                {
                    name: TOPIC,
                    partitionData: Array.from({ length: PARTITIONS }, (_, index) => ({ index, records: batch })),
                },
            ],
        };
        const t0 = performance.now();
        const inFlight = [];
        const check = (r) => {
            for (const p of r.responses[0].partitionResponses)
                if (p.errorCode !== 0)
                    throw new Error(`produce to partition ${p.index}: error ${p.errorCode}`);
        };
        for (let i = 0; i < requests; i++) {
            inFlight.push(pipe.request(ApiKey.Produce, 7, produce));
            if (inFlight.length >= IN_FLIGHT)
                check(await inFlight.shift());
        }
        for (const r of await Promise.all(inFlight))
            check(r);
        const fillSeconds = (performance.now() - t0) / 1000;
        const filled = readMem(wharf.pid);
        const stored = requests * PARTITIONS * perBatch;
        // read every partition back, as a consumer catching up from the start would
        const t1 = performance.now();
        const offsets = new Array(PARTITIONS).fill(0);
        while (offsets.some((o) => o < requests * perBatch)) {
            const r = (await pipe.request(ApiKey.Fetch, 11, {
                replicaId: -1,
                maxWaitMs: 0,
                minBytes: 1,
                maxBytes: 50 << 20,
                isolationLevel: 0,
                sessionId: 0,
                sessionEpoch: -1,
                topics: [
                    {
                        topic: TOPIC,
                        partitions: offsets.map((fetchOffset, partition) => ({
                            partition,
                            currentLeaderEpoch: -1,
                            fetchOffset,
                            logStartOffset: -1,
                            partitionMaxBytes: 5 << 20,
                        })),
                    },
                ],
                forgottenTopicsData: [],
                rackId: '',
            }));
            for (const p of r.responses[0].partitions) {
                const recs = p.records;
                const chunks = recs === null ? [] : Array.isArray(recs) ? recs : [recs];
                // the batches' record counts: baseOffset (8) ... lastOffsetDelta at 23, batchLength at 8
                for (const c of chunks)
                    for (let o = 0; o + 61 <= c.length; o += 12 + c.readInt32BE(o + 8))
                        offsets[p.partitionIndex] = Number(c.readBigInt64BE(o)) + c.readInt32BE(o + 23) + 1;
            }
        }
        const readSeconds = (performance.now() - t1) / 1000;
        const read = readMem(wharf.pid);
        pipe.close();
        await wharf.stop();
        const t2 = performance.now();
        await wharf.start();
        const restartSeconds = (performance.now() - t2) / 1000;
        const restarted = readMem(wharf.pid);
        return {
            partitions: PARTITIONS,
            records: stored,
            storedMB: (stored / perBatch) * batch.length * 1e-6,
            fillSeconds,
            afterFill: filled.rssKb / 1024,
            peakFill: filled.hwmKb / 1024,
            afterRead: read.rssKb / 1024,
            afterRestart: restarted.rssKb / 1024,
            readSeconds,
            restartSeconds,
        };
    }
    finally {
        await wharf.dispose();
    }
}
//# sourceMappingURL=rss-fill.js.map