// A tiny route table: [method, pattern, handler]; `:name` segments are captured
// (URL-decoded, so vhost '/' arrives as '%2F').
import type { IncomingMessage } from 'node:http';
import type { Broker } from '../broker/index.js';
import type { User } from '../broker/identity/users.js';
import { guard } from './access.js';
import type { RateSampler } from './rates.js';
import type { ShovelStatusSource } from './shovels.js';

export interface Context {
  broker: Broker;
  rates: RateSampler;
  params: Record<string, string>;
  query: URLSearchParams;
  req: IncomingMessage;
  body(): Promise<unknown>;
  /** the logged-in user, set by the route's access guard (access.ts) */
  user?: User;
  /** the shovels' status, when the server runs shovels (shovels.ts) */
  shovels?: ShovelStatusSource;
}

/** A handler answers a JSON value (200), NO_CONTENT (204), or a TextResponse. */
export const NO_CONTENT = Symbol('no content');
/** 201 Created with no body (RabbitMQ's answer when a PUT or binding POST creates). */
export const CREATED = Symbol('created');
/** 201 Created with a Location header naming the new object (RabbitMQ's binding POST). */
export class CreatedAt {
  constructor(readonly location: string) {}
}

/** A non-JSON answer (e.g. a YAML file). */
export class TextResponse {
  constructor(
    readonly contentType: string,
    readonly body: string,
  ) {}
}
export type Handler = (ctx: Context) => unknown;
export type Route = [method: string, pattern: string, handler: Handler];

export type Match =
  { kind: 'found'; handler: Handler; params: Record<string, string> } | { kind: 'method' } | { kind: 'none' };

export class Router {
  private readonly routes: { method: string; parts: string[]; handler: Handler }[];

  constructor(routes: Route[]) {
    this.routes = routes.map(([method, pattern, handler]) => ({
      method,
      parts: pattern.split('/'),
      handler: guard(method, pattern, handler),
    }));
  }

  match(method: string, path: string): Match {
    const segments = path.split('/');
    let decoded: string[];
    try {
      decoded = segments.map(decodeURIComponent);
    } catch {
      return { kind: 'none' };
    }
    let methodMismatch = false;
    for (const r of this.routes) {
      if (r.parts.length !== decoded.length) continue;
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < r.parts.length && ok; i++) {
        const p = r.parts[i];
        if (p.startsWith(':')) params[p.slice(1)] = decoded[i];
        else ok = p === segments[i];
      }
      if (!ok) continue;
      if (r.method !== method && !(r.method === 'GET' && method === 'HEAD')) {
        methodMismatch = true;
        continue;
      }
      return { kind: 'found', handler: r.handler, params };
    }
    return methodMismatch ? { kind: 'method' } : { kind: 'none' };
  }
}
