// The non-durable Log, for non-durable queues: same semantics as SegmentLog minus the files. Records are
// copied into chunks (one Buffer each, the same record layout without CRC) indexed by typed arrays, so a
// backlog costs its bytes plus ~4 bytes per record, and no JS object per record. A chunk is dropped once
// every record in it is acked. Positions are chunkId * 2**32 + offset, like segment positions.
import { decodeRecord, encodeRecord, newView, RECORD_OVERHEAD } from './record.js';
import { RecordIndex } from './record-index.js';
const SEG = 2 ** 32;
const FIRST_CHUNK = 16 * 1024; // grows from here, so an idle queue holds little memory
const MAX_CHUNK = 1024 * 1024;
class Chunk extends RecordIndex {
    data;
    constructor(id, data) {
        super(id);
        this.data = data;
    }
}
export class MemoryLog {
    durable = false;
    count = 0;
    bytes = 0;
    lastPosition = -1;
    chunks = [];
    cur;
    nextCap = FIRST_CHUNK;
    cChunk;
    cIdx = 0;
    view = newView();
    closed = false;
    constructor() {
        this.cur = this.cChunk = this.addChunk(1, 0);
    }
    append(flags, timestamp, head, body) {
        if (this.closed)
            throw new Error('log closed');
        const len = RECORD_OVERHEAD + head.length + body.length;
        let c = this.cur;
        if (c.size + len > c.data.length)
            c = this.roll(len);
        const off = c.size;
        encodeRecord(c.data, off, flags, timestamp, head, body, false);
        c.push(off, len);
        this.count++;
        this.bytes += len - RECORD_OVERHEAD;
        return c.id * SEG + off;
    }
    sync(cb) {
        process.nextTick(cb);
    }
    shift() {
        const i = this.seek();
        if (i < 0)
            return undefined;
        const c = this.cChunk;
        this.cIdx = i + 1;
        const off = c.offsets[i];
        this.lastPosition = c.id * SEG + off;
        return decodeRecord(c.data, off, c.lengthOf(i), this.view);
    }
    peek() {
        const i = this.seek();
        if (i < 0)
            return undefined;
        const c = this.cChunk;
        return decodeRecord(c.data, c.offsets[i], c.lengthOf(i), this.view);
    }
    /** Moves the cursor onto the next un-acked record and returns its index, or -1 at the end. */
    seek() {
        let c = this.cChunk;
        let i = c.nextUnacked(this.cIdx);
        while (i >= c.n) {
            if (c === this.cur) {
                this.cIdx = i;
                return -1;
            }
            c = this.cChunk = this.chunks[this.indexOfChunk(c.id) + 1];
            i = c.nextUnacked(0);
        }
        this.cIdx = i;
        return i;
    }
    rewind() {
        this.cChunk = this.chunks[0];
        this.cIdx = 0;
    }
    read(pos) {
        const k = this.indexOfChunk(Math.floor(pos / SEG));
        const c = this.chunks[k];
        const off = pos % SEG;
        const i = k < 0 ? -1 : c.indexOf(off);
        if (i < 0)
            throw new RangeError(`no record at position ${pos}`);
        return decodeRecord(c.data, off, c.lengthOf(i), newView());
    }
    ack(pos) {
        const k = this.indexOfChunk(Math.floor(pos / SEG));
        if (k < 0)
            return;
        const c = this.chunks[k];
        const i = c.indexOf(pos % SEG);
        if (i < 0 || !c.markAcked(i))
            return;
        this.count--;
        this.bytes -= c.lengthOf(i) - RECORD_OVERHEAD;
        if (c.allAcked && c !== this.cur)
            this.dropChunk(k);
    }
    isDelivered(_pos) {
        return false; // nothing survives a restart
    }
    purge() {
        const dropped = this.count;
        const last = this.cur.id;
        this.chunks.length = 0;
        this.cur = this.cChunk = this.addChunk(last + 1, 0);
        this.cIdx = 0;
        this.count = this.bytes = 0;
        return dropped;
    }
    async close() {
        this.closed = true;
    }
    async destroy() {
        this.closed = true;
        this.chunks.length = 0;
    }
    roll(len) {
        const old = this.cur;
        const c = this.addChunk(old.id + 1, len);
        old.trim();
        if (old.allAcked)
            this.dropChunk(this.indexOfChunk(old.id));
        return c;
    }
    addChunk(id, len) {
        const c = new Chunk(id, Buffer.allocUnsafe(Math.max(len, this.nextCap)));
        this.nextCap = Math.min(this.nextCap * 2, MAX_CHUNK);
        this.chunks.push(c);
        this.cur = c;
        return c;
    }
    dropChunk(k) {
        const c = this.chunks[k];
        this.chunks.splice(k, 1);
        if (this.cChunk === c) {
            this.cChunk = this.chunks[k];
            this.cIdx = 0;
        }
    }
    indexOfChunk(id) {
        const s = this.chunks;
        let lo = 0;
        let hi = s.length - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const v = s[mid].id;
            if (v === id)
                return mid;
            if (v < id)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return -1;
    }
}
//# sourceMappingURL=memory-log.js.map