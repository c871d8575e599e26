// Per-segment (or per-chunk) index: record offsets and an acked bitmap in typed arrays, 4 bytes + 1 bit per
// record and no JS object per record, so memory stays small however deep the backlog is.
const INITIAL = 1024;
export class RecordIndex {
    id;
    /** Byte offset of record i within its segment; ascending. */
    offsets = new Uint32Array(INITIAL);
    acked = new Uint8Array(INITIAL >>> 3);
    /** Number of records. */
    n = 0;
    ackedCount = 0;
    /** Bytes used in the segment: the end of the last record. */
    size = 0;
    constructor(id) {
        this.id = id;
    }
    push(offset, length) {
        if (this.n === this.offsets.length)
            this.grow();
        this.offsets[this.n++] = offset;
        this.size = offset + length;
    }
    /** Index of the record at offset, or -1. */
    indexOf(offset) {
        const o = this.offsets;
        let lo = 0;
        let hi = this.n - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const v = o[mid];
            if (v === offset)
                return mid;
            if (v < offset)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return -1;
    }
    lengthOf(i) {
        return (i + 1 < this.n ? this.offsets[i + 1] : this.size) - this.offsets[i];
    }
    isAcked(i) {
        return (this.acked[i >>> 3] & (1 << (i & 7))) !== 0;
    }
    /** Marks record i acked; false if it already was. */
    markAcked(i) {
        const b = 1 << (i & 7);
        const byte = this.acked[i >>> 3];
        if (byte & b)
            return false;
        this.acked[i >>> 3] = byte | b;
        this.ackedCount++;
        return true;
    }
    get allAcked() {
        return this.ackedCount === this.n;
    }
    /** Index of the first un-acked record at or after i, or n. */
    nextUnacked(i) {
        const n = this.n;
        const a = this.acked;
        while (i < n) {
            if ((i & 7) === 0 && a[i >>> 3] === 0xff)
                i += 8;
            else if ((a[i >>> 3] & (1 << (i & 7))) === 0)
                return i;
            else
                i++;
        }
        return n;
    }
    /** Releases the slack of a segment that will get no more records. */
    trim() {
        if (this.offsets.length > this.n + 64)
            this.offsets = this.offsets.slice(0, Math.max(this.n, 1));
        const bytes = (this.n + 7) >>> 3;
        if (this.acked.length > bytes + 8)
            this.acked = this.acked.slice(0, Math.max(bytes, 1));
    }
    grow() {
        const offsets = new Uint32Array(this.offsets.length * 2);
        offsets.set(this.offsets);
        this.offsets = offsets;
        const acked = new Uint8Array(Math.max((offsets.length + 7) >>> 3, this.acked.length));
        acked.set(this.acked);
        this.acked = acked;
    }
}
//# sourceMappingURL=record-index.js.map