import type { ChannelModel, Options } from 'amqplib';
import type { TypedEmitter } from './events.js';
import type { ClientMetrics } from './metrics.js';
export interface PublisherSettings {
    /** Publishes waiting or unconfirmed at once; more wait for a free slot. */
    maxInFlight: number;
    /** A publish not confirmed within this time rejects (reason 'timeout'). */
    publishTimeoutMs: number;
    republishOnReconnect: boolean;
}
export declare class Publisher {
    private readonly settings;
    private readonly events;
    private readonly metrics;
    private channel;
    /** Error that closed the current channel from the broker's side, if any. */
    private channelError;
    private waiting;
    private readonly inFlight;
    private readonly byMessageId;
    private outstanding;
    private slotWaiters;
    private drainWaiters;
    private writable;
    private seq;
    private closed;
    private reopening;
    private conn;
    constructor(settings: PublisherSettings, events: TypedEmitter, metrics: ClientMetrics);
    /** Number of publishes not yet settled. */
    get pending(): number;
    /** Opens the confirm channel on a (new) connection and sends whatever waits. */
    attach(conn: ChannelModel): Promise<void>;
    private openChannel;
    /** The connection is gone: sent-but-unconfirmed messages come back through the confirm callbacks. */
    detach(): void;
    private onChannelClosed;
    private onReturn;
    /** Waits for a slot in the in-flight window. */
    private acquire;
    private release;
    /**
     * Publishes an encoded message; resolves on the broker's confirm. `counted` false keeps
     * it out of the publish metrics (rate-limit markers, whose nacks are the normal case).
     */
    send(exchange: string, routingKey: string, body: Buffer, props: Options.Publish & {
        messageId: string;
    }, counted?: boolean): Promise<void>;
    private flush;
    private write;
    private untrack;
    private onConfirm;
    /** Back into the waiting list in original publish order, ahead of newer publishes. */
    private requeue;
    private succeed;
    private fail;
    /** Resolves when every publish has settled, or after `timeoutMs`; true if all settled. */
    drain(timeoutMs: number): Promise<boolean>;
    /** Stops taking publishes and rejects what is still unsettled. */
    close(): Promise<void>;
}
