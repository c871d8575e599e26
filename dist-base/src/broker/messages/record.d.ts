import type { Message } from './message.js';
/** Record flag bit 1: the head starts with the per-message TTL. */
export declare const FLAG_TTL = 2;
/** Record flag bit 3: the head's exchange and routing key lengths are u32, not u8. */
export declare const FLAG_WIDE_HEAD = 8;
/** True when the exchange or routing key is too long for the narrow layout. */
export declare function needsWideHead(msg: Pick<Message, 'exchange' | 'routingKey'>): boolean;
/** The head-related record flags of a message (FLAG_TTL, FLAG_WIDE_HEAD): OR them into the record's flags. */
export declare function headFlags(msg: Message): number;
/**
 * Encodes the head in the layout `headFlags(msg)` announces, or in the one `wide` asks
 * for (a rewrite keeps the layout its record's flags name).
 */
export declare function encodeHead(msg: Message, wide?: boolean): Buffer;
/**
 * The start of the head of a message with this exchange and routing key and no per-message TTL (what
 * encodeHead writes before the properties), and the record flags its layout needs: a front that stores many
 * records under one routing key (a Redis stream's entries) makes it once and writes the properties after it
 * (PropertiesFormat.encodeHeaders' prefix), so that prefix + properties = encodeHead(message).
 */
export declare function headPrefix(exchange: string, routingKey: string): {
    prefix: Buffer;
    flags: number;
};
export interface DecodedHead {
    exchange: string;
    routingKey: string;
    properties: Buffer;
}
export declare function decodeHead(head: Buffer, flags: number): DecodedHead;
/** Per-message TTL in ms, or undefined. */
export declare function headTtl(head: Buffer, flags: number): number | undefined;
