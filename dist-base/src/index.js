// The package's main entry (`import ... from 'wharfmq'`): the in-process broker for tests and
// single-process apps, and the engine for those who wire fronts themselves. The SDK is
// `wharfmq/client`; the command line is `wharf`.
export { Broker } from './broker/index.js';
export { startWharf } from './embedded/start-wharf.js';
export { WharfServer } from './server.js';
export { VERSION } from './version.js';
//# sourceMappingURL=index.js.map