import type { Channel } from 'amqplib';
/** Resolves once the channel is closed, by close-ok or by its connection going away. */
export declare function closeChannel(ch: Channel): Promise<void>;
