import { KafkaError } from './codec/index.js';
const E = KafkaError;
const ENGINE_CODES = {
    NOT_FOUND: E.UNKNOWN_TOPIC_OR_PARTITION,
    // an exclusive AMQP queue of another connection: no Kafka client may use it
    RESOURCE_LOCKED: E.INVALID_REQUEST,
    PRECONDITION_FAILED: E.INVALID_REQUEST,
    ACCESS_REFUSED: E.TOPIC_AUTHORIZATION_FAILED,
    NOT_ALLOWED: E.TOPIC_AUTHORIZATION_FAILED,
    COMMAND_INVALID: E.INVALID_REQUEST,
    NOT_IMPLEMENTED: E.INVALID_REQUEST,
    INTERNAL_ERROR: E.UNKNOWN_SERVER_ERROR,
    // out of disk space or descriptors: retriable, as Kafka's own storage errors are
    RESOURCE_ERROR: E.KAFKA_STORAGE_ERROR,
};
/** The Kafka error an engine refusal is answered with. */
export function kafkaErrorOf(err, overrides) {
    return overrides?.[err.code] ?? ENGINE_CODES[err.code];
}
//# sourceMappingURL=engine-errors.js.map