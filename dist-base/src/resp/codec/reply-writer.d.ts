import { type StreamId } from './stream-id.js';
export type RespVersion = 2 | 3;
export declare class ReplyWriter {
    protocol: RespVersion;
    private buf;
    private len;
    /** bulkStreamId's scratch for the ID text */
    private idText;
    constructor(protocol?: RespVersion, initialSize?: number);
    /** Bytes written since the last take(). */
    get length(): number;
    /**
     * The batch written so far, as a copy; the writer starts a new batch and keeps its buffer.
     * A copy lets the socket hold the bytes while the next batch is written.
     */
    take(): Buffer;
    /** Appends the batch written so far to `to` and starts a new batch: take() then to.raw() without the copy between. */
    moveTo(to: ReplyWriter): void;
    /** `+text` (no CR or LF in text). */
    simple(text: string): this;
    /**
     * An error line. `text` starts with its code (`ERR ...`, `NOGROUP ...`); like Redis's
     * addReplyError, a text not starting with '-' is sent as is after the '-', and CR/LF inside
     * become spaces so the reply stays one line.
     */
    error(text: string | Buffer): this;
    /** An already complete error line from the codec (e.g. RespProtocolError.reply). */
    raw(bytes: Buffer): this;
    integer(n: number | bigint): this;
    /** `$len\r\n...\r\n`; strings are UTF-8. */
    bulk(value: Buffer | string): this;
    /** A stream ID as a bulk string (`ms-seq`) without building the joined string. */
    bulkStreamId(id: StreamId): this;
    /** Short strings are mostly ASCII names and values: copied by char code, no encoder call. */
    private shortAsciiBulk;
    private writeDigits;
    /** The null of addReplyNull: `$-1` in RESP2. */
    null(): this;
    /** The null of addReplyNullArray: `*-1` in RESP2 (e.g. XREAD timing out). */
    nullArray(): this;
    array(n: number): this;
    /** n key/value pairs follow. */
    map(n: number): this;
    set(n: number): this;
    push(n: number): this;
    double(x: number): this;
    boolean(b: boolean): this;
    /** `format` is three characters (txt, mkd), padded with spaces as Redis does. */
    verbatim(text: Buffer | string, format?: string): this;
    bigNumber(digits: string | bigint): this;
    /** `<prefix><n>\r\n` with the digits written in place: every aggregate and bulk has one. */
    private header;
    private lineWithPrefix;
    private ascii;
    private reserve;
}
