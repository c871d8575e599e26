// The Journal's key-value API without files, for a broker whose storage is memory (nothing survives it).
// Same semantics as Journal minus durability: sync() calls back on the next tick with nothing to cover.
import type { Journal } from './journal.js';

/** What the engine uses of a journal; Journal (durable) and MemoryJournal both provide it. */
export type KeyJournal = Pick<
  Journal,
  'size' | 'get' | 'has' | 'entries' | 'set' | 'delete' | 'sync' | 'close' | 'destroy'
>;

export class MemoryJournal implements KeyJournal {
  private readonly map = new Map<string, Buffer>();
  private closed = false;

  get size(): number {
    return this.map.size;
  }

  get(key: string): Buffer | undefined {
    return this.map.get(key);
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  *entries(prefix = ''): IterableIterator<[string, Buffer]> {
    for (const e of this.map) if (e[0].startsWith(prefix)) yield e;
  }

  set(key: string, value: Uint8Array): void {
    this.assertOpen();
    this.map.set(key, Buffer.from(value)); // a private copy, as Journal keeps
  }

  delete(key: string): boolean {
    this.assertOpen();
    return this.map.delete(key);
  }

  sync(cb: (err?: Error) => void): void {
    if (this.closed) return void setImmediate(cb, new Error('journal closed'));
    process.nextTick(cb);
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }

  destroy(): Promise<void> {
    this.closed = true;
    this.map.clear();
    return Promise.resolve();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('journal closed');
  }
}
