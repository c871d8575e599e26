export { SqliteDedupStore, type SqliteDedupStoreOptions } from './stores/sqlite.js';
export { processOnceSqlite, type SqliteProcessOnceOptions } from './stores/sqlite-process-once.js';
export { SqliteOutbox, type SqliteOutboxOptions } from './outbox/sqlite.js';
export { SqliteOffsetStore, type SqliteOffsetStoreOptions } from './streams/sqlite-offset-store.js';
