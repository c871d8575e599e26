// Public surface of the store: the Log contract and its two implementations.
export { crc32c } from './crc32c.js';
export { defaultFileHandleLimit, FileHandles, FileLimitError, processFileLimit } from './file-handles.js';
export { FLAG_PERSISTENT } from './log.js';
export { Journal } from './journal.js';
export { MemoryJournal } from './memory-journal.js';
export { MemoryLog } from './memory-log.js';
export { SegmentLog } from './segment-log.js';
export { DEFAULT_STREAM_SEGMENT_SIZE, StreamLog, } from './stream-log.js';
export { GroupOffsets } from './group-offsets.js';
export { StreamGroup, StreamGroups, } from './stream-groups.js';
export { LogRefusedError } from './write-failures.js';
//# sourceMappingURL=index.js.map