import type { Channel, ChannelModel, ConsumeMessage, Message, Options } from 'amqplib';
/** A channel or connection close as a client saw it; reply texts are never compared. */
export interface CloseObservation {
    code: number;
    classId: number;
    methodId: number;
}
/** Connect with an 'error' listener so a server-side close never becomes an uncaught event. */
export declare function open(url: string): Promise<ChannelModel>;
export declare function openChannel(conn: ChannelModel): Promise<Channel>;
/** Close, ignoring the errors of a connection the server already closed. */
export declare function closeQuietly(conn: ChannelModel | undefined): Promise<void>;
export declare function redact(url: string): string;
export declare function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T>;
export declare function sleep(ms: number): Promise<void>;
/** Poll until pred() holds; throws with `what` after timeoutMs. */
export declare function waitUntil(pred: () => boolean, timeoutMs: number, what: string): Promise<void>;
export type Outcome = 'ok' | CloseObservation;
/**
 * Runs op on ch and reports whether the server closed the channel because of it. RPCs
 * reject with the close; for asynchronous methods (publish, ack, nack) a passive declare
 * of amq.direct follows as a barrier: the server handles a channel's methods in order, so
 * the barrier's reply (or the close in its place) tells whether op was accepted.
 */
export declare function outcome(ch: Channel, op: () => unknown, timeoutMs?: number): Promise<Outcome>;
/** Deletes queues and exchanges on a fresh connection; each on its own channel so 404s don't matter. */
export declare function cleanup(url: string, what: {
    queues?: string[];
    exchanges?: string[];
}): Promise<void>;
/** Consume until n messages arrived (or timeoutMs passed) and return them in arrival order. */
export declare function consumeN(ch: Channel, queue: string, n: number, opts?: Options.Consume & {
    timeoutMs?: number;
    ack?: boolean;
}): Promise<ConsumeMessage[]>;
/** Drain a queue with basic.get (no-ack) and return the bodies. */
export declare function drainBodies(ch: Channel, queue: string): Promise<string[]>;
export declare function body(m: Message): string;
/** The properties a client saw, without the ones that were absent. */
export declare function definedProps(m: Message): Record<string, unknown>;
/** Delivery fields without the server-generated consumer tag. */
export declare function deliveryFields(m: Message): Record<string, unknown>;
export declare function txSelect(ch: Channel): Promise<void>;
export declare function txCommit(ch: Channel): Promise<void>;
export declare function txRollback(ch: Channel): Promise<void>;
