import type { Access, Broker } from '../../broker/index.js';
import { EntryEncoder } from './entry-record.js';
import { RedisStream } from './redis-stream.js';
import { StreamMetaStore } from './stream-meta.js';
import type { KeyJournal } from '../../store/index.js';
export declare class Keyspace {
    private readonly broker;
    readonly vhost: string;
    private readonly journal;
    private readonly states;
    private readonly waiters;
    readonly meta: StreamMetaStore;
    /** XADD's entry encoder (one at a time: commands run one after the other) */
    readonly encoder: EntryEncoder;
    constructor(broker: Broker, vhost: string, journal: KeyJournal);
    private readonly timers;
    /** EXPIRE's deadline of `key` (ms since the epoch), or undefined. */
    expiryOf(key: string): bigint | undefined;
    /** Keys with a deadline (INFO's `expires=`). */
    get expiring(): number;
    /** The stream at `key` goes at `at` (ms since the epoch); recorded durably (sync the journal). */
    setExpiry(key: string, at: bigint, access: Access): void;
    clearExpiry(key: string): void;
    private armExpiry;
    private registry;
    /** The partition of stream `key`, undefined when there is no such key; WRONGTYPE for another kind. */
    private partitionOf;
    /** True when `key` names something (a stream, or a queue of another kind). */
    exists(key: string): boolean;
    /** The Redis type of a key: 'stream', 'none', or for a queue that is not a stream, 'none' too. */
    typeOf(key: string): string;
    /** The stream at `key`, or undefined; WRONGTYPE when the key holds something else. */
    get(key: string): RedisStream | undefined;
    /** The stream at `key`, made when missing (configure permission checked by the engine through access). */
    getOrCreate(key: string, access: Access): RedisStream;
    /** Deletes the stream at `key`; false when there was none. */
    delete(key: string, access: Access): boolean;
    /** Names of the keys (single-partition streams), sorted. */
    keys(): string[];
    /** Calls `wake` at the next write to `key`; returns the function that stops waiting. */
    onWrite(key: string, wake: () => void): () => void;
    /** A write to `key` is durable: blocked readers look again. */
    written(key: string): void;
    close(): Promise<void>;
}
