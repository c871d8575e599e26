import type { StreamBatch, StreamGroup } from '../../store/index.js';
import type { Broker, EntryExists } from '../../broker/index.js';
import { type StreamId } from '../codec/index.js';
import type { RedisStream } from './redis-stream.js';
import type { StreamMetaStore } from './stream-meta.js';
/** Redis's SCG_INVALID_ENTRIES_READ. */
export declare const INVALID = -1;
export declare class Groups {
    private readonly broker;
    private readonly meta;
    constructor(broker: Broker, meta: StreamMetaStore);
    private get store();
    get(s: RedisStream, name: string): StreamGroup | undefined;
    list(s: RedisStream): StreamGroup[];
    /** The offset standing for an ID as a last-delivered position: the last entry at or below it, or -1. */
    private offsetFor;
    /** Creates the group at `id`; false when it exists (BUSYGROUP). */
    create(s: RedisStream, name: string, id: StreamId, entriesRead: number): boolean;
    setId(s: RedisStream, g: StreamGroup, id: StreamId, entriesRead: number): void;
    destroy(s: RedisStream, name: string): boolean;
    /** The group's last-delivered-id. */
    lastId(s: RedisStream, g: StreamGroup): StreamId;
    /**
     * The ID of the entry at a log offset (one in the index, or a trimmed one still pending somewhere),
     * undefined when neither.
     */
    idOf(s: RedisStream, offset: number): StreamId | undefined;
    /** The log offset of the entry with this ID (indexed or trimmed-but-pending), undefined when there is none. */
    offsetOf(s: RedisStream, id: StreamId): number | undefined;
    /**
     * The first offset whose entry's ID is >= id, counting trimmed entries still pending (their offsets are
     * below the index's); +Infinity when none. Pending entries are scanned from here.
     */
    offsetAtOrAfter(s: RedisStream, id: StreamId): number;
    /** The last offset whose entry's ID is <= id, counting trimmed entries still pending; -1 when none. */
    offsetAtOrBefore(s: RedisStream, id: StreamId): number;
    /** The entry exists (not deleted, not trimmed) and is committed. */
    exists(s: RedisStream, offset: number): boolean;
    /** exists() for the engine's group reads and claims: an XDELed or trimmed entry is gone though its record stays. */
    existence(s: RedisStream): EntryExists;
    /** An entry's fields from the record an engine group read returned; null when it returned none. */
    fields(record: StreamBatch | undefined): Buffer[] | null;
    sync(cb: (err?: Error | null) => void): void;
}
/** The stream's first entry ID (Redis's s->first_id), 0-0 when empty. */
export declare function firstId(s: RedisStream): StreamId;
export declare function estimateDistance(s: RedisStream, id: StreamId): number;
/** entries-read after delivering `id` to a group whose counter is `entriesRead`. */
export declare function readCounterAfter(s: RedisStream, entriesRead: number, id: StreamId): number;
/** XINFO GROUPS's lag, or undefined (nil). */
export declare function lagOf(s: RedisStream, entriesRead: number, lastId: StreamId): number | undefined;
