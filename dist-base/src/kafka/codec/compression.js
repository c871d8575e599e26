import { gunzipSync, gzipSync } from 'node:zlib';
import { Decompress as ZstdDecompress } from 'fzstd';
import { compress as snappyCompress, uncompress as snappyUncompress } from 'snappyjs';
import { CodecErrorKind, KafkaCodecError } from './codec-error.js';
import { lz4FrameDecompress } from './lz4-frame.js';
// Record batch compression codecs (attributes bits 0-2). Every codec Kafka clients use must be
// decodable, because AMQP, SQS and Redis consumers read Kafka-produced records: gzip from
// node:zlib; snappy, lz4 and zstd from pure-JS packages with no install scripts (snappyjs, lz4js's
// block decoder, fzstd: Node 20's zlib has no zstd). Encoding, for batches Wharf builds itself, is
// gzip or none (plus snappy, which costs nothing extra).
//
// Every decoder takes a byte limit: a small compressed batch must not be able to inflate into
// gigabytes (a "zip bomb"). Past the limit, or on any malformed input, it throws CORRUPT_MESSAGE.
export const Compression = Object.freeze({ NONE: 0, GZIP: 1, SNAPPY: 2, LZ4: 3, ZSTD: 4 });
export const COMPRESSION_NAMES = Object.freeze(['none', 'gzip', 'snappy', 'lz4', 'zstd']);
/** Default decompression limit: Kafka's default max.message.bytes is ~1 MiB; leave headroom. */
export const DEFAULT_MAX_DECOMPRESSED = 64 * 1024 * 1024;
// The Java client (and kafka-python) wrap snappy in xerial's stream framing: this 8-byte magic,
// two int32 versions, then blocks of int32 length + raw snappy. librdkafka and kafkajs send raw
// snappy. Decoding accepts both.
const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);
function corrupt(codec, why) {
    return new KafkaCodecError(CodecErrorKind.CORRUPT_MESSAGE, `${codec}: ${why}`);
}
function snappyRaw(src, maxBytes) {
    // snappyjs returns the input's type: a Buffer for a Buffer.
    return snappyUncompress(src, maxBytes);
}
function snappyDecompress(src, maxBytes) {
    if (src.length < 16 || !src.subarray(0, 8).equals(XERIAL_MAGIC))
        return snappyRaw(src, maxBytes);
    const parts = [];
    let total = 0;
    let o = 16;
    while (o < src.length) {
        if (o + 4 > src.length)
            throw corrupt('snappy', 'truncated xerial block length');
        const n = src.readInt32BE(o);
        o += 4;
        if (n < 0 || o + n > src.length)
            throw corrupt('snappy', 'xerial block overruns the data');
        const part = snappyRaw(src.subarray(o, o + n), maxBytes - total);
        total += part.length;
        parts.push(part);
        o += n;
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts, total);
}
function zstdDecompress(src, maxBytes) {
    const parts = [];
    let total = 0;
    const z = new ZstdDecompress((chunk) => {
        total += chunk.length;
        if (total > maxBytes)
            throw corrupt('zstd', `decompressed data exceeds ${maxBytes} bytes`);
        parts.push(chunk);
    });
    z.push(src, true);
    return Buffer.concat(parts, total);
}
/** Decompresses the records section of a batch. Throws KafkaCodecError on any failure. */
export function decompress(codec, src, maxBytes = DEFAULT_MAX_DECOMPRESSED) {
    try {
        switch (codec) {
            case Compression.NONE:
                return src;
            case Compression.GZIP:
                return gunzipSync(src, { maxOutputLength: maxBytes });
            case Compression.SNAPPY:
                return snappyDecompress(src, maxBytes);
            case Compression.LZ4:
                return lz4FrameDecompress(src, maxBytes);
            case Compression.ZSTD:
                return zstdDecompress(src, maxBytes);
            default:
                throw new KafkaCodecError(CodecErrorKind.UNSUPPORTED_COMPRESSION, `unknown compression codec ${codec}`);
        }
    }
    catch (e) {
        if (e instanceof KafkaCodecError)
            throw e;
        throw corrupt(COMPRESSION_NAMES[codec] ?? String(codec), e.message);
    }
}
/** Compresses a records section (gzip, raw snappy or none). */
export function compress(codec, src) {
    switch (codec) {
        case Compression.NONE:
            return src;
        case Compression.GZIP:
            return gzipSync(src);
        case Compression.SNAPPY:
            return snappyCompress(src);
        default:
            throw new KafkaCodecError(CodecErrorKind.UNSUPPORTED_COMPRESSION, `cannot encode ${COMPRESSION_NAMES[codec] ?? codec} batches`);
    }
}
//# sourceMappingURL=compression.js.map