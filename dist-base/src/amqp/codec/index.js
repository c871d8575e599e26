// Public surface of the AMQP 0-9-1 codec: pure, I/O-free encoding and decoding.
// The per-method decoders/encoders, method keys and constants live in generated.ts and are
// re-exported whole; import './generated.js' directly for the long tail.
export { CodecError, CodecErrorCode } from './errors.js';
export { decodeArray, decodeTable, decodeTableTyped, encodeTable, fieldToTyped, Typed, typedToTable, writeTable, } from './field-table.js';
export { FrameParser } from './frame-parser.js';
export { contentFrames, deliverFrames, FrameWriter, getOkFrames, heartbeatFrame, methodFrame, returnFrames, } from './frame-writer.js';
export * from './generated.js';
export { decodeHeadersTyped, decodeProperties, encodeProperties, newPropertySummary, readPropertySummary, replaceHeaders, } from './properties.js';
export { Writer } from './writer.js';
//# sourceMappingURL=index.js.map