export { Broker, type BrokerConfig } from './broker/index.js';
export { type RunningWharf, startWharf, type StartWharfOptions } from './embedded/start-wharf.js';
export type { WharfUrls } from './embedded/urls.js';
export { type BoundListener, type WharfOptions, WharfServer } from './server.js';
export { VERSION } from './version.js';
