import { userJson } from '../broker/definitions/definitions-identity.js';
import { actor } from './access.js';
import { asBadRequest, bodyWith } from './decode.js';
import { asObject, badRequest, notFound } from './json.js';
import { limitRoutes } from './limits.js';
import { CREATED, NO_CONTENT } from './router.js';
import { vhostRoutes } from './vhosts.js';
function userNamed(ctx, name = ctx.params.name) {
    const u = ctx.broker.identity.users.get(name);
    if (!u)
        throw notFound();
    return u;
}
async function putUser(ctx) {
    const body = asObject(await ctx.body());
    ctx.broker.assertOpen();
    const r = asBadRequest(() => ctx.broker.identity.putUser(ctx.params.name, body, actor(ctx)));
    return r === 'created' ? CREATED : NO_CONTENT;
}
function deleteUser(ctx) {
    userNamed(ctx);
    ctx.broker.assertOpen();
    ctx.broker.identity.deleteUser(ctx.params.name, actor(ctx));
    return NO_CONTENT;
}
/** POST /api/users/bulk-delete {users: [...]}: names that do not exist are skipped. */
async function bulkDelete(ctx) {
    const body = await bodyWith(ctx, ['users']);
    if (!Array.isArray(body.users) || !body.users.every((u) => typeof u === 'string')) {
        throw badRequest("'users' must be a list of names");
    }
    ctx.broker.assertOpen();
    for (const name of body.users)
        ctx.broker.identity.deleteUser(name, actor(ctx));
    return NO_CONTENT;
}
function withoutPermissions(ctx) {
    const { users, permissions } = ctx.broker.identity;
    return users
        .list()
        .filter((u) => permissions.list({ user: u.name }).length === 0)
        .map(userJson);
}
// ---- permissions -------------------------------------------------------------------
function permission(ctx) {
    const { vhost, user } = ctx.params;
    const p = ctx.broker.identity.permissions.get(user, vhost);
    if (!p || !ctx.broker.vhosts.has(vhost))
        throw notFound();
    return { user, vhost, ...p };
}
async function putPermission(ctx) {
    const { vhost, user } = ctx.params;
    if (!ctx.broker.identity.users.has(user) || !ctx.broker.vhosts.has(vhost)) {
        throw badRequest('vhost_or_user_not_found');
    }
    const body = await bodyWith(ctx, ['configure', 'write', 'read']);
    ctx.broker.assertOpen();
    const spec = { configure: body.configure, write: body.write, read: body.read };
    const r = asBadRequest(() => ctx.broker.identity.setPermissions(user, vhost, spec, actor(ctx)));
    return r === 'created' ? CREATED : NO_CONTENT;
}
function deletePermission(ctx) {
    permission(ctx);
    ctx.broker.assertOpen();
    ctx.broker.identity.clearPermissions(ctx.params.user, ctx.params.vhost, actor(ctx));
    return NO_CONTENT;
}
function topicPermissions(ctx) {
    const { vhost, user } = ctx.params;
    if (!ctx.broker.identity.users.has(user) || !ctx.broker.vhosts.has(vhost))
        throw notFound();
    const list = ctx.broker.identity.permissions.listTopic({ user, vhost });
    if (list.length === 0)
        throw notFound();
    return list;
}
async function putTopicPermission(ctx) {
    const { vhost, user } = ctx.params;
    if (!ctx.broker.identity.users.has(user) || !ctx.broker.vhosts.has(vhost)) {
        throw badRequest('vhost_or_user_not_found');
    }
    const body = await bodyWith(ctx, ['exchange', 'write', 'read']);
    ctx.broker.assertOpen();
    const spec = { exchange: body.exchange, write: body.write, read: body.read };
    const r = asBadRequest(() => ctx.broker.identity.setTopicPermissions(user, vhost, spec, actor(ctx)));
    return r === 'created' ? CREATED : NO_CONTENT;
}
function deleteTopicPermissions(ctx) {
    topicPermissions(ctx);
    ctx.broker.assertOpen();
    const exchange = ctx.query.get('exchange') ?? undefined;
    ctx.broker.identity.clearTopicPermissions(ctx.params.user, ctx.params.vhost, actor(ctx), exchange);
    return NO_CONTENT;
}
function vhostNamed(ctx) {
    if (!ctx.broker.vhosts.has(ctx.params.vhost))
        throw notFound();
    return ctx.params.vhost;
}
export const userRoutes = [
    ['GET', '/api/users', (ctx) => ctx.broker.identity.users.list().map(userJson)],
    ['GET', '/api/users/without-permissions', withoutPermissions],
    ['POST', '/api/users/bulk-delete', bulkDelete],
    ['GET', '/api/users/:name', (ctx) => userJson(userNamed(ctx))],
    ['PUT', '/api/users/:name', putUser],
    ['DELETE', '/api/users/:name', deleteUser],
    [
        'GET',
        '/api/users/:name/permissions',
        (ctx) => ctx.broker.identity.permissions.list({ user: userNamed(ctx).name }),
    ],
    [
        'GET',
        '/api/users/:name/topic-permissions',
        (ctx) => ctx.broker.identity.permissions.listTopic({ user: userNamed(ctx).name }),
    ],
    ['GET', '/api/whoami', (ctx) => ({ name: ctx.user.name, tags: [...ctx.user.tags] })],
    ['GET', '/api/permissions', (ctx) => ctx.broker.identity.permissions.list()],
    ['GET', '/api/permissions/:vhost/:user', permission],
    ['PUT', '/api/permissions/:vhost/:user', putPermission],
    ['DELETE', '/api/permissions/:vhost/:user', deletePermission],
    ['GET', '/api/topic-permissions', (ctx) => ctx.broker.identity.permissions.listTopic()],
    ['GET', '/api/topic-permissions/:vhost/:user', topicPermissions],
    ['PUT', '/api/topic-permissions/:vhost/:user', putTopicPermission],
    ['DELETE', '/api/topic-permissions/:vhost/:user', deleteTopicPermissions],
    [
        'GET',
        '/api/vhosts/:vhost/permissions',
        (ctx) => ctx.broker.identity.permissions.list({ vhost: vhostNamed(ctx) }),
    ],
    [
        'GET',
        '/api/vhosts/:vhost/topic-permissions',
        (ctx) => ctx.broker.identity.permissions.listTopic({ vhost: vhostNamed(ctx) }),
    ],
    ...vhostRoutes,
    ...limitRoutes,
];
//# sourceMappingURL=users.js.map