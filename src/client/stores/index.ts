// Dedup stores for idempotent consumers, and same-transaction processing. None of these
// modules loads pg, ioredis or better-sqlite3 itself (type imports only): the caller
// passes a client it created, so importing the SDK never requires those packages.
export { MemoryDedupStore, type MemoryDedupStoreOptions } from './memory.js';
export { RedisDedupStore, type RedisDedupStoreOptions } from './redis.js';
export { PostgresDedupStore, type PostgresDedupStoreOptions } from './postgres.js';
export { processOncePg, type ProcessOnceOptions } from './postgres-process-once.js';
export { SqliteDedupStore, type SqliteDedupStoreOptions } from './sqlite.js';
export { processOnceSqlite, type SqliteProcessOnceOptions } from './sqlite-process-once.js';
export { withPgTransaction, type PgPool, type PgQueryable } from './pg-tx.js';
