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
export type { ConsumeOptions, FailureReason, MessageContext, MessageHandler } from './consumer.js';
export { ClientClosedError, isPermanent, permanent, RemoteError, RequestError } from './errors.js';
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
// Dedup stores, the transactional outbox and sagas (docs/client-stores.md). Their modules
// import pg, ioredis and better-sqlite3 as types only and take the caller's pool, client
// or database, so these exports load none of those optional peer dependencies.
export * from './stores/index.js';
export * from './outbox/index.js';
export * from './saga.js';
