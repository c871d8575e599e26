// Where a stream consumer keeps the offset it has processed up to, so a restart resumes
// after it. The contract has no driver types in it: the PostgreSQL, Redis and SQLite
// stores are in their entry points, the broker-held one is `client.brokerOffsetStore()`.

/**
 * Remembers, per consumer name, the offset of the last message a stream consumer
 * processed. `save` is called after each processed message (in offset order) and must be
 * durable when it resolves; `load` returns the last saved offset, or undefined.
 */
export interface OffsetStore {
  load(name: string): Promise<number | undefined>;
  save(name: string, offset: number): Promise<void>;
}

/** In this process only (tests, or consumers that may start over). */
export class MemoryOffsetStore implements OffsetStore {
  readonly #offsets = new Map<string, number>();

  async load(name: string): Promise<number | undefined> {
    return this.#offsets.get(name);
  }

  async save(name: string, offset: number): Promise<void> {
    this.#offsets.set(name, offset);
  }
}
