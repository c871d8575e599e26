import type { ChannelModel, ConfirmChannel, ConsumeMessage } from 'amqplib';
import { type Envelope, type PublishOptions, type Publisher } from '../../src/client/types.js';
export declare class AmqpTestPublisher implements Publisher {
    #private;
    readonly conn: ChannelModel;
    readonly ch: ConfirmChannel;
    private constructor();
    static open(url: string): Promise<AmqpTestPublisher>;
    publish(exchange: string, routingKey: string, payload: unknown, options?: PublishOptions): Promise<void>;
    close(): Promise<void>;
}
/** The Envelope a handler sees, built from an amqplib delivery. */
export declare function toEnvelope(m: ConsumeMessage): Envelope;
export interface TestConsumer {
    close(): Promise<void>;
}
/**
 * Consumes `queue` on its own connection: the handler's promise decides ack (resolved)
 * or requeue (rejected), as the SDK's consumer does.
 */
export declare function consumeQueue(url: string, queue: string, handler: (env: Envelope) => Promise<void>, prefetch?: number): Promise<TestConsumer>;
export interface Route {
    exchange: string;
    queue: string;
    routingKey: string;
    remove(): Promise<void>;
}
/** A fresh direct exchange and a durable queue bound to it with `routingKey`. */
export declare function declareRoute(url: string, name: string, routingKey?: string): Promise<Route>;
/** Every envelope delivered on `queue`, in arrival order (acked). */
export declare function collect(url: string, queue: string): Promise<{
    got: Envelope[];
    close(): Promise<void>;
}>;
