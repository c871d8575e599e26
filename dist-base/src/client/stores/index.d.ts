export { MemoryDedupStore, type MemoryDedupStoreOptions } from './memory.js';
