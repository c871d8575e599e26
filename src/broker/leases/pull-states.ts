// The delivery state of pull reads, per queue: for each message received (pull-reader.ts) and not yet
// acked, how often it was delivered, when first, and until when its lease runs (an SQS visibility
// timeout). For a durable queue the state is kept in a journal of the broker's (store/journal.ts), so a
// restart, or a SIGKILL, keeps SQS's ApproximateReceiveCount and first-receive time, redrive's
// maxReceiveCount, and holds a message that was in flight until its deadline; the pull reader answers a
// receive only once the journal has synced the leases it hands out. An ack removes the entry.
//
// Journal keys: vhost \0 queue \0 key, where key = position * 256 + level in decimal (the pull reader's
// key); value: u32 count | f64 firstAt | f64 deadline (ms since the epoch; 0 when not leased).
//
// Memory: one entry per message in flight or returned unacked, as the pull reader had before.
import type { KeyJournal } from '../../store/index.js';

export interface PullState {
  /** deliveries so far */
  count: number;
  /** ms since epoch of the first delivery */
  firstAt: number;
  /** ms since epoch when the current lease ends; 0 when the message is not leased */
  deadline: number;
}

const VALUE_BYTES = 20;

function encode(s: PullState): Buffer {
  const b = Buffer.allocUnsafe(VALUE_BYTES);
  b.writeUInt32LE(s.count, 0);
  b.writeDoubleLE(s.firstAt, 4);
  b.writeDoubleLE(s.deadline, 12);
  return b;
}

function decode(b: Buffer): PullState | undefined {
  if (b.length !== VALUE_BYTES) return undefined;
  return { count: b.readUInt32LE(0), firstAt: b.readDoubleLE(4), deadline: b.readDoubleLE(12) };
}

/** One queue's states; written through to the journal when the queue is durable. */
export class QueuePullStates {
  constructor(
    private readonly journal: KeyJournal | undefined,
    private readonly prefix: string,
    private readonly map = new Map<number, PullState>(),
  ) {}

  get size(): number {
    return this.map.size;
  }

  get(key: number): PullState | undefined {
    return this.map.get(key);
  }

  set(key: number, s: PullState): void {
    this.map.set(key, s);
    this.journal?.set(this.prefix + key, encode(s));
  }

  delete(key: number): void {
    if (this.map.delete(key)) this.journal?.delete(this.prefix + key);
  }

  /** Forgets every entry for which `keep` is false (every one without it). */
  clear(keep?: (key: number, s: PullState) => boolean): void {
    for (const [k, s] of this.map) if (!keep?.(k, s)) this.delete(k);
  }

  /** cb runs once every change made so far is on disk (at once for a queue that is not durable). */
  sync(cb: (err?: Error) => void): void {
    if (this.journal) this.journal.sync(cb);
    else queueMicrotask(cb);
  }

  get durable(): boolean {
    return this.journal !== undefined;
  }
}

/** Every durable queue's pull states, in one journal. */
export class PullStates {
  /** states read at open, by queue prefix, until their queue's reader asks for them */
  private readonly loaded = new Map<string, Map<number, PullState>>();
  private readonly live = new Map<string, QueuePullStates>();

  constructor(private readonly journal: KeyJournal) {
    for (const [k, v] of journal.entries()) {
      const cut = k.lastIndexOf('\u0000');
      const key = Number(k.slice(cut + 1));
      const s = decode(v);
      if (cut < 0 || !Number.isSafeInteger(key) || !s) {
        journal.delete(k); // not one of ours (damaged): dropping it costs a count, never a message
        continue;
      }
      const prefix = k.slice(0, cut + 1);
      let m = this.loaded.get(prefix);
      if (!m) this.loaded.set(prefix, (m = new Map()));
      m.set(key, s);
    }
  }

  /** The states of one queue (an empty, memory-only set for a queue that is not durable). */
  forQueue(vhost: string, queue: string, durable: boolean): QueuePullStates {
    if (!durable) return new QueuePullStates(undefined, '');
    const prefix = `${vhost}\u0000${queue}\u0000`;
    let s = this.live.get(prefix);
    if (!s) {
      s = new QueuePullStates(this.journal, prefix, this.loaded.get(prefix));
      this.loaded.delete(prefix);
      this.live.set(prefix, s);
    }
    return s;
  }

  /** The queue was deleted: its states go (a queue made later with its name starts afresh). */
  dropQueue(vhost: string, queue: string): void {
    const prefix = `${vhost}\u0000${queue}\u0000`;
    const s = this.live.get(prefix);
    this.live.delete(prefix);
    s?.clear();
    const m = this.loaded.get(prefix);
    this.loaded.delete(prefix);
    if (m) for (const k of m.keys()) this.journal.delete(prefix + k);
    if (s || m) this.journal.sync(() => {});
  }

  /** States of queues that no longer exist (deleted while a removal was not yet synced) go, at start. */
  retain(exists: (vhost: string, queue: string) => boolean): void {
    for (const prefix of [...this.loaded.keys()]) {
      const [vhost, queue] = prefix.split('\u0000');
      if (!exists(vhost, queue)) {
        for (const k of this.loaded.get(prefix)!.keys()) this.journal.delete(prefix + k);
        this.loaded.delete(prefix);
      }
    }
  }

  sync(cb: (err?: Error) => void): void {
    this.journal.sync(cb);
  }

  close(): Promise<void> {
    return this.journal.close();
  }
}
