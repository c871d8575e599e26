import { crc32c } from '../../store/crc32c.js';
import { CodecErrorKind, KafkaCodecError } from './codec-error.js';
// RecordBatch v2 (magic 2), the unit Kafka clients produce and fetch:
//
//   baseOffset i64 | batchLength i32 | partitionLeaderEpoch i32 | magic i8 | crc u32
//   -- CRC-32C covers from here to the end of the batch --
//   attributes i16 | lastOffsetDelta i32 | baseTimestamp i64 | maxTimestamp i64
//   | producerId i64 | producerEpoch i16 | baseSequence i32 | recordsCount i32 | records...
//
// batchLength counts the bytes after itself. The CRC leaves out baseOffset and
// partitionLeaderEpoch, so a broker stores the client's bytes and patches only those two fields
// (patchBaseOffset, patchPartitionLeaderEpoch) without recomputing anything.
//
// A BatchView reads fields straight from the buffer on demand: nothing is copied or decoded that
// is not asked for. Magic 0/1 (the old MessageSet) is recognised and refused: clients with the
// versions Wharf advertises (Produce >= 3) never send it.
export const Offsets = Object.freeze({
    BASE_OFFSET: 0,
    BATCH_LENGTH: 8,
    PARTITION_LEADER_EPOCH: 12,
    MAGIC: 16,
    CRC: 17,
    ATTRIBUTES: 21,
    LAST_OFFSET_DELTA: 23,
    BASE_TIMESTAMP: 27,
    MAX_TIMESTAMP: 35,
    PRODUCER_ID: 43,
    PRODUCER_EPOCH: 51,
    BASE_SEQUENCE: 53,
    RECORDS_COUNT: 57,
    RECORDS: 61,
});
/** Bytes before the first record. */
export const BATCH_HEADER_SIZE = Offsets.RECORDS;
/** The smallest legal batchLength: the header after the length field, with no records. */
const MIN_BATCH_LENGTH = BATCH_HEADER_SIZE - Offsets.PARTITION_LEADER_EPOCH;
export const Attributes = Object.freeze({
    COMPRESSION_MASK: 0x07,
    TIMESTAMP_LOG_APPEND: 0x08,
    TRANSACTIONAL: 0x10,
    CONTROL: 0x20,
    DELETE_HORIZON: 0x40,
});
const TWO_32 = 4294967296;
function corrupt(why) {
    return new KafkaCodecError(CodecErrorKind.CORRUPT_MESSAGE, why);
}
function int64(buf, at) {
    const hi = buf.readInt32BE(at);
    const v = hi * TWO_32 + buf.readUInt32BE(at + 4);
    if (!Number.isSafeInteger(v))
        throw corrupt('int64 outside the safe integer range');
    return v;
}
/** A zero-copy view of one batch at buf[start, end). Construct through splitBatches or viewBatch. */
export class BatchView {
    buf;
    start;
    end;
    constructor(buf, start, end) {
        this.buf = buf;
        this.start = start;
        this.end = end;
    }
    get size() {
        return this.end - this.start;
    }
    get baseOffset() {
        return int64(this.buf, this.start + Offsets.BASE_OFFSET);
    }
    get batchLength() {
        return this.buf.readInt32BE(this.start + Offsets.BATCH_LENGTH);
    }
    get partitionLeaderEpoch() {
        return this.buf.readInt32BE(this.start + Offsets.PARTITION_LEADER_EPOCH);
    }
    get magic() {
        return this.buf.readInt8(this.start + Offsets.MAGIC);
    }
    get crc() {
        return this.buf.readUInt32BE(this.start + Offsets.CRC);
    }
    get attributes() {
        return this.buf.readInt16BE(this.start + Offsets.ATTRIBUTES);
    }
    get compression() {
        return this.attributes & Attributes.COMPRESSION_MASK;
    }
    get isTransactional() {
        return (this.attributes & Attributes.TRANSACTIONAL) !== 0;
    }
    get isControl() {
        return (this.attributes & Attributes.CONTROL) !== 0;
    }
    get timestampType() {
        return (this.attributes & Attributes.TIMESTAMP_LOG_APPEND) !== 0 ? 'LogAppendTime' : 'CreateTime';
    }
    get lastOffsetDelta() {
        return this.buf.readInt32BE(this.start + Offsets.LAST_OFFSET_DELTA);
    }
    /** The offset of the batch's last record. */
    get lastOffset() {
        return this.baseOffset + this.lastOffsetDelta;
    }
    get baseTimestamp() {
        return int64(this.buf, this.start + Offsets.BASE_TIMESTAMP);
    }
    get maxTimestamp() {
        return int64(this.buf, this.start + Offsets.MAX_TIMESTAMP);
    }
    get producerId() {
        return int64(this.buf, this.start + Offsets.PRODUCER_ID);
    }
    get producerEpoch() {
        return this.buf.readInt16BE(this.start + Offsets.PRODUCER_EPOCH);
    }
    get baseSequence() {
        return this.buf.readInt32BE(this.start + Offsets.BASE_SEQUENCE);
    }
    get recordsCount() {
        return this.buf.readInt32BE(this.start + Offsets.RECORDS_COUNT);
    }
    /** The records section as stored (compressed when compression != 0); a subarray, not a copy. */
    get recordsData() {
        return this.buf.subarray(this.start + Offsets.RECORDS, this.end);
    }
    /** The whole batch; a subarray, not a copy. */
    get bytes() {
        return this.buf.subarray(this.start, this.end);
    }
    /** CRC-32C of attributes..end, as the batch's crc field should hold it. */
    computeCrc() {
        return crc32c(this.buf, this.start + Offsets.ATTRIBUTES, this.end);
    }
    /** Throws CORRUPT_MESSAGE unless the crc field matches the bytes it covers. */
    validateCrc() {
        const want = this.crc;
        const got = this.computeCrc();
        if (want !== got)
            throw corrupt(`record batch CRC mismatch: stored ${want}, computed ${got}`);
    }
    /** Overwrites baseOffset in place (outside the CRC). */
    patchBaseOffset(offset) {
        if (!Number.isSafeInteger(offset))
            throw corrupt(`bad base offset ${offset}`);
        const hi = Math.floor(offset / TWO_32);
        this.buf.writeInt32BE(hi, this.start + Offsets.BASE_OFFSET);
        this.buf.writeUInt32BE(offset - hi * TWO_32, this.start + Offsets.BASE_OFFSET + 4);
    }
    /** Overwrites partitionLeaderEpoch in place (outside the CRC). */
    patchPartitionLeaderEpoch(epoch) {
        this.buf.writeInt32BE(epoch, this.start + Offsets.PARTITION_LEADER_EPOCH);
    }
}
/**
 * Splits a `records` field into its batches (a Produce may carry several per partition). Checks
 * framing and magic only; call validateCrc on each batch to check its contents. Throws
 * CORRUPT_MESSAGE for a batch whose length overruns the data or an unknown magic, and
 * UNSUPPORTED_VERSION for magic 0/1 (the old MessageSet).
 */
export function splitBatches(records, options = {}) {
    const out = [];
    let o = 0;
    while (o < records.length) {
        if (records.length - o < Offsets.MAGIC + 1) {
            if (options.allowPartialTail)
                break;
            throw corrupt(`${records.length - o} bytes left, too few for a record batch header`);
        }
        const batchLength = records.readInt32BE(o + Offsets.BATCH_LENGTH);
        const magic = records.readInt8(o + Offsets.MAGIC);
        if (magic !== 2) {
            throw new KafkaCodecError(magic === 0 || magic === 1 ? CodecErrorKind.UNSUPPORTED_VERSION : CodecErrorKind.CORRUPT_MESSAGE, magic === 0 || magic === 1
                ? `message format v${magic} (MessageSet) is not supported; use RecordBatch v2`
                : `unknown record batch magic ${magic}`);
        }
        if (batchLength < MIN_BATCH_LENGTH)
            throw corrupt(`record batch length ${batchLength} is too small`);
        const end = o + Offsets.PARTITION_LEADER_EPOCH + batchLength;
        if (end > records.length) {
            if (options.allowPartialTail)
                break;
            throw corrupt(`record batch of ${batchLength} bytes overruns the ${records.length - o} left`);
        }
        const view = new BatchView(records, o, end);
        if (view.recordsCount < 0)
            throw corrupt(`negative records count ${view.recordsCount}`);
        if (view.lastOffsetDelta < 0)
            throw corrupt(`negative lastOffsetDelta ${view.lastOffsetDelta}`);
        out.push(view);
        o = end;
    }
    return out;
}
//# sourceMappingURL=record-batch.js.map