export class GroupOffsetStore {
    broker;
    vhost;
    constructor(broker, vhost) {
        this.broker = broker;
        this.vhost = vhost;
    }
    get(group, topic, partition) {
        const c = this.broker.groupOffsets.fetch(this.vhost, group, topic, partition);
        return c && { offset: c.offset, leaderEpoch: -1, metadata: c.metadata, commitTimestamp: c.time };
    }
    /** every committed offset of a group */
    list(group) {
        return this.broker.groupOffsets.offsetsOf(this.vhost, group).map((e) => ({
            topic: e.stream,
            partition: e.partition,
            committed: { offset: e.offset, leaderEpoch: -1, metadata: e.metadata, commitTimestamp: e.time },
        }));
    }
    /** groups with at least one committed offset */
    groups() {
        return this.broker.groupOffsets.groups(this.vhost);
    }
    /** Resolves once the commits are durable. */
    commit(group, entries) {
        const o = this.broker.groupOffsets;
        for (const e of entries) {
            o.commit(this.vhost, group, e.topic, e.partition, e.committed.offset, e.committed.metadata, e.committed.commitTimestamp);
        }
        return o.syncPromise();
    }
    /** one partition's offset, or (topic undefined) the group's */
    delete(group, topic, partition) {
        const o = this.broker.groupOffsets;
        if (topic === undefined)
            o.deleteGroup(this.vhost, group);
        else if (partition !== undefined)
            o.deleteOffset(this.vhost, group, topic, partition);
        return o.syncPromise();
    }
}
//# sourceMappingURL=offsets.js.map