// Virtual hosts over HTTP, in RabbitMQ's management API shapes: GET /api/vhosts (the
// vhosts the user can see), GET/PUT/DELETE /api/vhosts/{name} (administrators; PUT
// {description?, tags?, default_queue_type?} -> 201 created, 204 updated; DELETE closes
// the vhost's connections and removes its queues and their data).
import type { VHost } from '../broker/index.js';
import { parseTags } from '../broker/identity/users.js';
import { actor, visibleVhosts } from './access.js';
import { asObject, badRequest, notFound } from './json.js';
import { messageTotals } from './overview.js';
import { type Context, CREATED, NO_CONTENT, type Route } from './router.js';

export function vhostJson(v: VHost): Record<string, unknown> {
  const meta: Record<string, unknown> = { description: v.description, tags: [...v.tags] };
  if (v.defaultQueueType !== undefined) meta.default_queue_type = v.defaultQueueType;
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

function vhostNamed(ctx: Context): VHost {
  const v = ctx.broker.vhost(ctx.params.vhost);
  if (!v) throw notFound();
  return v;
}

async function putVhost(ctx: Context): Promise<unknown> {
  const body = asObject(await ctx.body());
  const { description } = body;
  // the management UI sends defaultqueuetype; definitions and newer APIs default_queue_type
  const qtype = body.default_queue_type ?? body.defaultqueuetype;
  const tags = body.tags === undefined ? undefined : parseTags(body.tags);
  if (description !== undefined && typeof description !== 'string') {
    throw badRequest("'description' must be a string");
  }
  if (body.tags !== undefined && tags === undefined) throw badRequest("'tags' must be a list or a string");
  if (qtype !== undefined && typeof qtype !== 'string')
    throw badRequest("'default_queue_type' must be a string");
  const r = ctx.broker.putVhost(ctx.params.vhost, { description, tags, defaultQueueType: qtype }, actor(ctx));
  return r === 'created' ? CREATED : NO_CONTENT;
}

function deleteVhost(ctx: Context): unknown {
  vhostNamed(ctx);
  ctx.broker.deleteVhost(ctx.params.vhost, actor(ctx));
  return NO_CONTENT;
}

export const vhostRoutes: Route[] = [
  ['GET', '/api/vhosts', (ctx) => visibleVhosts(ctx).map(vhostJson)],
  ['GET', '/api/vhosts/:vhost', (ctx) => vhostJson(vhostNamed(ctx))],
  ['PUT', '/api/vhosts/:vhost', putVhost],
  ['DELETE', '/api/vhosts/:vhost', deleteVhost],
];
