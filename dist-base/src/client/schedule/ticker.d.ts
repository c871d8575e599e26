import type { ChannelModel } from 'amqplib';
import type { TypedEmitter } from '../events.js';
import type { QueueRef } from '../topology.js';
import type { TickSource } from './ticks.js';
export interface Cursor {
    /** Epoch ms of the last tick whose job was published (or, for a seed, when it was made). */
    last: number;
    seed?: true;
}
export interface TickerDeps {
    events: TypedEmitter;
    /** Publishes the job of one tick; resolves once confirmed. */
    publishJob(tick: number): Promise<void>;
    /** Publishes a cursor to the schedule queue; resolves once confirmed. */
    publishCursor(cursor: Cursor): Promise<void>;
}
export declare class Ticker {
    private readonly deps;
    readonly queue: QueueRef;
    private readonly ticks;
    private readonly holdMs;
    private ch;
    private tag;
    private held;
    private timer;
    private firing;
    /** The latest tick this worker published a job for: never published twice by one worker. */
    private published;
    private cancelled;
    constructor(deps: TickerDeps, queue: QueueRef, ticks: TickSource, holdMs: number);
    /** Restore hook: a channel, basic.consume on the schedule queue, then a seed cursor. */
    attach(conn: ChannelModel): Promise<void>;
    private onMessage;
    private hold;
    private drop;
    /** Fires a due tick now, or sets the timer for the next tick (or for the refresh). */
    private arm;
    private fire;
    /** Same cursor, new copy: the old delivery is acked when the copy arrives. */
    private republish;
    /** Stops consuming; a tick being published finishes (see idle). */
    cancel(): Promise<void>;
    /** Resolves true once no tick is being published (false after timeoutMs). */
    idle(timeoutMs: number): Promise<boolean>;
    abandon(): number;
    /** Closes the channel: the broker requeues the held cursor for the next active consumer. */
    stopChannel(): Promise<void>;
    private clearTimer;
    private emitError;
}
/**
 * Whether a cursor that arrived replaces the one held: a real cursor beats a seed; of
 * two real ones the later tick wins, of two seeds the earlier; on a tie the new copy
 * wins (the held one is then acked, which is how a refresh retires the old copy).
 */
export declare function replaces(incoming: Cursor, held: Cursor): boolean;
