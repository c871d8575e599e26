export { KafkaServer } from './server.js';
export { type KafkaFrontOptions, KAFKA_DEFAULTS } from './options.js';
