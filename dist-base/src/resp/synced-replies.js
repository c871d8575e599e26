import { ReplyWriter } from './codec/index.js';
export class SyncedReplies {
    writer;
    /** how many replies the group holds: on a failed sync, each becomes the error */
    count = 0;
    /** the keys written, whose blocked readers look again once synced (usually one) */
    keys = [];
    /** the receipts batch the group waits for */
    batch = -1;
    /** the group's place among the connection's replies */
    slot;
    constructor(protocol, 
    /** told when the batch is synced (the receipts' callback, made once per group) */
    synced) {
        this.writer = new ReplyWriter(protocol, 256);
        this.done = (err) => synced(this, err);
    }
    done;
    /** Starts a group for the batch receipts are filling now, answered in `slot`. */
    open(receipts, protocol, slot) {
        this.batch = receipts.currentBatch;
        this.writer.protocol = protocol;
        this.slot = slot;
        this.count = 0;
        this.keys.length = 0;
    }
    /** Still the batch the next write would join. */
    joinable(receipts) {
        return receipts.currentBatch === this.batch;
    }
    /** One more reply, for a write to `key`: the caller writes it into the writer returned. */
    add(key) {
        this.count++;
        if (this.keys.length === 0 || (this.keys[this.keys.length - 1] !== key && !this.keys.includes(key)))
            this.keys.push(key);
        return this.writer;
    }
    /** The group's reply bytes, written into `to`: its replies, or one error per reply when the sync failed. */
    writeTo(to, err) {
        if (err === undefined)
            return void this.writer.moveTo(to);
        this.writer.take();
        const text = `ERR the write could not be made durable: ${err.message}`;
        for (let i = 0; i < this.count; i++)
            to.error(text);
    }
}
//# sourceMappingURL=synced-replies.js.map