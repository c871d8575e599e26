// Stream records as Kafka RecordBatches, for Fetch. A batch produced through Kafka is returned as
// stored (zero-copy). A message that arrived through AMQP (a publish to the stream queue or to a
// super stream's exchange) becomes a record: value = body, key = routing key, headers = the AMQP
// headers (text and bytes as they are, other values as their text form), timestamp = when it was
// stored; runs of consecutive offsets go into one batch. Records of other fronts' formats are
// skipped until those fronts define their mapping (a gap in offsets, which consumers accept as
// they do after compaction).
import { decodeHead, formatOf, StreamFormat } from '../../broker/index.js';
import { buildRecordBatch } from '../codec/index.js';
export function kafkaBatchesOf(ctx, _p, batches) {
    const out = [];
    let run = [];
    let runBase = -1;
    const flush = () => {
        if (run.length === 0)
            return;
        out.push(buildRecordBatch(run, { baseOffset: runBase, partitionLeaderEpoch: 0 }));
        run = [];
    };
    for (const b of batches) {
        const f = formatOf(b.flags);
        if (f === StreamFormat.kafka) {
            flush();
            out.push(b.body);
            continue;
        }
        if (f !== StreamFormat.amqp) {
            flush();
            continue;
        }
        if (run.length > 0 && runBase + run.length !== b.offset)
            flush();
        if (run.length === 0)
            runBase = b.offset;
        run.push(amqpRecord(ctx, b));
    }
    flush();
    return out;
}
function amqpRecord(ctx, b) {
    const head = decodeHead(b.head, b.flags);
    const headers = [];
    const h = ctx.broker.config.format.headers(head.properties);
    if (h) {
        for (const [k, v] of Object.entries(h))
            headers.push({ key: k, value: headerBytes(v) });
    }
    return {
        key: head.routingKey === '' ? null : Buffer.from(head.routingKey),
        value: b.body,
        headers,
        timestamp: b.timestamp,
    };
}
function headerBytes(v) {
    if (v === null || v === undefined)
        return null;
    if (Buffer.isBuffer(v))
        return v;
    if (typeof v === 'string')
        return Buffer.from(v);
    if (v instanceof Date)
        return Buffer.from(String(Math.floor(v.getTime() / 1000)));
    if (typeof v === 'object')
        return Buffer.from(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)));
    return Buffer.from(String(v));
}
//# sourceMappingURL=to-kafka.js.map