export function kafkaGroupDirectory(vhost, groups) {
    return {
        groups(v) {
            if (v !== vhost)
                return [];
            const out = [];
            for (const { groupId } of groups.list()) {
                const g = groups.group(groupId);
                if (g === undefined || g.isEmpty)
                    continue;
                out.push({
                    group: g.groupId,
                    state: g.state,
                    protocolType: g.protocolType ?? '',
                    protocol: g.protocolName,
                    members: [...g.members.values()].map((m) => ({
                        memberId: m.memberId,
                        instanceId: m.groupInstanceId,
                        clientId: m.clientId,
                        host: m.clientHost,
                        assignment: g.protocolType === 'consumer' ? decodeAssignment(m.assignment) : [],
                    })),
                });
            }
            return out;
        },
    };
}
/** ConsumerProtocolAssignment's topic partitions; [] when the bytes are not one (never throws). */
export function decodeAssignment(b) {
    try {
        if (b.length < 6)
            return [];
        let at = 2; // version
        const topics = b.readInt32BE(at);
        at += 4;
        const out = [];
        for (let i = 0; i < topics; i++) {
            const len = b.readInt16BE(at);
            at += 2;
            if (len < 0 || at + len > b.length)
                return [];
            const stream = b.toString('utf8', at, at + len);
            at += len;
            const n = b.readInt32BE(at);
            at += 4;
            if (n < 0 || at + n * 4 > b.length)
                return [];
            const partitions = [];
            for (let k = 0; k < n; k++, at += 4)
                partitions.push(b.readInt32BE(at));
            out.push({ stream, partitions });
        }
        return out;
    }
    catch {
        return []; // RangeError from a short buffer
    }
}
//# sourceMappingURL=directory.js.map