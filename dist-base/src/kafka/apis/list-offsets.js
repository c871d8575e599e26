// ListOffsets: earliest (-2) is the log start, latest (-1) the high watermark (read_committed: the
// last stable offset, below every open transaction), and a timestamp gives the first record at or after
// it (Kafka's time index, to the record: the batch is found by the stream's timestamp index and
// its records are scanned), or -1 when none is that new.
import { formatOf, StreamFormat } from '../../broker/index.js';
import { batchRecords, BatchView, KafkaError, } from '../codec/index.js';
import { topicAllowed } from '../access.js';
const E = KafkaError;
const LATEST = -1;
const EARLIEST = -2;
const READ_COMMITTED = 1;
export function listOffsets(conn, req) {
    const b = req.body;
    return {
        throttleTimeMs: 0,
        topics: b.topics.map((t) => {
            const readable = topicAllowed(conn.access, 'read', t.name);
            const stream = readable ? conn.ctx.topics.stream(t.name) : undefined;
            return {
                name: t.name,
                partitions: t.partitions.map((lp) => {
                    const result = (errorCode, offset = -1, timestamp = -1) => ({
                        partitionIndex: lp.partitionIndex,
                        errorCode,
                        oldStyleOffsets: offset >= 0 ? [offset] : [],
                        timestamp,
                        offset,
                    });
                    if (!readable)
                        return result(E.TOPIC_AUTHORIZATION_FAILED.code);
                    const p = stream?.partition(lp.partitionIndex);
                    if (!p)
                        return result(E.UNKNOWN_TOPIC_OR_PARTITION.code);
                    if (lp.timestamp === LATEST)
                        return result(0, b.isolationLevel === READ_COMMITTED
                            ? conn.ctx.txns.index.lastStable(t.name, lp.partitionIndex, p.highWatermark)
                            : p.highWatermark);
                    if (lp.timestamp === EARLIEST)
                        return result(0, p.firstOffset);
                    if (lp.timestamp < 0)
                        return result(E.INVALID_REQUEST.code);
                    const found = byTimestamp(p, lp.timestamp);
                    return found ? result(0, found.offset, found.timestamp) : result(0, -1, -1);
                }),
            };
        }),
    };
}
/** The first committed record with a timestamp >= ts, or undefined. */
export function byTimestamp(p, ts) {
    let at = p.offsetForTimestamp(ts);
    while (at < p.highWatermark) {
        const batches = p.read(at, 1024 * 1024);
        if (batches.length === 0)
            return undefined;
        for (const b of batches) {
            if (formatOf(b.flags) !== StreamFormat.kafka) {
                if (b.timestamp >= ts && b.offset >= at)
                    return { offset: b.offset, timestamp: b.timestamp };
                continue;
            }
            const view = new BatchView(b.body, 0, b.body.length);
            if (view.maxTimestamp < ts)
                continue;
            const it = batchRecords(view);
            const base = view.baseTimestamp;
            while (it.next()) {
                const off = b.offset + it.offsetDelta;
                const rts = base + it.timestampDelta;
                if (off >= at && rts >= ts)
                    return { offset: off, timestamp: rts };
            }
        }
        const last = batches[batches.length - 1];
        at = last.offset + last.count;
    }
    return undefined;
}
//# sourceMappingURL=list-offsets.js.map