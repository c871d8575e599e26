import { type PropertiesFormat } from '../../broker/index.js';
import type { StreamPartition } from '../../broker/index.js';
import { type StreamId } from '../codec/index.js';
import { EntryIndex } from './entry-index.js';
import type { StreamMeta, StreamMetaStore } from './stream-meta.js';
export declare class RedisStream {
    readonly key: string;
    readonly partition: StreamPartition;
    private readonly format;
    private readonly meta;
    /** the consumer groups of this stream (their pending-entry lists) */
    private readonly groups;
    readonly index: EntryIndex;
    /** the start of every entry's record head (routing key = the key), made once */
    readonly headPrefix: {
        prefix: Buffer;
        flags: number;
    };
    /** log offsets of deleted entries still in the index */
    readonly deleted: Set<number>;
    /** the next log offset not looked at yet */
    private scanned;
    /** the top item's ID (what XADD must exceed), XSETID's when larger */
    lastId: StreamId;
    maxDeletedId: StreamId;
    /** entries counted by entries-added that are no longer in the index (trimmed) */
    private dropped;
    /** XSETID ENTRIESADDED: added to the count */
    private addedAdjust;
    /**
     * IDs of entries trimmed away while still pending in a consumer group, by log offset: Redis keeps a trimmed
     * entry's ID in its pending lists (XPENDING lists it, XREADGROUP with an ID answers [id, nil], XCLAIM and
     * XAUTOCLAIM drop it), and the index no longer has it. Kept in the front's notes until no group holds it.
     */
    private readonly retired;
    private readonly retiredByText;
    constructor(key: string, partition: StreamPartition, format: PropertiesFormat, meta: StreamMetaStore, 
    /** the consumer groups of this stream (their pending-entry lists) */
    groups: () => readonly PendingList[]);
    private trimOffset;
    private syncAsked;
    private releaseTimer;
    /**
     * After a trim: the engine may free the log's segments that hold only trimmed entries (moving the log start
     * offset past them, as Kafka's DeleteRecords does; AMQP and Kafka readers of the stream then start there too).
     * Done once the front's notes that count the trimmed entries are on disk, so that after a crash the notes never
     * know less than the log; a failure leaves the disk to the next trim (the trim itself stands in the notes).
     */
    releaseTrimmed(): void;
    private applyMeta;
    private applyDeletions;
    /** Still the stream of that name (not deleted and made again through another front). */
    get valid(): boolean;
    /** Indexes whatever was appended to the log since the last look (other fronts' messages). */
    catchUp(): void;
    private indexRecord;
    /** An entry this front just appended at `offset`. */
    added(offset: number, id: StreamId): void;
    /** The last live entry's ID (XREAD's `$`); 0-0 when empty. */
    get lastEntryId(): StreamId;
    /** Entries the stream has (XLEN). */
    get length(): number;
    /**
     * Entries other connections may be told about (XLEN, XINFO STREAM's length): the committed ones, as reads
     * show them. What a client's own pipelined writes added is committed by the time its next read runs.
     */
    get committedLength(): number;
    /** entries-added of XINFO: every entry ever added (trimmed and deleted ones too). */
    get entriesAdded(): number;
    set entriesAddedTo(n: number);
    /** Forgets the first n index positions (trim): deleted ones among them too. */
    dropFirst(n: number): void;
    /**
     * A group's last-delivered-id is the ID of the entry at its last delivered offset: when that entry is
     * trimmed, its ID goes into the group's note (stream-meta.ts groupId), which lastId reads while the
     * group has delivered nothing since.
     */
    private noteGroupPositions;
    private keepRetired;
    /** The ID of a trimmed entry some group still has pending, or undefined. */
    retiredId(offset: number): StreamId | undefined;
    /** The offset of a trimmed entry some group still has pending, by its ID, or undefined. */
    retiredOffset(id: StreamId): number | undefined;
    /** Offsets of the trimmed entries still pending somewhere, in increasing order (IDs increase with them). */
    retiredOffsets(): number[];
    /** Forgets the trimmed entries no group has pending any more (after acks, claims, DELCONSUMER, DESTROY). */
    pruneRetired(): void;
    get hasRetired(): boolean;
    /** The metadata to persist now. */
    snapshot(): StreamMeta;
    /** Position of the first non-deleted entry at or after position i (length when none). */
    nextLive(i: number): number;
    prevLive(i: number): number;
    /** Positions below this are committed (synced): readable. */
    get committedEnd(): number;
    /**
     * The fields of the entries at index positions (increasing), read through one cursor with its read-ahead
     * instead of one file read per entry; null for a record that can no longer be read. A gap of more than
     * SEEK_GAP offsets to the next position opens a new cursor there rather than reading across it.
     */
    fieldsOf(positions: readonly number[]): (Buffer[] | null)[];
    /** The fields of the entry at index position i; null when its record can no longer be read. */
    fieldsAt(i: number): Buffer[] | null;
}
/** What the stream needs of a consumer group: whether an offset is pending in it, and where it stands. */
export interface PendingList {
    readonly name: string;
    readonly lastDelivered: number;
    entry(offset: number): unknown;
}
