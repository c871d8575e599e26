import type { Channel } from 'amqplib';
export interface QueueInfo {
    queue: string;
    /** Messages ready for delivery (not counting unacked ones), as the broker's declare-ok says. */
    messageCount: number;
    /** Consumers on the queue. */
    consumerCount: number;
}
export interface DeleteQueueOptions {
    /** Only if the queue has no consumers (else the broker refuses with 406). */
    ifUnused?: boolean;
    /** Only if the queue is empty (else the broker refuses with 406). */
    ifEmpty?: boolean;
}
/** Runs `fn` on a fresh channel; the error the broker closed it with, if any, is what rejects. */
export type ChannelRunner = <R>(fn: (ch: Channel) => Promise<R>) => Promise<R>;
/** Counts of a queue, or null when there is no such queue. */
export declare function queueInfo(run: ChannelRunner, queue: string): Promise<QueueInfo | null>;
/** Removes the queue's ready messages; resolves to how many. */
export declare function purgeQueue(run: ChannelRunner, queue: string): Promise<number>;
/** Deletes the queue; resolves to the messages it held (0 when it did not exist). */
export declare function deleteQueue(run: ChannelRunner, queue: string, options?: DeleteQueueOptions): Promise<number>;
