// The stream suite through the Kafka protocol: kafkajs produces with acks=all and manages
// group offsets (admin setOffsets/fetchOffsets), kcat reads (from an offset to the end, or
// waiting for the next record). Kafka groups commit offsets; there are no per-record
// pending lists, so that case is Redis's and the engine's.
import { Kafka, logLevel } from 'kafkajs';
import { run } from '../../../kafka/support.js';
import { WireHarness } from './harness.js';
function parse(out) {
    return out
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => {
        const sp = l.indexOf(' ');
        return { id: l.slice(0, sp), body: l.slice(sp + 1) };
    });
}
export function kafkaStreamDriver() {
    return {
        name: 'Kafka protocol (kafkajs, kcat)',
        durable: true,
        cannot: { pendingList: 'Kafka groups commit offsets; records have no pending list' },
        async start() {
            const h = new WireHarness();
            let kafka;
            let producer;
            const bootstrap = () => h.wharf.kafkaBootstrap;
            const connect = async () => {
                kafka = new Kafka({ clientId: 'conformance', brokers: [bootstrap()], logLevel: logLevel.NOTHING });
                producer = kafka.producer({ allowAutoTopicCreation: false });
                await producer.connect();
            };
            await h.start();
            await connect();
            const kcat = async (name, offset, args, timeoutMs) => {
                const r = await run('kcat', [
                    '-C',
                    '-b',
                    bootstrap(),
                    '-t',
                    name,
                    '-p',
                    '0',
                    '-o',
                    String(offset),
                    '-f',
                    '%o %s\\n',
                    '-q',
                    ...args,
                ], { timeoutMs });
                if (r.code !== 0 && r.code !== null)
                    throw new Error(`kcat exited with ${r.code}: ${r.stderr}`);
                return parse(r.stdout);
            };
            const admin = async (fn) => {
                const a = kafka.admin();
                await a.connect();
                try {
                    return await fn(a);
                }
                finally {
                    await a.disconnect();
                }
            };
            const notKafka = async () => {
                throw new Error('not in Kafka');
            };
            return {
                async create(name) {
                    await admin((a) => a.createTopics({ topics: [{ topic: name, numPartitions: 1 }], waitForLeaders: true }));
                },
                async append(name, bodies) {
                    const [r] = await producer.send({
                        topic: name,
                        acks: -1,
                        messages: bodies.map((value) => ({ value })),
                    });
                    const base = Number(r.baseOffset);
                    return bodies.map((_, i) => String(base + i));
                },
                read: async (name, from, max) => kcat(name, from === 'first' ? 0 : Number(from) + 1, ['-e', '-c', String(max)], 20_000),
                waitAfter: (name, afterId, waitMs) => kcat(name, Number(afterId) + 1, ['-c', '1'], waitMs),
                async commitOffset(group, name, processedId) {
                    await admin((a) => a.setOffsets({
                        groupId: group,
                        topic: name,
                        partitions: [{ partition: 0, offset: String(Number(processedId) + 1) }],
                    }));
                },
                async fetchOffset(group, name) {
                    const [t] = await admin((a) => a.fetchOffsets({ groupId: group, topics: [name] }));
                    const o = Number(t.partitions[0].offset);
                    return o < 0 ? undefined : String(o - 1);
                },
                createGroup: notKafka,
                readGroup: notKafka,
                pending: notKafka,
                ackGroup: notKafka,
                claim: notKafka,
                async restart() {
                    await producer.disconnect();
                    await h.restart();
                    await connect();
                },
                async close() {
                    await producer?.disconnect().catch(() => { });
                    await h.close();
                },
            };
        },
    };
}
//# sourceMappingURL=kafka.js.map