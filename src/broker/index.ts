export { Access, AccessRefused, defaultExchangeRefused } from './access.js';
export type { AuditEvent } from './audit.js';
export { Broker, type BrokerConfig } from './broker.js';
export type { Consumer } from './consumer.js';
export { BrokerError, type BrokerErrorCode } from './errors.js';
export {
  type Death,
  type DeathReason,
  FLAG_PERSISTENT,
  type Message,
  type PropertiesFormat,
} from './message.js';
export { Queue, type Taken } from './queue.js';
export type { Lease, PullReader, ReceiveOptions } from './pull-reader.js';
export type { SendLedger } from './send-ledger.js';
export type { ExchangeTap } from './exchanges/index.js';
export { decodeHead } from './record.js';
export type { Alarm, ResourceLimits } from './resource-monitor.js';
export type { ChannelInfo, SessionInfo } from './session.js';
export { QueueStats } from './queue-stats.js';
export { StreamQueue } from './stream-queue.js';
export { type GroupLag, groupLags, type PendingGroupLag, pendingGroupLags } from './streams/group-lag.js';
export { autoClaim, claim, type PendingRecord, readNew, readPending } from './streams/group-reads.js';
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
export type { User, UserConfig } from './users.js';
export {
  isScramMechanism,
  SCRAM_MECHANISMS,
  type ScramCredential,
  type ScramMechanism,
  ScramServer,
} from './scram.js';
export { DIRECT_REPLY_TO, type PublishTarget, VHost } from './vhost.js';
