import type { Channel } from 'amqplib';
import type { OffsetStore } from './offset-store.js';
export declare function offsetQueue(name: string): string;
export interface BrokerOffsetIo {
    withChannel<R>(fn: (ch: Channel) => Promise<R>): Promise<R>;
    publish(queue: string, offset: number): Promise<void>;
}
export declare class BrokerOffsetStore implements OffsetStore {
    private readonly io;
    private readonly declared;
    constructor(io: BrokerOffsetIo);
    load(name: string): Promise<number | undefined>;
    save(name: string, offset: number): Promise<void>;
}
