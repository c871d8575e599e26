// The transaction APIs: AddPartitionsToTxn, AddOffsetsToTxn, TxnOffsetCommit and EndTxn. The state
// machine and its durability are txn/coordinator.ts; here requests are checked (permissions, topics,
// the consumer group's generation) and errors put in the versions' terms: PRODUCER_FENCED (90) only
// exists from AddPartitionsToTxn/AddOffsetsToTxn/EndTxn v2 on (Kafka's KafkaApis answers older
// versions INVALID_PRODUCER_EPOCH, 47), and Wharf advertises v0-1 of those.
import type { StreamPartition } from '../../broker/index.js';
import type { KafkaConnection, Reply } from '../connection.js';
import {
  KafkaError,
  type AddOffsetsToTxnRequest,
  type AddPartitionsToTxnRequest,
  type EndTxnRequest,
  type KafkaRequest,
  type TxnOffsetCommitRequest,
} from '../codec/index.js';
import { groupAllowed, topicAllowed } from '../access.js';
import type { PendingOffset } from '../txn/metadata.js';

const E = KafkaError;
/** offset.metadata.max.bytes */
const MAX_METADATA = 4096;

/** PRODUCER_FENCED as the clients of versions before it know it. */
export function fencedAsEpoch(code: number): number {
  return code === E.PRODUCER_FENCED.code ? E.INVALID_PRODUCER_EPOCH.code : code;
}

/** A failed journal write or sync: the client retries against the coordinator. */
function storageFailure(conn: KafkaConnection, err: unknown, what: string): number {
  conn.ctx.log.error({ err }, `Kafka ${what}: the transaction state could not be stored`);
  return E.COORDINATOR_NOT_AVAILABLE.code;
}

export async function addPartitionsToTxn(conn: KafkaConnection, req: KafkaRequest): Promise<Reply> {
  const b = req.body as AddPartitionsToTxnRequest;
  const codes = new Map<string, number>();
  const found: { topic: string; p: StreamPartition }[] = [];
  let failed = false;
  for (const t of b.v3AndBelowTopics) {
    const writable = topicAllowed(conn.access, 'write', t.name);
    const stream = writable ? conn.ctx.topics.stream(t.name) : undefined;
    for (const i of t.partitions) {
      const p = stream?.partition(i);
      const code = !writable ? E.TOPIC_AUTHORIZATION_FAILED.code : p ? 0 : E.UNKNOWN_TOPIC_OR_PARTITION.code;
      if (code) failed = true;
      else found.push({ topic: t.name, p: p! });
      codes.set(`${t.name}\u0000${i}`, code);
    }
  }
  let all = 0;
  if (!failed) {
    try {
      all = fencedAsEpoch(
        await conn.ctx.txns.addPartitions(
          b.v3AndBelowTransactionalId,
          b.v3AndBelowProducerId,
          b.v3AndBelowProducerEpoch,
          found,
        ),
      );
    } catch (err) {
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

export async function addOffsetsToTxn(conn: KafkaConnection, req: KafkaRequest): Promise<Reply> {
  const b = req.body as AddOffsetsToTxnRequest;
  if (!groupAllowed(conn.access, b.groupId))
    return { throttleTimeMs: 0, errorCode: E.GROUP_AUTHORIZATION_FAILED.code };
  try {
    const code = await conn.ctx.txns.addOffsets(b.transactionalId, b.producerId, b.producerEpoch, b.groupId);
    return { throttleTimeMs: 0, errorCode: fencedAsEpoch(code) };
  } catch (err) {
    return { throttleTimeMs: 0, errorCode: storageFailure(conn, err, 'AddOffsetsToTxn') };
  }
}

export async function endTxn(conn: KafkaConnection, req: KafkaRequest): Promise<Reply> {
  const b = req.body as EndTxnRequest;
  try {
    const code = await conn.ctx.txns.endTxn(b.transactionalId, b.producerId, b.producerEpoch, b.committed);
    return { throttleTimeMs: 0, errorCode: fencedAsEpoch(code) };
  } catch (err) {
    return { throttleTimeMs: 0, errorCode: storageFailure(conn, err, 'EndTxn') };
  }
}

/** The consumer's group membership, when TxnOffsetCommit (v3, KIP-447) names it. */
function memberCheck(conn: KafkaConnection, b: TxnOffsetCommitRequest): number {
  if (b.generationId < 0) return 0;
  const g = conn.ctx.groups.group(b.groupId);
  if (!g || g.isEmpty) return E.UNKNOWN_MEMBER_ID.code;
  return g.check(b.memberId, b.groupInstanceId, b.generationId);
}

export async function txnOffsetCommit(conn: KafkaConnection, req: KafkaRequest): Promise<Reply> {
  const b = req.body as TxnOffsetCommitRequest;
  const answer = (code: (topic: string, i: number) => number): Reply => ({
    throttleTimeMs: 0,
    topics: b.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({
        partitionIndex: p.partitionIndex,
        errorCode: code(t.name, p.partitionIndex),
      })),
    })),
  });
  if (!groupAllowed(conn.access, b.groupId)) return answer(() => E.GROUP_AUTHORIZATION_FAILED.code);
  const bad = memberCheck(conn, b);
  if (bad) return answer(() => bad);
  const own = new Map<string, number>();
  const pending: PendingOffset[] = [];
  for (const t of b.topics) {
    const readable = topicAllowed(conn.access, 'read', t.name);
    const info = readable ? conn.ctx.topics.get(t.name) : undefined;
    for (const p of t.partitions) {
      let code = 0;
      if (!readable) code = E.TOPIC_AUTHORIZATION_FAILED.code;
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
      all = fencedAsEpoch(
        await conn.ctx.txns.txnOffsetCommit(
          b.transactionalId,
          b.producerId,
          b.producerEpoch,
          b.groupId,
          pending,
        ),
      );
    } catch (err) {
      all = storageFailure(conn, err, 'TxnOffsetCommit');
    }
  }
  return answer((topic, i) => own.get(`${topic}\u0000${i}`) || all);
}
