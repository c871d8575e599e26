// A sliding read window over one file, for recovery scans: the bytes of [pos, pos + len) are in buf. Reading
// forward costs one read per chunk; a request outside the window re-reads from its start, growing the buffer
// for a range bigger than a chunk (a large record).
import { readFully } from './files.js';
const CHUNK = 4 * 1024 * 1024;
export class FileWindow {
    fd;
    size;
    buf;
    /** File offset of buf[0]. */
    pos = 0;
    /** Valid bytes in buf. */
    len = 0;
    constructor(fd, 
    /** The file's size: every request must lie inside [0, size). */
    size, from) {
        this.fd = fd;
        this.size = size;
        this.buf = Buffer.allocUnsafe(Math.max(Math.min(CHUNK, size - from), 16));
    }
    /** Makes file bytes [at, at + n) present (the caller keeps at + n <= size); returns the index of `at` in buf. */
    load(at, n) {
        if (at >= this.pos && at + n <= this.pos + this.len)
            return at - this.pos;
        const want = Math.min(Math.max(n, CHUNK), this.size - at);
        if (want > this.buf.length)
            this.buf = Buffer.allocUnsafe(want);
        this.pos = at;
        this.len = readFully(this.fd, this.buf, 0, want, at);
        if (this.len < n)
            throw new Error(`short read at ${at}: the file shrank during recovery`);
        return 0;
    }
    u32(at) {
        return this.buf.readUInt32LE(this.load(at, 4));
    }
}
//# sourceMappingURL=file-window.js.map