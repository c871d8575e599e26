import { type HandleSet } from './file-handles.js';
import type { Warn } from './recovery.js';
import type { Segment } from './segment.js';
export declare class SegmentSealer {
    private readonly dir;
    private readonly handles;
    private readonly warn;
    private readonly pending;
    private written;
    private syncing;
    constructor(dir: string, handles: HandleSet, warn: Warn);
    /** A rolled segment: indexed once a round has covered its data. */
    add(seg: Segment): void;
    delete(seg: Segment): void;
    get waiting(): boolean;
    /** Index descriptors written and not yet handed to a round (they stay open until it). */
    get busy(): boolean;
    /**
     * After a round: writes the index of every pending segment whose data is now covered by an fdatasync
     * (`unsynced` says which still have bytes awaiting one); true when it wrote any (the next round must sync
     * them and the directory).
     */
    afterRound(unsynced: (seg: Segment) => boolean): boolean;
    /** For a round: the written indexes to fdatasync. */
    takeForSync(aux: number[]): void;
    /** The round completed: its index descriptors are closed. */
    afterSync(): void;
    /** At close, after the final round: `cur` (if it has records) and every pending segment, synchronously. */
    atClose(cur: Segment): void;
    /**
     * Writes and fdatasyncs the indexes of segs now (first fdatasyncing their data if syncData), then the
     * directory. For open and close, where blocking is fine; failures cost only the index (and a warning).
     */
    sealNow(segs: Segment[], syncData: boolean, dirty?: boolean): void;
    /** Closes every descriptor (the log is closing or destroyed). */
    closeAll(): void;
    /**
     * Writes seg's .idx (not yet synced) and returns its open descriptor; -1 if seg is empty. `kept`: the
     * descriptor waits for the next round, so it must fit in the budget (else a busy FileLimitError, and seg
     * is left as it was).
     */
    private writeIndex;
    private readonly openNow;
    private readonly openKept;
    private readonly close;
    private failed;
}
