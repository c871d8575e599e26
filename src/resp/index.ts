// The Redis Streams front (RESP2/RESP3): listeners, connections, and the commands they run.
export type { RespServerOptions } from './context.js';
export { RespServer } from './server.js';
