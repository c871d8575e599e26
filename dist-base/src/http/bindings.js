// Bindings, RabbitMQ's shape; the default exchange's implicit binding to every queue
// is listed as RabbitMQ lists it.
import { createHash } from 'node:crypto';
import { listedVhosts } from './access.js';
import { exchangeOf, queueOf, vhostOf } from './lookup.js';
import { notFound } from './json.js';
/** RabbitMQ's properties_key: the quoted routing key ('~' when empty), plus a hash of the arguments. */
export function propertiesKey(routingKey, args) {
    const key = routingKey === '' ? '~' : encodeURIComponent(routingKey).replace(/%20/g, '+');
    if (Object.keys(args).length === 0)
        return key;
    const hash = createHash('sha256')
        .update(JSON.stringify(args, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)))
        .digest('base64url')
        .slice(0, 22);
    return `${key}~${hash}`;
}
function bindingJson(vhost, b) {
    return {
        source: b.source.name,
        vhost,
        destination: b.destination.name,
        destination_type: b.destination.kind,
        routing_key: b.routingKey,
        arguments: b.arguments,
        properties_key: propertiesKey(b.routingKey, b.arguments),
    };
}
function defaultBinding(vhost, q) {
    return {
        source: '',
        vhost,
        destination: q.name,
        destination_type: 'queue',
        routing_key: q.name,
        arguments: {},
        properties_key: propertiesKey(q.name, {}),
    };
}
function vhostBindings(v) {
    const out = [...v.queues.values()].map((q) => defaultBinding(v.name, q));
    for (const ex of v.exchanges.values())
        for (const b of ex.bindings)
            out.push(bindingJson(v.name, b));
    return out;
}
function sourceBindings(v, ex) {
    if (ex.name === '')
        return [...v.queues.values()].map((q) => defaultBinding(v.name, q));
    return Array.from(ex.bindings, (b) => bindingJson(v.name, b));
}
// From the index of the queue's sources: a listing costs the queue's own bindings, not
// every binding of the vhost.
function queueBindings(v, q) {
    const out = [defaultBinding(v.name, q)];
    for (const b of v.bindingIndex.to(q))
        out.push(bindingJson(v.name, b));
    return out;
}
/** Bindings from `source` to the queue or exchange `dest` (RabbitMQ's /api/bindings/{vhost}/e/{s}/{q|e}/{d}). */
function between(ctx, kind) {
    const v = vhostOf(ctx.broker, ctx.params.vhost);
    const source = exchangeOf(v, ctx.params.source);
    const dest = kind === 'q' ? queueOf(v, ctx.params.dest) : exchangeOf(v, ctx.params.dest);
    if (source.name === '')
        return dest.kind === 'queue' ? [defaultBinding(v.name, dest)] : [];
    return Array.from(source.bindingsTo(dest), (b) => bindingJson(v.name, b));
}
/** The one binding whose properties_key is `props` (where a 201 Location points). */
function oneBinding(ctx, kind) {
    const b = between(ctx, kind).find((x) => x.properties_key === ctx.params.props);
    if (!b)
        throw notFound();
    return b;
}
export const bindingRoutes = [
    ['GET', '/api/bindings/:vhost/e/:source/q/:dest', (ctx) => between(ctx, 'q')],
    ['GET', '/api/bindings/:vhost/e/:source/e/:dest', (ctx) => between(ctx, 'e')],
    ['GET', '/api/bindings/:vhost/e/:source/q/:dest/:props', (ctx) => oneBinding(ctx, 'q')],
    ['GET', '/api/bindings/:vhost/e/:source/e/:dest/:props', (ctx) => oneBinding(ctx, 'e')],
    ['GET', '/api/bindings', (ctx) => listedVhosts(ctx).flatMap(vhostBindings)],
    ['GET', '/api/bindings/:vhost', (ctx) => vhostBindings(vhostOf(ctx.broker, ctx.params.vhost))],
    [
        'GET',
        '/api/queues/:vhost/:name/bindings',
        (ctx) => {
            const v = vhostOf(ctx.broker, ctx.params.vhost);
            return queueBindings(v, queueOf(v, ctx.params.name));
        },
    ],
    [
        'GET',
        '/api/exchanges/:vhost/:name/bindings/source',
        (ctx) => {
            const v = vhostOf(ctx.broker, ctx.params.vhost);
            return sourceBindings(v, exchangeOf(v, ctx.params.name));
        },
    ],
];
//# sourceMappingURL=bindings.js.map