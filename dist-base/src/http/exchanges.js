import { BrokerError } from '../broker/index.js';
import { asObject, badRequest } from './json.js';
import { accessIn, asUser, listedVhosts } from './access.js';
import { exchangeName, exchangeOf, vhostOf } from './lookup.js';
function exchangeJson(ex) {
    return {
        name: ex.name,
        vhost: ex.vhost,
        type: ex.type,
        durable: ex.options.durable,
        auto_delete: ex.options.autoDelete,
        internal: ex.options.internal,
        arguments: ex.options.arguments,
        // as RabbitMQ: the key is there only while a policy applies
        ...(ex.policy ? { policy: ex.policy.name } : {}),
    };
}
async function publish(ctx) {
    const v = vhostOf(ctx.broker, ctx.params.vhost);
    const ex = exchangeOf(v, ctx.params.name);
    const req = asObject(await ctx.body());
    const { routing_key: routingKey, payload } = req;
    const encoding = req.payload_encoding ?? 'string';
    if (typeof routingKey !== 'string' || Buffer.byteLength(routingKey) > 255) {
        throw badRequest("'routing_key' must be a string of at most 255 bytes");
    }
    if (typeof payload !== 'string')
        throw badRequest("'payload' must be a string");
    if (encoding !== 'string' && encoding !== 'base64') {
        throw badRequest("'payload_encoding' must be string or base64");
    }
    const props = asObject(req.properties ?? {});
    const properties = ctx.broker.config.format.encode(props);
    const expiration = props.expiration;
    if (expiration !== undefined && !(typeof expiration === 'string' && /^\d+$/.test(expiration))) {
        throw new BrokerError('PRECONDITION_FAILED', `invalid expiration '${String(expiration)}': no_integer`);
    }
    const msg = {
        exchange: exchangeName(ex.name),
        routingKey,
        properties,
        body: Buffer.from(payload, encoding === 'base64' ? 'base64' : 'utf8'),
        persistent: props.delivery_mode === 2,
        timestamp: Date.now(),
        ttl: typeof expiration === 'string' ? Number(expiration) : undefined,
        priority: typeof props.priority === 'number' ? props.priority : undefined,
    };
    ctx.broker.assertOpen();
    asUser(() => accessIn(ctx, v).publish(msg.exchange, routingKey, v.exchanges));
    // answered once the message is as safe as a publisher confirm would make it (its receipt)
    const receipts = ctx.broker.receipts;
    const { accepted, routed } = receipts.publish(v, msg);
    await receipts.synced();
    return { routed: accepted && routed > 0 };
}
export const exchangeRoutes = [
    [
        'GET',
        '/api/exchanges',
        (ctx) => listedVhosts(ctx).flatMap((v) => [...v.exchanges.values()].map(exchangeJson)),
    ],
    [
        'GET',
        '/api/exchanges/:vhost',
        (ctx) => [...vhostOf(ctx.broker, ctx.params.vhost).exchanges.values()].map(exchangeJson),
    ],
    [
        'GET',
        '/api/exchanges/:vhost/:name',
        (ctx) => exchangeJson(exchangeOf(vhostOf(ctx.broker, ctx.params.vhost), ctx.params.name)),
    ],
    ['POST', '/api/exchanges/:vhost/:name/publish', publish],
];
//# sourceMappingURL=exchanges.js.map