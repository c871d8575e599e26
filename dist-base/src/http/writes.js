// Creating and deleting queues, exchanges and bindings, and closing connections, in
// RabbitMQ's management API shapes. Every change goes through the VHost calls AMQP
// uses (declareQueue, deleteQueue, declareExchange, ...), so durable objects are
// recorded in the definitions log exactly as if a client had declared them.
// As RabbitMQ: 201 when a PUT or binding POST creates something, 204 when it was there.
import { AccessRefused, BrokerError } from '../broker/index.js';
import { accessIn, accessRefused, asUser } from './access.js';
import { propertiesKey } from './bindings.js';
import { asObject, badRequest, HttpError, notFound } from './json.js';
import { exchangeName, exchangeOf, queueOf, vhostOf } from './lookup.js';
import { CREATED, CreatedAt, NO_CONTENT } from './router.js';
import { userRoutes } from './users.js';
function flag(body, key, dflt) {
    const v = body[key];
    if (v === undefined)
        return dflt;
    if (typeof v !== 'boolean')
        throw badRequest(`'${key}' must be true or false`);
    return v;
}
function argsOf(body) {
    const v = body.arguments;
    if (v === undefined || v === null)
        return {};
    if (typeof v !== 'object' || Array.isArray(v))
        throw badRequest("'arguments' must be a JSON object");
    return v;
}
/**
 * RabbitMQ answers a refused operation on a system exchange 403 access_refused; a
 * permission refusal (the request's user lacks configure, write or read) 401.
 */
function refusedAs403(fn) {
    try {
        return fn();
    }
    catch (err) {
        if (err instanceof AccessRefused)
            throw accessRefused();
        if (err instanceof BrokerError && err.code === 'ACCESS_REFUSED') {
            throw new HttpError(403, 'access_refused', err.message);
        }
        throw err;
    }
}
function boolQuery(ctx, key) {
    return ctx.query.get(key) === 'true';
}
// ---- queues ------------------------------------------------------------------
async function putQueue(ctx) {
    const v = vhostOf(ctx.broker, ctx.params.vhost);
    const body = asObject(await ctx.body());
    if (body.exclusive === true)
        throw badRequest('exclusive queues cannot be declared over HTTP');
    ctx.broker.assertOpen();
    const existed = v.queues.has(ctx.params.name);
    asUser(() => v.declareQueue(ctx.params.name, {
        passive: false,
        durable: flag(body, 'durable', true),
        autoDelete: flag(body, 'auto_delete', false),
        exclusive: false,
        arguments: argsOf(body),
        access: accessIn(ctx, v),
    }), 'method');
    return existed ? NO_CONTENT : CREATED;
}
function deleteQueue(ctx) {
    const v = vhostOf(ctx.broker, ctx.params.vhost);
    const q = queueOf(v, ctx.params.name);
    ctx.broker.assertOpen();
    asUser(() => accessIn(ctx, v).check('configure', 'queue', q.name), 'method');
    v.deleteQueue(q.name, boolQuery(ctx, 'if-unused'), boolQuery(ctx, 'if-empty'), q.options.owner);
    return NO_CONTENT;
}
// ---- exchanges ---------------------------------------------------------------
async function putExchange(ctx) {
    const v = vhostOf(ctx.broker, ctx.params.vhost);
    const body = asObject(await ctx.body());
    const type = body.type;
    if (typeof type !== 'string' || type === '')
        throw badRequest("'type' is required");
    const options = {
        durable: flag(body, 'durable', true),
        autoDelete: flag(body, 'auto_delete', false),
        internal: flag(body, 'internal', false),
        arguments: argsOf(body),
    };
    ctx.broker.assertOpen();
    const existed = v.exchanges.has(exchangeName(ctx.params.name));
    refusedAs403(() => v.declareExchange(exchangeName(ctx.params.name), type, options, false, accessIn(ctx, v)));
    return existed ? NO_CONTENT : CREATED;
}
function deleteExchange(ctx) {
    const v = vhostOf(ctx.broker, ctx.params.vhost);
    const ex = exchangeOf(v, ctx.params.name);
    ctx.broker.assertOpen();
    refusedAs403(() => v.deleteExchange(ex.name, boolQuery(ctx, 'if-unused'), accessIn(ctx, v)));
    return NO_CONTENT;
}
// ---- bindings ----------------------------------------------------------------
async function bindingBody(ctx) {
    const body = asObject(await ctx.body());
    const rk = body.routing_key ?? '';
    if (typeof rk !== 'string' || Buffer.byteLength(rk) > 255) {
        throw badRequest("'routing_key' must be a string of at most 255 bytes");
    }
    return [rk, argsOf(body)];
}
async function bindToQueue(ctx) {
    const v = vhostOf(ctx.broker, ctx.params.vhost);
    const [rk, args] = await bindingBody(ctx);
    const source = exchangeOf(v, ctx.params.source);
    const q = queueOf(v, ctx.params.queue);
    ctx.broker.assertOpen();
    refusedAs403(() => {
        accessIn(ctx, v).bind('queue', q.name, source.name, source, rk);
        v.bindQueue(q.name, source.name, rk, args, q.options.owner);
    });
    return bindingLocation(v.name, source.name, 'q', q.name, rk, args);
}
async function bindToExchange(ctx) {
    const v = vhostOf(ctx.broker, ctx.params.vhost);
    const [rk, args] = await bindingBody(ctx);
    const source = exchangeOf(v, ctx.params.source);
    const dest = exchangeOf(v, ctx.params.destination);
    ctx.broker.assertOpen();
    refusedAs403(() => {
        accessIn(ctx, v).bind('exchange', dest.name, source.name, source, rk);
        v.bindExchange(dest.name, source.name, rk, args);
    });
    return bindingLocation(v.name, source.name, 'e', dest.name, rk, args);
}
/** Where the new binding can be read and deleted, as RabbitMQ's Location header names it. */
function bindingLocation(vhost, source, kind, dest, rk, args) {
    const parts = [vhost, source || 'amq.default', kind, dest, propertiesKey(rk, args)].map(encodeURIComponent);
    return new CreatedAt(`/api/bindings/${parts[0]}/e/${parts[1]}/${parts[2]}/${parts[3]}/${parts[4]}`);
}
/** The binding from `source` to `dest` whose properties_key (as GET lists it) is `props`. */
function bindingNamed(source, dest, props) {
    for (const b of source.bindingsTo(dest)) {
        if (propertiesKey(b.routingKey, b.arguments) === props)
            return b;
    }
    throw notFound();
}
function unbindQueue(ctx) {
    const v = vhostOf(ctx.broker, ctx.params.vhost);
    const source = exchangeOf(v, ctx.params.source);
    const q = queueOf(v, ctx.params.queue);
    if (source.name === '')
        throw new HttpError(403, 'access_refused', 'operation not permitted on the default exchange');
    const b = bindingNamed(source, q, ctx.params.props);
    ctx.broker.assertOpen();
    refusedAs403(() => {
        accessIn(ctx, v).bind('queue', q.name, source.name, source, b.routingKey);
        v.unbindQueue(q.name, source.name, b.routingKey, b.arguments, q.options.owner);
    });
    return NO_CONTENT;
}
function unbindExchange(ctx) {
    const v = vhostOf(ctx.broker, ctx.params.vhost);
    const source = exchangeOf(v, ctx.params.source);
    const dest = exchangeOf(v, ctx.params.destination);
    const b = bindingNamed(source, dest, ctx.params.props);
    ctx.broker.assertOpen();
    refusedAs403(() => {
        accessIn(ctx, v).bind('exchange', dest.name, source.name, source, b.routingKey);
        v.unbindExchange(dest.name, source.name, b.routingKey, b.arguments);
    });
    return NO_CONTENT;
}
// ---- connections -------------------------------------------------------------
function closeConnection(ctx) {
    const s = [...ctx.broker.sessions].find((x) => x.id === ctx.params.name);
    if (!s)
        throw notFound();
    const reason = ctx.req.headers['x-reason'];
    s.close(typeof reason === 'string' && reason !== '' ? reason : 'Closed via management API');
    return NO_CONTENT;
}
export const writeRoutes = [
    ['PUT', '/api/queues/:vhost/:name', putQueue],
    ['DELETE', '/api/queues/:vhost/:name', deleteQueue],
    ['PUT', '/api/exchanges/:vhost/:name', putExchange],
    ['DELETE', '/api/exchanges/:vhost/:name', deleteExchange],
    ['POST', '/api/bindings/:vhost/e/:source/q/:queue', bindToQueue],
    ['POST', '/api/bindings/:vhost/e/:source/e/:destination', bindToExchange],
    ['DELETE', '/api/bindings/:vhost/e/:source/q/:queue/:props', unbindQueue],
    ['DELETE', '/api/bindings/:vhost/e/:source/e/:destination/:props', unbindExchange],
    ['DELETE', '/api/connections/:name', closeConnection],
    ...userRoutes,
];
//# sourceMappingURL=writes.js.map