export { Access, AccessRefused, defaultExchangeRefused } from './identity/access.js';
export { Broker } from './broker.js';
export { BROKER_ERROR_CODES, BrokerError, ValidationError } from './errors.js';
export { FLAG_PERSISTENT, HEADER_BYTES, HEADER_TEXT, HEADER_VOID, } from './messages/message.js';
export { PublishReceipts, ReceiptError, } from './publishing/receipts.js';
export { Queue } from './queues/queue.js';
export { consumerTimeout, Deliveries } from './leases/deliveries.js';
export { decodeHead, encodeHead, headFlags, headPrefix } from './messages/record.js';
export { QueueStats } from './queues/queue-stats.js';
export { StreamQueue } from './streams/stream-queue.js';
export { groupLags, pendingGroupLags } from './streams/group-lag.js';
export { autoClaim, claim, readNew, readPending, } from './streams/group-reads.js';
export { StreamPartition } from './streams/partition.js';
export { formatOf, STREAM_FORMAT_MASK, StreamFormat, streamFlags, } from './streams/stream-format.js';
export { isSuperStream, Stream, StreamRegistry, } from './streams/stream-registry.js';
export { isScramMechanism, SCRAM_MECHANISMS, ScramServer, } from './identity/scram.js';
export { DIRECT_REPLY_TO, VHost } from './topology/vhost.js';
//# sourceMappingURL=index.js.map