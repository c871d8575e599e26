export declare const Compression: Readonly<{
    readonly NONE: 0;
    readonly GZIP: 1;
    readonly SNAPPY: 2;
    readonly LZ4: 3;
    readonly ZSTD: 4;
}>;
export type Compression = (typeof Compression)[keyof typeof Compression];
export declare const COMPRESSION_NAMES: readonly string[];
/** Default decompression limit: Kafka's default max.message.bytes is ~1 MiB; leave headroom. */
export declare const DEFAULT_MAX_DECOMPRESSED: number;
/** Decompresses the records section of a batch. Throws KafkaCodecError on any failure. */
export declare function decompress(codec: number, src: Buffer, maxBytes?: number): Buffer;
/** Compresses a records section (gzip, raw snappy or none). */
export declare function compress(codec: number, src: Buffer): Buffer;
