// Users and permissions, read-only (RabbitMQ's GET /api/users, /api/whoami,
// /api/permissions; policies are in policies.ts). Wharf's users come from its
// configuration and each has full rights on vhost '/'; the write endpoints come with
// the security work and answer 501 until then, rather than pretending to change anything.
import type { Context, Route } from './router.js';
import { HttpError, notFound } from './json.js';

const HASHING = 'rabbit_password_hashing_sha256';

function tagsOf(name: string): string {
  return name === 'guest' ? 'administrator' : '';
}

function userJson(name: string): unknown {
  return { name, tags: tagsOf(name), hashing_algorithm: HASHING };
}

/** The user named in the request's basic-auth header (already checked by the server). */
function requestUser(ctx: Context): string {
  const m = /^Basic\s+(\S+)\s*$/i.exec(ctx.req.headers.authorization ?? '');
  const decoded = m ? Buffer.from(m[1], 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  return colon < 0 ? decoded : decoded.slice(0, colon);
}

function permissionJson(user: string): unknown {
  return { user, vhost: '/', configure: '.*', write: '.*', read: '.*' };
}

function userNamed(ctx: Context): string {
  const u = ctx.broker.users.list().find((x) => x.name === ctx.params.name);
  if (!u) throw notFound();
  return u.name;
}

const notYet = (what: string) => () => {
  throw new HttpError(
    501,
    'not_implemented',
    `changing ${what} over the management API is not supported yet: it comes with the security work`,
  );
};

export const userRoutes: Route[] = [
  ['GET', '/api/users', (ctx) => ctx.broker.users.list().map((u) => userJson(u.name))],
  ['GET', '/api/users/:name', (ctx) => userJson(userNamed(ctx))],
  ['PUT', '/api/users/:name', notYet('users')],
  ['DELETE', '/api/users/:name', notYet('users')],
  ['GET', '/api/users/:name/permissions', (ctx) => [permissionJson(userNamed(ctx))]],
  ['GET', '/api/whoami', (ctx) => ({ name: requestUser(ctx), tags: tagsOf(requestUser(ctx)) })],
  ['GET', '/api/permissions', (ctx) => ctx.broker.users.list().map((u) => permissionJson(u.name))],
  [
    'GET',
    '/api/permissions/:vhost/:user',
    (ctx) => {
      const u = ctx.broker.users.list().find((x) => x.name === ctx.params.user);
      if (ctx.params.vhost !== '/' || !u) throw notFound();
      return permissionJson(u.name);
    },
  ],
  ['PUT', '/api/permissions/:vhost/:user', notYet('permissions')],
  ['DELETE', '/api/permissions/:vhost/:user', notYet('permissions')],
];
