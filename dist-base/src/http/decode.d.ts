import type { Context } from './router.js';
/** Engine validation errors as RabbitMQ's 400 bad_request. */
export declare function asBadRequest<T>(fn: () => T): T;
/** RabbitMQ's with_decode: the keys a body must have, else 400 "[{key_missing,k}]". */
export declare function bodyWith(ctx: Context, keys: string[]): Promise<Record<string, unknown>>;
