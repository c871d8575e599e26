// wharfmq/client: the SDK's public surface. Works against Wharf and RabbitMQ alike.
export * from './types.js';
export { Client, connect } from './client.js';
export { MemoryOffsetStore } from './streams/offset-store.js';
export { offsetQueue } from './streams/broker-offset-store.js';
export { rateLimitQueue } from './rate-limit.js';
export { MAX_DELAY_MS } from './delayed-publish.js';
export { SCHEDULE_HEADER, scheduleQueueName } from './schedule/schedule.js';
export { CronExpression, CronSyntaxError } from './schedule/cron.js';
export { AccessRefusedError, ClientClosedError, isPermanent, permanent, RemoteError, RequestError, } from './errors.js';
export { ClientMetrics, DURATION_BUCKETS_MS } from './metrics.js';
export { jumpHash } from './ordering.js';
export { OrderedQueues, PubSub, TopicExchange, WorkQueue } from './patterns.js';
export { DEFAULT_RETRY, RETRY_EXCHANGE, retryQueueName } from './retry.js';
export { REPLY_TO, RPC_STATUS_HEADER } from './rpc.js';
export { SchemaValidationError } from './schema.js';
export { QueueRef } from './topology.js';
export { parseTraceparent } from './tracing.js';
export { PayloadDecodeError } from './envelope.js';
// The in-process dedup store, the outbox relay and sagas (docs/client-stores.md). The
// PostgreSQL, Redis and SQLite stores and outboxes are in `wharfmq/client/postgres`,
// `wharfmq/client/redis` and `wharfmq/client/sqlite`: their declarations name pg,
// ioredis and better-sqlite3 types, which must not be needed to type-check this entry.
export * from './stores/index.js';
export * from './outbox/index.js';
export * from './saga.js';
//# sourceMappingURL=index.js.map