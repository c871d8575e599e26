// Shovel status over HTTP, as RabbitMQ's rabbitmq_shovel_management: GET /api/shovels and
// /api/shovels/{vhost} list the shovels running in the vhosts the user may see (each in
// RabbitMQ's shape plus Wharf's progress counters: src/shovel/status.ts); a monitoring
// or administrator tag is required ("Not monitor user"). GET /api/shovels/vhost/{vhost}/{name}
// answers the shovel's parameter; DELETE of that path deletes the shovel (clears its
// parameter), DELETE .../restart restarts it (204; 404 when it is not running). The
// shovels themselves live in src/shovel; the server hands their status in here.
import { parameterJson } from '../broker/definitions/definitions-io.js';
import { actor, listedVhosts } from './access.js';
import { notFound } from './json.js';
import { vhostOf } from './lookup.js';
import { NO_CONTENT } from './router.js';
const COMPONENT = 'shovel';
function list(ctx, vhost) {
    if (vhost !== undefined)
        vhostOf(ctx.broker, vhost);
    const visible = new Set(listedVhosts(ctx).map((v) => v.name));
    return (ctx.shovels?.status(vhost) ?? []).filter((s) => visible.has(s.vhost));
}
function parameter(ctx) {
    const v = vhostOf(ctx.broker, ctx.params.vhost);
    const p = ctx.broker.parameters.get(v.name, COMPONENT, ctx.params.name);
    if (!p)
        throw notFound();
    return p;
}
function deleteShovel(ctx) {
    const p = parameter(ctx);
    ctx.broker.assertOpen();
    ctx.broker.parameters.clear(p.vhost, COMPONENT, p.name, actor(ctx));
    return NO_CONTENT;
}
function restartShovel(ctx) {
    const p = parameter(ctx);
    if (!ctx.shovels?.restart(p.vhost, p.name))
        throw notFound();
    return NO_CONTENT;
}
export const shovelRoutes = [
    ['GET', '/api/shovels', (ctx) => list(ctx)],
    ['GET', '/api/shovels/:vhost', (ctx) => list(ctx, ctx.params.vhost)],
    ['GET', '/api/shovels/vhost/:vhost/:name', (ctx) => parameterJson(parameter(ctx))],
    ['DELETE', '/api/shovels/vhost/:vhost/:name', deleteShovel],
    ['DELETE', '/api/shovels/vhost/:vhost/:name/restart', restartShovel],
];
//# sourceMappingURL=shovels.js.map