export { OutboxRelay, type OutboxRelayOptions } from './relay.js';
export type { BatchResult, OutboxMessage, OutboxRow, OutboxSource, PublishOutcome, StoredOptions, } from './types.js';
