import { type ReplyWriter } from '../codec/index.js';
import type { RespConnection } from '../connection.js';
import type { RedisStream } from '../streams/redis-stream.js';
import type { CommandList } from './index.js';
/** How XINFO STREAM FULL lists the groups (the group commands provide it). */
export type FullGroupsWriter = (c: RespConnection, s: RedisStream, count: number, w: ReplyWriter) => void;
/** How many groups the stream has. */
export type GroupCount = (c: RespConnection, s: RedisStream) => number;
export declare function xinfoStream(c: RespConnection, args: Buffer[], w: ReplyWriter, groupCount: GroupCount, fullGroups: FullGroupsWriter): void;
export declare const XINFO_STREAM_COMMANDS: CommandList;
