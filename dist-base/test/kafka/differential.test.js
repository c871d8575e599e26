// Differential test against librdkafka 2.0.2's built-in mock cluster (the only Kafka broker that
// runs on this machine, ../shared/PROTOCOLS.md): the same raw requests, at versions both brokers
// speak, sent to Wharf and to the mock, must give the same error codes and offsets: produce offsets,
// ListOffsets earliest/latest, Fetch at the end and past it (OFFSET_OUT_OF_RANGE), an unknown
// partition, simple commits with metadata and OffsetFetch of an uncommitted partition, and the
// idempotent producer's duplicate and out-of-order batches. Where the mock differs from Kafka (it does
// not check idempotent sequences), Wharf is held to Kafka's rules instead.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ApiKey, buildRecordBatch, } from '../../src/kafka/codec/index.js';
import { PYTHON } from '../helpers/brokers.js';
import { missing, PY_DIR, RawKafka, startKafkaWharf, topicName } from './support.js';
const TOPIC = topicName('diff');
const GROUP = topicName('diff-grp');
function startMock() {
    return new Promise((resolve, reject) => {
        const child = spawn(PYTHON, [join(PY_DIR, 'mock_cluster.py'), `${TOPIC}:1`], {
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let out = '';
        let err = '';
        child.stdout.on('data', (c) => {
            out += c.toString();
            const line = out.split('\n')[0];
            if (out.includes('\n'))
                resolve({ child, bootstrap: line.split(',')[0].trim() });
        });
        child.stderr.on('data', (c) => (err += c.toString()));
        child.on('exit', (code) => reject(new Error(`mock cluster exited with ${code}: ${err}`)));
    });
}
/** The scenario: every answer that matters, as plain data. */
async function observe(bootstrap) {
    const c = await RawKafka.connect(bootstrap);
    let cid = 0;
    const ask = async (key, version, body) => {
        c.send(key, version, ++cid, body);
        return (await c.response(key, version)).body;
    };
    const o = {};
    try {
        const batch = (n, extra = {}) => Buffer.from(buildRecordBatch(Array.from({ length: n }, (_, i) => ({
            key: null,
            value: Buffer.from(`v${i}`),
            timestamp: 1_700_000_000_000 + i,
        })), extra));
        const produce = async (partition, records) => {
            const r = await ask(ApiKey.Produce, 7, {
                transactionalId: null,
                acks: -1,
                timeoutMs: 5000,
                topicData: [{ name: TOPIC, partitionData: [{ index: partition, records }] }],
            });
            const p = r.responses[0].partitionResponses[0];
            return { error: p.errorCode, baseOffset: p.errorCode === 0 ? p.baseOffset : null };
        };
        o.produce1 = await produce(0, batch(3));
        o.produce2 = await produce(0, batch(2));
        o.produceBadPartition = (await produce(5, batch(1))).error;
        const listOffsets = async (timestamp, partition = 0) => {
            const r = await ask(ApiKey.ListOffsets, 2, {
                replicaId: -1,
                isolationLevel: 0,
                topics: [{ name: TOPIC, partitions: [{ partitionIndex: partition, timestamp, maxNumOffsets: 1 }] }],
            });
            const p = r.topics[0].partitions[0];
            return { error: p.errorCode, offset: p.errorCode === 0 ? p.offset : null };
        };
        o.earliest = await listOffsets(-2);
        o.latest = await listOffsets(-1);
        o.listOffsetsBadPartition = (await listOffsets(-1, 9)).error;
        const fetch = async (offset) => {
            const r = await ask(ApiKey.Fetch, 11, {
                replicaId: -1,
                maxWaitMs: 100,
                minBytes: 1,
                maxBytes: 1 << 20,
                isolationLevel: 0,
                sessionId: 0,
                sessionEpoch: -1,
                topics: [
                    {
                        topic: TOPIC,
                        partitions: [
                            {
                                partition: 0,
                                currentLeaderEpoch: -1,
                                fetchOffset: offset,
                                logStartOffset: -1,
                                partitionMaxBytes: 1 << 20,
                            },
                        ],
                    },
                ],
                forgottenTopicsData: [],
                rackId: '',
            });
            const p = r.responses[0].partitions[0];
            const bytes = p.records === null ? 0 : Buffer.concat([].concat(p.records)).length;
            return { error: p.errorCode, highWatermark: p.highWatermark, hasRecords: bytes > 0 };
        };
        o.fetchStart = await fetch(0);
        o.fetchEnd = await fetch(5);
        o.fetchPastEnd = (await fetch(100)).error;
        const offsetFetch = async () => {
            const r = await ask(ApiKey.OffsetFetch, 5, {
                groupId: GROUP,
                topics: [{ name: TOPIC, partitionIndexes: [0] }],
                requireStable: false,
            });
            const p = r.topics[0].partitions[0];
            return {
                error: p.errorCode,
                offset: p.committedOffset,
                metadata: p.committedOffset < 0 ? null : p.metadata,
            };
        };
        o.uncommitted = await offsetFetch();
        const commit = await ask(ApiKey.OffsetCommit, 7, {
            groupId: GROUP,
            generationIdOrMemberEpoch: -1,
            memberId: '',
            groupInstanceId: null,
            retentionTimeMs: -1,
            topics: [
                {
                    name: TOPIC,
                    partitions: [
                        {
                            partitionIndex: 0,
                            committedOffset: 2,
                            committedLeaderEpoch: -1,
                            commitTimestamp: -1,
                            committedMetadata: 'diff-meta',
                        },
                    ],
                },
            ],
        });
        o.commit = commit.topics[0].partitions[0].errorCode;
        o.committed = await offsetFetch();
        const pid = await ask(ApiKey.InitProducerId, 1, {
            transactionalId: null,
            transactionTimeoutMs: 60000,
            producerId: -1,
            producerEpoch: -1,
        });
        o.initProducerId = pid.errorCode;
        const idem = (seq) => batch(2, { producerId: pid.producerId, producerEpoch: pid.producerEpoch, baseSequence: seq });
        const first = idem(0);
        o.idempotent1 = await produce(0, first);
        o.duplicate = await produce(0, Buffer.from(first));
        o.outOfOrder = (await produce(0, idem(7))).error;
        o.afterDuplicate = await listOffsets(-1);
    }
    finally {
        c.close();
    }
    return o;
}
describe('differential: Wharf against librdkafka 2.0.2 mock cluster', () => {
    let mock;
    let w;
    const why = missing('confluent_kafka');
    before(async () => {
        w = await startKafkaWharf();
        if (why === undefined)
            mock = await startMock();
    });
    after(async () => {
        mock?.child.stdin.end();
        mock?.child.kill();
        await w.close();
    });
    test('same error codes and offsets for the same requests', async (t) => {
        if (why)
            return t.skip(`${why} (its librdkafka1 provides the mock cluster)`);
        // Wharf's topic is made as the mock's was: one partition
        const admin = await RawKafka.connect(w.bootstrap);
        admin.send(ApiKey.CreateTopics, 4, 1, {
            topics: [{ name: TOPIC, numPartitions: 1, replicationFactor: 1, assignments: [], configs: [] }],
            timeoutMs: 5000,
            validateOnly: false,
        });
        await admin.response(ApiKey.CreateTopics, 4);
        admin.close();
        const reference = await observe(mock.bootstrap);
        const wharf = await observe(w.bootstrap);
        // librdkafka 2.0.2's mock does not check idempotent sequences (found by this test: it stores a
        // duplicate batch again and accepts a gap), so there Kafka's own rules are the reference:
        // a duplicate is answered with its first offset and not stored, a gap is OUT_OF_ORDER_SEQUENCE_NUMBER
        const IDEMPOTENCE = ['idempotent1', 'duplicate', 'outOfOrder', 'afterDuplicate'];
        const shared = (o) => Object.fromEntries(Object.entries(o).filter(([k]) => !IDEMPOTENCE.includes(k)));
        assert.deepEqual(shared(wharf), shared(reference));
        assert.deepEqual(IDEMPOTENCE.map((k) => wharf[k]), [{ error: 0, baseOffset: 5 }, { error: 0, baseOffset: 5 }, 45, { error: 0, offset: 7 }]);
    });
});
//# sourceMappingURL=differential.test.js.map