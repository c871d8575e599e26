export { SqsServer, type SqsServerOptions } from './server.js';
