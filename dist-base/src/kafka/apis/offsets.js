import { KafkaError, } from '../codec/index.js';
import { groupAllowed, topicAllowed } from '../access.js';
const E = KafkaError;
/** offset.metadata.max.bytes */
const MAX_METADATA = 4096;
function groupCheck(conn, b) {
    const g = conn.ctx.groups.group(b.groupId);
    const simple = b.generationIdOrMemberEpoch < 0;
    if (!g || g.isEmpty) {
        // a simple commit (no group membership, e.g. kcat or assign()) goes to an empty group only
        return simple ? 0 : E.UNKNOWN_MEMBER_ID.code;
    }
    if (g.state === 'Dead')
        return E.COORDINATOR_NOT_AVAILABLE.code;
    if (g.state === 'CompletingRebalance')
        return E.REBALANCE_IN_PROGRESS.code;
    const bad = g.check(b.memberId, b.groupInstanceId, b.generationIdOrMemberEpoch);
    // during PreparingRebalance members of the current generation may still commit (commit on revoke)
    return bad;
}
export async function offsetCommit(conn, req) {
    const b = req.body;
    const all = (errorCode) => ({
        throttleTimeMs: 0,
        topics: b.topics.map((t) => ({
            name: t.name,
            partitions: t.partitions.map((p) => ({ partitionIndex: p.partitionIndex, errorCode })),
        })),
    });
    if (!groupAllowed(conn.access, b.groupId))
        return all(E.GROUP_AUTHORIZATION_FAILED.code);
    if (b.groupId === '')
        return all(E.INVALID_GROUP_ID.code);
    const bad = groupCheck(conn, b);
    if (bad)
        return all(bad);
    const now = Date.now();
    const entries = [];
    const topics = b.topics.map((t) => {
        const info = conn.ctx.topics.get(t.name);
        const readable = topicAllowed(conn.access, 'read', t.name);
        return {
            name: t.name,
            partitions: t.partitions.map((p) => {
                let errorCode = 0;
                if (!readable)
                    errorCode = E.TOPIC_AUTHORIZATION_FAILED.code;
                else if (!info || p.partitionIndex < 0 || p.partitionIndex >= info.partitions)
                    errorCode = E.UNKNOWN_TOPIC_OR_PARTITION.code;
                else if (p.committedMetadata !== null && Buffer.byteLength(p.committedMetadata) > MAX_METADATA)
                    errorCode = E.OFFSET_METADATA_TOO_LARGE.code;
                else
                    entries.push({
                        topic: t.name,
                        partition: p.partitionIndex,
                        committed: {
                            offset: p.committedOffset,
                            leaderEpoch: p.committedLeaderEpoch,
                            metadata: p.committedMetadata ?? '',
                            commitTimestamp: p.commitTimestamp > 0 ? p.commitTimestamp : now,
                        },
                    });
                return { partitionIndex: p.partitionIndex, errorCode };
            }),
        };
    });
    if (entries.length > 0) {
        try {
            await conn.ctx.groups.offsets.commit(b.groupId, entries);
        }
        catch (err) {
            conn.ctx.log.error({ err, group: b.groupId }, 'storing committed offsets failed');
            return all(E.KAFKA_STORAGE_ERROR.code);
        }
    }
    return { throttleTimeMs: 0, topics };
}
export function offsetFetch(conn, req) {
    const b = req.body;
    const v = req.header.apiVersion;
    const store = conn.ctx.groups.offsets;
    if (!groupAllowed(conn.access, b.groupId)) {
        // v2+ has a top-level error code; before, every partition carries it
        const code = E.GROUP_AUTHORIZATION_FAILED.code;
        return {
            throttleTimeMs: 0,
            errorCode: code,
            topics: (b.topics ?? []).map((t) => ({
                name: t.name,
                partitions: t.partitionIndexes.map((i) => ({
                    partitionIndex: i,
                    committedOffset: -1,
                    committedLeaderEpoch: -1,
                    metadata: '',
                    errorCode: v < 2 ? code : 0,
                })),
            })),
        };
    }
    let wanted;
    if (b.topics === null) {
        const byTopic = new Map();
        for (const e of store.list(b.groupId)) {
            let l = byTopic.get(e.topic);
            if (!l)
                byTopic.set(e.topic, (l = []));
            l.push(e.partition);
        }
        wanted = [...byTopic].map(([name, partitionIndexes]) => ({
            name,
            partitionIndexes: partitionIndexes.sort((x, y) => x - y),
        }));
    }
    else {
        wanted = b.topics;
    }
    return {
        throttleTimeMs: 0,
        errorCode: 0,
        topics: wanted.map((t) => {
            const readable = topicAllowed(conn.access, 'read', t.name);
            return {
                name: t.name,
                partitions: t.partitionIndexes.map((i) => {
                    const c = readable ? store.get(b.groupId, t.name, i) : undefined;
                    // require_stable (v7, read_committed consumers): an open transaction will still move this offset
                    if (readable && b.requireStable && conn.ctx.txns.hasPendingOffset(b.groupId, t.name, i))
                        return {
                            partitionIndex: i,
                            committedOffset: -1,
                            committedLeaderEpoch: -1,
                            metadata: '',
                            errorCode: E.UNSTABLE_OFFSET_COMMIT.code,
                        };
                    return {
                        partitionIndex: i,
                        committedOffset: c?.offset ?? -1,
                        committedLeaderEpoch: c?.leaderEpoch ?? -1,
                        metadata: c?.metadata ?? '',
                        errorCode: readable ? 0 : E.TOPIC_AUTHORIZATION_FAILED.code,
                    };
                }),
            };
        }),
    };
}
export async function offsetDelete(conn, req) {
    const b = req.body;
    const top = (errorCode) => ({ errorCode, throttleTimeMs: 0, topics: [] });
    if (!groupAllowed(conn.access, b.groupId))
        return top(E.GROUP_AUTHORIZATION_FAILED.code);
    if (!conn.ctx.groups.exists(b.groupId) && !conn.ctx.groups.group(b.groupId))
        return top(E.GROUP_ID_NOT_FOUND.code);
    const g = conn.ctx.groups.group(b.groupId);
    const topics = [];
    for (const t of b.topics) {
        const partitions = [];
        for (const p of t.partitions) {
            let errorCode = 0;
            if (!topicAllowed(conn.access, 'read', t.name))
                errorCode = E.TOPIC_AUTHORIZATION_FAILED.code;
            else if (g && !g.isEmpty)
                errorCode = E.GROUP_SUBSCRIBED_TO_TOPIC.code;
            else
                await conn.ctx.groups.offsets.delete(b.groupId, t.name, p.partitionIndex);
            partitions.push({ partitionIndex: p.partitionIndex, errorCode });
        }
        topics.push({ name: t.name, partitions });
    }
    return { errorCode: 0, throttleTimeMs: 0, topics };
}
//# sourceMappingURL=offsets.js.map