// Policies over HTTP, in RabbitMQ's management API shapes: GET /api/policies[/{vhost}[/{name}]],
// PUT /api/policies/{vhost}/{name} with {pattern, definition, priority, apply-to} (201
// created, 204 updated; 400 with RabbitMQ's "Validation failed" text), DELETE (204, or
// 404 when there is no such policy). The engine validates and applies (VHost.putPolicy);
// Broker audits. Lists show the vhosts the user has permissions in (administrators: all);
// one policy, and writes, need administrator or policymaker with access (access.ts).
import { policyJson } from '../broker/definitions/definitions-io.js';
import { PolicyError, sortedPolicies } from '../broker/topology/policies.js';
import { asObject, badRequest, HttpError, notFound } from './json.js';
import { actor, listedVhosts } from './access.js';
import { vhostOf } from './lookup.js';
import { CREATED, NO_CONTENT } from './router.js';
function list(ctx, vhost) {
    const vhosts = vhost === undefined ? listedVhosts(ctx) : [vhostOf(ctx.broker, vhost)];
    const all = vhosts.flatMap((v) => [...v.policies.values()]);
    return sortedPolicies(all).map(policyJson);
}
function getPolicy(ctx) {
    const p = vhostOf(ctx.broker, ctx.params.vhost).policies.get(ctx.params.name);
    if (!p)
        throw notFound();
    return policyJson(p);
}
async function putPolicy(ctx) {
    const v = ctx.broker.vhost(ctx.params.vhost);
    if (!v)
        throw new HttpError(404, 'not_found', 'vhost_not_found');
    const body = asObject(await ctx.body());
    // RabbitMQ's with_decode: both keys are required before anything is validated
    const missing = ['pattern', 'definition'].filter((k) => body[k] === undefined);
    if (missing.length > 0)
        throw badRequest(`[${missing.map((k) => `{key_missing,${k}}`).join(',')}]`);
    ctx.broker.assertOpen();
    try {
        const input = {
            pattern: body.pattern,
            definition: body.definition,
            priority: body.priority,
            applyTo: body['apply-to'],
        };
        const created = ctx.broker.putPolicy(v, ctx.params.name, input, actor(ctx));
        return created ? CREATED : NO_CONTENT;
    }
    catch (err) {
        if (err instanceof PolicyError)
            throw badRequest(err.message);
        throw err;
    }
}
function deletePolicy(ctx) {
    const v = vhostOf(ctx.broker, ctx.params.vhost);
    if (!v.policies.has(ctx.params.name))
        throw notFound();
    ctx.broker.assertOpen();
    ctx.broker.deletePolicy(v, ctx.params.name, actor(ctx));
    return NO_CONTENT;
}
export const policyRoutes = [
    ['GET', '/api/policies', (ctx) => list(ctx, undefined)],
    ['GET', '/api/policies/:vhost', (ctx) => list(ctx, ctx.params.vhost)],
    ['GET', '/api/policies/:vhost/:name', getPolicy],
    ['PUT', '/api/policies/:vhost/:name', putPolicy],
    ['DELETE', '/api/policies/:vhost/:name', deletePolicy],
];
//# sourceMappingURL=policies.js.map