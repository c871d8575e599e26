import { KafkaError, } from '../codec/index.js';
import { groupAllowed, topicAllowed } from '../access.js';
const E = KafkaError;
/** offset.metadata.max.bytes */
const MAX_METADATA = 4096;
/** PRODUCER_FENCED as the clients of versions before it know it. */
export function fencedAsEpoch(code) {
    return code === E.PRODUCER_FENCED.code ? E.INVALID_PRODUCER_EPOCH.code : code;
}
/** A failed journal write or sync: the client retries against the coordinator. */
function storageFailure(conn, err, what) {
    conn.ctx.log.error({ err }, `Kafka ${what}: the transaction state could not be stored`);
    return E.COORDINATOR_NOT_AVAILABLE.code;
}
export async function addPartitionsToTxn(conn, req) {
    const b = req.body;
    const codes = new Map();
    const found = [];
    let failed = false;
    for (const t of b.v3AndBelowTopics) {
        const writable = topicAllowed(conn.access, 'write', t.name);
        const stream = writable ? conn.ctx.topics.stream(t.name) : undefined;
        for (const i of t.partitions) {
            const p = stream?.partition(i);
            const code = !writable ? E.TOPIC_AUTHORIZATION_FAILED.code : p ? 0 : E.UNKNOWN_TOPIC_OR_PARTITION.code;
            if (code)
                failed = true;
            else
                found.push({ topic: t.name, p: p });
            codes.set(`${t.name}\u0000${i}`, code);
        }
    }
    let all = 0;
    if (!failed) {
        try {
            all = fencedAsEpoch(await conn.ctx.txns.addPartitions(b.v3AndBelowTransactionalId, b.v3AndBelowProducerId, b.v3AndBelowProducerEpoch, found));
        }
        catch (err) {
            all = storageFailure(conn, err, 'AddPartitionsToTxn');
        }
    }
    return {
        throttleTimeMs: 0,
        resultsByTopicV3AndBelow: b.v3AndBelowTopics.map((t) => ({
            name: t.name,
            resultsByPartition: t.partitions.map((i) => {
                const own = codes.get(`${t.name}\u0000${i}`) ?? 0;
                // one refused partition fails the request: the others were not attempted (Kafka's answer)
                const code = failed ? own || E.OPERATION_NOT_ATTEMPTED.code : all;
                return { partitionIndex: i, partitionErrorCode: code };
            }),
        })),
    };
}
export async function addOffsetsToTxn(conn, req) {
    const b = req.body;
    if (!groupAllowed(conn.access, b.groupId))
        return { throttleTimeMs: 0, errorCode: E.GROUP_AUTHORIZATION_FAILED.code };
    try {
        const code = await conn.ctx.txns.addOffsets(b.transactionalId, b.producerId, b.producerEpoch, b.groupId);
        return { throttleTimeMs: 0, errorCode: fencedAsEpoch(code) };
    }
    catch (err) {
        return { throttleTimeMs: 0, errorCode: storageFailure(conn, err, 'AddOffsetsToTxn') };
    }
}
export async function endTxn(conn, req) {
    const b = req.body;
    try {
        const code = await conn.ctx.txns.endTxn(b.transactionalId, b.producerId, b.producerEpoch, b.committed);
        return { throttleTimeMs: 0, errorCode: fencedAsEpoch(code) };
    }
    catch (err) {
        return { throttleTimeMs: 0, errorCode: storageFailure(conn, err, 'EndTxn') };
    }
}
/** The consumer's group membership, when TxnOffsetCommit (v3, KIP-447) names it. */
function memberCheck(conn, b) {
    if (b.generationId < 0)
        return 0;
    const g = conn.ctx.groups.group(b.groupId);
    if (!g || g.isEmpty)
        return E.UNKNOWN_MEMBER_ID.code;
    return g.check(b.memberId, b.groupInstanceId, b.generationId);
}
export async function txnOffsetCommit(conn, req) {
    const b = req.body;
    const answer = (code) => ({
        throttleTimeMs: 0,
        topics: b.topics.map((t) => ({
            name: t.name,
            partitions: t.partitions.map((p) => ({
                partitionIndex: p.partitionIndex,
                errorCode: code(t.name, p.partitionIndex),
            })),
        })),
    });
    if (!groupAllowed(conn.access, b.groupId))
        return answer(() => E.GROUP_AUTHORIZATION_FAILED.code);
    const bad = memberCheck(conn, b);
    if (bad)
        return answer(() => bad);
    const own = new Map();
    const pending = [];
    for (const t of b.topics) {
        const readable = topicAllowed(conn.access, 'read', t.name);
        const info = readable ? conn.ctx.topics.get(t.name) : undefined;
        for (const p of t.partitions) {
            let code = 0;
            if (!readable)
                code = E.TOPIC_AUTHORIZATION_FAILED.code;
            else if (!info || p.partitionIndex < 0 || p.partitionIndex >= info.partitions)
                code = E.UNKNOWN_TOPIC_OR_PARTITION.code;
            else if (p.committedMetadata !== null && Buffer.byteLength(p.committedMetadata) > MAX_METADATA)
                code = E.OFFSET_METADATA_TOO_LARGE.code;
            else
                pending.push({
                    group: b.groupId,
                    topic: t.name,
                    partition: p.partitionIndex,
                    offset: p.committedOffset,
                    leaderEpoch: p.committedLeaderEpoch,
                    metadata: p.committedMetadata ?? '',
                });
            own.set(`${t.name}\u0000${p.partitionIndex}`, code);
        }
    }
    let all = 0;
    if (pending.length > 0) {
        try {
            all = fencedAsEpoch(await conn.ctx.txns.txnOffsetCommit(b.transactionalId, b.producerId, b.producerEpoch, b.groupId, pending));
        }
        catch (err) {
            all = storageFailure(conn, err, 'TxnOffsetCommit');
        }
    }
    return answer((topic, i) => own.get(`${topic}\u0000${i}`) || all);
}
//# sourceMappingURL=transactions.js.map