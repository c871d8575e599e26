// wharfmq/client/sqlite: everything of the SDK that works on SQLite. Its declarations use
// the types of `better-sqlite3` (install it and `@types/better-sqlite3`); the modules load
// nothing of it: the caller passes its own Database.
export { SqliteDedupStore, type SqliteDedupStoreOptions } from './stores/sqlite.js';
export { processOnceSqlite, type SqliteProcessOnceOptions } from './stores/sqlite-process-once.js';
export { SqliteOutbox, type SqliteOutboxOptions } from './outbox/sqlite.js';
export { SqliteOffsetStore, type SqliteOffsetStoreOptions } from './streams/sqlite-offset-store.js';
