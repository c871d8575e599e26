import type { Queue } from './queue.js';
/**
 * A subscription as the engine sees it. Fronts implement it: the AMQP channel turns
 * `deliver` into basic.deliver frames and keeps the unacked bookkeeping. The engine
 * never holds on to `head`/`body` after the call.
 */
export interface Consumer {
    readonly tag: string;
    readonly noAck: boolean;
    readonly exclusive: boolean;
    /** x-priority: higher-priority consumers get messages first while they have credit */
    readonly priority: number;
    /** per-consumer prefetch (0 = unlimited); streams require one */
    readonly prefetch: number;
    /** consume arguments the queue may interpret (x-stream-offset) */
    readonly consumeArguments?: Record<string, unknown>;
    /** true when this consumer (and what it shares credit with) can take one more message now */
    canAccept(): boolean;
    deliver(queue: Queue, position: number, 
    /** priority level: passed back to Queue.ack/reject */
    level: number, head: Buffer, flags: number, body: Buffer, redelivered: boolean): void;
    /** the queue went away under the consumer (deleted) */
    cancelledByServer(queue: Queue): void;
}
