import type { BrokerError, BrokerErrorCode } from '../broker/index.js';
import { type KafkaErrorInfo } from './codec/index.js';
/** The Kafka error an engine refusal is answered with. */
export declare function kafkaErrorOf(err: BrokerError, overrides?: Partial<Record<BrokerErrorCode, KafkaErrorInfo>>): KafkaErrorInfo;
