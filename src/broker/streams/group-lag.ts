// Consumer-group lag, for metrics and the management API, for both kinds of group the engine keeps:
// - committed offsets (Kafka, store/group-offsets.ts): how far the partition's high watermark is ahead of the
//   committed offset (Kafka's consumer lag: log end - committed, over committed data only);
// - pending-entry-list groups (Redis consumer groups, store/stream-groups.ts): how many committed offsets
//   come after the group's last delivered one (what XREADGROUP `>` has still to hand out), with the count of
//   entries delivered and not yet acknowledged.
import type { GroupOffsetEntry, GroupOffsets, StreamGroups } from '../../store/index.js';
import type { StreamRegistry } from './stream-registry.js';

export interface GroupLag extends GroupOffsetEntry {
  /** highWatermark - offset (>= 0); undefined when the stream or partition no longer exists */
  lag: number | undefined;
}

/** Every committed offset of the vhost (or of one group) with its lag. */
export function groupLags(
  offsets: GroupOffsets,
  streams: StreamRegistry,
  vhost: string,
  group?: string,
): GroupLag[] {
  const entries = group === undefined ? offsets.all(vhost) : offsets.offsetsOf(vhost, group);
  return entries.map((e) => {
    const p = streams.get(e.stream)?.partition(e.partition);
    return { ...e, lag: p === undefined ? undefined : Math.max(0, p.highWatermark - e.offset) };
  });
}

export interface PendingGroupLag {
  group: string;
  stream: string;
  partition: number;
  /** offset of the last record delivered to the group; -1 when none yet */
  lastDelivered: number;
  /** entries delivered and not yet acknowledged */
  pending: number;
  consumers: number;
  /**
   * committed offsets after the last delivered one (from the first retained offset when retention or
   * trimming passed it); undefined when the stream or partition no longer exists
   */
  lag: number | undefined;
}

/** Every pending-entry-list group of the vhost (or those of one name), by stream, partition and group. */
export function pendingGroupLags(
  groups: StreamGroups,
  streams: StreamRegistry,
  vhost: string,
  group?: string,
): PendingGroupLag[] {
  const out: PendingGroupLag[] = [];
  for (const e of groups.all(vhost)) {
    const g = e.group;
    if (group !== undefined && g.name !== group) continue;
    const p = streams.get(e.stream)?.partition(e.partition);
    const next = p === undefined ? 0 : Math.max(g.lastDelivered + 1, p.firstOffset);
    out.push({
      group: g.name,
      stream: e.stream,
      partition: e.partition,
      lastDelivered: g.lastDelivered,
      pending: g.pendingCount,
      consumers: g.consumerCount,
      lag: p === undefined ? undefined : Math.max(0, p.highWatermark - next),
    });
  }
  const key = (x: PendingGroupLag) => `${x.stream}\u0000${x.partition}\u0000${x.group}`;
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
