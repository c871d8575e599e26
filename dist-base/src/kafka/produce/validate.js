// What a Produce request's records must be before anything is stored (Kafka's LogValidator, for
// magic 2): whole RecordBatch v2 batches with a good CRC-32C, a compression codec Wharf can decode
// (every front must be able to read what is stored), no control batches from a client, a record
// count that matches the offset span, and no batch over the topic's max.message.bytes.
import { CodecErrorKind, KafkaCodecError, KafkaError, splitBatches } from '../codec/index.js';
/** A refused partition: the Kafka error code and why (for the log). */
export class ProduceRefusal extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
/** Compression codecs the store can decode: none, gzip, snappy, lz4, zstd. */
const MAX_CODEC = 4;
export function validateBatches(records, maxMessageBytes) {
    if (records === null || records.length === 0)
        throw new ProduceRefusal(KafkaError.CORRUPT_MESSAGE.code, 'no records');
    let batches;
    try {
        batches = splitBatches(records);
    }
    catch (err) {
        if (err instanceof KafkaCodecError)
            throw new ProduceRefusal(err.kind === CodecErrorKind.UNSUPPORTED_VERSION
                ? KafkaError.UNSUPPORTED_FOR_MESSAGE_FORMAT.code
                : KafkaError.CORRUPT_MESSAGE.code, err.message);
        throw err;
    }
    for (const b of batches) {
        if (b.size > maxMessageBytes)
            throw new ProduceRefusal(KafkaError.MESSAGE_TOO_LARGE.code, `a record batch of ${b.size} bytes exceeds max.message.bytes ${maxMessageBytes}`);
        try {
            b.validateCrc();
        }
        catch (err) {
            throw new ProduceRefusal(KafkaError.CORRUPT_MESSAGE.code, err.message);
        }
        if (b.compression > MAX_CODEC)
            throw new ProduceRefusal(KafkaError.UNSUPPORTED_COMPRESSION_TYPE.code, `unknown compression codec ${b.compression}`);
        if (b.isControl)
            throw new ProduceRefusal(KafkaError.INVALID_RECORD.code, 'clients may not produce control batches');
        if (b.recordsCount !== b.lastOffsetDelta + 1 || b.recordsCount === 0)
            throw new ProduceRefusal(KafkaError.INVALID_RECORD.code, `records count ${b.recordsCount} does not match lastOffsetDelta ${b.lastOffsetDelta}`);
    }
    return batches;
}
//# sourceMappingURL=validate.js.map