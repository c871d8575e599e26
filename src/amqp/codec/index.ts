// Public surface of the AMQP 0-9-1 codec: pure, I/O-free encoding and decoding.
// The per-method decoders/encoders, method keys and constants live in generated.ts and are
// re-exported whole; import './generated.js' directly for the long tail.

export { CodecError, CodecErrorCode } from './errors.js';
export {
  type Decimal,
  decodeArray,
  decodeTable,
  decodeTableTyped,
  encodeTable,
  type Field,
  type FieldType,
  fieldToTyped,
  Typed,
  type TypedTable,
  typedToTable,
  writeTable,
} from './field-table.js';
export { type FrameHandler, FrameParser, type FrameParserOptions } from './frame-parser.js';
export {
  contentFrames,
  deliverFrames,
  deliverFramesRaw,
  FrameWriter,
  getOkFrames,
  heartbeatFrame,
  methodFrame,
  returnFrames,
} from './frame-writer.js';
export * from './generated.js';
export {
  decodeHeadersTyped,
  decodeProperties,
  encodeProperties,
  newPropertySummary,
  type PropertySummary,
  readPropertySummary,
  replaceHeaders,
} from './properties.js';
export { Writer } from './writer.js';
