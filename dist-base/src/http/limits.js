// Vhost and user limits over HTTP, in RabbitMQ's management API shapes:
// GET /api/vhost-limits[/{vhost}] -> [{vhost, value: {max-connections, max-queues}}],
// PUT/DELETE /api/vhost-limits/{vhost}/{name} ({value: n}); GET /api/user-limits
// [/{user}] -> [{user, value}], PUT/DELETE /api/user-limits/{user}/{name}. Writes are
// for administrators (access.ts); the engine validates with RabbitMQ's texts (limits.ts).
import { HttpError, notFound } from './json.js';
import { actor, visibleVhosts } from './access.js';
import { NO_CONTENT } from './router.js';
import { asBadRequest, bodyWith } from './decode.js';
const hasAny = (o) => Object.keys(o).length > 0;
function vhostLimits(ctx) {
    if (ctx.params.vhost !== undefined) {
        const v = ctx.broker.vhost(ctx.params.vhost);
        if (!v)
            throw notFound();
        return hasAny(v.limits) ? [{ vhost: v.name, value: { ...v.limits } }] : [];
    }
    return visibleVhosts(ctx)
        .filter((v) => hasAny(v.limits))
        .map((v) => ({ vhost: v.name, value: { ...v.limits } }));
}
function vhostOrNotFound(ctx) {
    const v = ctx.broker.vhost(ctx.params.vhost);
    if (!v)
        throw new HttpError(404, 'not_found', 'vhost_not_found');
    return v;
}
async function putVhostLimit(ctx) {
    const v = vhostOrNotFound(ctx);
    const body = await bodyWith(ctx, ['value']);
    ctx.broker.assertOpen();
    asBadRequest(() => ctx.broker.setVhostLimit(v, ctx.params.name, body.value, actor(ctx)));
    return NO_CONTENT;
}
function deleteVhostLimit(ctx) {
    const v = vhostOrNotFound(ctx);
    ctx.broker.assertOpen();
    ctx.broker.clearVhostLimit(v, ctx.params.name, actor(ctx));
    return NO_CONTENT;
}
function userLimits(ctx) {
    const users = ctx.broker.identity.users;
    if (ctx.params.user !== undefined) {
        const u = users.get(ctx.params.user);
        if (!u)
            throw notFound();
        return hasAny(u.limits) ? [{ user: u.name, value: { ...u.limits } }] : [];
    }
    return users
        .list()
        .filter((u) => hasAny(u.limits))
        .map((u) => ({ user: u.name, value: { ...u.limits } }));
}
function userOrNotFound(ctx) {
    if (!ctx.broker.identity.users.has(ctx.params.user))
        throw new HttpError(404, 'not_found', 'user_not_found');
    return ctx.params.user;
}
async function putUserLimit(ctx) {
    const user = userOrNotFound(ctx);
    const body = await bodyWith(ctx, ['value']);
    ctx.broker.assertOpen();
    asBadRequest(() => ctx.broker.identity.setUserLimit(user, ctx.params.name, body.value, actor(ctx)));
    return NO_CONTENT;
}
function deleteUserLimit(ctx) {
    const user = userOrNotFound(ctx);
    ctx.broker.assertOpen();
    ctx.broker.identity.clearUserLimit(user, ctx.params.name, actor(ctx));
    return NO_CONTENT;
}
export const limitRoutes = [
    ['GET', '/api/vhost-limits', vhostLimits],
    ['GET', '/api/vhost-limits/:vhost', vhostLimits],
    ['PUT', '/api/vhost-limits/:vhost/:name', putVhostLimit],
    ['DELETE', '/api/vhost-limits/:vhost/:name', deleteVhostLimit],
    ['GET', '/api/user-limits', userLimits],
    ['GET', '/api/user-limits/:user', userLimits],
    ['PUT', '/api/user-limits/:user/:name', putUserLimit],
    ['DELETE', '/api/user-limits/:user/:name', deleteUserLimit],
];
//# sourceMappingURL=limits.js.map