// Storage on nothing: every queue log is a MemoryLog, streams are memory-only, journals are maps, and the
// definitions log keeps nothing. No file is opened or created anywhere; everything is lost when the broker
// closes. Meant for a broker inside a test (startWharf({ storage: 'memory' })).
//
// Queues declared durable are then not durable: their logs say so (Log.durable false), so publishes are
// confirmed without waiting for a sync and the definitions are not rewritten with them.
import {
  type Log,
  MemoryLog,
  type SegmentLogOptions,
  StreamLog,
  type StreamLogOptions,
} from '../../store/index.js';
import { MemoryJournal } from '../../store/memory-journal.js';
import type { DefinitionRecord, LoadedDefinitions } from '../definitions/definitions.js';
import type { QueueMeta } from './queue-dirs.js';
import type { DefinitionsStore, Storage } from './storage.js';

/**
 * The definitions log of a broker that starts empty every time: load() finds nothing and records are
 * dropped, since nothing would ever replay them (the live topology is in the VHosts, as always).
 */
class UnloggedDefinitions implements DefinitionsStore {
  readonly path = '(memory: no definitions log)';

  load(): LoadedDefinitions {
    return { records: [], damaged: [], torn: undefined, legacy: 0, exists: false, bytes: 0 };
  }

  rewrite(_records: DefinitionRecord[]): void {}

  append(_record: DefinitionRecord): void {}

  close(): void {}
}

export class MemoryStorage implements Storage {
  readonly kind = 'memory';
  readonly dataDir = undefined;
  readonly definitions = new UnloggedDefinitions();
  readonly opened = 0;

  openQueueLog(_vhost: string, _queue: string, _level: number, _opts: SegmentLogOptions): Log {
    return new MemoryLog();
  }

  openStream(vhost: string, queue: string, opts: StreamLogOptions): StreamLog {
    // a memory-only StreamLog never touches its directory name: it only appears in warnings
    return StreamLog.open(`(memory)/${vhost}/${queue}`, { ...opts, durable: false });
  }

  openJournal(): MemoryJournal {
    return new MemoryJournal();
  }

  forget(): void {}

  closeOpenedSince(): void {}

  queueDirCount(): number {
    return 0;
  }

  adoptable(): { meta: QueueMeta; dirs: string[] }[] {
    return [];
  }

  sweep(): void {}

  keepDefinitionsCopy(): string {
    throw new Error('a memory storage has no definitions log to copy');
  }

  queueRecorded(): void {}

  queueDeleting(): void {}
}
