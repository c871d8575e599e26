export { amqpPropertiesFormat } from './properties-format.js';
export { AmqpServer } from './server.js';
//# sourceMappingURL=index.js.map