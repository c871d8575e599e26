import type { KeyJournal } from './memory-journal.js';
/** One pending entry (a reused object may be returned: copy what you keep past the next call). */
export interface PendingEntry {
    /** the offset of the record it is for */
    offset: number;
    consumer: string;
    /** times delivered (Redis's delivery count) */
    deliveries: number;
    /** ms since the epoch of the last delivery or claim */
    lastDelivery: number;
}
/** A consumer of a group. */
export interface GroupConsumer {
    name: string;
    /** pending entries it holds */
    pending: number;
    /** last time it was seen (any read or claim attempt), ms */
    seen: number;
    /** last time it was delivered or claimed an entry, ms; 0 if never */
    active: number;
}
/** XPENDING's summary. */
export interface PendingSummary {
    count: number;
    /** lowest and highest pending offset; undefined when none */
    min: number | undefined;
    max: number | undefined;
    /** consumers with at least one pending entry, by name */
    consumers: [name: string, count: number][];
}
/** Options of claim() (XCLAIM's). */
export interface ClaimOptions {
    /** set the entry's idle time to this (ms) instead of 0 */
    idleMs?: number;
    /** set the entry's last delivery time to this (ms since the epoch) */
    time?: number;
    /** set the delivery count to this */
    retryCount?: number;
    /** claim even an offset that is not pending (it becomes pending, owned by the claimer, with 1 delivery before the claim's) */
    force?: boolean;
    /** do not count a delivery (JUSTID) */
    justId?: boolean;
}
export declare class StreamGroup {
    private readonly journal;
    /** journal key prefix of this group (ends in \0) */
    private readonly prefix;
    readonly name: string;
    /** told the first time the group has unwritten state since the last flush */
    private readonly onDirty;
    /** offset of the last record delivered to the group (-1: none yet, start from the beginning) */
    lastDelivered: number;
    /** records read by the group (Redis's entries-read; -1 when unknown) */
    entriesRead: number;
    readonly created: number;
    private readonly entries;
    /** entries in increasing offset order, dead ones left until compaction */
    private order;
    private dead;
    private readonly members;
    private destroyed;
    private stateDirty;
    private readonly dirtyConsumers;
    /** @internal */
    constructor(journal: KeyJournal, 
    /** journal key prefix of this group (ends in \0) */
    prefix: string, name: string, lastDelivered: number, entriesRead: number, created: number, 
    /** told the first time the group has unwritten state since the last flush */
    onDirty: (g: StreamGroup) => void);
    /** Pending entries. */
    get pendingCount(): number;
    /** Consumers the group knows. */
    get consumerCount(): number;
    /** Moves the last delivered offset (XGROUP SETID); entriesRead -1 when unknown. */
    setLastDelivered(offset: number, entriesRead?: number): void;
    /**
     * Records the delivery of a new record (XREADGROUP >) that covers `count` offsets from `offset`: the last
     * delivered offset becomes its last one, the read counter goes up, and unless noAck the entry is pending
     * for the consumer (created if new) with 1 delivery.
     */
    delivered(consumer: string, offset: number, now: number, noAck?: boolean, count?: number): void;
    /** The consumer read its own pending entries again (XREADGROUP with an ID): one more delivery, now. */
    redelivered(offset: number, now: number): PendingEntry | undefined;
    /** Acknowledges an entry (XACK); false when it was not pending. */
    ack(offset: number): boolean;
    /** The pending entry at offset, or undefined. */
    entry(offset: number): PendingEntry | undefined;
    /**
     * Gives the entry to `consumer` (XCLAIM) if it has been idle at least minIdleMs (or force makes a missing one
     * pending); the delivery count goes up unless justId; returns the entry, or undefined when not claimed.
     */
    claim(offset: number, consumer: string, minIdleMs: number, now: number, opts?: ClaimOptions): PendingEntry | undefined;
    /**
     * Pending entries with offset in [start, end], in order, that pass `filter`, at most count; `next` is the
     * offset of the first entry not examined (XAUTOCLAIM's cursor), or undefined when the scan reached the end.
     * The entries are the group's own objects: read them before the next change.
     */
    scan(start: number, count: number, filter?: (e: PendingEntry) => boolean, examineAtMost?: number, end?: number): {
        entries: PendingEntry[];
        next: number | undefined;
    };
    /** XPENDING's extended form: entries in [start, end], at most count, optionally one consumer's and idle >= minIdleMs. */
    pendingRange(start: number, end: number, count: number, now: number, consumer?: string, minIdleMs?: number): PendingEntry[];
    /** The consumer's pending entries with offset >= from, in order, at most count (XREADGROUP with an ID). */
    pendingOf(consumer: string, from: number, count: number): PendingEntry[];
    /** XPENDING's summary form. */
    summary(): PendingSummary;
    /** Consumers, by name (XINFO CONSUMERS). */
    consumers(): GroupConsumer[];
    /** Creates the consumer (XGROUP CREATECONSUMER); false when it existed. */
    createConsumer(name: string, now: number): boolean;
    /** Deletes the consumer and its pending entries (XGROUP DELCONSUMER); returns how many it had, -1 if none. */
    deleteConsumer(name: string): number;
    /** @internal Loads a pending entry at open (any order: sorted by finishLoad). */
    loadEntry(offset: number, consumer: string, deliveries: number, lastDelivery: number): void;
    /** @internal */
    loadConsumer(name: string, seen: number, active: number): void;
    /** @internal */
    finishLoad(): void;
    /** @internal Writes the state and consumer times changed since the last flush. */
    flush(): void;
    /** @internal The group was destroyed: its journal entries go. */
    drop(): void;
    private assertLive;
    private touch;
    private move;
    private insert;
    private remove;
    /** Index of the first entry (alive or not) with offset >= o. */
    private firstIndexAtOrAfter;
    private saveState;
    private saveEntry;
    private saveConsumer;
}
/** Every group of every stream partition, loaded from the journal at construction. */
export declare class StreamGroups {
    private readonly journal;
    private readonly groups;
    private readonly dirty;
    private readonly noteDirty;
    constructor(journal: KeyJournal);
    /** The group, or undefined (Redis: NOGROUP). */
    get(ns: string, stream: string, partition: number, name: string): StreamGroup | undefined;
    /**
     * Creates a group whose last delivered offset is lastDelivered (-1: deliver from the start; the stream's
     * last offset: only new records). Throws when it exists (Redis: BUSYGROUP); names must not contain \0.
     */
    create(ns: string, stream: string, partition: number, name: string, lastDelivered: number, entriesRead?: number, now?: number): StreamGroup;
    /** Destroys the group and its pending entries (XGROUP DESTROY); false when there was none. */
    destroy(ns: string, stream: string, partition: number, name: string): boolean;
    /** The groups of a stream partition, by name (XINFO GROUPS). */
    list(ns: string, stream: string, partition: number): StreamGroup[];
    /** Every group in the namespace, with its stream and partition (management). */
    all(ns: string): {
        stream: string;
        partition: number;
        group: StreamGroup;
    }[];
    /** Destroys every group of a stream (it was deleted); how many. */
    deleteStream(ns: string, stream: string): number;
    /** Destroys every group in the namespace (its vhost was deleted). */
    deleteNamespace(ns: string): number;
    /** Group commit (invariant 2). */
    sync(cb: (err?: Error) => void): void;
    syncPromise(): Promise<void>;
    close(): Promise<void>;
    private flush;
    private destroyWhere;
    private load;
}
