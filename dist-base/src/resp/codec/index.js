// Public surface of the RESP codec: pure, I/O-free parsing of client input, reply writing in
// RESP2 and RESP3, the command table with COMMAND replies, and stream ID arithmetic.
export { CommandTable, writeCommandDocs, writeCommandInfo } from './command-table.js';
export { REDIS_COMMANDS } from './commands.generated.js';
export { formatDouble17g } from './format-double.js';
export { splitInlineArgs } from './inline-args.js';
export { RespProtocolError, RespProtocolErrorCode } from './protocol-error.js';
export { parseRedisInt, string2llBig, string2ull } from './redis-numbers.js';
export { ReplyWriter } from './reply-writer.js';
export { RespRequestParser } from './request-parser.js';
export * from './stream-id.js';
//# sourceMappingURL=index.js.map