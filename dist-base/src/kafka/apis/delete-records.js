import { KafkaError } from '../codec/index.js';
import { topicAllowed } from '../access.js';
const E = KafkaError;
export function deleteRecords(conn, req) {
    const b = req.body;
    return {
        throttleTimeMs: 0,
        topics: b.topics.map((t) => {
            const allowed = topicAllowed(conn.access, 'configure', t.name);
            const s = allowed ? conn.ctx.topics.stream(t.name) : undefined;
            return {
                name: t.name,
                partitions: t.partitions.map(({ partitionIndex, offset }) => {
                    const result = (errorCode, lowWatermark = -1) => ({
                        partitionIndex,
                        lowWatermark,
                        errorCode,
                    });
                    if (!allowed)
                        return result(E.TOPIC_AUTHORIZATION_FAILED.code);
                    const p = s?.partition(partitionIndex);
                    if (p === undefined)
                        return result(E.UNKNOWN_TOPIC_OR_PARTITION.code);
                    // -1: everything up to the high watermark (DeleteRecordsRequest.HIGH_WATERMARK)
                    const target = offset === -1 ? p.highWatermark : offset;
                    if (target < 0 || target > p.highWatermark)
                        return result(E.OFFSET_OUT_OF_RANGE.code);
                    try {
                        const low = p.deleteRecordsBefore(target);
                        conn.ctx.log.info({ topic: t.name, partition: partitionIndex, logStartOffset: low, user: conn.user }, 'Kafka records deleted');
                        return result(0, low);
                    }
                    catch (err) {
                        conn.ctx.log.warn({ err, topic: t.name, partition: partitionIndex }, 'DeleteRecords failed');
                        return result(E.KAFKA_STORAGE_ERROR.code);
                    }
                }),
            };
        }),
    };
}
//# sourceMappingURL=delete-records.js.map