import type { GroupOffsetEntry, GroupOffsets, StreamGroups } from '../../store/index.js';
import type { StreamRegistry } from './stream-registry.js';
export interface GroupLag extends GroupOffsetEntry {
    /** highWatermark - offset (>= 0); undefined when the stream or partition no longer exists */
    lag: number | undefined;
}
/** Every committed offset of the vhost (or of one group) with its lag. */
export declare function groupLags(offsets: GroupOffsets, streams: StreamRegistry, vhost: string, group?: string): GroupLag[];
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
export declare function pendingGroupLags(groups: StreamGroups, streams: StreamRegistry, vhost: string, group?: string): PendingGroupLag[];
