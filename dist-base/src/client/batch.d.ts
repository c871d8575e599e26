import type { MessageContext } from './consumer.js';
import type { Envelope } from './types.js';
export type BatchMessage<T> = Envelope<T> & {
    /** Settles this message as processed, whatever the batch handler does afterwards. */
    ack(): void;
    /** Fails this message alone (retry, then the dead-letter queue). */
    fail(error: unknown): void;
};
export interface BatchContext {
    queue: string;
    /** Aborted when close() reaches its deadline with the batch still running. */
    signal: AbortSignal;
}
export type BatchHandler<T> = (messages: BatchMessage<T>[], ctx: BatchContext) => unknown;
export declare class Batcher<T> {
    private readonly size;
    private readonly maxWaitMs;
    private readonly handler;
    private readonly onError;
    private open;
    private timer;
    constructor(size: number, maxWaitMs: number, handler: BatchHandler<T>, onError: (err: Error) => void);
    /** The per-message handler given to the consumer. */
    readonly handle: (env: Envelope<T>, ctx: MessageContext) => Promise<void>;
    private flush;
}
