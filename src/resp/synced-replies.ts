// The replies of a connection's writes that wait for the same sync batch (PublishReceipts), kept as one
// reply slot: a pipeline of XADDs read in one chunk joins one batch, so each XADD writes its reply at once
// into the group and the whole group goes out when the batch is synced, instead of a slot, a closure, a
// receipt waiter and a copied buffer per command. A write joins the group only while it is the connection's
// last slot (nothing answered after it yet) and its batch is still open.
import type { PublishReceipts } from '../broker/index.js';
import { ReplyWriter, type RespVersion } from './codec/index.js';

export class SyncedReplies {
  readonly writer: ReplyWriter;
  /** how many replies the group holds: on a failed sync, each becomes the error */
  count = 0;
  /** the keys written, whose blocked readers look again once synced (usually one) */
  readonly keys: string[] = [];

  constructor(
    protocol: RespVersion,
    /** the receipts batch the group waits for */
    readonly batch: number,
  ) {
    this.writer = new ReplyWriter(protocol, 256);
  }

  /** Still the batch the next write would join. */
  joinable(receipts: PublishReceipts): boolean {
    return receipts.currentBatch === this.batch;
  }

  add(key: string, write: (w: ReplyWriter) => void): void {
    write(this.writer);
    this.count++;
    if (this.keys.length === 0 || (this.keys[this.keys.length - 1] !== key && !this.keys.includes(key)))
      this.keys.push(key);
  }

  /** The group's reply bytes: its replies, or one error per reply when the sync failed. */
  take(err: Error | undefined): Buffer {
    if (err === undefined) return this.writer.take();
    this.writer.take();
    const text = `ERR the write could not be made durable: ${err.message}`;
    for (let i = 0; i < this.count; i++) this.writer.error(text);
    return this.writer.take();
  }
}
