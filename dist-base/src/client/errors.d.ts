import { PermanentError } from './types.js';
/** Why a request() did not get a reply. */
export type RequestFailure = 'timeout' | 'aborted' | 'closed' | 'unroutable';
/** A request that ended without a reply from the responder. */
export declare class RequestError extends Error {
    readonly reason: RequestFailure;
    name: string;
    constructor(message: string, reason: RequestFailure);
}
/** The responder's handler threw: its error name and message, carried back to the caller. */
export declare class RemoteError extends Error {
    readonly remoteName: string;
    /** True when the responder threw a PermanentError. */
    readonly permanent: boolean;
    name: string;
    constructor(message: string, remoteName: string, 
    /** True when the responder threw a PermanentError. */
    permanent: boolean);
}
/** The client was closed: no more publishes, consumers or requests. */
export declare class ClientClosedError extends Error {
    name: string;
    constructor(message?: string);
}
/**
 * The broker refused the connection during its handshake: wrong credentials (403
 * ACCESS_REFUSED) or a virtual host that does not exist or that the user may not use
 * (530 NOT_ALLOWED on RabbitMQ and Wharf). Trying again cannot help, so `connect()`
 * rejects with it at once instead of retrying.
 */
export declare class AccessRefusedError extends Error {
    /** The broker's reply code: 403, 530, ... */
    readonly replyCode: number;
    /** The broker's reply text, e.g. `ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. ...`. */
    readonly replyText: string;
    /** The URL it was refused on, credentials removed. */
    readonly url: string;
    name: string;
    readonly retriable = false;
    constructor(
    /** The broker's reply code: 403, 530, ... */
    replyCode: number, 
    /** The broker's reply text, e.g. `ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. ...`. */
    replyText: string, 
    /** The URL it was refused on, credentials removed. */
    url: string);
}
export declare function asError(err: unknown): Error;
/** Wraps a cause in a PermanentError: thrown from a handler, the message is dead-lettered at once. */
export declare function permanent(cause: unknown): PermanentError;
/** A PermanentError, or an error that says it is one (e.g. from another copy of the SDK). */
export declare function isPermanent(err: unknown): boolean;
