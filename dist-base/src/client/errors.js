// Errors the client raises besides the shared PublishError and PermanentError (types.ts).
import { PermanentError } from './types.js';
/** A request that ended without a reply from the responder. */
export class RequestError extends Error {
    reason;
    name = 'RequestError';
    constructor(message, reason) {
        super(message);
        this.reason = reason;
    }
}
/** The responder's handler threw: its error name and message, carried back to the caller. */
export class RemoteError extends Error {
    remoteName;
    permanent;
    name = 'RemoteError';
    constructor(message, remoteName, 
    /** True when the responder threw a PermanentError. */
    permanent) {
        super(message);
        this.remoteName = remoteName;
        this.permanent = permanent;
    }
}
/** The client was closed: no more publishes, consumers or requests. */
export class ClientClosedError extends Error {
    name = 'ClientClosedError';
    constructor(message = 'client is closed') {
        super(message);
    }
}
/**
 * The broker refused the connection during its handshake: wrong credentials (403
 * ACCESS_REFUSED) or a virtual host that does not exist or that the user may not use
 * (530 NOT_ALLOWED on RabbitMQ and Wharf). Trying again cannot help, so `connect()`
 * rejects with it at once instead of retrying.
 */
export class AccessRefusedError extends Error {
    replyCode;
    replyText;
    url;
    name = 'AccessRefusedError';
    retriable = false;
    constructor(
    /** The broker's reply code: 403, 530, ... */
    replyCode, 
    /** The broker's reply text, e.g. `ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. ...`. */
    replyText, 
    /** The URL it was refused on, credentials removed. */
    url) {
        super(`${url} refused the connection: ${replyCode} ${replyText}`);
        this.replyCode = replyCode;
        this.replyText = replyText;
        this.url = url;
    }
}
export function asError(err) {
    return err instanceof Error ? err : new Error(String(err));
}
/** Wraps a cause in a PermanentError: thrown from a handler, the message is dead-lettered at once. */
export function permanent(cause) {
    const err = new PermanentError(cause instanceof Error ? cause.message : String(cause));
    if (cause instanceof Error)
        err.cause = cause;
    return err;
}
/** A PermanentError, or an error that says it is one (e.g. from another copy of the SDK). */
export function isPermanent(err) {
    return err instanceof PermanentError || (err instanceof Error && err.name === 'PermanentError');
}
//# sourceMappingURL=errors.js.map