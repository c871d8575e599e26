import type { User } from '../broker/identity/users.js';
import { type Access, type Broker, type VHost } from '../broker/index.js';
import { HttpError } from './json.js';
import type { Context, Handler } from './router.js';
export declare const MANAGEMENT: string[];
export declare const isAdmin: (user: User) => boolean;
export declare const isMonitor: (user: User) => boolean;
/** Vhosts the user may log into: those it has permissions in (RabbitMQ's login vhosts). */
export declare function loginVhosts(broker: Broker, user: User): VHost[];
/** What a list endpoint shows: admins see every vhost, others their login vhosts (filter_vhost). */
export declare function listedVhosts(ctx: Context): VHost[];
/** The vhosts GET /api/vhosts shows: all to admins and monitors, else login vhosts. */
export declare function visibleVhosts(ctx: Context): VHost[];
/** Connections and channels: monitors see everyone's, others their own (filter_user). */
export declare function seesSessionsOf(ctx: Context, sessionUser: string): boolean;
/** The acting user, for the audit log. */
export declare const actor: (ctx: Context) => string;
/** Wraps a route's handler with its rule; the handler then finds the user in ctx.user. */
export declare function guard(method: string, pattern: string, handler: Handler): Handler;
/**
 * The request user's permissions in `v`: RabbitMQ's management runs declares, deletes,
 * bindings, publishes and gets as that user, with the same checks as AMQP.
 */
export declare function accessIn(ctx: Context, v: VHost): Access;
/**
 * A permission refusal over HTTP: 401 "Access refused." for what RabbitMQ's management
 * runs through its channel code (declare, delete, bind); for what it runs over an AMQP
 * connection (publish, get, purge) the reason is that connection's close text.
 */
export declare function accessRefused(closeText?: string): HttpError;
/**
 * Runs `fn` as the user, turning a permission refusal into 401: `over` 'connection' for
 * a publish, get or purge (the reason is the close text), 'method' for the rest.
 */
export declare function asUser<T>(fn: () => T, over?: 'connection' | 'method'): T;
