// Consumer-group lag, for metrics and the management API: per committed offset, how far the partition's
// high watermark is ahead of it (Kafka's consumer lag: log end - committed, over committed data only).
import type { GroupOffsetEntry, GroupOffsets } from '../../store/index.js';
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
