// The Kafka front: listeners, connections, the API handlers and the group coordinator, over the
// broker's streams. The wire codec is codec/ (pure, generated from Kafka's message definitions).
export { KafkaServer } from './server.js';
export { KAFKA_DEFAULTS } from './options.js';
//# sourceMappingURL=index.js.map