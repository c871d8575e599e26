import type { KeyJournal } from '../../store/index.js';
export interface StreamMeta {
    /** first log offset still counted */
    trimOffset: number;
    /** entries trimmed so far (entries-added counts them) */
    dropped: number;
    /** XSETID ENTRIESADDED's correction */
    addedAdjust: number;
    /** the top ID XADD must exceed */
    lastId: string;
    maxDeletedId: string;
}
export declare class StreamMetaStore {
    private readonly journal;
    constructor(journal: KeyJournal);
    private metaKey;
    private delPrefix;
    load(vhost: string, key: string): StreamMeta | undefined;
    save(vhost: string, key: string, meta: StreamMeta): void;
    deletions(vhost: string, key: string): IterableIterator<[number, string]>;
    deleteEntry(vhost: string, key: string, offset: number, id: string): void;
    /** Forgets the deletion note of one entry (trimmed away). */
    forgetDeletion(vhost: string, key: string, offset: number): void;
    /** Forgets deletions of entries below `offset` (trimmed away). */
    forgetBelow(vhost: string, key: string, offset: number): void;
    private retiredPrefix;
    /** A trimmed entry still pending in a group: its ID (redis-stream.ts `retired`). */
    retire(vhost: string, key: string, offset: number, id: string): void;
    forgetRetired(vhost: string, key: string, offset: number): void;
    retired(vhost: string, key: string): IterableIterator<[number, string]>;
    private expiryKey;
    /** EXPIRE's deadline (ms since the epoch, exact 64-bit as Redis keeps it), or undefined. */
    expiry(vhost: string, key: string): bigint | undefined;
    setExpiry(vhost: string, key: string, at: bigint | undefined): void;
    /** Every (key, deadline) of a vhost. */
    expiries(vhost: string): IterableIterator<[string, bigint]>;
    private groupPrefix;
    /**
     * The ID XGROUP CREATE/SETID gave a group and the offset it stood for: the group's last-delivered-id as
     * long as the group has delivered nothing since (IDs between entries have no offset of their own).
     */
    groupId(vhost: string, key: string, group: string): {
        offset: number;
        id: string;
    } | undefined;
    setGroupId(vhost: string, key: string, group: string, offset: number, id: string | undefined): void;
    /** The stream is gone: everything about it. */
    forget(vhost: string, key: string): void;
    sync(cb: (err?: Error | null) => void): void;
}
