// The flat dispatch table of the RESP front: a command's full name (as the codec's command table
// spells it, `client|setname` for a subcommand) to its handler. Arity and existence are checked by the
// table before a handler runs; each handler checks its own options, with Redis's error texts.
import type { ReplyWriter } from '../codec/index.js';
import type { RespConnection } from '../connection.js';
import { CONNECTION_COMMANDS } from './connection-commands.js';
import { KEY_COMMANDS } from './key-commands.js';
import { SERVER_COMMANDS } from './server-commands.js';
import { XADD_COMMANDS } from './xadd.js';
import { XRANGE_COMMANDS } from './xrange.js';
import { XGROUP_COMMANDS } from './xgroup.js';
import { XINFO_COMMANDS } from './xinfo.js';
import { XINFO_STREAM_COMMANDS } from './xinfo-stream.js';
import { XPENDING_COMMANDS } from './xpending.js';
import { XREAD_COMMANDS } from './xread.js';
import { XREADGROUP_COMMANDS } from './xreadgroup.js';

export type CommandHandler = (c: RespConnection, args: Buffer[], w: ReplyWriter) => void;

export interface CommandEntry {
  run: CommandHandler;
  /**
   * May run while earlier replies of its connection still wait: a write whose reply waits only for
   * the sync of what it did (so a pipeline of them shares one sync).
   */
  pipelined?: boolean;
  /**
   * Stores more data: held while a memory or disk alarm is on, as an AMQP publisher is blocked
   * (writes that free space, XACK, XDEL, XTRIM, go on, so consumers keep draining).
   */
  grows?: boolean;
}

export type CommandList = readonly (readonly [string, CommandEntry])[];

export const COMMAND_HANDLERS: ReadonlyMap<string, CommandEntry> = new Map([
  ...CONNECTION_COMMANDS,
  ...SERVER_COMMANDS,
  ...KEY_COMMANDS,
  ...XADD_COMMANDS,
  ...XRANGE_COMMANDS,
  ...XREAD_COMMANDS,
  ...XGROUP_COMMANDS,
  ...XREADGROUP_COMMANDS,
  ...XPENDING_COMMANDS,
  ...XINFO_COMMANDS,
  ...XINFO_STREAM_COMMANDS,
]);
