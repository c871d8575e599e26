// The replies of a connection's writes that wait for the same sync batch (PublishReceipts), kept as one
// reply slot: a pipeline of XADDs read in one chunk joins one batch, so each XADD writes its reply at once
// into the group and the whole group goes out when the batch is synced, instead of a slot, a closure, a
// receipt waiter and a copied buffer per command. A write joins the group only while it is the connection's
// last slot (nothing answered after it yet) and its batch is still open. A connection keeps its last group
// once answered and reuses it (writer, callback and all) for its next batch: one client writing one command
// at a time makes one group per command.
import type { PublishReceipts } from '../broker/index.js';
import { ReplyWriter, type RespVersion } from './codec/index.js';
import type { ReplySlot } from './connection.js';

export class SyncedReplies {
  readonly writer: ReplyWriter;
  /** how many replies the group holds: on a failed sync, each becomes the error */
  count = 0;
  /** the keys written, whose blocked readers look again once synced (usually one) */
  readonly keys: string[] = [];
  /** the receipts batch the group waits for */
  batch = -1;
  /** the group's place among the connection's replies */
  slot: ReplySlot | undefined;

  constructor(
    protocol: RespVersion,
    /** told when the batch is synced (the receipts' callback, made once per group) */
    synced: (group: SyncedReplies, err: Error | undefined) => void,
  ) {
    this.writer = new ReplyWriter(protocol, 256);
    this.done = (err) => synced(this, err);
  }

  readonly done: (err?: Error) => void;

  /** Starts a group for the batch receipts are filling now, answered in `slot`. */
  open(receipts: PublishReceipts, protocol: RespVersion, slot: ReplySlot): void {
    this.batch = receipts.currentBatch;
    this.writer.protocol = protocol;
    this.slot = slot;
    this.count = 0;
    this.keys.length = 0;
  }

  /** Still the batch the next write would join. */
  joinable(receipts: PublishReceipts): boolean {
    return receipts.currentBatch === this.batch;
  }

  /** One more reply, for a write to `key`: the caller writes it into the writer returned. */
  add(key: string): ReplyWriter {
    this.count++;
    if (this.keys.length === 0 || (this.keys[this.keys.length - 1] !== key && !this.keys.includes(key)))
      this.keys.push(key);
    return this.writer;
  }

  /** The group's reply bytes, written into `to`: its replies, or one error per reply when the sync failed. */
  writeTo(to: ReplyWriter, err: Error | undefined): void {
    if (err === undefined) return void this.writer.moveTo(to);
    this.writer.take();
    const text = `ERR the write could not be made durable: ${err.message}`;
    for (let i = 0; i < this.count; i++) to.error(text);
  }
}
