// Produce: each partition's RecordBatches are validated (produce/validate.ts), checked against the
// idempotent producer's sequences (produce/producer-state.ts) and appended to the partition's
// stream as they arrived, only baseOffset (and partitionLeaderEpoch) rewritten, both outside the
// CRC. acks=0 gets no reply; acks=1 is answered once appended; acks=all (-1) once the fdatasync
// that covers the batch is done: the engine's publish receipts (PublishReceipts), whose syncs are
// shared by every append of the same moment (group commit), so pipelined producers pay one fsync
// per round, not one per batch.
import { BrokerError, StreamFormat } from '../../broker/index.js';
import { Attributes, KafkaError, Offsets, } from '../codec/index.js';
import { topicAllowed } from '../access.js';
import { kafkaErrorOf } from '../engine-errors.js';
import { ProduceRefusal, validateBatches } from '../produce/validate.js';
const E = KafkaError;
export function produce(conn, req) {
    const b = req.body;
    const { ctx } = conn;
    const acks = b.acks;
    /** acks=all: each partition appended to and its answer, settled by the engine's publish receipt */
    const waits = [];
    const responses = b.topicData.map((t) => {
        const writable = topicAllowed(conn.access, 'write', t.name);
        const topic = writable ? ctx.topics.stream(t.name) : undefined;
        return {
            name: t.name,
            partitionResponses: t.partitionData.map((pd) => {
                const result = (errorCode, baseOffset = -1, logStartOffset = -1) => ({
                    index: pd.index,
                    errorCode,
                    baseOffset,
                    logAppendTimeMs: -1,
                    logStartOffset,
                });
                if (!writable)
                    return result(E.TOPIC_AUTHORIZATION_FAILED.code);
                if (acks !== 0 && acks !== 1 && acks !== -1)
                    return result(E.INVALID_REQUIRED_ACKS.code);
                const p = topic?.partition(pd.index);
                if (!p)
                    return result(E.UNKNOWN_TOPIC_OR_PARTITION.code);
                try {
                    const { baseOffset, logAppendTime } = appendPartition(conn, p, t.name, b.transactionalId, pd.records);
                    ctx.cleaner.noteAppend(t.name, p);
                    const r = result(0, baseOffset, p.firstOffset);
                    r.logAppendTimeMs = logAppendTime;
                    if (acks === -1) {
                        ctx.broker.receipts.needsSync(p);
                        waits.push([p, r, t.name]);
                    }
                    return r;
                }
                catch (err) {
                    if (err instanceof ProduceRefusal) {
                        ctx.log.debug({ topic: t.name, partition: pd.index, code: err.code }, `Kafka produce refused: ${err.message}`);
                        return result(err.code);
                    }
                    if (err instanceof BrokerError) {
                        ctx.log.warn({ topic: t.name, partition: pd.index }, `Kafka produce refused: ${err.message}`);
                        return result(kafkaErrorOf(err).code);
                    }
                    throw err;
                }
            }),
        };
    });
    if (acks === 0)
        return undefined;
    const body = { responses, throttleTimeMs: 0 };
    if (waits.length === 0)
        return body;
    // answered once durable; a failed sync turns the answers of the partitions it covers into errors
    return new Promise((resolve) => ctx.broker.receipts.whenSynced((err, failed) => {
        if (err) {
            for (const [p, r, topic] of waits) {
                if (!failed.has(p))
                    continue;
                ctx.log.error({ err, topic, partition: r.index }, 'Kafka produce: sync failed');
                r.errorCode = E.KAFKA_STORAGE_ERROR.code;
                r.baseOffset = -1;
            }
        }
        resolve(body);
    }));
}
/** Validates and appends one partition's batches; the base offset of the first (or of its original, for a retry). */
function appendPartition(conn, p, topic, transactionalId, records) {
    const maxBytes = maxMessageBytes(conn, p);
    const batches = validateBatches(records, maxBytes);
    for (const batch of batches)
        checkTransactional(conn, batch, topic, p.index, transactionalId);
    // message.timestamp.type=LogAppendTime: the broker's clock stamps every batch it stores
    const logAppendTime = p.queue.options.arguments['x-kafka-message-timestamp-type'] === 'LogAppendTime' ? Date.now() : -1;
    const states = conn.ctx.producers;
    let first = -1;
    for (const batch of batches) {
        const pid = batch.producerId;
        let base;
        if (pid >= 0) {
            const state = states.of(p);
            const verdict = state.check(pid, batch.producerEpoch, batch.baseSequence, batch.lastOffsetDelta);
            if (verdict.kind === 'error')
                throw new ProduceRefusal(verdict.code, verdict.message);
            if (verdict.kind === 'duplicate') {
                base = verdict.baseOffset;
            }
            else {
                if (logAppendTime >= 0)
                    stampLogAppendTime(batch, logAppendTime);
                base = append(p, batch);
                state.record(pid, batch.producerEpoch, batch.baseSequence, batch.lastOffsetDelta, base);
            }
        }
        else {
            if (logAppendTime >= 0)
                stampLogAppendTime(batch, logAppendTime);
            base = append(p, batch);
        }
        if (first < 0)
            first = base;
    }
    return { baseOffset: first, logAppendTime };
}
/**
 * A transactional Produce carries transactional batches only, of the transactional id's current
 * producer, to partitions added to its open transaction (AddPartitionsToTxn comes first); a
 * transactional batch without a transactional id is refused as Kafka refuses it.
 */
function checkTransactional(conn, batch, topic, partition, transactionalId) {
    if (transactionalId === null) {
        if (batch.isTransactional)
            throw new ProduceRefusal(E.TRANSACTIONAL_ID_AUTHORIZATION_FAILED.code, 'a transactional batch in a Produce without a transactional id');
        return;
    }
    if (!batch.isTransactional || batch.producerId < 0)
        throw new ProduceRefusal(E.INVALID_RECORD.code, 'a transactional Produce with a non-transactional batch');
    const code = conn.ctx.txns.checkProduce(transactionalId, batch.producerId, batch.producerEpoch, topic, partition);
    if (code !== 0)
        throw new ProduceRefusal(code, `transactional id '${transactionalId}' cannot write to ${topic}-${partition} now`);
}
/**
 * Kafka's LogValidator for LogAppendTime: the timestamp-type bit set and maxTimestamp = the append time
 * (consumers take it as every record's timestamp). Both lie inside the CRC, so the CRC is computed again:
 * the one case where a stored batch differs from what the producer sent beyond baseOffset.
 */
function stampLogAppendTime(batch, now) {
    const { buf, start } = batch;
    buf.writeInt16BE(buf.readInt16BE(start + Offsets.ATTRIBUTES) | Attributes.TIMESTAMP_LOG_APPEND, start + Offsets.ATTRIBUTES);
    buf.writeBigInt64BE(BigInt(now), start + Offsets.MAX_TIMESTAMP);
    buf.writeUInt32BE(batch.computeCrc(), start + Offsets.CRC);
}
function append(p, batch) {
    const { buf, start, end } = batch;
    // the leader epoch, like the base offset, lies outside the CRC: a one-node cluster's epoch is 0
    buf.writeInt32BE(0, start + Offsets.PARTITION_LEADER_EPOCH);
    const timestamp = batch.maxTimestamp >= 0 ? batch.maxTimestamp : Date.now();
    return p.appendBatch(StreamFormat.kafka, timestamp, batch.lastOffsetDelta + 1, EMPTY, buf.subarray(start, end), Offsets.BASE_OFFSET, 0, 
    // the batch's CRC-32C, checked in validateBatches (or computed again by stampLogAppendTime), covers it
    // from its attributes on: the store's record CRC reuses it instead of reading the batch a second time
    { from: Offsets.ATTRIBUTES, crc: batch.crc });
}
const EMPTY = Buffer.alloc(0);
function maxMessageBytes(conn, p) {
    const v = p.queue.options.arguments['x-kafka-max-message-bytes'];
    return typeof v === 'number' ? v : conn.ctx.options.maxMessageBytes;
}
//# sourceMappingURL=produce.js.map