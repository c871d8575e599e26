// Runtime parameters over HTTP, in RabbitMQ's management API shapes (rabbit_mgmt_wm_parameter
// and _parameters): GET /api/parameters[/{component}[/{vhost}[/{name}]]] lists
// {value, vhost, component, name}; PUT /api/parameters/{component}/{vhost}/{name} with
// {"value": {...}} sets one (201 created, 204 updated or unchanged; 400 with RabbitMQ's
// "Validation failed" text, "component x not found" for a component no one registered;
// 404 vhost_not_found); DELETE the same path (204, 404 when there is none). Shovels are
// the component Wharf has (src/shovel); vhost limits, which RabbitMQ also lists here, are
// listed read-only as component "vhost-limits" (they are set with /api/vhost-limits).
// Access as RabbitMQ's is_authorized_policies: administrators, or policymakers with
// permissions in the vhost (access.ts).
import { limitParameters } from '../broker/definitions/definitions-identity.js';
import { parameterJson } from '../broker/definitions/definitions-io.js';
import { ParameterError } from '../broker/topology/parameters.js';
import { actor, listedVhosts } from './access.js';
import { asObject, badRequest, HttpError, notFound } from './json.js';
import { vhostOf } from './lookup.js';
import { CREATED, NO_CONTENT } from './router.js';
const LIMITS = 'vhost-limits';
function list(ctx, component, vhost) {
    const vhosts = vhost === undefined ? listedVhosts(ctx) : [vhostOf(ctx.broker, vhost)];
    const names = new Set(vhosts.map((v) => v.name));
    const out = [];
    if (component === undefined || component === LIMITS)
        out.push(...limitParameters(vhosts));
    if (component !== LIMITS) {
        for (const p of ctx.broker.parameters.list(component))
            if (names.has(p.vhost))
                out.push(parameterJson(p));
    }
    return out;
}
function getParameter(ctx) {
    const { component, vhost, name } = ctx.params;
    const v = vhostOf(ctx.broker, vhost);
    if (component === LIMITS) {
        const found = limitParameters([v]).find((p) => p.name === name);
        if (!found)
            throw notFound();
        return found;
    }
    const p = ctx.broker.parameters.get(v.name, component, name);
    if (!p)
        throw notFound();
    return parameterJson(p);
}
async function putParameter(ctx) {
    const { component, vhost, name } = ctx.params;
    if (!ctx.broker.vhost(vhost))
        throw new HttpError(404, 'not_found', 'vhost_not_found');
    const body = asObject(await ctx.body());
    // RabbitMQ's with_decode([value], ...): the key is required before anything is validated
    if (body.value === undefined)
        throw badRequest('[{key_missing,value}]');
    ctx.broker.assertOpen();
    const user = ctx.user?.name;
    try {
        const r = ctx.broker.parameters.set(vhost, component, name, body.value, actor(ctx), user);
        return r === 'created' ? CREATED : NO_CONTENT;
    }
    catch (err) {
        if (err instanceof ParameterError)
            throw badRequest(err.message);
        throw err;
    }
}
function deleteParameter(ctx) {
    const { component, vhost, name } = ctx.params;
    const v = vhostOf(ctx.broker, vhost);
    if (!ctx.broker.parameters.get(v.name, component, name))
        throw notFound();
    ctx.broker.assertOpen();
    ctx.broker.parameters.clear(v.name, component, name, actor(ctx));
    return NO_CONTENT;
}
export const parameterRoutes = [
    ['GET', '/api/parameters', (ctx) => list(ctx)],
    ['GET', '/api/parameters/:component', (ctx) => list(ctx, ctx.params.component)],
    ['GET', '/api/parameters/:component/:vhost', (ctx) => list(ctx, ctx.params.component, ctx.params.vhost)],
    ['GET', '/api/parameters/:component/:vhost/:name', getParameter],
    ['PUT', '/api/parameters/:component/:vhost/:name', putParameter],
    ['DELETE', '/api/parameters/:component/:vhost/:name', deleteParameter],
];
//# sourceMappingURL=parameters.js.map