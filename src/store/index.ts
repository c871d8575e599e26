// Public surface of the store: the Log contract and its two implementations.
export { crc32c } from './crc32c.js';
export { type KnownBodyCrc } from './stream-record.js';
export { defaultFileHandleLimit, FileHandles, FileLimitError, processFileLimit } from './file-handles.js';
export { FLAG_PERSISTENT, type Log, type Position, type RecordView } from './log.js';
export { Journal, type JournalOptions } from './journal.js';
export { type KeyJournal, MemoryJournal } from './memory-journal.js';
export { MemoryLog } from './memory-log.js';
export { SegmentLog, type SegmentLogOptions } from './segment-log.js';
export {
  type AppendBatchOptions,
  DEFAULT_STREAM_SEGMENT_SIZE,
  type StreamBatch,
  StreamLog,
  type StreamLogOptions,
  type StreamReader,
  type StreamReadView,
} from './stream-log.js';
export { type CommittedOffset, type GroupOffsetEntry, GroupOffsets } from './group-offsets.js';
export {
  type ClaimOptions,
  type GroupConsumer,
  type PendingEntry,
  type PendingSummary,
  StreamGroup,
  StreamGroups,
} from './stream-groups.js';
export { LogRefusedError, type WriteFailureObserver } from './write-failures.js';
