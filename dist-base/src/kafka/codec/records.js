import { CodecErrorKind, KafkaCodecError } from './codec-error.js';
import { Compression, compress, decompress, DEFAULT_MAX_DECOMPRESSED } from './compression.js';
import { Attributes, BATCH_HEADER_SIZE, BatchView, Offsets } from './record-batch.js';
import { crc32c } from '../../store/crc32c.js';
import { Reader } from './reader.js';
import { Writer } from './writer.js';
// The records inside a RecordBatch v2, each:
//
//   length varint | attributes i8 | timestampDelta varlong | offsetDelta varint
//   | keyLength varint | key | valueLength varint | value
//   | headersCount varint | [headerKeyLength varint | headerKey | headerValueLength varint | headerValue]
//
// All varints here are zigzag-signed; -1 lengths mean null. RecordIterator walks them with one
// cursor and no per-record objects: key, value and header values are subarrays made on request.
// buildRecordBatch goes the other way, for records that arrived through another protocol.
function corrupt(why) {
    return new KafkaCodecError(CodecErrorKind.CORRUPT_MESSAGE, why);
}
/** A cursor over the records of one (decompressed) records section. Reuse it with reset(). */
export class RecordIterator {
    attributes = 0;
    timestampDelta = 0;
    offsetDelta = 0;
    headerCount = 0;
    /** The current record's bytes in data: [recordStart, recordEnd), its length varint included. */
    recordStart = 0;
    recordEnd = 0;
    r;
    left = 0;
    keyAt = -1;
    keyLen = -1;
    valueAt = -1;
    valueLen = -1;
    /** Per header: key start, key length, value start, value length (-1 = null); reused. */
    headerPos = [];
    constructor(data, count) {
        this.r = new Reader(data);
        this.reset(data, count);
    }
    reset(data, count) {
        if (count < 0)
            throw corrupt(`negative records count ${count}`);
        this.r = new Reader(data);
        this.left = count;
    }
    /** Advances to the next record; false after the last. Throws CORRUPT_MESSAGE on bad framing. */
    next() {
        const r = this.r;
        if (this.left === 0) {
            if (r.remaining !== 0)
                throw corrupt(`${r.remaining} bytes after the last record`);
            return false;
        }
        this.left--;
        try {
            this.recordStart = r.pos;
            const length = r.varint();
            if (length < 0 || length > r.remaining)
                throw corrupt(`record length ${length} overruns the batch`);
            const end = r.pos + length;
            this.recordEnd = end;
            const outer = r.end;
            r.end = end;
            this.attributes = r.int8();
            this.timestampDelta = r.varlong();
            this.offsetDelta = r.varint();
            this.keyLen = r.varint();
            this.keyAt = r.pos;
            if (this.keyLen >= 0)
                r.skip(this.keyLen);
            else if (this.keyLen !== -1)
                throw corrupt(`bad key length ${this.keyLen}`);
            this.valueLen = r.varint();
            this.valueAt = r.pos;
            if (this.valueLen >= 0)
                r.skip(this.valueLen);
            else if (this.valueLen !== -1)
                throw corrupt(`bad value length ${this.valueLen}`);
            const headers = r.varint();
            if (headers < 0 || headers > r.remaining)
                throw corrupt(`bad header count ${headers}`);
            this.headerCount = headers;
            const pos = this.headerPos;
            pos.length = 0;
            for (let i = 0; i < headers; i++) {
                const kl = r.varint();
                if (kl < 0)
                    throw corrupt('null header key');
                pos.push(r.pos, kl);
                r.skip(kl);
                const vl = r.varint();
                if (vl < -1)
                    throw corrupt(`bad header value length ${vl}`);
                pos.push(r.pos, vl);
                if (vl > 0)
                    r.skip(vl);
            }
            if (r.pos !== end)
                throw corrupt('record length disagrees with its fields');
            r.end = outer;
            return true;
        }
        catch (e) {
            if (e instanceof KafkaCodecError && e.kind !== CodecErrorKind.CORRUPT_MESSAGE)
                throw corrupt(`bad record: ${e.message}`);
            throw e;
        }
    }
    /** The (decompressed) records section being walked. */
    get data() {
        return this.r.buf;
    }
    get key() {
        return this.keyLen < 0 ? null : this.r.buf.subarray(this.keyAt, this.keyAt + this.keyLen);
    }
    get value() {
        return this.valueLen < 0 ? null : this.r.buf.subarray(this.valueAt, this.valueAt + this.valueLen);
    }
    headerKey(i) {
        const at = this.headerPos[i * 4];
        return this.r.buf.toString('utf8', at, at + this.headerPos[i * 4 + 1]);
    }
    headerValue(i) {
        const at = this.headerPos[i * 4 + 2];
        const n = this.headerPos[i * 4 + 3];
        return n < 0 ? null : this.r.buf.subarray(at, at + n);
    }
}
/** The records section of a batch ready to iterate: decompressed if needed, bounded by maxBytes. */
export function batchRecords(batch, maxBytes = DEFAULT_MAX_DECOMPRESSED) {
    return new RecordIterator(decompress(batch.compression, batch.recordsData, maxBytes), batch.recordsCount);
}
/** Every record of a batch as objects: for tools, tests and cross-protocol delivery. */
export function readRecords(batch, maxBytes = DEFAULT_MAX_DECOMPRESSED) {
    const it = batchRecords(batch, maxBytes);
    const base = batch.baseOffset;
    const ts = batch.baseTimestamp;
    const logAppend = (batch.attributes & Attributes.TIMESTAMP_LOG_APPEND) !== 0;
    const out = [];
    while (it.next()) {
        const headers = [];
        for (let i = 0; i < it.headerCount; i++)
            headers.push({ key: it.headerKey(i), value: it.headerValue(i) });
        out.push({
            offset: base + it.offsetDelta,
            // With LogAppendTime every record carries the batch's maxTimestamp.
            timestamp: logAppend ? batch.maxTimestamp : ts + it.timestampDelta,
            key: it.key,
            value: it.value,
            headers,
        });
    }
    return out;
}
function writeBytesField(w, b) {
    if (b === null)
        w.varint(-1);
    else {
        w.varint(b.length);
        w.raw(b);
    }
}
function varintSize(v) {
    let u = v >= 0 ? v * 2 : -v * 2 - 1;
    let n = 1;
    while (u >= 0x80) {
        u = Math.floor(u / 128);
        n++;
    }
    return n;
}
/**
 * Builds a RecordBatch v2 from records (offset deltas 0..n-1), computing lastOffsetDelta,
 * timestamps and the CRC. For messages that arrived through AMQP, SQS or Redis and are read by a
 * Kafka consumer.
 */
export function buildRecordBatch(records, options = {}) {
    if (records.length === 0)
        throw new KafkaCodecError(CodecErrorKind.ENCODE, 'a record batch needs a record');
    const codec = options.compression ?? Compression.NONE;
    const baseTimestamp = records[0].timestamp;
    let maxTimestamp = baseTimestamp;
    const body = new Writer(256 + records.length * 32);
    records.forEach((rec, i) => {
        if (rec.timestamp > maxTimestamp)
            maxTimestamp = rec.timestamp;
        const tsDelta = rec.timestamp - baseTimestamp;
        const keyLen = rec.key === null ? -1 : rec.key.length;
        const valueLen = rec.value === null ? -1 : rec.value.length;
        const headers = rec.headers ?? [];
        let size = 1 + varintSize(tsDelta) + varintSize(i);
        size += varintSize(keyLen) + Math.max(keyLen, 0) + varintSize(valueLen) + Math.max(valueLen, 0);
        size += varintSize(headers.length);
        for (const h of headers) {
            const kl = Buffer.byteLength(h.key, 'utf8');
            const vl = h.value === null ? -1 : h.value.length;
            size += varintSize(kl) + kl + varintSize(vl) + Math.max(vl, 0);
        }
        body.varint(size);
        body.int8(0);
        body.varlong(tsDelta);
        body.varint(i);
        writeBytesField(body, rec.key);
        writeBytesField(body, rec.value);
        body.varint(headers.length);
        for (const h of headers) {
            writeBytesField(body, Buffer.from(h.key, 'utf8'));
            writeBytesField(body, h.value);
        }
    });
    const data = compress(codec, body.toBuffer());
    let attributes = codec;
    if (options.logAppendTime)
        attributes |= Attributes.TIMESTAMP_LOG_APPEND;
    if (options.transactional)
        attributes |= Attributes.TRANSACTIONAL;
    if (options.control)
        attributes |= Attributes.CONTROL;
    const out = Buffer.allocUnsafe(BATCH_HEADER_SIZE + data.length);
    const view = new BatchView(out, 0, out.length);
    view.patchBaseOffset(options.baseOffset ?? 0);
    out.writeInt32BE(out.length - Offsets.PARTITION_LEADER_EPOCH, Offsets.BATCH_LENGTH);
    view.patchPartitionLeaderEpoch(options.partitionLeaderEpoch ?? -1);
    out.writeInt8(2, Offsets.MAGIC);
    out.writeInt16BE(attributes, Offsets.ATTRIBUTES);
    out.writeInt32BE(records.length - 1, Offsets.LAST_OFFSET_DELTA);
    writeInt64(out, Offsets.BASE_TIMESTAMP, baseTimestamp);
    writeInt64(out, Offsets.MAX_TIMESTAMP, maxTimestamp);
    writeInt64(out, Offsets.PRODUCER_ID, options.producerId ?? -1);
    out.writeInt16BE(options.producerEpoch ?? -1, Offsets.PRODUCER_EPOCH);
    out.writeInt32BE(options.baseSequence ?? -1, Offsets.BASE_SEQUENCE);
    out.writeInt32BE(records.length, Offsets.RECORDS_COUNT);
    data.copy(out, Offsets.RECORDS);
    out.writeUInt32BE(crc32c(out, Offsets.ATTRIBUTES, out.length), Offsets.CRC);
    return out;
}
function writeInt64(buf, at, v) {
    if (!Number.isSafeInteger(v))
        throw new KafkaCodecError(CodecErrorKind.ENCODE, `not a safe int64: ${v}`);
    const hi = Math.floor(v / 4294967296);
    buf.writeInt32BE(hi, at);
    buf.writeUInt32BE(v - hi * 4294967296, at + 4);
}
// Control records (transaction markers) live in batches with the control attribute set:
// key = version i16 (0) | type i16 (0 abort, 1 commit); value = version i16 (0) | coordinatorEpoch i32.
export const ControlType = Object.freeze({ ABORT: 0, COMMIT: 1 });
/** A one-record control batch ending a transaction, as a transaction coordinator writes it. */
export function buildControlBatch(options) {
    const key = Buffer.alloc(4);
    key.writeInt16BE(0, 0);
    key.writeInt16BE(options.commit ? ControlType.COMMIT : ControlType.ABORT, 2);
    const value = Buffer.alloc(6);
    value.writeInt16BE(0, 0);
    value.writeInt32BE(options.coordinatorEpoch ?? 0, 2);
    return buildRecordBatch([{ key, value, timestamp: options.timestamp }], {
        baseOffset: options.baseOffset,
        partitionLeaderEpoch: options.partitionLeaderEpoch,
        producerId: options.producerId,
        producerEpoch: options.producerEpoch,
        transactional: true,
        control: true,
    });
}
/** The marker type of a control record's key (ControlType), or throws CORRUPT_MESSAGE. */
export function controlType(key) {
    if (key === null || key.length < 4)
        throw corrupt('control record without a 4-byte key');
    return key.readInt16BE(2);
}
/**
 * A batch with only the records keep() accepts, as Kafka's log cleaner rewrites one: baseOffset,
 * lastOffsetDelta, timestamps and producer fields stay, so offsets do not move; the kept records are
 * copied as they are (their deltas still hold) and compressed again with the batch's codec (lz4 and
 * zstd batches, which Wharf cannot encode, come out uncompressed). undefined: every record kept
 * (the batch stays as it is); null: none kept.
 */
export function filterBatch(batch, keep) {
    const it = batchRecords(batch);
    const base = batch.baseOffset;
    const ts = batch.baseTimestamp;
    const logAppend = (batch.attributes & Attributes.TIMESTAMP_LOG_APPEND) !== 0;
    const ranges = [];
    let dropped = false;
    let size = 0;
    while (it.next()) {
        const t = logAppend ? batch.maxTimestamp : ts + it.timestampDelta;
        if (keep(it, base + it.offsetDelta, t)) {
            ranges.push(it.recordStart, it.recordEnd);
            size += it.recordEnd - it.recordStart;
        }
        else
            dropped = true;
    }
    if (!dropped)
        return undefined;
    if (ranges.length === 0)
        return null;
    const section = Buffer.allocUnsafe(size);
    let at = 0;
    for (let i = 0; i < ranges.length; i += 2)
        at += it.data.copy(section, at, ranges[i], ranges[i + 1]);
    let codec = batch.compression;
    if (codec !== Compression.GZIP && codec !== Compression.SNAPPY)
        codec = Compression.NONE;
    const data = compress(codec, section);
    const out = Buffer.allocUnsafe(BATCH_HEADER_SIZE + data.length);
    batch.buf.copy(out, 0, batch.start, batch.start + BATCH_HEADER_SIZE);
    data.copy(out, BATCH_HEADER_SIZE);
    out.writeInt32BE(out.length - Offsets.PARTITION_LEADER_EPOCH, Offsets.BATCH_LENGTH);
    out.writeInt16BE((batch.attributes & ~Attributes.COMPRESSION_MASK) | codec, Offsets.ATTRIBUTES);
    out.writeInt32BE(ranges.length / 2, Offsets.RECORDS_COUNT);
    out.writeUInt32BE(crc32c(out, Offsets.ATTRIBUTES, out.length), Offsets.CRC);
    return out;
}
//# sourceMappingURL=records.js.map