// The SQS/SNS front: an HTTP listener speaking both AWS protocols on the engine.
export { SqsServer, type SqsServerOptions } from './server.js';
