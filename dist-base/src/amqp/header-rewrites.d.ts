import type { DeathHistory, DeathUpdate } from '../broker/index.js';
export declare function deadLetteredProperties(properties: Buffer, record: (history: DeathHistory) => DeathUpdate): {
    properties: Buffer;
    history: DeathUpdate;
};
/** Sets header x-delivery-count (a long, as RabbitMQ's quorum queues write it). */
export declare function withDeliveryCount(properties: Buffer, count: number): Buffer;
/** x-delay becomes -delay (a signed int) once the delayed-message exchange releases it. */
export declare function withDelayReleased(properties: Buffer, delay: number): Buffer;
/** x-stream-offset (a long) on a delivery from a stream. */
export declare function withStreamOffset(properties: Buffer, offset: number): Buffer;
