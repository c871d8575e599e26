// Durable topology (exchanges, queues, bindings, policies) and identity (vhosts, users,
// permissions, limits) as an append-only log of commands, replayed at boot and compacted
// to the live set. Topology changes from any front go through VHost and identity changes
// through Broker/Identity, which record here; nothing else writes. JSON is fine here:
// these changes are rare and never on the message path.
//
// Durability, like the segment files: each record is framed and checksummed
// (definitions-codec.ts), so a damaged record costs that record and is reported; an
// append is atomic (a failed one is cut off before anything else is written after it);
// a record is synced before append() returns; a rewrite replaces the file atomically.
import { closeSync, copyFileSync, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync, readSync, renameSync, writeSync, } from 'node:fs';
import { dirname } from 'node:path';
import { encodeLine, parseLog } from './definitions-codec.js';
/** An append that did not reach the disk; the log is as it was before it. */
export class DefinitionsWriteError extends Error {
    path;
    failure;
    constructor(path, failure) {
        super(`cannot write the definitions log ${path}: ${failure.message}`);
        this.path = path;
        this.failure = failure;
        this.name = 'DefinitionsWriteError';
    }
}
export class DefinitionsLog {
    path;
    fd = -1;
    /** bytes of whole records in the file: where the next append starts */
    size = 0;
    /** a failed append may have left bytes past `size` that could not be cut off yet */
    tornTail = false;
    constructor(path) {
        this.path = path;
    }
    /**
     * Reads every record it can: a damaged line is skipped and reported (with the records
     * after it kept), an incomplete last line (a crash during an append) is reported as
     * torn. Throws only when the file exists and cannot be read at all (EACCES, EIO).
     */
    load() {
        let buf;
        try {
            buf = readFileSync(this.path);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return { records: [], damaged: [], torn: undefined, legacy: 0, exists: false, bytes: 0 };
            }
            throw new Error(`cannot read the definitions log ${this.path}: ${err.message}`);
        }
        return { ...parseLog(buf, isDefinitionRecord), exists: true, bytes: buf.length };
    }
    /** Copies the file as it is (before a rewrite drops what could not be read). */
    keepCopy(target) {
        copyFileSync(this.path, target);
    }
    /** Replaces the file with `records` atomically (compaction at boot), framed. */
    rewrite(records) {
        this.close();
        const tmp = `${this.path}.tmp`;
        const fd = openSync(tmp, 'w');
        try {
            const data = Buffer.concat(records.map(encodeLine));
            writeFully(fd, data);
            fsyncSync(fd);
        }
        finally {
            closeSync(fd);
        }
        renameSync(tmp, this.path);
        syncDir(dirname(this.path)); // else a crash could bring back the old file and lose what is appended next
    }
    /**
     * Synchronous and synced: a declare-ok for a durable entity means it survives a crash.
     * All or nothing: when the write or its sync fails, the file is cut back to its last
     * whole record before this throws (DefinitionsWriteError), and if even that fails, no
     * later append writes anything before it succeeds.
     */
    append(record) {
        const line = encodeLine(record);
        try {
            if (this.fd < 0)
                this.openForAppend();
            if (this.tornTail)
                this.cutTornTail();
            writeFully(this.fd, line);
            fsyncSync(this.fd);
        }
        catch (err) {
            if (this.fd >= 0) {
                this.tornTail = true;
                try {
                    this.cutTornTail();
                }
                catch {
                    // retried before the next append, which fails while it cannot be done
                }
            }
            throw new DefinitionsWriteError(this.path, err);
        }
        this.size += line.length;
    }
    close() {
        if (this.fd >= 0)
            closeSync(this.fd);
        this.fd = -1;
    }
    /** Opens for appending after the last whole record (an unsynced torn one is cut off). */
    openForAppend() {
        const fd = openSync(this.path, 'a+');
        try {
            const size = fstatSync(fd).size;
            // the broker rewrites the file before it appends; another user of this class may not
            const last = Buffer.alloc(1);
            const whole = size === 0 || (readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 0x0a)
                ? size
                : readFileSync(this.path).lastIndexOf(0x0a) + 1;
            if (whole !== size) {
                ftruncateSync(fd, whole);
                fsyncSync(fd);
            }
            this.size = whole;
        }
        catch (err) {
            closeSync(fd);
            throw err;
        }
        this.fd = fd;
    }
    cutTornTail() {
        ftruncateSync(this.fd, this.size);
        fsyncSync(this.fd);
        this.tornTail = false;
    }
}
const OPS = new Set([
    'exchange',
    'exchange.delete',
    'queue',
    'queue.delete',
    'policy',
    'policy.delete',
    'parameter',
    'parameter.delete',
    'bind',
    'unbind',
    'seeded',
    'vhost',
    'vhost.delete',
    'vhost.limits',
    'user',
    'user.delete',
    'permission',
    'permission.delete',
    'topic-permission',
    'topic-permission.delete',
]);
function isDefinitionRecord(v) {
    return typeof v === 'object' && v !== null && OPS.has(v.op);
}
function writeFully(fd, buf) {
    for (let off = 0; off < buf.length;)
        off += writeSync(fd, buf, off, buf.length - off);
}
function syncDir(dir) {
    const fd = openSync(dir, 'r');
    try {
        fsyncSync(fd);
    }
    finally {
        closeSync(fd);
    }
}
//# sourceMappingURL=definitions.js.map