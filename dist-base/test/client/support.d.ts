import { type Channel, type ChannelModel, type GetMessage } from 'amqplib';
import { type BrokerUnderTest } from '../helpers/brokers.js';
import { type Client, type ClientOptions } from '../../src/client/index.js';
/** Both brokers (Wharf spawned for this file, RabbitMQ when reachable), stopped after the file. */
export declare function setupBrokers(): Promise<BrokerUnderTest[]>;
/** A client that is closed after the test, whatever happens. */
export declare function client(url: string | string[], t: {
    after(fn: () => unknown): void;
}, options?: ClientOptions): Promise<Client>;
export declare function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs?: number, what?: string): Promise<void>;
export declare const sleep: (ms: number) => Promise<void>;
export interface Deferred<T> {
    promise: Promise<T>;
    resolve: (v: T) => void;
    reject: (e: unknown) => void;
}
export declare function deferred<T = void>(): Deferred<T>;
/** A plain amqplib connection and channel for looking at what the SDK did. */
export declare class Raw {
    readonly url: string;
    readonly conn: ChannelModel;
    readonly ch: Channel;
    private constructor();
    static open(url: string, t: {
        after(fn: () => unknown): void;
    }): Promise<Raw>;
    /** Waits for a message on `queue` (basic.get with ack). */
    get(queue: string, timeoutMs?: number): Promise<GetMessage>;
    count(queue: string): Promise<number>;
    /** Deletes queues/exchanges the test created (RabbitMQ keeps them across runs). */
    cleanup(t: {
        after(fn: () => unknown): void;
    }, queues: string[], exchanges?: string[]): void;
}
export declare function raw(url: string, t: {
    after(fn: () => unknown): void;
}): Promise<Raw>;
/**
 * A TCP proxy to the broker. `cut()` destroys every open connection (both sides see
 * a dropped socket); `pause()` refuses new connections until `resume()`.
 */
export declare class TcpProxy {
    private readonly server;
    readonly port: number;
    private readonly sockets;
    private refusing;
    private constructor();
    static start(target: string): Promise<TcpProxy>;
    /** The broker URL with the proxy's port. */
    url(target: string): string;
    cut(): void;
    pause(): void;
    resume(): void;
    stop(): Promise<void>;
}
