import { seesSessionsOf } from './access.js';
import { notFound } from './json.js';
import { nodeName } from './overview.js';
/** RabbitMQ names a connection "<peer> -> <local>"; the local address is not known here. */
function connectionName(s) {
    return s.id;
}
function connectionJson(s) {
    return {
        name: connectionName(s),
        node: nodeName(),
        type: 'network',
        protocol: s.protocol,
        user: s.user,
        vhost: s.vhost,
        state: s.state,
        peer_host: s.peerHost,
        peer_port: s.peerPort,
        connected_at: s.connectedAt,
        client_properties: s.clientProperties,
        frame_max: s.frameMax,
        timeout: s.heartbeat,
        channel_max: s.channelMax,
        channels: s.channels().length,
    };
}
function channelJson(s, ch) {
    const conn = connectionName(s);
    return {
        name: `${conn} (${ch.number})`,
        node: nodeName(),
        number: ch.number,
        connection_details: { name: conn, peer_host: s.peerHost, peer_port: s.peerPort },
        vhost: s.vhost,
        user: s.user,
        state: s.state,
        consumer_count: ch.consumers,
        messages_unacknowledged: ch.unacked,
        prefetch_count: ch.prefetch,
        confirm: ch.confirm,
        transactional: ch.transactional,
    };
}
/** The sessions the request may see, in the path's vhost when it names one. */
function sessions(ctx) {
    const vhost = ctx.params.vhost;
    if (vhost !== undefined && !ctx.broker.vhosts.has(vhost))
        throw notFound();
    return [...ctx.broker.sessions].filter((s) => seesSessionsOf(ctx, s.user) && (vhost === undefined || s.vhost === vhost));
}
const channelsOf = (ctx) => sessions(ctx).flatMap((s) => s.channels().map((ch) => channelJson(s, ch)));
export const connectionRoutes = [
    ['GET', '/api/connections', (ctx) => sessions(ctx).map(connectionJson)],
    ['GET', '/api/vhosts/:vhost/connections', (ctx) => sessions(ctx).map(connectionJson)],
    ['GET', '/api/channels', channelsOf],
    ['GET', '/api/vhosts/:vhost/channels', channelsOf],
];
//# sourceMappingURL=connections.js.map