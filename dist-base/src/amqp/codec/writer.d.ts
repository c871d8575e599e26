export declare class Writer {
    buf: Buffer;
    pos: number;
    /** @param size initial capacity in bytes (default 1024); the buffer doubles as needed. */
    constructor(size?: number);
    ensure(n: number): void;
    private grow;
    u8(v: number): void;
    u16(v: number): void;
    u32(v: number): void;
    /** Unsigned 64-bit from a safe non-negative integer (delivery tags, body sizes, timestamps). */
    u64(v: number): void;
    shortstr(s: string): void;
    longstr(s: string | Uint8Array): void;
    /**
     * A longstr holding a byte string: one char per byte (latin1), as method longstr fields
     * are decoded, so binary SASL responses survive. Chars above U+00FF are refused rather
     * than truncated.
     */
    longstrBytes(s: string | Uint8Array): void;
    bytes(b: Uint8Array): void;
    /** Drops a buffer grown past `max` bytes (for long-lived scratch writers: don't pin a huge one). */
    shrink(max?: number, size?: number): void;
    /** A copy of what was written; the writer can then be reset and reused. */
    toBuffer(): Buffer;
}
