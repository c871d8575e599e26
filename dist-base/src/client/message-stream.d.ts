import type { MessageContext } from './consumer.js';
import type { Subscription } from './client.js';
import type { Envelope } from './types.js';
/** A message in a `for await` loop: an Envelope that can be settled before the loop moves on. */
export type StreamMessage<T> = Envelope<T> & {
    readonly ctx: MessageContext;
    /** Acks now (otherwise done when the loop asks for the next message). */
    ack(): void;
    /** Fails it as a throwing handler would: retry, then the dead-letter queue. */
    fail(error: unknown): void;
};
/** Thrown into the handler of the message a loop left without settling: it is requeued. */
export declare class LoopLeft extends Error {
    name: string;
}
export declare class MessageStream<T> implements AsyncIterableIterator<StreamMessage<T>> {
    private readonly subscribe;
    /** Called once when the stream is finished with: the client forgets it. */
    private readonly onDone;
    private readonly ready;
    private current;
    private waiter;
    private ended;
    /** Why the stream stopped on its own (broker cancel, a failed start): next() throws it once. */
    private failure;
    private sub;
    private released;
    constructor(subscribe: (handler: (env: Envelope<T>, ctx: MessageContext) => Promise<void>, onCancelled: (err: Error) => void) => Promise<Subscription>, 
    /** Called once when the stream is finished with: the client forgets it. */
    onDone: () => void);
    [Symbol.asyncIterator](): this;
    /** The subscription underneath (started by the first next()). */
    subscription(): Promise<Subscription>;
    private deliver;
    private wrap;
    private settleCurrent;
    next(): Promise<IteratorResult<StreamMessage<T>>>;
    /** Leaving the loop (break, return, throw): the unsettled message is requeued, the consumer cancelled. */
    return(): Promise<IteratorResult<StreamMessage<T>>>;
    /**
     * No more messages: a waiting next() ends the loop at once; otherwise the loop ends
     * when it asks for the next message (acking the one it was on). Deliveries not yet
     * given to the loop go back to the broker.
     */
    end(): void;
    /** Ends the loop with an error (thrown by the waiting or the next next()) and lets go of everything. */
    private stop;
    /** A done result, or the failure that ended the stream (thrown once). */
    private finished;
    /** Cancels the consumer (if it started) and tells the client, once. */
    private release;
}
