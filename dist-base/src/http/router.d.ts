import type { IncomingMessage } from 'node:http';
import type { Broker } from '../broker/index.js';
import type { User } from '../broker/identity/users.js';
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
export declare const NO_CONTENT: unique symbol;
/** 201 Created with no body (RabbitMQ's answer when a PUT or binding POST creates). */
export declare const CREATED: unique symbol;
/** 201 Created with a Location header naming the new object (RabbitMQ's binding POST). */
export declare class CreatedAt {
    readonly location: string;
    constructor(location: string);
}
/** A non-JSON answer (e.g. a YAML file). */
export declare class TextResponse {
    readonly contentType: string;
    readonly body: string;
    constructor(contentType: string, body: string);
}
export type Handler = (ctx: Context) => unknown;
export type Route = [method: string, pattern: string, handler: Handler];
export type Match = {
    kind: 'found';
    handler: Handler;
    params: Record<string, string>;
} | {
    kind: 'method';
} | {
    kind: 'none';
};
export declare class Router {
    private readonly routes;
    constructor(routes: Route[]);
    match(method: string, path: string): Match;
}
