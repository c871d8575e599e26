// The store-agnostic part of the transactional outbox, re-exported by `wharfmq/client`:
// the relay and the OutboxSource contract. The PostgreSQL and SQLite tables are in
// `wharfmq/client/postgres` and `wharfmq/client/sqlite`, with their drivers' types.
export { OutboxRelay } from './relay.js';
//# sourceMappingURL=index.js.map