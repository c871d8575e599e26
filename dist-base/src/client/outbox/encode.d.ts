import type { OutboxMessage } from './types.js';
export interface EncodedRow {
    messageId: string;
    exchange: string;
    routingKey: string;
    body: Buffer;
    contentType: string;
    /** JSON of the StoredOptions. */
    options: string;
}
export declare function encodeMessage(message: OutboxMessage): EncodedRow;
