// GET /api/connections and /api/channels, from the sessions the fronts register.
import type { ChannelInfo, SessionInfo } from '../broker/index.js';
import { nodeName } from './overview.js';
import type { Route } from './router.js';

/** RabbitMQ names a connection "<peer> -> <local>"; the local address is not known here. */
function connectionName(s: SessionInfo): string {
  return s.id;
}

function connectionJson(s: SessionInfo): unknown {
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

function channelJson(s: SessionInfo, ch: ChannelInfo): unknown {
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

export const connectionRoutes: Route[] = [
  ['GET', '/api/connections', (ctx) => [...ctx.broker.sessions].map(connectionJson)],
  [
    'GET',
    '/api/channels',
    (ctx) => [...ctx.broker.sessions].flatMap((s) => s.channels().map((ch) => channelJson(s, ch))),
  ],
];
