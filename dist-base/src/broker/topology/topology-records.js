/** A vhost's current durable topology, for compaction of the definitions log. */
export function topologyRecords(v) {
    const out = [];
    for (const p of v.policies.values()) {
        const { name, pattern, applyTo, priority, definition } = p;
        out.push({
            op: 'policy',
            vhost: v.name,
            name,
            pattern,
            applyTo,
            priority,
            definition: { ...definition },
        });
    }
    for (const ex of v.exchanges.values()) {
        if (ex.name === '' || ex.name.startsWith('amq.') || !ex.options.durable)
            continue;
        out.push({ op: 'exchange', vhost: v.name, name: ex.name, type: ex.type, ...ex.options });
    }
    for (const q of v.queues.values()) {
        if (!q.durable)
            continue;
        out.push({
            op: 'queue',
            vhost: v.name,
            name: q.name,
            autoDelete: q.options.autoDelete,
            arguments: q.options.arguments,
        });
    }
    for (const ex of v.exchanges.values()) {
        if (!ex.options.durable)
            continue;
        for (const b of ex.bindings) {
            const d = b.destination;
            if (d.kind === 'queue' ? !d.durable : !d.options.durable)
                continue;
            out.push({
                op: 'bind',
                vhost: v.name,
                source: ex.name,
                destinationType: d.kind,
                destination: d.name,
                routingKey: b.routingKey,
                arguments: b.arguments,
            });
        }
    }
    return out;
}
//# sourceMappingURL=topology-records.js.map