// GET /api/connections and /api/channels (also per vhost), from the sessions the fronts
// register; monitors and administrators see every user's, others their own.
import type { ChannelInfo, SessionInfo } from '../broker/index.js';
import { seesSessionsOf } from './access.js';
import { notFound } from './json.js';
import { nodeName } from './overview.js';
import type { Context, Route } from './router.js';

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

/** The sessions the request may see, in the path's vhost when it names one. */
function sessions(ctx: Context): SessionInfo[] {
  const vhost = ctx.params.vhost;
  if (vhost !== undefined && !ctx.broker.vhosts.has(vhost)) throw notFound();
  return [...ctx.broker.sessions].filter(
    (s) => seesSessionsOf(ctx, s.user) && (vhost === undefined || s.vhost === vhost),
  );
}

const channelsOf = (ctx: Context) =>
  sessions(ctx).flatMap((s) => s.channels().map((ch) => channelJson(s, ch)));

export const connectionRoutes: Route[] = [
  ['GET', '/api/connections', (ctx) => sessions(ctx).map(connectionJson)],
  ['GET', '/api/vhosts/:vhost/connections', (ctx) => sessions(ctx).map(connectionJson)],
  ['GET', '/api/channels', channelsOf],
  ['GET', '/api/vhosts/:vhost/channels', channelsOf],
];
