// Public surface of the AMQP 0-9-1 codec: pure, I/O-free encoding and decoding.
// The per-method decoders/encoders, method keys and constants live in generated.ts and are
// re-exported whole; import './generated.js' directly for the long tail.
export * from './generated.js';
export { CodecError, CodecErrorCode } from './errors.js';
export {
  type Decimal,
  type Field,
  type FieldType,
  type TypedTable,
  Typed,
  decodeArray,
  decodeTable,
  decodeTableTyped,
  encodeTable,
  fieldToTyped,
  typedToTable,
  writeTable,
} from './field-table.js';
export {
  type PropertySummary,
  decodeHeadersTyped,
  decodeProperties,
  encodeProperties,
  newPropertySummary,
  readPropertySummary,
  replaceHeaders,
} from './properties.js';
export { type FrameHandler, type FrameParserOptions, FrameParser } from './frame-parser.js';
export { contentFrames, deliverFrames, getOkFrames, heartbeatFrame, methodFrame, returnFrames } from './frame-writer.js';
export { Writer } from './writer.js';
