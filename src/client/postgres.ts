// wharfmq/client/postgres: everything of the SDK that works on PostgreSQL. Its
// declarations use the types of `pg` (install `pg` and `@types/pg`); the modules load
// nothing of it: the caller passes its own Pool.
export { PostgresDedupStore, type PostgresDedupStoreOptions } from './stores/postgres.js';
export { processOncePg, type ProcessOnceOptions } from './stores/postgres-process-once.js';
export { withPgTransaction, type PgPool, type PgQueryable } from './stores/pg-tx.js';
export { PostgresOutbox, type PostgresOutboxOptions } from './outbox/postgres.js';
export { PostgresOffsetStore, type PostgresOffsetStoreOptions } from './streams/postgres-offset-store.js';
