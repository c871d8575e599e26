// Managing streams (Kafka topics) and consumer groups over HTTP, for `wharf topics` and `wharf groups`:
//   PUT    /api/streams/{vhost}/{name}   create (201) or change (204): partitions (grow only), retention,
//                                        segment size, a front's x-kafka-* arguments (null removes one)
//   DELETE /api/streams/{vhost}/{name}   the stream's queues, data and committed group offsets
//   GET    /api/consumer-groups[/{vhost}[/{group}]]   groups with committed offsets or live members: state,
//                                        members and assignments (from the fronts' group directories), and per
//                                        partition committed offset, log end and lag
//   POST   /api/consumer-groups/{vhost}/{group}/reset-offsets   kafka-consumer-groups.sh --reset-offsets:
//                                        to earliest, latest, a datetime, an offset or shifted; a plan unless
//                                        `execute`; refused (409) while the group has members
// Everything goes through the engine (StreamRegistry, group offsets) with the request user's permissions.
import { AccessRefused, BrokerError, groupLags, } from '../broker/index.js';
import { accessIn, accessRefused, listedVhosts } from './access.js';
import { asObject, badRequest, HttpError, notFound } from './json.js';
import { vhostOf } from './lookup.js';
import { CREATED, NO_CONTENT } from './router.js';
function engine(fn) {
    try {
        return fn();
    }
    catch (err) {
        if (err instanceof AccessRefused)
            throw accessRefused();
        if (err instanceof BrokerError) {
            if (err.code === 'NOT_FOUND')
                throw notFound();
            if (err.code === 'ACCESS_REFUSED')
                throw new HttpError(403, 'access_refused', err.message);
            if (err.code === 'PRECONDITION_FAILED')
                throw badRequest(err.message);
        }
        throw err;
    }
}
/** A positive integer, null (remove) or absent. */
function setting(body, key) {
    const v = body[key];
    if (v === undefined || v === null)
        return v;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1)
        throw badRequest(`'${key}' must be a positive integer or null`);
    return v;
}
function changeOf(body) {
    const args = body.arguments;
    if (args !== undefined && (typeof args !== 'object' || args === null || Array.isArray(args)))
        throw badRequest("'arguments' must be a JSON object");
    return {
        maxAgeMs: setting(body, 'max_age_ms'),
        maxBytes: setting(body, 'max_length_bytes'),
        segmentSize: setting(body, 'segment_size_bytes'),
        arguments: args,
    };
}
async function putStream(ctx) {
    const v = vhostOf(ctx.broker, ctx.params.vhost);
    const body = asObject(await ctx.body());
    ctx.broker.assertOpen();
    const registry = ctx.broker.streams(v.name);
    const access = accessIn(ctx, v);
    const partitions = setting(body, 'partitions');
    const change = changeOf(body);
    const name = ctx.params.name;
    const s = registry.get(name);
    if (s === undefined) {
        const args = {};
        for (const [k, x] of Object.entries(change.arguments ?? {}))
            if (x !== null)
                args[k] = x;
        engine(() => registry.create(name, {
            partitions: partitions ?? 1,
            maxAgeMs: change.maxAgeMs ?? undefined,
            maxBytes: change.maxBytes ?? undefined,
            segmentSize: change.segmentSize ?? undefined,
            arguments: args,
        }, access));
        return CREATED;
    }
    if (typeof partitions === 'number' && partitions < s.partitions.length)
        throw badRequest(`stream '${name}' has ${s.partitions.length} partitions; they cannot be fewer`);
    const touched = change.maxAgeMs !== undefined ||
        change.maxBytes !== undefined ||
        change.segmentSize !== undefined ||
        change.arguments !== undefined;
    if (touched)
        engine(() => registry.configure(name, change, access));
    if (typeof partitions === 'number' && partitions > s.partitions.length)
        engine(() => registry.addPartitions(name, partitions, access));
    return NO_CONTENT;
}
function deleteStream(ctx) {
    const v = vhostOf(ctx.broker, ctx.params.vhost);
    ctx.broker.assertOpen();
    const registry = ctx.broker.streams(v.name);
    const s = registry.get(ctx.params.name);
    if (s === undefined)
        throw notFound();
    const access = accessIn(ctx, v);
    engine(() => {
        for (const p of s.partitions)
            access.check('configure', 'queue', p.name);
        registry.delete(s.name);
    });
    return NO_CONTENT;
}
function liveGroups(ctx, vhost) {
    const out = new Map();
    for (const d of ctx.broker.groupDirectories)
        for (const g of d.groups(vhost))
            out.set(g.group, g);
    return out;
}
function groupsJson(ctx, v, only) {
    const live = liveGroups(ctx, v.name);
    const streams = ctx.broker.streams(v.name);
    const rows = new Map();
    const rowsOf = (g) => {
        let r = rows.get(g);
        if (r === undefined)
            rows.set(g, (r = []));
        return r;
    };
    for (const e of groupLags(ctx.broker.groupOffsets, streams, v.name, only)) {
        const p = streams.get(e.stream)?.partition(e.partition);
        rowsOf(e.group).push({
            stream: e.stream,
            partition: e.partition,
            committed_offset: e.offset,
            log_start_offset: p?.firstOffset ?? null,
            log_end_offset: p?.highWatermark ?? null,
            lag: e.lag ?? null,
            member: null,
        });
    }
    for (const g of live.values()) {
        if (only !== undefined && g.group !== only)
            continue;
        const list = rowsOf(g.group);
        for (const m of g.members) {
            for (const a of m.assignment) {
                for (const partition of a.partitions) {
                    let row = list.find((r) => r.stream === a.stream && r.partition === partition);
                    if (row === undefined) {
                        const p = streams.get(a.stream)?.partition(partition);
                        row = {
                            stream: a.stream,
                            partition,
                            committed_offset: null,
                            log_start_offset: p?.firstOffset ?? null,
                            log_end_offset: p?.highWatermark ?? null,
                            lag: null,
                            member: null,
                        };
                        list.push(row);
                    }
                    row.member = m.memberId;
                }
            }
        }
    }
    const out = [];
    for (const [group, partitions] of [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const g = live.get(group);
        partitions.sort((a, b) => a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : a.partition - b.partition);
        out.push({
            vhost: v.name,
            group,
            state: g?.state ?? 'Empty',
            protocol_type: g?.protocolType ?? null,
            protocol: g?.protocol ?? null,
            members: (g?.members ?? []).map((m) => ({
                member_id: m.memberId,
                instance_id: m.instanceId,
                client_id: m.clientId,
                host: m.host,
                assignment: m.assignment,
            })),
            lag: partitions.reduce((n, r) => n + (r.lag ?? 0), 0),
            partitions,
        });
    }
    return out;
}
/** The offset a reset moves one partition to, clamped to what the partition holds (as Kafka does). */
function target(how, value, current, p) {
    const clamp = (o) => Math.min(Math.max(o, p.firstOffset), p.highWatermark);
    switch (how) {
        case 'earliest':
            return p.firstOffset;
        case 'latest':
            return p.highWatermark;
        case 'datetime': {
            const ts = typeof value === 'number' ? value : Date.parse(String(value));
            if (!Number.isFinite(ts))
                throw badRequest(`'value' must be a date and time for to=datetime`);
            return clamp(p.offsetForTimestamp(ts));
        }
        case 'offset':
            if (!Number.isSafeInteger(value))
                throw badRequest(`'value' must be an offset for to=offset`);
            return clamp(value);
        case 'shift-by':
            if (!Number.isSafeInteger(value))
                throw badRequest(`'value' must be a whole number for to=shift-by`);
            // no committed offset: shift from the log end, as kafka-consumer-groups.sh's default reset does
            return clamp((current ?? p.highWatermark) + value);
        default:
            throw badRequest(`'to' must be earliest, latest, datetime, offset or shift-by`);
    }
}
async function resetOffsets(ctx) {
    const v = vhostOf(ctx.broker, ctx.params.vhost);
    const body = asObject(await ctx.body());
    ctx.broker.assertOpen();
    const group = ctx.params.group;
    const access = accessIn(ctx, v);
    engine(() => access.check('read', 'queue', group));
    const live = liveGroups(ctx, v.name).get(group);
    if (live !== undefined && live.members.length > 0 && body.execute === true)
        throw new HttpError(409, 'conflict', `Assignments can only be reset if the group '${group}' is inactive, but the current state is ${live.state}.`);
    const offsets = ctx.broker.groupOffsets;
    const streams = ctx.broker.streams(v.name);
    const topic = body.stream;
    if (topic !== undefined && typeof topic !== 'string')
        throw badRequest("'stream' must be a string");
    const wanted = body.partitions;
    if (wanted !== undefined && !(Array.isArray(wanted) && wanted.every((x) => Number.isInteger(x))))
        throw badRequest("'partitions' must be a list of partition numbers");
    // the partitions: those of `stream` (all, or the listed ones), else every partition the group committed
    const targets = [];
    if (typeof topic === 'string') {
        const s = streams.get(topic);
        if (s === undefined)
            throw notFound();
        for (const p of s.partitions)
            if (wanted === undefined || wanted.includes(p.index))
                targets.push({ stream: topic, partition: p.index });
    }
    else {
        for (const e of offsets.offsetsOf(v.name, group))
            targets.push({ stream: e.stream, partition: e.partition });
        if (targets.length === 0)
            throw notFound();
        // the store lists them in commit order: the plan reads by topic and partition
        targets.sort((a, b) => (a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : a.partition - b.partition));
    }
    const how = String(body.to);
    const plan = targets.flatMap(({ stream, partition }) => {
        const p = streams.get(stream)?.partition(partition);
        if (p === undefined)
            return [];
        engine(() => access.check('read', 'queue', p.name));
        const current = offsets.fetch(v.name, group, stream, partition);
        return [
            {
                stream,
                partition,
                previous_offset: current?.offset ?? null,
                new_offset: target(how, body.value, current?.offset, p),
                metadata: current?.metadata ?? '',
            },
        ];
    });
    if (body.execute === true) {
        for (const x of plan)
            offsets.commit(v.name, group, x.stream, x.partition, x.new_offset, x.metadata);
        await offsets.syncPromise();
    }
    return plan.map(({ metadata: _metadata, ...x }) => ({ ...x, executed: body.execute === true }));
}
export const streamAdminRoutes = [
    ['PUT', '/api/streams/:vhost/:name', putStream],
    ['DELETE', '/api/streams/:vhost/:name', deleteStream],
    ['GET', '/api/consumer-groups', (ctx) => listedVhosts(ctx).flatMap((v) => groupsJson(ctx, v))],
    ['GET', '/api/consumer-groups/:vhost', (ctx) => groupsJson(ctx, vhostOf(ctx.broker, ctx.params.vhost))],
    [
        'GET',
        '/api/consumer-groups/:vhost/:group',
        (ctx) => {
            const [g] = groupsJson(ctx, vhostOf(ctx.broker, ctx.params.vhost), ctx.params.group);
            if (g === undefined)
                throw notFound();
            return g;
        },
    ],
    ['POST', '/api/consumer-groups/:vhost/:group/reset-offsets', resetOffsets],
];
//# sourceMappingURL=stream-admin.js.map