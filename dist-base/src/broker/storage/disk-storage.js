// Storage on a data directory: <dataDir>/definitions.jsonl, queues/<id>[.p<level>|.stream] (queue-dirs.ts)
// and journals/<name>. Keeps which directory each open log uses, so that definitions recovery can tell the
// directories no live queue accounts for (definitions-recovery.ts).
import { mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Journal, SegmentLog, } from '../../store/index.js';
import { StreamLog } from '../../store/index.js';
import { DefinitionsLog } from '../definitions/definitions.js';
import { LOST_AND_FOUND, placeForAdoption, sweepQueueDirs, unaccountedDirs, } from '../definitions/definitions-recovery.js';
import { queueDirName, removeQueueMeta, removeQueueMetas, writeQueueMetas, } from './queue-dirs.js';
export class DiskStorage {
    dataDir;
    warn;
    syncDelayMs;
    kind = 'disk';
    definitions;
    root;
    /** the directory of every open log that has one, in the order they were opened */
    dirs = new Map();
    constructor(dataDir, warn, 
    /** benchmarks only: added to every fdatasync round of every log and journal (a simulated slow disk) */
    syncDelayMs = 0) {
        this.dataDir = dataDir;
        this.warn = warn;
        this.syncDelayMs = syncDelayMs;
        this.root = join(dataDir, 'queues');
        mkdirSync(this.root, { recursive: true });
        this.definitions = new DefinitionsLog(join(dataDir, 'definitions.jsonl'));
    }
    queueDir(vhost, queue) {
        return join(this.root, queueDirName(vhost, queue));
    }
    openQueueLog(vhost, queue, level, opts) {
        // priority levels above 0 live in sibling directories <id>.p<level>
        const dir = this.queueDir(vhost, queue) + (level > 0 ? `.p${level}` : '');
        const log = SegmentLog.open(dir, this.syncDelayMs > 0 ? { ...opts, syncDelayMs: this.syncDelayMs } : opts);
        this.dirs.set(log, dir);
        return log;
    }
    openStream(vhost, queue, opts) {
        const dir = `${this.queueDir(vhost, queue)}.stream`;
        const stream = StreamLog.open(dir, this.syncDelayMs > 0 ? { ...opts, syncDelayMs: this.syncDelayMs } : opts);
        if (opts.durable !== false)
            this.dirs.set(stream, dir);
        return stream;
    }
    openJournal(name, opts) {
        return Journal.open(join(this.dataDir, 'journals', name), this.syncDelayMs > 0 ? { ...opts, syncDelayMs: this.syncDelayMs } : opts);
    }
    /** Its meta file goes at once (the rest is removed asynchronously), so no crash brings it back. */
    forget(log) {
        const dir = this.dirs.get(log);
        this.dirs.delete(log);
        if (dir)
            removeQueueMeta(dir, this.warn);
    }
    get opened() {
        return this.dirs.size;
    }
    closeOpenedSince(count) {
        if (this.dirs.size <= count)
            return;
        for (const [log, dir] of [...this.dirs].slice(count)) {
            this.dirs.delete(log);
            log.close().catch((err) => this.warn(`closing ${dir}: ${err.message}`));
        }
    }
    queueDirCount() {
        return readdirSync(this.root).length;
    }
    adoptable(exists) {
        return placeForAdoption(this.root, unaccountedDirs(this.root, this.dirs.values()), exists);
    }
    sweep(clean, stamp) {
        const unaccounted = unaccountedDirs(this.root, this.dirs.values());
        sweepQueueDirs(unaccounted, { clean, dataDir: this.dataDir, stamp, warn: this.warn });
    }
    keepDefinitionsCopy(stamp) {
        const into = join(this.dataDir, LOST_AND_FOUND);
        mkdirSync(into, { recursive: true });
        const copy = join(into, `${stamp}-${basename(this.definitions.path)}`);
        this.definitions.keepCopy(copy);
        return copy;
    }
    queueRecorded(r, onlyMissing) {
        writeQueueMetas(this.root, r, onlyMissing, this.warn);
    }
    queueDeleting(vhost, name) {
        removeQueueMetas(this.root, vhost, name, this.warn);
    }
}
//# sourceMappingURL=disk-storage.js.map