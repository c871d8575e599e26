export { amqpPropertiesFormat } from './properties-format.js';
export { AmqpServer, type AmqpServerOptions } from './server.js';
