// Committed offsets of consumer groups, per group, topic and partition, with the metadata string
// the client sent (it must round-trip: librdkafka's tests check it). They live in the engine's
// durable group offsets (store/group-offsets.ts, namespaced by the listener's vhost), so AMQP and
// the management API see the same positions; the coordinator answers an OffsetCommit only once
// commit() has resolved, i.e. once the fdatasync covering it is done.
import type { Broker } from '../../broker/index.js';

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

export class GroupOffsetStore {
  constructor(
    private readonly broker: Broker,
    private readonly vhost: string,
  ) {}

  get(group: string, topic: string, partition: number): CommittedOffset | undefined {
    const c = this.broker.groupOffsets.fetch(this.vhost, group, topic, partition);
    return c && { offset: c.offset, leaderEpoch: -1, metadata: c.metadata, commitTimestamp: c.time };
  }

  /** every committed offset of a group */
  list(group: string): OffsetEntry[] {
    return this.broker.groupOffsets.offsetsOf(this.vhost, group).map((e) => ({
      topic: e.stream,
      partition: e.partition,
      committed: { offset: e.offset, leaderEpoch: -1, metadata: e.metadata, commitTimestamp: e.time },
    }));
  }

  /** groups with at least one committed offset */
  groups(): string[] {
    return this.broker.groupOffsets.groups(this.vhost);
  }

  /** Resolves once the commits are durable. */
  commit(group: string, entries: OffsetEntry[]): Promise<void> {
    const o = this.broker.groupOffsets;
    for (const e of entries) {
      o.commit(
        this.vhost,
        group,
        e.topic,
        e.partition,
        e.committed.offset,
        e.committed.metadata,
        e.committed.commitTimestamp,
      );
    }
    return o.syncPromise();
  }

  /** one partition's offset, or (topic undefined) the group's */
  delete(group: string, topic?: string, partition?: number): Promise<void> {
    const o = this.broker.groupOffsets;
    if (topic === undefined) o.deleteGroup(this.vhost, group);
    else if (partition !== undefined) o.deleteOffset(this.vhost, group, topic, partition);
    return o.syncPromise();
  }
}
