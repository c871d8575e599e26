// Streams and consumer groups as every front sees them (docs/architecture.md "Streams in the engine"):
// GET /api/streams[/:vhost[/:name]] lists streams with their partitions' offsets, sizes and append rates;
// GET /api/stream-groups[/:vhost[/:group]] lists consumer groups with their lag: committed offsets (Kafka,
// kind `committed-offset`) and pending-entry-list groups (Redis XREADGROUP, kind `pending-list`, with their
// pending entries and consumers). Read-only: streams
// are made and deleted through a front, or as stream queues (PUT /api/queues) and super stream exchanges.
import { groupLags, pendingGroupLags, } from '../broker/index.js';
import { listedVhosts } from './access.js';
import { notFound } from './json.js';
import { vhostOf } from './lookup.js';
import { listWithQuery } from './pagination.js';
function partitionJson(ctx, p) {
    return {
        partition: p.index,
        queue: p.name,
        messages: p.count,
        message_bytes: p.bytes,
        first_offset: p.firstOffset,
        next_offset: p.nextOffset,
        high_watermark: p.highWatermark,
        consumers: p.queue.consumers.length,
        // offsets appended per second (a sample of its own: the queue listing's has other counters)
        message_stats: ctx.rates.withRates(`stream\u0000${p.vhost}\u0000${p.name}`, {
            publish: p.queue.stats.publish,
        }),
    };
}
function streamJson(ctx, s) {
    let messages = 0;
    let bytes = 0;
    for (const p of s.partitions) {
        messages += p.count;
        bytes += p.bytes;
    }
    return {
        name: s.name,
        vhost: s.vhost,
        super_stream: s.superStream,
        partitions: s.partitions.length,
        // retention and a front's settings, as the stream queues were declared (or changed: PUT /api/streams)
        arguments: s.partitions[0].queue.options.arguments,
        messages,
        message_bytes: bytes,
        partition_details: s.partitions.map((p) => partitionJson(ctx, p)),
    };
}
function streamsJson(ctx, vhosts) {
    const all = vhosts.flatMap((v) => ctx.broker.streams(v.name).list());
    return listWithQuery(ctx.query, all, {
        name: (s) => s.name,
        field: (s, f) => (s === undefined ? undefined : streamJson(ctx, s)[f]),
        json: (s) => streamJson(ctx, s),
    });
}
function groupsJson(ctx, vhosts, group) {
    return vhosts.flatMap((v) => [
        ...groupLags(ctx.broker.groupOffsets, ctx.broker.streams(v.name), v.name, group).map((e) => ({
            vhost: v.name,
            group: e.group,
            kind: 'committed-offset',
            stream: e.stream,
            partition: e.partition,
            committed_offset: e.offset,
            metadata: e.metadata,
            committed_at: new Date(e.time).toISOString(),
            lag: e.lag ?? null,
        })),
        ...pendingGroupLags(ctx.broker.streamGroups, ctx.broker.streams(v.name), v.name, group).map((e) => ({
            vhost: v.name,
            group: e.group,
            kind: 'pending-list',
            stream: e.stream,
            partition: e.partition,
            last_delivered_offset: e.lastDelivered,
            pending: e.pending,
            consumers: e.consumers,
            lag: e.lag ?? null,
        })),
    ]);
}
export const streamRoutes = [
    ['GET', '/api/streams', (ctx) => streamsJson(ctx, listedVhosts(ctx))],
    ['GET', '/api/streams/:vhost', (ctx) => streamsJson(ctx, [vhostOf(ctx.broker, ctx.params.vhost)])],
    [
        'GET',
        '/api/streams/:vhost/:name',
        (ctx) => {
            const v = vhostOf(ctx.broker, ctx.params.vhost);
            const s = ctx.broker.streams(v.name).get(ctx.params.name);
            if (s === undefined)
                throw notFound();
            return streamJson(ctx, s);
        },
    ],
    ['GET', '/api/stream-groups', (ctx) => groupsJson(ctx, listedVhosts(ctx))],
    ['GET', '/api/stream-groups/:vhost', (ctx) => groupsJson(ctx, [vhostOf(ctx.broker, ctx.params.vhost)])],
    [
        'GET',
        '/api/stream-groups/:vhost/:group',
        (ctx) => {
            const v = vhostOf(ctx.broker, ctx.params.vhost);
            const rows = groupsJson(ctx, [v], ctx.params.group);
            if (rows.length === 0)
                throw notFound();
            return rows;
        },
    ],
];
//# sourceMappingURL=streams.js.map