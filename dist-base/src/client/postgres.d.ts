export { PostgresDedupStore, type PostgresDedupStoreOptions } from './stores/postgres.js';
export { processOncePg, type ProcessOnceOptions } from './stores/postgres-process-once.js';
export { withPgTransaction, type PgPool, type PgQueryable } from './stores/pg-tx.js';
export { PostgresOutbox, type PostgresOutboxOptions } from './outbox/postgres.js';
export { PostgresOffsetStore, type PostgresOffsetStoreOptions } from './streams/postgres-offset-store.js';
