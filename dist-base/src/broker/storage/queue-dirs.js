// Where durable queues keep their data, and what lets an operator (or the broker at start)
// tell whose data a directory holds when the definitions log cannot.
//
// <dataDir>/queues/<id>           a classic or quorum queue (priority level 0)
// <dataDir>/queues/<id>.p<level>  the other levels of a priority queue
// <dataDir>/queues/<id>.stream    a stream
// <id> is a hash of vhost and name. Each directory holds a `meta` file written when the
// queue is recorded: the queue's definition (vhost, name, auto-delete, arguments) and the
// directory's priority level, framed and checksummed like the definitions log. It is
// removed before the queue's delete is recorded, so a directory with a valid meta file
// that no record accounts for is a queue whose record was lost (or one an operator moved
// back), never a deleted one.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync, } from 'node:fs';
import { basename, join } from 'node:path';
import { encodeLine, parseFramed } from '../definitions/definitions-codec.js';
export const META_FILE = 'meta';
/** The directory name of a queue's level 0 (or of its stream: add STREAM_SUFFIX). */
export function queueDirName(vhost, queue) {
    return createHash('sha256').update(vhost).update('\u0000').update(queue).digest('hex').slice(0, 32);
}
export const STREAM_SUFFIX = '.stream';
/** The name a directory of this queue and level must have. */
export function expectedDirName(meta) {
    const base = queueDirName(meta.vhost, meta.name);
    if (meta.arguments['x-queue-type'] === 'stream')
        return base + STREAM_SUFFIX;
    return meta.level > 0 ? `${base}.p${meta.level}` : base;
}
/** The existing directories of a queue whose level-0 (or stream) directory is `base`. */
export function dirsOfQueue(root, base) {
    const out = [];
    for (const [name, level] of [
        [base, 0],
        [base + STREAM_SUFFIX, 0],
    ]) {
        if (isDir(join(root, name)))
            out.push({ dir: join(root, name), level });
    }
    for (let level = 1; level <= 255 && isDir(join(root, `${base}.p${level}`)); level++) {
        out.push({ dir: join(root, `${base}.p${level}`), level });
    }
    return out;
}
/**
 * Writes the meta file of each directory of a recorded queue (only where there is none
 * with onlyMissing). Best effort: the definitions log is the record, a meta file only
 * helps to recover; a failure is a warning.
 */
export function writeQueueMetas(root, r, onlyMissing, warn) {
    const { vhost, name, autoDelete } = r;
    for (const { dir, level } of dirsOfQueue(root, queueDirName(vhost, name))) {
        if (onlyMissing && isFile(join(dir, META_FILE)))
            continue;
        try {
            writeQueueMeta(dir, { vhost, name, autoDelete, arguments: r.arguments, level });
        }
        catch (err) {
            warn(`could not write the meta file of ${dir}: ${err.message}`);
        }
    }
}
/** Before a queue's delete is recorded: a meta file must never bring a deleted queue back. */
export function removeQueueMetas(root, vhost, name, warn) {
    for (const { dir } of dirsOfQueue(root, queueDirName(vhost, name)))
        removeQueueMeta(dir, warn);
}
/** Written with a sync and a rename, so a meta file is whole or absent. */
export function writeQueueMeta(dir, meta) {
    const tmp = join(dir, `${META_FILE}.tmp`);
    const fd = openSync(tmp, 'w');
    try {
        const line = encodeLine(meta);
        for (let off = 0; off < line.length;)
            off += writeSync(fd, line, off, line.length - off);
        fsyncSync(fd);
        closeSync(fd);
    }
    catch (err) {
        closeSync(fd);
        unlinkSync(tmp);
        throw err;
    }
    renameSync(tmp, join(dir, META_FILE));
}
/** The meta of a directory; undefined when it has none, a reason when it is damaged. */
export function readQueueMeta(dir) {
    let buf;
    try {
        buf = readFileSync(join(dir, META_FILE));
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        return err.message;
    }
    return parseFramed(buf, isQueueMeta);
}
/** Removes a directory's meta file; false (and a warning) when it could not. */
export function removeQueueMeta(dir, warn) {
    try {
        unlinkSync(join(dir, META_FILE));
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return true;
        warn(`could not remove the meta file of ${dir}: ${err.message}`);
        return false;
    }
    return true;
}
/** True when some segment file of the directory is not empty. */
export function holdsData(dir) {
    for (const f of readdirSync(dir)) {
        if (f.endsWith('.seg') && statSync(join(dir, f)).size > 0)
            return true;
    }
    return false;
}
/**
 * Moves a directory into `into` as <stamp>-<its name> (a rename: same filesystem, atomic)
 * and returns where it went.
 */
export function setAside(dir, into, stamp) {
    mkdirSync(into, { recursive: true });
    let target = join(into, `${stamp}-${basename(dir)}`);
    for (let n = 1; isDir(target); n++)
        target = join(into, `${stamp}-${n}-${basename(dir)}`);
    renameSync(dir, target);
    return target;
}
/** 20260314T101502Z: sorts by time, valid in a file name everywhere. */
export function setAsideStamp(now = new Date()) {
    return now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
}
function isFile(path) {
    try {
        return statSync(path).isFile();
    }
    catch {
        return false;
    }
}
function isDir(path) {
    try {
        return statSync(path).isDirectory();
    }
    catch {
        return false;
    }
}
function isQueueMeta(v) {
    const m = v;
    return (typeof m === 'object' &&
        m !== null &&
        typeof m.vhost === 'string' &&
        typeof m.name === 'string' &&
        typeof m.autoDelete === 'boolean' &&
        typeof m.arguments === 'object' &&
        m.arguments !== null &&
        Number.isInteger(m.level));
}
//# sourceMappingURL=queue-dirs.js.map