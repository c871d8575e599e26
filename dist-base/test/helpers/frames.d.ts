import type { ChannelModel } from 'amqplib';
import type { CloseObservation } from './amqp.js';
export interface RawFrame {
    type: number;
    channel: number;
    payload: Buffer;
}
/**
 * Records every frame received from now on. amqplib pulls bytes with stream.read(), so
 * wrapping that one method sees the byte stream without changing what amqplib gets.
 * Install it right after connect, when the handshake has left no partial frame behind.
 */
export declare function tapFrames(model: ChannelModel): RawFrame[];
/** The connection.close the server sent, if any. */
export declare function connectionCloseIn(frames: RawFrame[]): CloseObservation | null;
/** A field-table entry with its wire type tag, so 'b' 1 and 'l' 1 stay distinct. */
export type TypedValue = [tag: string, value: unknown];
export type TypedTable = [key: string, tag: string, value: unknown][];
/** Content-header frames (type 2) decoded with typed tables, in arrival order. */
export declare function contentHeadersIn(frames: RawFrame[]): Record<string, unknown>[];
export declare function decodeContentHeader(p: Buffer): Record<string, unknown>;
