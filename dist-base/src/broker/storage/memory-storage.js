// Storage on nothing: every queue log is a MemoryLog, streams are memory-only, journals are maps, and the
// definitions log keeps nothing. No file is opened or created anywhere; everything is lost when the broker
// closes. Meant for a broker inside a test (startWharf({ storage: 'memory' })).
//
// Queues declared durable are then not durable: their logs say so (Log.durable false), so publishes are
// confirmed without waiting for a sync and the definitions are not rewritten with them.
import { MemoryLog, StreamLog, } from '../../store/index.js';
import { MemoryJournal } from '../../store/memory-journal.js';
/**
 * The definitions log of a broker that starts empty every time: load() finds nothing and records are
 * dropped, since nothing would ever replay them (the live topology is in the VHosts, as always).
 */
class UnloggedDefinitions {
    path = '(memory: no definitions log)';
    load() {
        return { records: [], damaged: [], torn: undefined, legacy: 0, exists: false, bytes: 0 };
    }
    rewrite(_records) { }
    append(_record) { }
    close() { }
}
export class MemoryStorage {
    kind = 'memory';
    dataDir = undefined;
    definitions = new UnloggedDefinitions();
    opened = 0;
    openQueueLog(_vhost, _queue, _level, _opts) {
        return new MemoryLog();
    }
    openStream(vhost, queue, opts) {
        // a memory-only StreamLog never touches its directory name: it only appears in warnings
        return StreamLog.open(`(memory)/${vhost}/${queue}`, { ...opts, durable: false });
    }
    openJournal() {
        return new MemoryJournal();
    }
    forget() { }
    closeOpenedSince() { }
    queueDirCount() {
        return 0;
    }
    adoptable() {
        return [];
    }
    sweep() { }
    keepDefinitionsCopy() {
        throw new Error('a memory storage has no definitions log to copy');
    }
    queueRecorded() { }
    queueDeleting() { }
}
//# sourceMappingURL=memory-storage.js.map