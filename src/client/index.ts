// wharfmq/client: the SDK's public surface. Works against Wharf and RabbitMQ alike.
export * from './types.js';
export { Client, connect } from './client.js';
export type {
  ClientOptions,
  ClientPublishOptions,
  PublishItem,
  RespondOptions,
  Responder,
  Subscription,
} from './client.js';
export type { ReconnectOptions } from './connection.js';
export type { PromRegistry } from './prom-bridge.js';
export { MemoryOffsetStore } from './streams/offset-store.js';
export type { OffsetStore } from './streams/offset-store.js';
export { offsetQueue } from './streams/broker-offset-store.js';
export type {
  StreamConsumeOptions,
  StreamContext,
  StreamHandler,
  StreamStart,
} from './streams/stream-consumer.js';
export type { RateLimit } from './rate-limit.js';
export { rateLimitQueue } from './rate-limit.js';
export type { DelayStrategy } from './delayed-publish.js';
export { MAX_DELAY_MS } from './delayed-publish.js';
export type { MessageStream, StreamMessage } from './message-stream.js';
export { SCHEDULE_HEADER, scheduleQueueName } from './schedule/schedule.js';
export type { Schedule, ScheduleOptions } from './schedule/schedule.js';
export { CronExpression, CronSyntaxError } from './schedule/cron.js';
export type { BatchContext, BatchHandler, BatchMessage } from './batch.js';
export type { DeleteQueueOptions, QueueInfo } from './admin.js';
export type { ReplayDeadLettersOptions, ReplayDeadLettersResult } from './dead-letter-replay.js';
export type { ConsumeOptions, FailureReason, MessageContext, MessageHandler } from './consumer.js';
export {
  AccessRefusedError,
  ClientClosedError,
  isPermanent,
  permanent,
  RemoteError,
  RequestError,
} from './errors.js';
export type { RequestFailure } from './errors.js';
export type { ClientEvents, HandledEvent, HandlerOutcome, ReturnedEvent } from './events.js';
export { ClientMetrics, DURATION_BUCKETS_MS } from './metrics.js';
export type { CounterSample, HistogramSample, MetricsSnapshot } from './metrics.js';
export { jumpHash } from './ordering.js';
export { OrderedQueues, PubSub, TopicExchange, WorkQueue } from './patterns.js';
export type { OrderedQueuesOptions, SubscribeOptions, WorkQueueOptions } from './patterns.js';
export { DEFAULT_RETRY, RETRY_EXCHANGE, retryQueueName } from './retry.js';
export type { RetryOptions, RetryStrategy } from './retry.js';
export { REPLY_TO, RPC_STATUS_HEADER } from './rpc.js';
export type { RequestOptions } from './rpc.js';
export { SchemaValidationError } from './schema.js';
export type { StandardSchemaV1 } from './schema.js';
export type { SignalShutdownOptions } from './shutdown.js';
export { QueueRef } from './topology.js';
export type { ExchangeOptions, ExchangeType, QueueOptions } from './topology.js';
export { parseTraceparent } from './tracing.js';
export type { TraceContext } from './tracing.js';
export { PayloadDecodeError } from './envelope.js';
// The in-process dedup store, the outbox relay and sagas (docs/client-stores.md). The
// PostgreSQL, Redis and SQLite stores and outboxes are in `wharfmq/client/postgres`,
// `wharfmq/client/redis` and `wharfmq/client/sqlite`: their declarations name pg,
// ioredis and better-sqlite3 types, which must not be needed to type-check this entry.
export * from './stores/index.js';
export * from './outbox/index.js';
export * from './saga.js';
