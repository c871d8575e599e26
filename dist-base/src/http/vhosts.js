import { parseTags } from '../broker/identity/users.js';
import { actor, visibleVhosts } from './access.js';
import { asObject, badRequest, notFound } from './json.js';
import { messageTotals } from './overview.js';
import { CREATED, NO_CONTENT } from './router.js';
export function vhostJson(v) {
    const meta = { description: v.description, tags: [...v.tags] };
    if (v.defaultQueueType !== undefined)
        meta.default_queue_type = v.defaultQueueType;
    return {
        name: v.name,
        description: v.description,
        tags: [...v.tags],
        ...(v.defaultQueueType === undefined ? {} : { default_queue_type: v.defaultQueueType }),
        metadata: meta,
        tracing: false,
        ...messageTotals(v.queues.values()),
    };
}
function vhostNamed(ctx) {
    const v = ctx.broker.vhost(ctx.params.vhost);
    if (!v)
        throw notFound();
    return v;
}
async function putVhost(ctx) {
    const body = asObject(await ctx.body());
    const { description } = body;
    // the management UI sends defaultqueuetype; definitions and newer APIs default_queue_type
    const qtype = body.default_queue_type ?? body.defaultqueuetype;
    const tags = body.tags === undefined ? undefined : parseTags(body.tags);
    if (description !== undefined && typeof description !== 'string') {
        throw badRequest("'description' must be a string");
    }
    if (body.tags !== undefined && tags === undefined)
        throw badRequest("'tags' must be a list or a string");
    if (qtype !== undefined && typeof qtype !== 'string')
        throw badRequest("'default_queue_type' must be a string");
    const r = ctx.broker.putVhost(ctx.params.vhost, { description, tags, defaultQueueType: qtype }, actor(ctx));
    return r === 'created' ? CREATED : NO_CONTENT;
}
function deleteVhost(ctx) {
    vhostNamed(ctx);
    ctx.broker.deleteVhost(ctx.params.vhost, actor(ctx));
    return NO_CONTENT;
}
export const vhostRoutes = [
    ['GET', '/api/vhosts', (ctx) => visibleVhosts(ctx).map(vhostJson)],
    ['GET', '/api/vhosts/:vhost', (ctx) => vhostJson(vhostNamed(ctx))],
    ['PUT', '/api/vhosts/:vhost', putVhost],
    ['DELETE', '/api/vhosts/:vhost', deleteVhost],
];
//# sourceMappingURL=vhosts.js.map