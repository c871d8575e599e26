// Sealing a SegmentLog's segments: once a rolled segment's data is covered by a group commit, its <id>.idx
// (segment-index.ts) is written and rides on the next round's fdatasync; at open and close it is done at
// once, synchronously. A missing or failed index costs a scan at the next open, never records (log.ts,
// invariant 6). Index descriptors kept for a round must fit in the descriptor budget: without room the
// segment waits for a later round.
import * as fs from 'node:fs';
import { FileLimitError } from './file-handles.js';
import { idxName, pathOf, segName, unlinkQuiet } from './files.js';
import { encodeIndex, writeIndexFile } from './segment-index.js';
const { O_RDONLY } = fs.constants;
export class SegmentSealer {
    dir;
    handles;
    warn;
    // Sealed segments whose .idx is still to be written (once their data is synced), .idx descriptors written
    // and waiting for the next round, and those in the round in flight.
    pending = new Set();
    written = [];
    syncing = [];
    constructor(dir, handles, warn) {
        this.dir = dir;
        this.handles = handles;
        this.warn = warn;
    }
    /** A rolled segment: indexed once a round has covered its data. */
    add(seg) {
        this.pending.add(seg);
    }
    delete(seg) {
        this.pending.delete(seg);
    }
    get waiting() {
        return this.pending.size > 0;
    }
    /** Index descriptors written and not yet handed to a round (they stay open until it). */
    get busy() {
        return this.written.length > 0;
    }
    /**
     * After a round: writes the index of every pending segment whose data is now covered by an fdatasync
     * (`unsynced` says which still have bytes awaiting one); true when it wrote any (the next round must sync
     * them and the directory).
     */
    afterRound(unsynced) {
        let wrote = false;
        for (const seg of this.pending) {
            if (seg.deleted) {
                this.pending.delete(seg);
                continue;
            }
            if (unsynced(seg))
                continue; // its last bytes await the next round
            try {
                const fd = this.writeIndex(seg, true);
                this.pending.delete(seg);
                if (fd >= 0) {
                    this.written.push(fd);
                    wrote = true;
                }
            }
            catch (e) {
                // no room under the budget: it stays pending, for after a later round
                if (e instanceof FileLimitError && e.busy)
                    break;
                this.pending.delete(seg);
                this.failed(seg, e);
            }
        }
        return wrote;
    }
    /** For a round: the written indexes to fdatasync. */
    takeForSync(aux) {
        for (const fd of this.written) {
            aux.push(fd);
            this.syncing.push(fd);
        }
        this.written = [];
    }
    /** The round completed: its index descriptors are closed. */
    afterSync() {
        for (const fd of this.syncing)
            this.handles.close(fd);
        this.syncing = [];
    }
    /** At close, after the final round: `cur` (if it has records) and every pending segment, synchronously. */
    atClose(cur) {
        try {
            for (const fd of this.written)
                fs.fdatasyncSync(fd);
        }
        catch (e) {
            this.warn(`${this.dir}: could not sync segment indexes: ${e.message}`);
        }
        for (const fd of this.written)
            this.handles.close(fd);
        const dirty = this.written.length > 0;
        this.written = [];
        const segs = [...this.pending].filter((s) => !s.deleted);
        this.pending.clear();
        if (cur.n > 0 && cur.flags !== null)
            segs.push(cur);
        this.sealNow(segs, false, dirty);
    }
    /**
     * Writes and fdatasyncs the indexes of segs now (first fdatasyncing their data if syncData), then the
     * directory. For open and close, where blocking is fine; failures cost only the index (and a warning).
     */
    sealNow(segs, syncData, dirty = false) {
        for (const seg of segs) {
            try {
                if (syncData) {
                    const dfd = this.handles.open(pathOf(this.dir, segName(seg.id)), O_RDONLY, undefined, true);
                    try {
                        fs.fdatasyncSync(dfd);
                    }
                    finally {
                        this.handles.close(dfd);
                    }
                }
                const fd = this.writeIndex(seg, false);
                if (fd < 0)
                    continue;
                try {
                    fs.fdatasyncSync(fd);
                }
                finally {
                    this.handles.close(fd);
                }
                dirty = true;
            }
            catch (e) {
                this.failed(seg, e);
            }
        }
        if (!dirty)
            return;
        try {
            const dfd = this.handles.open(this.dir, O_RDONLY, undefined, true);
            try {
                fs.fsyncSync(dfd);
            }
            finally {
                this.handles.close(dfd);
            }
        }
        catch (e) {
            this.warn(`${this.dir}: could not sync the directory: ${e.message}`);
        }
    }
    /** Closes every descriptor (the log is closing or destroyed). */
    closeAll() {
        for (const fd of this.written)
            this.handles.close(fd);
        for (const fd of this.syncing)
            this.handles.close(fd);
        this.written = this.syncing = [];
    }
    /**
     * Writes seg's .idx (not yet synced) and returns its open descriptor; -1 if seg is empty. `kept`: the
     * descriptor waits for the next round, so it must fit in the budget (else a busy FileLimitError, and seg
     * is left as it was).
     */
    writeIndex(seg, kept) {
        const flags = seg.flags;
        if (seg.n === 0 || flags === null) {
            seg.flags = null;
            return -1;
        }
        const data = encodeIndex(seg.offsets, flags, seg.n, seg.size, seg.lastCrc);
        const fd = writeIndexFile(pathOf(this.dir, idxName(seg.id)), data, kept ? this.openKept : this.openNow, this.close);
        seg.flags = null;
        return fd;
    }
    openNow = (path, flags, mode) => this.handles.open(path, flags, mode, true);
    openKept = (path, flags, mode) => this.handles.open(path, flags, mode, false);
    close = (fd) => this.handles.close(fd);
    failed(seg, e) {
        seg.flags = null;
        this.warn(`${pathOf(this.dir, idxName(seg.id))}: not written (${e.message}); the next open will scan`);
        try {
            unlinkQuiet(pathOf(this.dir, idxName(seg.id)));
        }
        catch {
            // a torn index fails its CRC at open anyway
        }
    }
}
//# sourceMappingURL=segment-sealer.js.map