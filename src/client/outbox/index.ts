// The transactional outbox: PostgreSQL and SQLite tables written in the application's
// own transactions, and the relay that publishes their rows with confirms. Like the
// stores, nothing here loads pg or better-sqlite3; the caller passes its pool or database.
export { OutboxRelay, type OutboxRelayOptions } from './relay.js';
export { PostgresOutbox, type PostgresOutboxOptions } from './postgres.js';
export { SqliteOutbox, type SqliteOutboxOptions } from './sqlite.js';
export type {
  BatchResult,
  OutboxMessage,
  OutboxRow,
  OutboxSource,
  PublishOutcome,
  StoredOptions,
} from './types.js';
