export { Broker, type BrokerConfig } from './broker/index.js';
export { type WharfOptions, WharfServer } from './server.js';
export { VERSION } from './version.js';
