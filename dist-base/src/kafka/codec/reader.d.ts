export declare class Reader {
    readonly buf: Buffer;
    pos: number;
    end: number;
    constructor(buf: Buffer, start?: number, end?: number);
    get remaining(): number;
    private need;
    skip(n: number): void;
    /** Throws unless every byte of the window was consumed (a request with trailing bytes is malformed). */
    done(what: string): void;
    bool(): boolean;
    int8(): number;
    int16(): number;
    uint16(): number;
    int32(): number;
    uint32(): number;
    int64(): number;
    float64(): number;
    /** Unsigned varint of at most 32 bits (5 bytes): flexible-version lengths and tags. */
    uvarint(): number;
    /** Zigzag-signed 32-bit varint (record fields). */
    varint(): number;
    /** Zigzag-signed 64-bit varint (record timestamp deltas), as a safe JS number. */
    varlong(): number;
    /** A length prefix: int16/int32 classic, or uvarint N+1 when compact. -1 means null. */
    private length;
    nullableString(compact: boolean): string | null;
    string(compact: boolean): string;
    nullableBytes(compact: boolean): Buffer | null;
    bytes(compact: boolean): Buffer;
    /** A `records` field: length-prefixed bytes holding record batches, kept as a subarray. */
    records(compact: boolean): Buffer | null;
    /** 16 raw bytes (Kafka's Uuid: two big-endian int64s). */
    uuid(): Buffer;
    /**
     * An array count: int32 classic or uvarint N+1 compact; -1 means null. Every element takes at
     * least one byte on the wire, so a count above the bytes left is a lie caught before any loop.
     */
    arrayLength(compact: boolean): number;
    nullableArray<T>(compact: boolean, v: number, read: (r: Reader, v: number) => T): T[] | null;
    array<T>(compact: boolean, v: number, read: (r: Reader, v: number) => T): T[];
    /**
     * Narrows the window to the next `size` bytes (one tagged field) and returns the outer end, to
     * hand back to leaveTagged. A tagged field is read inside its window and the rest is skipped:
     * a newer peer may append to a tagged struct.
     */
    enterTagged(size: number): number;
    /** Skips a tagged-field section in which this struct knows no tags. */
    skipTaggedFields(): void;
    leaveTagged(outer: number): void;
}
export declare const readInt8: (r: Reader) => number;
export declare const readInt16: (r: Reader) => number;
export declare const readUint16: (r: Reader) => number;
export declare const readInt32: (r: Reader) => number;
export declare const readUint32: (r: Reader) => number;
export declare const readInt64: (r: Reader) => number;
export declare const readFloat64: (r: Reader) => number;
export declare const readBool: (r: Reader) => boolean;
export declare const readUuid: (r: Reader) => Buffer;
export declare const readStringClassic: (r: Reader) => string;
export declare const readStringCompact: (r: Reader) => string;
