// The group coordinator of this node: every consumer group and its committed offsets. Wharf is a
// one-node cluster, so it coordinates every group (FindCoordinator always names this node).
import { randomUUID } from 'node:crypto';
import { Group } from './group.js';
export class GroupCoordinator {
    options;
    offsets;
    groups = new Map();
    constructor(options, offsets) {
        this.options = options;
        this.offsets = offsets;
    }
    group(id, create = false) {
        let g = this.groups.get(id);
        if (!g && create) {
            g = new Group(id, { initialRebalanceDelayMs: this.options.initialRebalanceDelayMs });
            this.groups.set(id, g);
        }
        return g;
    }
    /** Kafka's member ids: the client id, a dash and a UUID. */
    newMemberId(clientId) {
        return `${clientId}-${randomUUID()}`;
    }
    /** Groups with members, and groups known only by their committed offsets (Empty). */
    list() {
        const out = new Map();
        for (const g of this.groups.values()) {
            if (g.state === 'Dead')
                continue;
            out.set(g.groupId, { groupId: g.groupId, protocolType: g.protocolType ?? '', state: g.state });
        }
        for (const id of this.offsets.groups()) {
            if (!out.has(id))
                out.set(id, { groupId: id, protocolType: 'consumer', state: 'Empty' });
        }
        return [...out.values()].sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0));
    }
    /** Whether the group exists: it has members, or committed offsets. */
    exists(id) {
        const g = this.groups.get(id);
        return (g !== undefined && !g.isEmpty) || this.offsets.list(id).length > 0;
    }
    /** DeleteGroups: only an empty group goes; its offsets with it. */
    async delete(id) {
        const g = this.groups.get(id);
        if (g && (!g.isEmpty || g.state !== 'Empty'))
            return 'not-empty';
        if (!this.exists(id) && !g)
            return 'not-found';
        g?.destroy();
        this.groups.delete(id);
        await this.offsets.delete(id);
        return 'deleted';
    }
    close() {
        for (const g of this.groups.values())
            g.destroy();
        this.groups.clear();
    }
}
//# sourceMappingURL=coordinator.js.map