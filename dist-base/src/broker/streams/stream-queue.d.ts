import type { KnownBodyCrc, StreamLog, StreamReadView } from '../../store/index.js';
import type { Consumer } from '../queues/consumer.js';
import { type Message } from '../messages/message.js';
import { type Policy } from '../topology/policies.js';
import { Queue, type QueueHooks, type QueueOptions, type Taken } from '../queues/queue.js';
import { type ConvertedRecord } from './stream-format.js';
export interface StreamHooks extends QueueHooks {
    /** another front's record as the messages it holds (undefined: no front converts its format) */
    convert?(rec: StreamReadView): ConvertedRecord[] | undefined;
    /** the record's head with header x-stream-offset set */
    withStreamOffset(head: Buffer, flags: number, offset: number): Buffer;
}
export declare class StreamQueue extends Queue {
    readonly stream: StreamLog;
    private readonly streamHooks;
    private readonly readers;
    private streamScheduled;
    private readonly runStreamDispatch;
    constructor(vhost: string, name: string, options: QueueOptions, stream: StreamLog, streamHooks: StreamHooks, policy?: Policy);
    /** A policy's max-age and max-length-bytes win over the arguments (rabbit_stream_queue). */
    applyPolicy(policy: Policy | undefined): void;
    private describe;
    get count(): number;
    get bytes(): number;
    /** Offsets between the end of the stream and the consumer farthest behind. */
    consumerLag(): number;
    /** RabbitMQ's declare-ok reports 0 messages for a stream; so does Wharf. */
    get ready(): number;
    /** a stream keeps every message, whatever its delivery mode */
    readonly persistsAll = true;
    get durable(): boolean;
    sync(cb: (err?: Error) => void): void;
    close(): Promise<void>;
    publish(msg: Message, head?: Buffer): boolean;
    /**
     * Appends a record of any front's format covering `count` offsets (streams/partition.ts); returns its first
     * offset. Throws LogRefusedError when the store refuses it (no space, no descriptor).
     */
    appendRecord(flags: number, timestamp: number, count: number, head: Buffer, body: Buffer, offsetField: number, bodyCrc?: KnownBodyCrc): number;
    get(_noAck: boolean): Taken | undefined;
    purge(): number;
    addConsumer(c: Consumer): void;
    removeConsumer(c: Consumer): void;
    /** Acks and rejects only give credit back: a stream never redelivers. */
    ack(_position: number, _level: number): void;
    reject(_position: number, _level: number, _requeue: boolean): void;
    schedule(): void;
    private dispatchStream;
    private deliverConverted;
    /** Where a new consumer starts, from its x-stream-offset argument (RabbitMQ's rules). */
    private startOffset;
}
