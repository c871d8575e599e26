import { type PropertiesFormat } from '../../broker/index.js';
export declare const ID_HEADER = "x-redis-id";
export declare const FIELDS_HEADER = "x-redis-fields";
/** A decoded entry: its stored ID text (undefined: none stored) and its fields as name, value, ... */
export interface DecodedEntry {
    id: string | undefined;
    fields: Buffer[];
}
/** A stored entry: the record's head and body, and the head's layout flags to OR into the record's flags. */
export interface EncodedEntry {
    head: Buffer;
    body: Buffer;
    flags: number;
}
/**
 * Encodes entries one after the other (XADD's hot path): the arrays it hands format.encodeHeaders, the head
 * of an entry that fits HEAD_SCRATCH and the result it returns are reused from one entry to the next, so use
 * the result (append it to the log, which copies it) before the next encode().
 */
export declare class EntryEncoder {
    private readonly format;
    /** room for an ID's text (codec writeStreamId), which encode() copies: the caller's scratch */
    readonly idText: Buffer<ArrayBuffer>;
    private names;
    private values;
    private kinds;
    private readonly out;
    /** the head of an entry that fits, written here: the log copies it at once */
    private readonly head;
    constructor(format: PropertiesFormat);
    /**
     * The record head and body of an entry with this ID (its text, ASCII) and the fields fields[from..] (name,
     * value, ...). The common case (distinct, plain names) goes through format.encodeHeaders, straight from the
     * client's bytes; the same properties encode() would make from the objects.
     */
    encode(key: string, id: Buffer, fields: readonly Buffer[], from: number, nowMs: number, 
    /** headPrefix('', key), when the caller keeps it (one per stream) */
    head?: {
        prefix: Buffer;
        flags: number;
    }): EncodedEntry;
}
/** EntryEncoder.encode of one entry, its ID given as text. */
export declare function encodeEntry(format: PropertiesFormat, key: string, id: string, fields: readonly Buffer[], nowMs: number): EncodedEntry;
/** The entry an AMQP-format record holds (its head and body as stored, its flags for the head layout). */
export declare function decodeEntry(format: PropertiesFormat, flags: number, head: Buffer, body: Buffer): DecodedEntry;
