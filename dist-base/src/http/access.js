import { AccessRefused } from '../broker/index.js';
import { HttpError } from './json.js';
const ADMIN = ['administrator'];
const MONITOR = ['administrator', 'monitoring'];
const POLICYMAKER = ['administrator', 'policymaker'];
export const MANAGEMENT = ['administrator', 'monitoring', 'policymaker', 'management'];
const has = (user, tags) => user.tags.some((t) => tags.includes(t));
export const isAdmin = (user) => has(user, ADMIN);
export const isMonitor = (user) => has(user, MONITOR);
/** Routes whose rule is not the default ('vhost' when the path names one, else 'any'). */
const RULES = [
    ['*', /^\/api\/(users|permissions|topic-permissions)(\/|$)/, 'admin'],
    ['*', /^\/api\/definitions(\/|$)/, 'admin'],
    ['*', /^\/api\/vhosts\/:vhost(\/(permissions|topic-permissions))?$/, 'admin'],
    ['GET', /^\/api\/(vhost|user)-limits(\/|$)/, 'vhost-visible'],
    ['*', /^\/api\/(vhost|user)-limits(\/|$)/, 'admin'],
    ['GET', /^\/api\/policies(\/:vhost)?$/, 'vhost'],
    ['*', /^\/api\/policies\//, 'policies'],
    ['*', /^\/api\/parameters(\/|$)/, 'policies'],
    ['GET', /^\/api\/shovels(\/|$)/, 'monitor'],
    ['*', /^\/api\/shovels\//, 'policies'],
    ['*', /^\/api\/connections\/:name(\/|$)/, 'connection'],
];
function ruleFor(method, pattern) {
    for (const [m, re, rule] of RULES)
        if ((m === '*' || m === method) && re.test(pattern))
            return rule;
    return pattern.includes(':vhost') ? 'vhost' : 'any';
}
/** Vhosts the user may log into: those it has permissions in (RabbitMQ's login vhosts). */
export function loginVhosts(broker, user) {
    return [...broker.vhosts.values()].filter((v) => broker.identity.permissions.hasVhostAccess(user.name, v.name));
}
/** What a list endpoint shows: admins see every vhost, others their login vhosts (filter_vhost). */
export function listedVhosts(ctx) {
    const user = ctx.user;
    if (!user || isAdmin(user))
        return [...ctx.broker.vhosts.values()];
    return loginVhosts(ctx.broker, user);
}
/** The vhosts GET /api/vhosts shows: all to admins and monitors, else login vhosts. */
export function visibleVhosts(ctx) {
    const user = ctx.user;
    if (!user || isMonitor(user))
        return [...ctx.broker.vhosts.values()];
    return loginVhosts(ctx.broker, user);
}
/** Connections and channels: monitors see everyone's, others their own (filter_user). */
export function seesSessionsOf(ctx, sessionUser) {
    return !ctx.user || isMonitor(ctx.user) || ctx.user.name === sessionUser;
}
/** The acting user, for the audit log. */
export const actor = (ctx) => ctx.user?.name ?? 'unknown';
const refused = (reason) => new HttpError(401, 'not_authorised', reason);
/** The user named in the request's basic-auth header (the server has checked it). */
function requestUser(ctx) {
    const m = /^Basic\s+(\S+)\s*$/i.exec(ctx.req.headers.authorization ?? '');
    if (!m)
        return undefined;
    const decoded = Buffer.from(m[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return ctx.broker.identity.users.get(colon < 0 ? decoded : decoded.slice(0, colon));
}
function vhostAccess(ctx, user) {
    const vhost = ctx.params.vhost;
    // an unknown vhost is let through to be answered 404, as RabbitMQ's user_matches_vhost
    if (vhost === undefined || !ctx.broker.vhosts.has(vhost))
        return true;
    return ctx.broker.identity.permissions.hasVhostAccess(user.name, vhost);
}
function authorize(ctx, user, rule) {
    switch (rule) {
        case 'any':
            return;
        case 'admin':
            if (!isAdmin(user))
                throw refused('Not administrator user');
            return;
        case 'vhost':
            if (!isAdmin(user) && !vhostAccess(ctx, user))
                throw refused('User not authorised to access virtual host');
            return;
        case 'vhost-visible':
            if (!isMonitor(user) && !vhostAccess(ctx, user)) {
                throw refused('User not authorised to access virtual host');
            }
            return;
        case 'connection': {
            const s = [...ctx.broker.sessions].find((x) => x.id === ctx.params.name);
            if (!s || s.user === user.name || (ctx.req.method === 'DELETE' ? isAdmin(user) : isMonitor(user)))
                return;
            throw refused('User not authorised to access object');
        }
        case 'monitor':
            if (!isMonitor(user))
                throw refused('Not monitor user');
            if (!isAdmin(user) && !vhostAccess(ctx, user))
                throw refused('User not authorised to access virtual host');
            return;
        case 'policies':
            if (!isAdmin(user) && !(has(user, POLICYMAKER) && vhostAccess(ctx, user))) {
                throw refused('User not authorised to access object');
            }
            return;
    }
}
/** Wraps a route's handler with its rule; the handler then finds the user in ctx.user. */
export function guard(method, pattern, handler) {
    const rule = ruleFor(method, pattern);
    return (ctx) => {
        const user = requestUser(ctx);
        if (!user)
            throw refused('Not management user');
        authorize(ctx, user, rule);
        ctx.user = user;
        return handler(ctx);
    };
}
/**
 * The request user's permissions in `v`: RabbitMQ's management runs declares, deletes,
 * bindings, publishes and gets as that user, with the same checks as AMQP.
 */
export function accessIn(ctx, v) {
    return ctx.broker.identity.access(ctx.user.name, v.name);
}
/**
 * A permission refusal over HTTP: 401 "Access refused." for what RabbitMQ's management
 * runs through its channel code (declare, delete, bind); for what it runs over an AMQP
 * connection (publish, get, purge) the reason is that connection's close text.
 */
export function accessRefused(closeText) {
    return refused(closeText === undefined ? 'Access refused.' : `ACCESS_REFUSED - ${closeText}`);
}
/**
 * Runs `fn` as the user, turning a permission refusal into 401: `over` 'connection' for
 * a publish, get or purge (the reason is the close text), 'method' for the rest.
 */
export function asUser(fn, over = 'connection') {
    try {
        return fn();
    }
    catch (err) {
        if (err instanceof AccessRefused)
            throw accessRefused(over === 'connection' ? err.message : undefined);
        throw err;
    }
}
//# sourceMappingURL=access.js.map