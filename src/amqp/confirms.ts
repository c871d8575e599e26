// Publisher confirms without a callback or object per message: publishes are grouped
// into batches (one per microtask checkpoint), each batch waits for one group-commit
// sync per durable log it touched, and completed batches at the front are confirmed
// with a single basic.ack(multiple) — so one fsync confirms thousands of messages.
/** What a confirm waits for: a queue's group commit. */
export interface Syncable {
  sync(cb: (err?: Error) => void): void;
}

interface Batch {
  lastSeq: number;
  /** messages in the batch and when it was sealed (performance.now()), for the confirm latency */
  size: number;
  sealedAt: number;
  pending: number;
  failed: boolean;
  /** sequence numbers refused by a full queue (x-overflow reject-publish), ascending */
  rejected: number[] | undefined;
  /** bytes of the batch's messages, given back to `account` when it is confirmed */
  bytes: number;
}

export class Confirms {
  /** sequence number the next publish gets */
  nextSeq = 1;
  private confirmedUpTo = 0;
  private readonly batches: Batch[] = [];
  private readonly touched = new Set<Syncable>();
  private open = false;
  private rejected: number[] | undefined;
  private openBytes = 0;
  private readonly closeBatch = () => this.seal();

  constructor(
    private readonly emit: (seq: number, multiple: boolean, ack: boolean) => void,
    /** told each confirmed batch's latency in seconds and its message count */
    private readonly observe?: (seconds: number, messages: number) => void,
    /** told +bytes of each publish and -bytes of each confirmed batch (unconfirmed memory) */
    private readonly account?: (deltaBytes: number) => void,
  ) {}

  /** Registers one publish of `bytes`; returns its sequence number. */
  published(bytes = 0): number {
    const seq = this.nextSeq++;
    if (this.account !== undefined && bytes > 0) {
      this.openBytes += bytes;
      this.account(bytes);
    }
    if (!this.open) {
      this.open = true;
      queueMicrotask(this.closeBatch);
    }
    return seq;
  }

  /** This publish was refused by a queue: it gets a basic.nack, the rest of its batch acks. */
  reject(seq: number): void {
    (this.rejected ??= []).push(seq);
  }

  needsSync(log: Syncable): void {
    this.touched.add(log);
  }

  private seal(): void {
    this.open = false;
    const prev = this.batches.length > 0 ? this.batches[this.batches.length - 1].lastSeq : this.confirmedUpTo;
    const batch: Batch = {
      lastSeq: this.nextSeq - 1,
      size: this.nextSeq - 1 - prev,
      sealedAt: this.observe ? performance.now() : 0,
      pending: this.touched.size,
      failed: false,
      rejected: this.rejected,
      bytes: this.openBytes,
    };
    this.rejected = undefined;
    this.openBytes = 0;
    this.batches.push(batch);
    for (const log of this.touched) {
      log.sync((err) => {
        if (err) batch.failed = true;
        batch.pending--;
        this.flush();
      });
    }
    this.touched.clear();
    this.flush();
  }

  private flush(): void {
    let upTo = 0;
    while (this.batches.length > 0 && this.batches[0].pending === 0) {
      const b = this.batches.shift()!;
      if (b.bytes > 0) this.account!(-b.bytes);
      if (this.observe && b.size > 0) this.observe((performance.now() - b.sealedAt) / 1000, b.size);
      if (b.failed) {
        if (upTo) this.emitRange(upTo, true);
        this.emitRange(b.lastSeq, false);
        upTo = 0;
        continue;
      }
      if (b.rejected) {
        for (const seq of b.rejected) {
          if (seq - 1 > this.confirmedUpTo) this.emitRange(seq - 1, true);
          this.emitRange(seq, false);
        }
      }
      upTo = b.lastSeq;
    }
    if (upTo) this.emitRange(upTo, true);
  }

  private emitRange(upTo: number, ack: boolean): void {
    if (upTo <= this.confirmedUpTo) return;
    const multiple = upTo - this.confirmedUpTo > 1;
    this.confirmedUpTo = upTo;
    this.emit(upTo, multiple, ack);
  }
}
