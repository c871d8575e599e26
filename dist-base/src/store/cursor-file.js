// The `cursor` file of a SegmentLog: the delivered watermark (f64 position + u32 crc32c), rewritten in place
// (log.ts, invariant 5). Durable-eventually, like the acks: a write that fails (a full disk, no descriptor) is
// reported once and retried by the next round; it never fails a confirm.
import * as fs from 'node:fs';
import { writeFully } from './files.js';
import { encodeWatermark } from './recovery.js';
const { O_RDWR, O_CREAT } = fs.constants;
export class CursorFile {
    path;
    handles;
    reports;
    /** The value last written (to the page cache), -1 before any. */
    saved = -1;
    /** Written since its last fdatasync. */
    dirty = false;
    /** Set when write() created the file: its directory entry wants a sync. The caller clears it. */
    created = false;
    fd = -1;
    failing = false;
    buf = Buffer.alloc(12);
    constructor(path, handles, reports) {
        this.path = path;
        this.handles = handles;
        this.reports = reports;
    }
    /**
     * Writes value; false when that failed (reported) or must wait for room under the budget. `now`: it must
     * reach the page cache before the caller goes on (a delivery), through a transient descriptor if the
     * budget has no room for a kept one; `closing`: past the limit if need be.
     */
    write(value, now, closing) {
        let temp = -1;
        try {
            if (this.fd < 0) {
                const exists = fs.existsSync(this.path);
                this.fd = closing
                    ? this.handles.open(this.path, O_RDWR | O_CREAT, 0o644, true)
                    : this.handles.tryOpen(this.path, O_RDWR | O_CREAT, 0o644);
                if (this.fd < 0) {
                    if (!now)
                        return false;
                    temp = this.handles.open(this.path, O_RDWR | O_CREAT, 0o644, true);
                }
                if (!exists)
                    this.created = true;
            }
            encodeWatermark(value, this.buf);
            writeFully(temp >= 0 ? temp : this.fd, this.buf, 0, 12, 0);
        }
        catch (e) {
            this.failing = true;
            this.reports.failed(this.path, 'cursor write', e, 'records delivered meanwhile may come back after a crash without the redelivered flag');
            return false;
        }
        finally {
            if (temp >= 0)
                this.handles.close(temp);
        }
        if (this.failing) {
            this.failing = false;
            this.reports.succeeded(this.path, 'cursor write');
        }
        this.saved = value;
        this.dirty = true; // if written through a transient descriptor, the round reopens the file
        return true;
    }
    /**
     * For a round: pushes the descriptor to fdatasync when written since the last one; false when it is dirty
     * but has no descriptor and the budget has none to give (a later round does it).
     */
    takeForSync(aux, closing) {
        if (!this.dirty)
            return true;
        if (this.fd < 0)
            this.fd = closing
                ? this.handles.open(this.path, O_RDWR, undefined, true)
                : this.handles.tryOpen(this.path, O_RDWR);
        if (this.fd < 0)
            return false;
        aux.push(this.fd);
        this.dirty = false;
        return true;
    }
    /** Budget pressure: closes the descriptor unless it awaits its fdatasync; true when it does (busy). */
    closeIdle() {
        if (this.fd < 0)
            return false;
        if (this.dirty)
            return true;
        this.handles.close(this.fd);
        this.fd = -1;
        return false;
    }
    /** The descriptor, for a close deferred past a round in flight; -1 once handed over. */
    release() {
        const fd = this.fd;
        this.fd = -1;
        return fd;
    }
}
//# sourceMappingURL=cursor-file.js.map