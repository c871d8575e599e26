import type { Consumer, Queue } from '../broker/index.js';
import type { Channel } from './channel.js';
/** An AMQP basic.consume subscription, as the engine's Consumer. */
export declare class AmqpConsumer implements Consumer {
    readonly tag: string;
    readonly queue: Queue | undefined;
    readonly channel: Channel;
    readonly noAck: boolean;
    readonly exclusive: boolean;
    /** per-consumer prefetch (basic.qos global=false) captured at consume time; 0 = unlimited */
    readonly prefetch: number;
    readonly priority: number;
    /** consumer acknowledgement timeout (ms) for this consumer's deliveries */
    readonly ackTimeout: number;
    readonly consumeArguments: Record<string, unknown>;
    /** unacked deliveries of this consumer (for its own prefetch) */
    unacked: number;
    constructor(tag: string, queue: Queue | undefined, channel: Channel, noAck: boolean, exclusive: boolean, 
    /** per-consumer prefetch (basic.qos global=false) captured at consume time; 0 = unlimited */
    prefetch: number, priority?: number, 
    /** consumer acknowledgement timeout (ms) for this consumer's deliveries */
    ackTimeout?: number, consumeArguments?: Record<string, unknown>);
    canAccept(): boolean;
    deliver(queue: Queue, position: number, 
    /** priority level: passed back to Queue.ack/reject */
    level: number, head: Buffer, flags: number, body: Buffer, redelivered: boolean): void;
    cancelledByServer(_queue: Queue): void;
}
