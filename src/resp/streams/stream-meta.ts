// The RESP front's durable notes about its streams, in one engine journal (`resp-streams`): per stream its
// trim point, counters and XSETID's top ID (key `m <vhost> <key>`), and one key per deleted entry
// (`d <vhost> <key> <offset>`, value the entry's ID, so that a note about an older stream of the same name
// is recognised as stale), and one per trimmed entry still pending in a consumer group (`r <vhost> <key>
// <offset>`, value its ID). Written before the reply that reports the change (the journal's group commit).
import type { KeyJournal } from '../../store/index.js';

export interface StreamMeta {
  /** first log offset still counted */
  trimOffset: number;
  /** entries trimmed so far (entries-added counts them) */
  dropped: number;
  /** XSETID ENTRIESADDED's correction */
  addedAdjust: number;
  /** the top ID XADD must exceed */
  lastId: string;
  maxDeletedId: string;
}

const SEP = '\u0000';

export class StreamMetaStore {
  constructor(private readonly journal: KeyJournal) {}

  private metaKey(vhost: string, key: string): string {
    return `m${SEP}${vhost}${SEP}${key}`;
  }

  private delPrefix(vhost: string, key: string): string {
    return `d${SEP}${vhost}${SEP}${key}${SEP}`;
  }

  load(vhost: string, key: string): StreamMeta | undefined {
    const v = this.journal.get(this.metaKey(vhost, key));
    return v === undefined ? undefined : (JSON.parse(v.toString()) as StreamMeta);
  }

  save(vhost: string, key: string, meta: StreamMeta): void {
    this.journal.set(this.metaKey(vhost, key), Buffer.from(JSON.stringify(meta)));
  }

  *deletions(vhost: string, key: string): IterableIterator<[number, string]> {
    const prefix = this.delPrefix(vhost, key);
    for (const [k, v] of this.journal.entries(prefix)) yield [Number(k.slice(prefix.length)), v.toString()];
  }

  deleteEntry(vhost: string, key: string, offset: number, id: string): void {
    this.journal.set(`${this.delPrefix(vhost, key)}${offset}`, Buffer.from(id));
  }

  /** Forgets the deletion note of one entry (trimmed away). */
  forgetDeletion(vhost: string, key: string, offset: number): void {
    this.journal.delete(`${this.delPrefix(vhost, key)}${offset}`);
  }

  /** Forgets deletions of entries below `offset` (trimmed away). */
  forgetBelow(vhost: string, key: string, offset: number): void {
    for (const [o] of [...this.deletions(vhost, key)]) {
      if (o < offset) this.journal.delete(`${this.delPrefix(vhost, key)}${o}`);
    }
  }

  private retiredPrefix(vhost: string, key: string): string {
    return `r${SEP}${vhost}${SEP}${key}${SEP}`;
  }

  /** A trimmed entry still pending in a group: its ID (redis-stream.ts `retired`). */
  retire(vhost: string, key: string, offset: number, id: string): void {
    this.journal.set(`${this.retiredPrefix(vhost, key)}${offset}`, Buffer.from(id));
  }

  forgetRetired(vhost: string, key: string, offset: number): void {
    this.journal.delete(`${this.retiredPrefix(vhost, key)}${offset}`);
  }

  *retired(vhost: string, key: string): IterableIterator<[number, string]> {
    const prefix = this.retiredPrefix(vhost, key);
    for (const [k, v] of this.journal.entries(prefix)) yield [Number(k.slice(prefix.length)), v.toString()];
  }

  private expiryKey(vhost: string, key: string): string {
    return `e${SEP}${vhost}${SEP}${key}`;
  }

  /** EXPIRE's deadline (ms since the epoch, exact 64-bit as Redis keeps it), or undefined. */
  expiry(vhost: string, key: string): bigint | undefined {
    const v = this.journal.get(this.expiryKey(vhost, key));
    return v === undefined ? undefined : BigInt(v.toString());
  }

  setExpiry(vhost: string, key: string, at: bigint | undefined): void {
    if (at === undefined) this.journal.delete(this.expiryKey(vhost, key));
    else this.journal.set(this.expiryKey(vhost, key), Buffer.from(String(at)));
  }

  /** Every (key, deadline) of a vhost. */
  *expiries(vhost: string): IterableIterator<[string, bigint]> {
    const prefix = `e${SEP}${vhost}${SEP}`;
    for (const [k, v] of this.journal.entries(prefix)) yield [k.slice(prefix.length), BigInt(v.toString())];
  }

  private groupPrefix(vhost: string, key: string): string {
    return `g${SEP}${vhost}${SEP}${key}${SEP}`;
  }

  /**
   * The ID XGROUP CREATE/SETID gave a group and the offset it stood for: the group's last-delivered-id as
   * long as the group has delivered nothing since (IDs between entries have no offset of their own).
   */
  groupId(vhost: string, key: string, group: string): { offset: number; id: string } | undefined {
    const v = this.journal.get(this.groupPrefix(vhost, key) + group);
    if (v === undefined) return undefined;
    const [offset, id] = v.toString().split('|');
    return { offset: Number(offset), id };
  }

  setGroupId(vhost: string, key: string, group: string, offset: number, id: string | undefined): void {
    const k = this.groupPrefix(vhost, key) + group;
    if (id === undefined) this.journal.delete(k);
    else this.journal.set(k, Buffer.from(`${offset}|${id}`));
  }

  /** The stream is gone: everything about it. */
  forget(vhost: string, key: string): void {
    for (const [k] of [...this.journal.entries(this.groupPrefix(vhost, key))]) this.journal.delete(k);
    for (const [k] of [...this.journal.entries(this.retiredPrefix(vhost, key))]) this.journal.delete(k);
    this.journal.delete(this.metaKey(vhost, key));
    this.journal.delete(this.expiryKey(vhost, key));
    for (const [o] of [...this.deletions(vhost, key)])
      this.journal.delete(`${this.delPrefix(vhost, key)}${o}`);
  }

  sync(cb: (err?: Error | null) => void): void {
    this.journal.sync(cb);
  }
}
