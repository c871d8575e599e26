// Request bodies and engine validation errors as RabbitMQ's management API answers them
// (rabbit_mgmt_util:with_decode and bad_request).
import { IdentityError } from '../broker/identity/identity.js';
import { LimitError } from '../broker/topology/limits.js';
import { PermissionError } from '../broker/identity/permissions.js';
import { asObject, badRequest } from './json.js';
/** Engine validation errors as RabbitMQ's 400 bad_request. */
export function asBadRequest(fn) {
    try {
        return fn();
    }
    catch (err) {
        if (err instanceof IdentityError || err instanceof LimitError || err instanceof PermissionError) {
            throw badRequest(err.message);
        }
        throw err;
    }
}
/** RabbitMQ's with_decode: the keys a body must have, else 400 "[{key_missing,k}]". */
export async function bodyWith(ctx, keys) {
    const body = asObject(await ctx.body());
    const missing = keys.filter((k) => body[k] === undefined);
    if (missing.length > 0)
        throw badRequest(`[${missing.map((k) => `{key_missing,${k}}`).join(',')}]`);
    return body;
}
//# sourceMappingURL=decode.js.map