import { DEATH_REASONS, replayDeadLetters, } from '../broker/dead-letters/dead-letter-replay.js';
import { accessIn, asUser } from './access.js';
import { asObject, badRequest } from './json.js';
import { exchangeName, queueOf, vhostOf } from './lookup.js';
/** The request body as ReplayOptions, or 400. */
export function replayOptions(body) {
    const req = asObject(body);
    const opts = {};
    if (req.count !== undefined) {
        if (typeof req.count !== 'number' || !Number.isInteger(req.count) || req.count < 1) {
            throw badRequest("'count' must be a positive integer");
        }
        opts.count = req.count;
    }
    if (req.reason !== undefined) {
        if (typeof req.reason !== 'string' || !DEATH_REASONS.includes(req.reason)) {
            throw badRequest(`'reason' must be one of ${DEATH_REASONS.join(', ')}`);
        }
        opts.reason = req.reason;
    }
    if (req.header !== undefined) {
        const h = asObject(req.header);
        if (typeof h.name !== 'string' || h.name === '')
            throw badRequest("'header.name' must be a string");
        if (!['string', 'number', 'boolean'].includes(typeof h.value)) {
            throw badRequest("'header.value' must be a string, number or boolean");
        }
        opts.header = { name: h.name, value: h.value };
    }
    if (req.target !== undefined) {
        const t = asObject(req.target);
        const rk = t.routing_key ?? '';
        if (typeof t.exchange !== 'string')
            throw badRequest("'target.exchange' must be a string");
        if (typeof rk !== 'string' || Buffer.byteLength(rk) > 255) {
            throw badRequest("'target.routing_key' must be a string of at most 255 bytes");
        }
        opts.target = { exchange: exchangeName(t.exchange), routingKey: rk };
    }
    return opts;
}
async function replay(ctx) {
    const v = vhostOf(ctx.broker, ctx.params.vhost);
    const q = queueOf(v, ctx.params.name);
    const opts = replayOptions(await ctx.body());
    if (opts.target && !v.exchanges.has(opts.target.exchange)) {
        throw badRequest(`no exchange '${opts.target.exchange}' in vhost '${v.name}'`);
    }
    // moving messages out of a queue into an exchange: read the one, write the other
    asUser(() => {
        const access = accessIn(ctx, v);
        access.check('read', 'queue', q.name);
        if (opts.target)
            access.check('write', 'exchange', opts.target.exchange);
    });
    return replayDeadLetters(ctx.broker, v.name, q.name, opts);
}
export const replayRoutes = [['POST', '/api/queues/:vhost/:name/replay', replay]];
//# sourceMappingURL=replay.js.map