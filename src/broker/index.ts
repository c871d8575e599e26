export { Access, AccessRefused, defaultExchangeRefused } from './identity/access.js';
export type { AuditEvent } from './operations/audit.js';
export { Broker, type BrokerConfig } from './broker.js';
export type { Consumer } from './queues/consumer.js';
export { BROKER_ERROR_CODES, BrokerError, type BrokerErrorCode, ValidationError } from './errors.js';
export {
  type Death,
  type DeathEntry,
  type DeathHistory,
  type DeathUpdate,
  type DeathReason,
  FLAG_PERSISTENT,
  HEADER_BYTES,
  HEADER_TEXT,
  HEADER_VOID,
  type Message,
  type PropertiesFormat,
} from './messages/message.js';
export {
  type PublishOutcome,
  PublishReceipts,
  type PublishRoute,
  ReceiptError,
  type ReceiptsOptions,
  type Syncable,
  type SyncedCallback,
} from './publishing/receipts.js';
export { Queue, type Taken } from './queues/queue.js';
export type { Lease, PullReader, ReceiveOptions } from './leases/pull-reader.js';
export { consumerTimeout, type CreditedConsumer, Deliveries, type Unacked } from './leases/deliveries.js';
export type { SendLedger } from './queues/send-ledger.js';
export type { ExchangeTap } from './exchanges/index.js';
export {
  decodeHead,
  encodeHead,
  headFlags,
  headPrefix,
  narrowNamesEnd,
  narrowNamesStart,
} from './messages/record.js';
export type { Alarm, ResourceLimits } from './operations/resource-monitor.js';
export type { ChannelInfo, SessionInfo } from './session.js';
export { QueueStats } from './queues/queue-stats.js';
export { StreamQueue } from './streams/stream-queue.js';
export { type GroupLag, groupLags, type PendingGroupLag, pendingGroupLags } from './streams/group-lag.js';
export {
  autoClaim,
  claim,
  type EntryExists,
  type PendingRecord,
  readNew,
  readPending,
} from './streams/group-reads.js';
export { StreamPartition } from './streams/partition.js';
export type { GroupDirectory, GroupInfo, GroupMemberInfo } from './streams/group-directory.js';
export {
  type ConvertedRecord,
  type StreamRecordConverter,
  formatOf,
  STREAM_FORMAT_MASK,
  StreamFormat,
  type StreamFormatId,
  streamFlags,
} from './streams/stream-format.js';
export {
  isSuperStream,
  Stream,
  StreamRegistry,
  type StreamConfigChange,
  type StreamSpec,
} from './streams/stream-registry.js';
export type { User, UserConfig } from './identity/users.js';
export {
  isScramMechanism,
  SCRAM_MECHANISMS,
  type ScramCredential,
  type ScramMechanism,
  ScramServer,
} from './identity/scram.js';
export { DIRECT_REPLY_TO, type PublishTarget, VHost } from './topology/vhost.js';
