// The SQS/SNS front: an HTTP listener speaking both AWS protocols on the engine.
export { SqsServer } from './server.js';
//# sourceMappingURL=index.js.map