// wharfmq/client/postgres: everything of the SDK that works on PostgreSQL. Its
// declarations use the types of `pg` (install `pg` and `@types/pg`); the modules load
// nothing of it: the caller passes its own Pool.
export { PostgresDedupStore } from './stores/postgres.js';
export { processOncePg } from './stores/postgres-process-once.js';
export { withPgTransaction } from './stores/pg-tx.js';
export { PostgresOutbox } from './outbox/postgres.js';
export { PostgresOffsetStore } from './streams/postgres-offset-store.js';
//# sourceMappingURL=postgres.js.map