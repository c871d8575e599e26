// The Kafka wire codec: pure and I/O-free. Frames in (frame-splitter), requests decoded and
// responses encoded (messages, generated/), record batches parsed, validated, patched and built
// (record-batch, records, compression), and the error codes to answer with (errors). The front
// that maps requests onto the engine lives outside this folder.
export * from './codec-error.js';
export * from './errors.js';
export * from './frame-splitter.js';
export * from './header.js';
export * from './messages.js';
export * from './api-versions.js';
export * from './record-batch.js';
export * from './records.js';
export * from './compression.js';
export { Reader } from './reader.js';
export { Writer } from './writer.js';
export * from './generated/index.js';
//# sourceMappingURL=index.js.map