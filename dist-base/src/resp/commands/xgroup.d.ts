import { type ReplyWriter } from '../codec/index.js';
import type { RespConnection } from '../connection.js';
import type { CommandList } from './index.js';
/** Answers once the group change (engine groups and the front's notes) is durable. */
export declare function replyAfterGroupSync(c: RespConnection, write: (w: ReplyWriter) => void): void;
export declare const XGROUP_COMMANDS: CommandList;
