/** Every committed offset of the vhost (or of one group) with its lag. */
export function groupLags(offsets, streams, vhost, group) {
    const entries = group === undefined ? offsets.all(vhost) : offsets.offsetsOf(vhost, group);
    return entries.map((e) => {
        const p = streams.get(e.stream)?.partition(e.partition);
        return { ...e, lag: p === undefined ? undefined : Math.max(0, p.highWatermark - e.offset) };
    });
}
/** Every pending-entry-list group of the vhost (or those of one name), by stream, partition and group. */
export function pendingGroupLags(groups, streams, vhost, group) {
    const out = [];
    for (const e of groups.all(vhost)) {
        const g = e.group;
        if (group !== undefined && g.name !== group)
            continue;
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
    const key = (x) => `${x.stream}\u0000${x.partition}\u0000${x.group}`;
    return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
//# sourceMappingURL=group-lag.js.map