// What a queue remembers of its sends that must survive a crash, for fronts that promise it: a
// deduplication window (keys seen recently, each with an opaque answer of the first send, e.g. SQS FIFO's
// MessageDeduplicationId -> MessageId and SequenceNumber) and a strictly increasing sequence counter. One
// journal per broker (store/journal.ts); a front answers a send only once sync() has called back, so a
// duplicate sent after a SIGKILL is still recognised and sequence numbers never go back.
//
// Journal keys: vhost \0 queue \0 'd' key -> f64 time | answer; vhost \0 queue \0 's' -> the last sequence
// (decimal). Memory: one entry per key inside the window, trimmed as the window moves (a Map in insertion
// order, which is time order: a trim looks at the oldest entries only).
import type { KeyJournal } from '../../store/index.js';

interface Seen {
  at: number;
  answer: Buffer;
}

/** One queue's ledger. */
export class SendLedger {
  /** @internal loaded from the journal at open */
  readonly seenKeys = new Map<string, Seen>();
  /** @internal */
  last = 0n;

  constructor(
    private readonly journal: KeyJournal,
    private readonly prefix: string,
  ) {}

  /** The answer of an earlier send of `key` less than `windowMs` ago, if any. */
  seen(key: string, now: number, windowMs: number): Buffer | undefined {
    this.trim(now, windowMs);
    const s = this.seenKeys.get(key);
    return s !== undefined && now - s.at < windowMs ? s.answer : undefined;
  }

  remember(key: string, answer: Uint8Array, now: number): void {
    const a = Buffer.from(answer);
    this.seenKeys.delete(key); // re-added at the end: insertion order stays time order
    this.seenKeys.set(key, { at: now, answer: a });
    const v = Buffer.allocUnsafe(8 + a.length);
    v.writeDoubleLE(now, 0);
    a.copy(v, 8);
    this.journal.set(`${this.prefix}d${key}`, v);
  }

  /** The send of `key` was refused after all: a retry must not count as a duplicate. */
  forget(key: string): void {
    if (this.seenKeys.delete(key)) this.journal.delete(`${this.prefix}d${key}`);
  }

  /** The next sequence number: above every one given before, and at least `floor`. */
  nextSequence(floor: bigint): bigint {
    this.last = floor > this.last ? floor : this.last + 1n;
    this.journal.set(`${this.prefix}s`, Buffer.from(this.last.toString()));
    return this.last;
  }

  /** cb runs once every change so far is on disk. */
  sync(cb: (err?: Error) => void): void {
    this.journal.sync(cb);
  }

  private trim(now: number, windowMs: number): void {
    for (const [k, s] of this.seenKeys) {
      if (now - s.at < windowMs) break;
      this.seenKeys.delete(k);
      this.journal.delete(`${this.prefix}d${k}`);
    }
  }

  /** @internal every journal entry of this ledger goes */
  drop(): void {
    for (const k of this.seenKeys.keys()) this.journal.delete(`${this.prefix}d${k}`);
    this.seenKeys.clear();
    this.journal.delete(`${this.prefix}s`);
  }
}

/** Every queue's ledger, in one journal. */
export class SendLedgers {
  private readonly ledgers = new Map<string, SendLedger>();

  constructor(private readonly journal: KeyJournal) {
    const found: [SendLedger, string, Seen][] = [];
    for (const [k, v] of journal.entries()) {
      const a = k.indexOf('\u0000');
      const b = a < 0 ? -1 : k.indexOf('\u0000', a + 1);
      const kind = k[b + 1];
      if (b < 0 || (kind !== 'd' && kind !== 's') || (kind === 'd' && v.length < 8)) {
        journal.delete(k); // damaged: dropping it costs a dedup entry, never a message
        continue;
      }
      const ledger = this.ledger(k.slice(0, b + 1));
      if (kind === 's') {
        try {
          ledger.last = BigInt(v.toString());
        } catch {
          journal.delete(k);
        }
      } else {
        found.push([ledger, k.slice(b + 2), { at: v.readDoubleLE(0), answer: Buffer.from(v.subarray(8)) }]);
      }
    }
    // the window is trimmed from its oldest end: time order
    found.sort((x, y) => x[2].at - y[2].at);
    for (const [ledger, key, seen] of found) ledger.seenKeys.set(key, seen);
  }

  forQueue(vhost: string, queue: string): SendLedger {
    return this.ledger(`${vhost}\u0000${queue}\u0000`);
  }

  /** The queue was deleted: what it remembered goes. */
  dropQueue(vhost: string, queue: string): void {
    const prefix = `${vhost}\u0000${queue}\u0000`;
    const l = this.ledgers.get(prefix);
    if (!l) return;
    this.ledgers.delete(prefix);
    l.drop();
    this.journal.sync(() => {});
  }

  /** Ledgers of queues that no longer exist go, at start. */
  retain(exists: (vhost: string, queue: string) => boolean): void {
    for (const prefix of [...this.ledgers.keys()]) {
      const [vhost, queue] = prefix.split('\u0000');
      if (!exists(vhost, queue)) this.dropQueue(vhost, queue);
    }
  }

  close(): Promise<void> {
    return this.journal.close();
  }

  private ledger(prefix: string): SendLedger {
    let l = this.ledgers.get(prefix);
    if (!l) this.ledgers.set(prefix, (l = new SendLedger(this.journal, prefix)));
    return l;
  }
}
