import type { PublishReceipts } from '../broker/index.js';
import { ReplyWriter, type RespVersion } from './codec/index.js';
import type { ReplySlot } from './connection.js';
export declare class SyncedReplies {
    readonly writer: ReplyWriter;
    /** how many replies the group holds: on a failed sync, each becomes the error */
    count: number;
    /** the keys written, whose blocked readers look again once synced (usually one) */
    readonly keys: string[];
    /** the receipts batch the group waits for */
    batch: number;
    /** the group's place among the connection's replies */
    slot: ReplySlot | undefined;
    constructor(protocol: RespVersion, 
    /** told when the batch is synced (the receipts' callback, made once per group) */
    synced: (group: SyncedReplies, err: Error | undefined) => void);
    readonly done: (err?: Error) => void;
    /** Starts a group for the batch receipts are filling now, answered in `slot`. */
    open(receipts: PublishReceipts, protocol: RespVersion, slot: ReplySlot): void;
    /** Still the batch the next write would join. */
    joinable(receipts: PublishReceipts): boolean;
    /** One more reply, for a write to `key`: the caller writes it into the writer returned. */
    add(key: string): ReplyWriter;
    /** The group's reply bytes, written into `to`: its replies, or one error per reply when the sync failed. */
    writeTo(to: ReplyWriter, err: Error | undefined): void;
}
