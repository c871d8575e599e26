import type { ReplyWriter } from '../codec/index.js';
import type { RespConnection } from '../connection.js';
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
export declare const COMMAND_HANDLERS: ReadonlyMap<string, CommandEntry>;
