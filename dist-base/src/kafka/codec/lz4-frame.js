import { decompressBlock } from 'lz4js';
import { CodecErrorKind, KafkaCodecError } from './codec-error.js';
// LZ4 frame format (lz4_Frame_format.md), which RecordBatch v2 uses for codec 3. lz4js supplies the
// block decoder; the frame around it is parsed here with bounds checks, because lz4js's own frame
// reader trusts every length (a truncated frame makes it loop forever) and misreads the 64-bit
// content size. Blocks may be linked (a match may reach into the previous block), so every block
// is decoded into one growing output.
const MAGIC = 0x184d2204;
const BLOCK_MAX = [0, 0, 0, 0, 64 << 10, 256 << 10, 1 << 20, 4 << 20];
function corrupt(why) {
    return new KafkaCodecError(CodecErrorKind.CORRUPT_MESSAGE, `lz4: ${why}`);
}
export function lz4FrameDecompress(src, maxBytes) {
    if (src.length < 7 || src.readUInt32LE(0) !== MAGIC)
        throw corrupt('bad frame magic');
    const flg = src[4];
    const bd = src[5];
    if (flg >> 6 !== 1)
        throw corrupt('unknown frame version');
    const blockChecksum = (flg & 0x10) !== 0;
    const contentSize = (flg & 0x08) !== 0;
    const contentChecksum = (flg & 0x04) !== 0;
    const dictId = (flg & 0x01) !== 0;
    const blockMax = BLOCK_MAX[(bd >> 4) & 7];
    if (!blockMax)
        throw corrupt('bad block size');
    let o = 6;
    let declared = -1;
    if (contentSize) {
        if (o + 8 > src.length)
            throw corrupt('truncated header');
        declared = src.readUInt32LE(o) + src.readUInt32LE(o + 4) * 4294967296;
        if (declared > maxBytes)
            throw corrupt(`content size ${declared} exceeds ${maxBytes}`);
        o += 8;
    }
    if (dictId)
        o += 4;
    o += 1; // header checksum (the batch CRC already covers these bytes)
    let out = Buffer.allocUnsafe(declared >= 0 ? declared : Math.min(maxBytes, blockMax));
    let d = 0;
    for (;;) {
        if (o + 4 > src.length)
            throw corrupt('truncated block size');
        const word = src.readUInt32LE(o);
        o += 4;
        if (word === 0)
            break;
        const stored = (word & 0x80000000) !== 0;
        const size = word & 0x7fffffff;
        if (size > blockMax || o + size + (blockChecksum ? 4 : 0) > src.length)
            throw corrupt('block overruns the frame');
        if (d + blockMax > out.length && out.length < maxBytes) {
            const want = Math.min(maxBytes, Math.max(out.length * 2, d + blockMax));
            const next = Buffer.allocUnsafe(want);
            out.copy(next, 0, 0, d);
            out = next;
        }
        if (stored) {
            if (d + size > out.length)
                throw corrupt(`decompressed data exceeds ${maxBytes} bytes`);
            src.copy(out, d, o, o + size);
            d += size;
        }
        else {
            const before = d;
            d = decompressBlock(src, out, o, size, d);
            // lz4js writes through a typed array, which drops writes past its end: catch that here.
            if (!(d <= out.length) || d - before > blockMax)
                throw corrupt('block decodes past its limit');
        }
        o += size + (blockChecksum ? 4 : 0);
    }
    if (contentChecksum)
        o += 4;
    if (o > src.length)
        throw corrupt('truncated content checksum');
    if (declared >= 0 && d !== declared)
        throw corrupt('content size mismatch');
    return out.subarray(0, d);
}
//# sourceMappingURL=lz4-frame.js.map