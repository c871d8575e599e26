export type { RespServerOptions } from './context.js';
export { RespServer } from './server.js';
