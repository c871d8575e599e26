// What Broker.open does when the definitions log could not account for everything: the
// rules an operator can rely on (docs/reliability.md, "Definitions log faults").
//
// - Queue data is never deleted because the log could not account for it. Only after a
//   clean load (every record read and replayed) is a directory no record accounts for
//   deleted: then it is the leftover of a delete interrupted by a crash. Otherwise it is
//   moved to <dataDir>/lost-and-found/ (when it holds any message) and named in a warning.
// - A log with records but some damaged: start, report each damaged line, keep a copy of
//   the file as it was found next to the directories set aside.
// - A log with no readable record at all (or missing while queue directories exist):
//   refuse to start, unless the operator says to (recoverDefinitions).
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expectedDirName, holdsData, readQueueMeta, setAside, } from '../storage/queue-dirs.js';
export const LOST_AND_FOUND = 'lost-and-found';
const DOCS = 'docs/reliability.md, "Definitions log faults"';
/** The start is refused: the definitions log is unreadable and no override was given. */
export class DefinitionsUnreadableError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DefinitionsUnreadableError';
    }
}
/**
 * Throws DefinitionsUnreadableError when nothing could be read from a log that should
 * hold something, unless `recover`; returns whether the start goes on in spite of that.
 */
export function checkReadable(loaded, path, queueDirs, recover, dataDir) {
    if (loaded.records.length > 0)
        return false;
    let why;
    if (loaded.bytes > 0) {
        const first = loaded.damaged[0] ?? loaded.torn;
        why = `not one valid record in its ${loaded.bytes} bytes${first ? ` (line ${first.line}, byte ${first.offset}: ${first.reason})` : ''}`;
    }
    else if (queueDirs > 0) {
        why = `it is ${loaded.exists ? 'empty' : 'missing'} while ${queueDirs} queue data directories exist`;
    }
    else {
        return false; // a new data dir
    }
    if (recover)
        return true;
    throw new DefinitionsUnreadableError(`the definitions log ${path} is unreadable: ${why}. Nothing was changed. ` +
        `Restore the file from a backup, or start once with --recover-definitions ` +
        `(config recoverDefinitions: true) to start anyway: queues whose data directories have a ` +
        `meta file are restored from it, other queue data is moved to ${join(dataDir, LOST_AND_FOUND)}, ` +
        `and users, vhosts, exchanges, bindings and policies start empty (user guest is not ` +
        `recreated: configure users). See ${DOCS}.`);
}
/** One warning per line that could not be read. */
export function reportDamage(loaded, path, warn) {
    for (const d of loaded.damaged) {
        warn(`definitions log ${path}: line ${d.line} (byte ${d.offset}, ${d.length} bytes) is damaged ` +
            `(${d.reason}) and was skipped; the records after it were read. It began: ${d.excerpt}`);
    }
    const t = loaded.torn;
    if (t) {
        warn(`definitions log ${path}: the last record (line ${t.line}, byte ${t.offset}, ${t.length} bytes) ` +
            `is incomplete, as a crash during a change leaves it, and was dropped (${t.reason})`);
    }
}
export function reportFailure(f, path, warn) {
    warn(`definitions log ${path}: line ${f.line}: ${describeRecord(f.record)} could not be restored ` +
        `(${f.error.message}) and was dropped`);
}
/** "queue 'q' in vhost '/'", for the log. */
export function describeRecord(r) {
    const where = 'vhost' in r ? ` in vhost '${r.vhost}'` : '';
    if ('name' in r)
        return `${r.op} '${r.name}'${where}`;
    if (r.op === 'bind' || r.op === 'unbind')
        return `${r.op} of ${r.destinationType} '${r.destination}' to exchange '${r.source}'${where}`;
    if (r.op === 'user')
        return `user '${r.user.name}'`;
    if ('user' in r)
        return `${r.op} of user '${r.user}'${where}`;
    return `${r.op}${where}`;
}
/** The directories under root that are not in `known` (the live queues' directories). */
export function unaccountedDirs(root, known) {
    const names = new Set([...known].map((d) => basename(d)));
    return readdirSync(root)
        .filter((name) => !names.has(name))
        .map((name) => ({ dir: join(root, name), meta: readQueueMeta(join(root, name)) }));
}
/**
 * The queues to create again from the meta files of unaccounted directories, each with its
 * directories moved to the names its logs open (an operator may have moved one back under
 * its set-aside name). A queue that a live one (`exists`) or another directory stands in
 * the way of is left out; its directories are then set aside by sweepQueueDirs.
 */
export function placeForAdoption(root, dirs, exists) {
    const groups = new Map();
    for (const { dir, meta } of dirs) {
        if (typeof meta !== 'object')
            continue;
        const key = JSON.stringify([meta.vhost, meta.name]);
        groups.set(key, [...(groups.get(key) ?? []), { meta, dir }]);
    }
    const out = [];
    for (const group of groups.values()) {
        const { meta } = group[0];
        if (exists(meta.vhost, meta.name))
            continue;
        const moves = group.map((g) => [g.dir, join(root, expectedDirName(g.meta))]);
        if (moves.some(([from, to]) => from !== to && existsSync(to)))
            continue;
        for (const [from, to] of moves)
            if (from !== to)
                renameSync(from, to);
        out.push({ meta, dirs: moves.map(([, to]) => to) });
    }
    return out;
}
/**
 * Deletes (after a clean load, and only directories without a valid meta file) or sets
 * aside the directories no live queue uses; warns about each directory set aside.
 */
export function sweepQueueDirs(dirs, opts) {
    for (const { dir, meta } of dirs) {
        const known = typeof meta === 'object';
        if (!known && (opts.clean || !holdsData(dir))) {
            rmSync(dir, { recursive: true, force: true });
            continue;
        }
        const target = setAside(dir, join(opts.dataDir, LOST_AND_FOUND), opts.stamp);
        const whose = known
            ? `queue '${meta.name}' in vhost '${meta.vhost}' (from its meta file)`
            : meta === undefined
                ? 'an unknown queue or delayed exchange (no meta file: a delayed exchange, or a queue made before meta files existed)'
                : `an unknown queue (its meta file is damaged: ${meta})`;
        opts.warn(`queue data directory ${dir}, of ${whose}, is not accounted for by the definitions log; ` +
            `it was moved to ${target} instead of being deleted. To bring its messages back, see ${DOCS}; ` +
            `once they are not needed, delete it.`);
    }
}
//# sourceMappingURL=definitions-recovery.js.map