import { age, printJson, run, table } from './common.js';
/** "amqplib 0.10.4", "pika 1.3.2", ... from the client's properties, when it sent them. */
function client(props) {
    if (!props || typeof props !== 'object')
        return '-';
    const name = props.product ?? props.connection_name ?? props.platform;
    if (!name)
        return '-';
    return props.version ? `${name} ${props.version}` : String(name);
}
export function connectionsCommand(opts) {
    return run(opts, async (api) => {
        const list = (await api.get('/api/connections'));
        list.sort((a, b) => (a.connected_at ?? 0) - (b.connected_at ?? 0));
        if (opts.json)
            return printJson(list);
        if (list.length === 0) {
            console.log('no client connections');
            return;
        }
        const now = Date.now();
        const rows = list.map((c) => [
            String(c.name),
            String(c.user ?? '-'),
            String(c.vhost ?? '-'),
            `${c.peer_host ?? '?'}:${c.peer_port ?? '?'}`,
            String(c.protocol ?? '-'),
            client(c.client_properties),
            String(c.state ?? '-'),
            String(c.channels ?? 0),
            typeof c.connected_at === 'number' ? age((now - c.connected_at) / 1000) : '-',
        ]);
        console.log(table(['name', 'user', 'vhost', 'peer', 'protocol', 'client', 'state', 'channels', 'for'], rows, [7, 8]));
    });
}
export function channelsCommand(opts) {
    return run(opts, async (api) => {
        const list = (await api.get('/api/channels'));
        if (opts.json)
            return printJson(list);
        if (list.length === 0) {
            console.log('no open channels');
            return;
        }
        const mode = (c) => (c.transactional ? 'tx' : c.confirm ? 'confirm' : '-');
        const rows = list.map((c) => [
            String(c.name),
            String(c.user ?? '-'),
            String(c.vhost ?? '-'),
            mode(c),
            String(c.prefetch_count ?? 0),
            String(c.consumer_count ?? 0),
            String(c.messages_unacknowledged ?? 0),
        ]);
        console.log(table(['name', 'user', 'vhost', 'mode', 'prefetch', 'consumers', 'unacked'], rows, [4, 5, 6]));
    });
}
//# sourceMappingURL=connections.js.map