// Kafka error codes Wharf answers with, by Kafka's own names (org.apache.kafka.common.protocol.
// Errors), each with whether clients treat it as retriable: a retriable code makes a client retry
// after refreshing metadata, a non-retriable one surfaces to the application. The codes and flags
// are checked against kafkajs's table (src/protocol/error.js) by test/kafka/codec/errors.test.ts.

export interface KafkaErrorInfo {
  readonly code: number;
  readonly retriable: boolean;
}

const e = (code: number, retriable: boolean): KafkaErrorInfo => Object.freeze({ code, retriable });

export const KafkaError = Object.freeze({
  UNKNOWN_SERVER_ERROR: e(-1, false),
  NONE: e(0, false),
  OFFSET_OUT_OF_RANGE: e(1, false),
  /** Bad CRC, bad record framing, or an undecodable compressed batch. */
  CORRUPT_MESSAGE: e(2, true),
  UNKNOWN_TOPIC_OR_PARTITION: e(3, true),
  INVALID_FETCH_SIZE: e(4, false),
  /** Also what a topic being auto-created reports until it exists. */
  LEADER_NOT_AVAILABLE: e(5, true),
  NOT_LEADER_OR_FOLLOWER: e(6, true),
  REQUEST_TIMED_OUT: e(7, true),
  MESSAGE_TOO_LARGE: e(10, false),
  OFFSET_METADATA_TOO_LARGE: e(12, false),
  COORDINATOR_LOAD_IN_PROGRESS: e(14, true),
  COORDINATOR_NOT_AVAILABLE: e(15, true),
  NOT_COORDINATOR: e(16, true),
  INVALID_TOPIC_EXCEPTION: e(17, false),
  RECORD_LIST_TOO_LARGE: e(18, false),
  NOT_ENOUGH_REPLICAS: e(19, true),
  INVALID_REQUIRED_ACKS: e(21, false),
  ILLEGAL_GENERATION: e(22, false),
  INCONSISTENT_GROUP_PROTOCOL: e(23, false),
  INVALID_GROUP_ID: e(24, false),
  UNKNOWN_MEMBER_ID: e(25, false),
  INVALID_SESSION_TIMEOUT: e(26, false),
  REBALANCE_IN_PROGRESS: e(27, false),
  INVALID_COMMIT_OFFSET_SIZE: e(28, false),
  TOPIC_AUTHORIZATION_FAILED: e(29, false),
  GROUP_AUTHORIZATION_FAILED: e(30, false),
  CLUSTER_AUTHORIZATION_FAILED: e(31, false),
  INVALID_TIMESTAMP: e(32, false),
  UNSUPPORTED_SASL_MECHANISM: e(33, false),
  ILLEGAL_SASL_STATE: e(34, false),
  UNSUPPORTED_VERSION: e(35, false),
  TOPIC_ALREADY_EXISTS: e(36, false),
  INVALID_PARTITIONS: e(37, false),
  INVALID_REPLICATION_FACTOR: e(38, false),
  INVALID_REPLICA_ASSIGNMENT: e(39, false),
  INVALID_CONFIG: e(40, false),
  NOT_CONTROLLER: e(41, true),
  INVALID_REQUEST: e(42, false),
  UNSUPPORTED_FOR_MESSAGE_FORMAT: e(43, false),
  POLICY_VIOLATION: e(44, false),
  OUT_OF_ORDER_SEQUENCE_NUMBER: e(45, false),
  DUPLICATE_SEQUENCE_NUMBER: e(46, false),
  INVALID_PRODUCER_EPOCH: e(47, false),
  INVALID_TXN_STATE: e(48, false),
  INVALID_PRODUCER_ID_MAPPING: e(49, false),
  INVALID_TRANSACTION_TIMEOUT: e(50, false),
  CONCURRENT_TRANSACTIONS: e(51, true),
  TRANSACTION_COORDINATOR_FENCED: e(52, false),
  TRANSACTIONAL_ID_AUTHORIZATION_FAILED: e(53, false),
  SECURITY_DISABLED: e(54, false),
  OPERATION_NOT_ATTEMPTED: e(55, false),
  KAFKA_STORAGE_ERROR: e(56, true),
  SASL_AUTHENTICATION_FAILED: e(58, false),
  UNKNOWN_PRODUCER_ID: e(59, false),
  NON_EMPTY_GROUP: e(68, false),
  GROUP_ID_NOT_FOUND: e(69, false),
  FETCH_SESSION_ID_NOT_FOUND: e(70, true),
  INVALID_FETCH_SESSION_EPOCH: e(71, true),
  TOPIC_DELETION_DISABLED: e(73, false),
  FENCED_LEADER_EPOCH: e(74, true),
  UNKNOWN_LEADER_EPOCH: e(75, true),
  UNSUPPORTED_COMPRESSION_TYPE: e(76, false),
  OFFSET_NOT_AVAILABLE: e(78, true),
  MEMBER_ID_REQUIRED: e(79, false),
  GROUP_MAX_SIZE_REACHED: e(81, false),
  FENCED_INSTANCE_ID: e(82, false),
  GROUP_SUBSCRIBED_TO_TOPIC: e(86, false),
  INVALID_RECORD: e(87, false),
  UNSTABLE_OFFSET_COMMIT: e(88, true),
  THROTTLING_QUOTA_EXCEEDED: e(89, true),
  PRODUCER_FENCED: e(90, false),
} as const);

export type KafkaErrorName = keyof typeof KafkaError;

const BY_CODE: ReadonlyMap<number, KafkaErrorName> = new Map(
  (Object.keys(KafkaError) as KafkaErrorName[]).map((name) => [KafkaError[name].code, name]),
);

/** The name of a code in this table (for logs), or undefined. */
export function kafkaErrorName(code: number): KafkaErrorName | undefined {
  return BY_CODE.get(code);
}
