// The package's main entry (`import ... from 'wharfmq'`): the in-process broker for tests and
// single-process apps, and the engine for those who wire fronts themselves. The SDK is
// `wharfmq/client`; the command line is `wharf`.
export { Broker, type BrokerConfig } from './broker/index.js';
export { type RunningWharf, startWharf, type StartWharfOptions } from './embedded/start-wharf.js';
export type { WharfUrls } from './embedded/urls.js';
export { type BoundListener, type WharfOptions, WharfServer } from './server.js';
export { VERSION } from './version.js';
