import type { ChannelModel, ConsumeMessage } from 'amqplib';
import { type BackoffOptions } from '../backoff.js';
import type { TypedEmitter } from '../events.js';
import type { ClientMetrics } from '../metrics.js';
import type { Publisher } from '../publisher.js';
import { type StandardSchemaV1 } from '../schema.js';
import type { QueueRef } from '../topology.js';
import type { MessageContext } from '../consumer.js';
import { type Envelope } from '../types.js';
import type { OffsetStore } from './offset-store.js';
/** Where a stream consumer starts when no offset is stored: `'next'` (default) is what arrives from now on. */
export type StreamStart = 'first' | 'last' | 'next' | number | Date;
export interface StreamConsumeOptions<T = unknown> {
    /** Where to start when nothing is stored for `offsets.name`. Default 'next'. */
    from?: StreamStart;
    /** Resume after the offset saved under `name` (saved after each handled message). */
    offsets?: {
        store: OffsetStore;
        name: string;
    };
    /** Messages the broker may send ahead (stream consumers need a prefetch). Default 100. */
    prefetch?: number;
    schema?: StandardSchemaV1<unknown, T>;
    /** In-place retries of a failing handler; false: one attempt. Default 5 attempts, 100 ms doubling to 5 s. */
    retry?: (Partial<BackoffOptions> & {
        maxAttempts?: number;
    }) | false;
    /** Where a message goes after its last failed attempt. Default `<stream>.dlq`; false: skipped (an `error` event). */
    deadLetterQueue?: string | false;
}
export interface StreamContext extends MessageContext {
    /** The message's offset in the stream. */
    offset: number;
}
export type StreamHandler<T> = (message: Envelope<T>, ctx: StreamContext) => unknown;
export interface StreamConsumerDeps {
    events: TypedEmitter;
    metrics: ClientMetrics;
    publisher: Publisher;
    /** Runs the handler inside the message's trace (and span, when OpenTelemetry is on). */
    runHandler(msg: ConsumeMessage, queue: string, attempt: number, signal: AbortSignal, fn: (ctx: MessageContext) => unknown): Promise<unknown>;
}
/** The x-stream-offset consume argument for a start position. */
export declare function offsetArgument(from: StreamStart): unknown;
export declare class StreamConsumer<T> {
    private readonly deps;
    readonly queue: QueueRef;
    private readonly handler;
    private readonly o;
    private ch;
    private tag;
    /** The offset after the last handled message; where a re-attach starts. */
    private next;
    private chain;
    private busy;
    private idleWaiters;
    private cancelled;
    private paused;
    private readonly shutdown;
    private readonly maxAttempts;
    private readonly backoff;
    private readonly deadLetterQueue;
    constructor(deps: StreamConsumerDeps, queue: QueueRef, handler: StreamHandler<T>, o: StreamConsumeOptions<T>);
    get isPaused(): boolean;
    attach(conn: ChannelModel): Promise<void>;
    private startConsuming;
    private onMessage;
    private credit;
    private handle;
    private deadLetter;
    pause(): Promise<void>;
    resume(): Promise<void>;
    private stopConsumer;
    cancel(): Promise<void>;
    idle(timeoutMs: number): Promise<boolean>;
    abandon(): number;
    stopChannel(): Promise<void>;
}
