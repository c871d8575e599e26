const INITIAL = 1024;
export class EntryIndex {
    offsets = new Float64Array(INITIAL);
    ids = new Uint32Array(INITIAL * 4);
    /** first live position (positions below were trimmed) */
    head = 0;
    tail = 0;
    /** live entries (deleted ones included: deletion is tracked by the caller) */
    get length() {
        return this.tail - this.head;
    }
    /** Bytes held, for the memory-per-entry figure. */
    get memoryBytes() {
        return this.offsets.byteLength + this.ids.byteLength;
    }
    push(offset, id) {
        if (this.tail === this.offsets.length)
            this.grow();
        const t = this.tail++;
        this.offsets[t] = offset;
        const ids = this.ids;
        ids[t * 4] = id.msHi;
        ids[t * 4 + 1] = id.msLo;
        ids[t * 4 + 2] = id.seqHi;
        ids[t * 4 + 3] = id.seqLo;
    }
    grow() {
        const live = this.tail - this.head;
        const size = Math.max(INITIAL, live * 2);
        const offsets = new Float64Array(size);
        offsets.set(this.offsets.subarray(this.head, this.tail));
        const ids = new Uint32Array(size * 4);
        ids.set(this.ids.subarray(this.head * 4, this.tail * 4));
        this.offsets = offsets;
        this.ids = ids;
        this.tail = live;
        this.head = 0;
    }
    /** Position i counted from the first live entry. */
    offsetAt(i) {
        return this.offsets[this.head + i];
    }
    idAt(i) {
        const at = (this.head + i) * 4;
        const ids = this.ids;
        return { msHi: ids[at], msLo: ids[at + 1], seqHi: ids[at + 2], seqLo: ids[at + 3] };
    }
    compareAt(i, id) {
        const at = (this.head + i) * 4;
        const ids = this.ids;
        return ids[at] - id.msHi || ids[at + 1] - id.msLo || ids[at + 2] - id.seqHi || ids[at + 3] - id.seqLo;
    }
    /** First position whose ID is >= id (length when none). */
    lowerBound(id) {
        let lo = 0;
        let hi = this.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.compareAt(mid, id) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** First position whose ID is > id. */
    upperBound(id) {
        let lo = 0;
        let hi = this.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.compareAt(mid, id) <= 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** Position of the entry at log offset `offset`, or -1. */
    positionOfOffset(offset) {
        let lo = 0;
        let hi = this.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.offsets[this.head + mid] < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < this.length && this.offsets[this.head + lo] === offset ? lo : -1;
    }
    /** Forgets the first n positions (trimming). */
    dropFirst(n) {
        this.head += Math.min(n, this.length);
        if (this.head === this.tail)
            this.head = this.tail = 0;
    }
}
//# sourceMappingURL=entry-index.js.map