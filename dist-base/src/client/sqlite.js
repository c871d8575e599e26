// wharfmq/client/sqlite: everything of the SDK that works on SQLite. Its declarations use
// the types of `better-sqlite3` (install it and `@types/better-sqlite3`); the modules load
// nothing of it: the caller passes its own Database.
export { SqliteDedupStore } from './stores/sqlite.js';
export { processOnceSqlite } from './stores/sqlite-process-once.js';
export { SqliteOutbox } from './outbox/sqlite.js';
export { SqliteOffsetStore } from './streams/sqlite-offset-store.js';
//# sourceMappingURL=sqlite.js.map