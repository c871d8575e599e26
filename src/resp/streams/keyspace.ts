// The RESP front's keyspace: the single-partition streams of its vhost (the engine's stream registry), each
// with its Redis state (redis-stream.ts) made at first use. A queue of the same name that is not a stream,
// or a super stream, is a key of a type the front does not serve: stream commands on it get WRONGTYPE.
// Also the wake-ups of blocked reads: a write to a key wakes the readers waiting on it, including readers
// waiting for a key that does not exist yet.
import type { Access, Broker, StreamPartition } from '../../broker/index.js';
import { RespError, ERR_WRONGTYPE } from '../errors.js';
import { EntryEncoder } from './entry-record.js';
import { RedisStream } from './redis-stream.js';
import { StreamMetaStore } from './stream-meta.js';
import type { KeyJournal } from '../../store/index.js';

export class Keyspace {
  private readonly states = new Map<string, RedisStream>();
  private readonly waiters = new Map<string, Set<() => void>>();
  readonly meta: StreamMetaStore;
  /** XADD's entry encoder (one at a time: commands run one after the other) */
  readonly encoder: EntryEncoder;

  constructor(
    private readonly broker: Broker,
    readonly vhost: string,
    private readonly journal: KeyJournal,
  ) {
    this.meta = new StreamMetaStore(journal);
    this.encoder = new EntryEncoder(broker.config.format);
    for (const [key, at] of [...this.meta.expiries(vhost)]) this.armExpiry(key, at);
  }

  private readonly timers = new Map<string, NodeJS.Timeout>();

  /** EXPIRE's deadline of `key` (ms since the epoch), or undefined. */
  expiryOf(key: string): bigint | undefined {
    return this.meta.expiry(this.vhost, key);
  }

  /** Keys with a deadline (INFO's `expires=`). */
  get expiring(): number {
    return this.timers.size;
  }

  /** The stream at `key` goes at `at` (ms since the epoch); recorded durably (sync the journal). */
  setExpiry(key: string, at: bigint, access: Access): void {
    if (at <= BigInt(Date.now())) {
      this.delete(key, access);
      return;
    }
    this.meta.setExpiry(this.vhost, key, at);
    this.armExpiry(key, at);
  }

  clearExpiry(key: string): void {
    this.meta.setExpiry(this.vhost, key, undefined);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  private armExpiry(key: string, at: bigint): void {
    clearTimeout(this.timers.get(key));
    // a deadline further than a timer reaches (about 24 days) is looked at again then
    const wait = at - BigInt(Date.now());
    const timer = setTimeout(
      () => {
        this.timers.delete(key);
        const due = this.meta.expiry(this.vhost, key);
        if (due === undefined) return;
        if (due > BigInt(Date.now())) return this.armExpiry(key, due);
        try {
          if (this.get(key) !== undefined) {
            this.states.delete(key);
            this.registry().delete(key);
          }
        } catch {
          // the name now holds something else: only the note goes
        }
        this.meta.forget(this.vhost, key);
      },
      wait <= 0n ? 0 : wait >= 2_000_000_000n ? 2_000_000_000 : Number(wait),
    );
    timer.unref();
    this.timers.set(key, timer);
  }

  private registry() {
    return this.broker.streams(this.vhost);
  }

  /** The partition of stream `key`, undefined when there is no such key; WRONGTYPE for another kind. */
  private partitionOf(key: string): StreamPartition | undefined {
    const v = this.broker.vhost(this.vhost);
    if (v === undefined) return undefined;
    const s = this.registry().get(key);
    if (s === undefined) {
      if (v.queues.has(key)) throw new RespError(ERR_WRONGTYPE);
      return undefined;
    }
    if (s.superStream) throw new RespError(ERR_WRONGTYPE);
    return s.partition(0);
  }

  /** True when `key` names something (a stream, or a queue of another kind). */
  exists(key: string): boolean {
    const v = this.broker.vhost(this.vhost);
    return v !== undefined && (v.queues.has(key) || this.registry().get(key) !== undefined);
  }

  /** The Redis type of a key: 'stream', 'none', or for a queue that is not a stream, 'none' too. */
  typeOf(key: string): string {
    try {
      return this.partitionOf(key) === undefined ? 'none' : 'stream';
    } catch {
      return 'none';
    }
  }

  /** The stream at `key`, or undefined; WRONGTYPE when the key holds something else. */
  get(key: string): RedisStream | undefined {
    // while its queue is not deleted, the stream seen last at key is still the one there (XADD's hot path:
    // no vhost, registry and queue lookups per command)
    const known = this.states.get(key);
    if (known !== undefined && known.valid) {
      known.catchUp();
      return known;
    }
    const p = this.partitionOf(key);
    if (p === undefined) return undefined;
    // none yet, or the one of a deleted queue of that name
    const s = new RedisStream(key, p, this.broker.config.format, this.meta, () =>
      this.broker.streamGroups.list(this.vhost, key, 0),
    );
    this.states.set(key, s);
    return s;
  }

  /** The stream at `key`, made when missing (configure permission checked by the engine through access). */
  getOrCreate(key: string, access: Access): RedisStream {
    const existing = this.get(key);
    if (existing !== undefined) return existing;
    access.check('configure', 'queue', key);
    // a name left over by an earlier stream must not bring its notes back
    this.meta.forget(this.vhost, key);
    this.registry().create(key, {}, access);
    return this.get(key)!;
  }

  /** Deletes the stream at `key`; false when there was none. */
  delete(key: string, access: Access): boolean {
    if (this.get(key) === undefined) return false;
    access.check('configure', 'queue', key);
    this.states.delete(key);
    this.meta.forget(this.vhost, key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    return this.registry().delete(key);
  }

  /** Names of the keys (single-partition streams), sorted. */
  keys(): string[] {
    if (this.broker.vhost(this.vhost) === undefined) return [];
    return this.registry()
      .list()
      .filter((s) => !s.superStream)
      .map((s) => s.name);
  }

  /** Calls `wake` at the next write to `key`; returns the function that stops waiting. */
  onWrite(key: string, wake: () => void): () => void {
    let set = this.waiters.get(key);
    if (set === undefined) {
      set = new Set();
      this.waiters.set(key, set);
    }
    set.add(wake);
    return () => {
      const s = this.waiters.get(key);
      if (s === undefined) return;
      s.delete(wake);
      if (s.size === 0) this.waiters.delete(key);
    };
  }

  /** A write to `key` is durable: blocked readers look again. */
  written(key: string): void {
    const set = this.waiters.get(key);
    if (set === undefined) return;
    this.waiters.delete(key);
    for (const wake of set) wake();
  }

  close(): Promise<void> {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    return this.journal.close() as unknown as Promise<void>;
  }
}
