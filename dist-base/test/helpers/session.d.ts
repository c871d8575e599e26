import type { Channel, ChannelModel, ConfirmChannel } from 'amqplib';
import { type CloseObservation, type Outcome } from './amqp.js';
export interface ConnectionCloseObservation extends CloseObservation {
    scope: 'connection';
}
export declare class Session {
    readonly url: string;
    private readonly conns;
    private readonly queues;
    private readonly exchanges;
    constructor(url: string);
    /** A fresh queue name, deleted at the end. */
    queue(prefix?: string): string;
    /** A fresh exchange name, deleted at the end. */
    exchange(prefix?: string): string;
    /** Remember a queue the test did not name through queue() (server-named) for deletion. */
    track(queue: string): string;
    /** Remember an exchange named outside exchange() for deletion. */
    trackExchange(exchange: string): string;
    connection(): Promise<ChannelModel>;
    /** A channel on a new connection unless one is given. */
    channel(conn?: ChannelModel): Promise<Channel>;
    confirmChannel(conn?: ChannelModel): Promise<ConfirmChannel>;
    /** Runs op on a fresh channel of conn: 'ok', or the channel.close it caused. */
    attempt(conn: ChannelModel, op: (ch: Channel) => unknown): Promise<Outcome>;
    /**
     * Runs op on a channel of a new connection that op is expected to get closed. Resolves
     * with the connection.close (scope 'connection'), else what happened to the channel.
     */
    connectionAttempt(op: (ch: Channel) => unknown): Promise<Outcome | ConnectionCloseObservation>;
    close(): Promise<void>;
}
export declare function withSession<T>(url: string, fn: (s: Session) => Promise<T>): Promise<T>;
