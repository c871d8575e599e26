// Committed offsets of consumer groups, per group, topic and partition, with the metadata string
// the client sent (it must round-trip: librdkafka's tests check it). The coordinator answers an
// OffsetCommit only once commit() has resolved, i.e. once the offsets are as durable as the store
// makes them.

export interface CommittedOffset {
  offset: number;
  leaderEpoch: number;
  metadata: string;
  commitTimestamp: number;
}

export interface OffsetEntry {
  topic: string;
  partition: number;
  committed: CommittedOffset;
}

export interface GroupOffsetStore {
  get(group: string, topic: string, partition: number): CommittedOffset | undefined;
  /** every committed offset of a group */
  list(group: string): OffsetEntry[];
  /** groups with at least one committed offset */
  groups(): string[];
  commit(group: string, entries: OffsetEntry[]): Promise<void>;
  /** one partition's offset, or (partition undefined) a whole topic's, or (topic undefined) the group's */
  delete(group: string, topic?: string, partition?: number): Promise<void>;
}

/** Offsets kept in memory only: for a broker with storage 'memory'. */
export class MemoryOffsetStore implements GroupOffsetStore {
  private readonly byGroup = new Map<string, Map<string, CommittedOffset>>();

  private static key(topic: string, partition: number): string {
    return `${partition}\u0000${topic}`;
  }

  get(group: string, topic: string, partition: number): CommittedOffset | undefined {
    return this.byGroup.get(group)?.get(MemoryOffsetStore.key(topic, partition));
  }

  list(group: string): OffsetEntry[] {
    const out: OffsetEntry[] = [];
    for (const [k, committed] of this.byGroup.get(group) ?? []) {
      const cut = k.indexOf('\u0000');
      out.push({ topic: k.slice(cut + 1), partition: Number(k.slice(0, cut)), committed });
    }
    return out;
  }

  groups(): string[] {
    return [...this.byGroup.keys()];
  }

  commit(group: string, entries: OffsetEntry[]): Promise<void> {
    let g = this.byGroup.get(group);
    if (!g) this.byGroup.set(group, (g = new Map()));
    for (const e of entries) g.set(MemoryOffsetStore.key(e.topic, e.partition), e.committed);
    return Promise.resolve();
  }

  delete(group: string, topic?: string, partition?: number): Promise<void> {
    const g = this.byGroup.get(group);
    if (!g) return Promise.resolve();
    if (topic === undefined) this.byGroup.delete(group);
    else if (partition !== undefined) g.delete(MemoryOffsetStore.key(topic, partition));
    else for (const k of [...g.keys()]) if (k.slice(k.indexOf('\u0000') + 1) === topic) g.delete(k);
    if (g.size === 0) this.byGroup.delete(group);
    return Promise.resolve();
  }
}
