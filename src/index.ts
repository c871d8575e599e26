export { Broker, type BrokerConfig } from './broker/index.js';
export { WharfServer, type WharfOptions } from './server.js';
export { VERSION } from './version.js';
