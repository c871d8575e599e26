/** Blobs at least this long are referenced instead of copied. */
export declare const ZERO_COPY_MIN = 4096;
export declare class Writer {
    private buf;
    /** Write position in `buf`. */
    private pos;
    /** Start of the part of `buf` not yet handed to `chunks`. */
    private mark;
    private readonly done;
    private doneBytes;
    /** @param size initial capacity in bytes (default 256); doubles as needed. */
    constructor(size?: number);
    /** Bytes written so far, chunks included. */
    get length(): number;
    private ensure;
    int8(v: number): void;
    bool(v: boolean): void;
    int16(v: number): void;
    uint16(v: number): void;
    int32(v: number): void;
    uint32(v: number): void;
    int64(v: number): void;
    float64(v: number): void;
    uvarint(v: number): void;
    varint(v: number): void;
    varlong(v: number): void;
    private lengthPrefix;
    nullableString(s: string | null, compact: boolean): void;
    string(s: string, compact: boolean): void;
    nullableBytes(b: Uint8Array | null, compact: boolean): void;
    bytes(b: Uint8Array, compact: boolean): void;
    /** A `records` field: one blob, or several stored batches sent back to back (null = -1). */
    records(r: Uint8Array | readonly Uint8Array[] | null, compact: boolean): void;
    uuid(u: Uint8Array): void;
    arrayLength(n: number, compact: boolean): void;
    nullableArray<T>(a: readonly T[] | null, compact: boolean, v: number, write: (w: Writer, x: T, v: number) => void): void;
    array<T>(a: readonly T[], compact: boolean, v: number, write: (w: Writer, x: T, v: number) => void): void;
    /** Appends bytes: copied when small, referenced as their own chunk when large. */
    raw(b: Uint8Array): void;
    private flush;
    /**
     * Starts a field whose unsigned-varint size precedes it (a tagged field). Reserves one byte and
     * returns the field's absolute start; endSized moves the field along if its size needs more.
     * Must not span a zero-copy chunk (tagged fields never hold records).
     */
    beginSized(): number;
    endSized(startAbs: number): void;
    /** Reserves an int32 at the current position (a frame size); fill it with patchInt32. */
    reserveInt32(): number;
    /** Writes an int32 at an absolute offset already written (see reserveInt32). */
    patchInt32(at: number, v: number): void;
    /** The output as a list of buffers for a vectored socket write; big blobs are not copied. */
    chunks(): Buffer[];
    /** The output as one buffer (copies; for tests and small messages). */
    toBuffer(): Buffer;
}
export declare const writeInt8: (w: Writer, x: number) => void;
export declare const writeInt16: (w: Writer, x: number) => void;
export declare const writeUint16: (w: Writer, x: number) => void;
export declare const writeInt32: (w: Writer, x: number) => void;
export declare const writeUint32: (w: Writer, x: number) => void;
export declare const writeInt64: (w: Writer, x: number) => void;
export declare const writeFloat64: (w: Writer, x: number) => void;
export declare const writeBool: (w: Writer, x: boolean) => void;
export declare const writeUuid: (w: Writer, x: Uint8Array) => void;
export declare const writeStringClassic: (w: Writer, x: string) => void;
export declare const writeStringCompact: (w: Writer, x: string) => void;
/** A `records` field on the way out: one blob, several stored batches back to back, or null. */
export type Records = Buffer | readonly Buffer[] | null;
