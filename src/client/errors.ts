// Errors the client raises besides the shared PublishError and PermanentError (types.ts).
import { PermanentError } from './types.js';

/** Why a request() did not get a reply. */
export type RequestFailure = 'timeout' | 'aborted' | 'closed' | 'unroutable';

/** A request that ended without a reply from the responder. */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    message: string,
    readonly reason: RequestFailure,
  ) {
    super(message);
  }
}

/** The responder's handler threw: its error name and message, carried back to the caller. */
export class RemoteError extends Error {
  override name = 'RemoteError';
  constructor(
    message: string,
    readonly remoteName: string,
    /** True when the responder threw a PermanentError. */
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** The client was closed: no more publishes, consumers or requests. */
export class ClientClosedError extends Error {
  override name = 'ClientClosedError';
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
  override name = 'AccessRefusedError';
  readonly retriable = false;
  constructor(
    /** The broker's reply code: 403, 530, ... */
    readonly replyCode: number,
    /** The broker's reply text, e.g. `ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. ...`. */
    readonly replyText: string,
    /** The URL it was refused on, credentials removed. */
    readonly url: string,
  ) {
    super(`${url} refused the connection: ${replyCode} ${replyText}`);
  }
}

export function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}

/** Wraps a cause in a PermanentError: thrown from a handler, the message is dead-lettered at once. */
export function permanent(cause: unknown): PermanentError {
  const err = new PermanentError(cause instanceof Error ? cause.message : String(cause));
  if (cause instanceof Error) err.cause = cause;
  return err;
}

/** A PermanentError, or an error that says it is one (e.g. from another copy of the SDK). */
export function isPermanent(err: unknown): boolean {
  return err instanceof PermanentError || (err instanceof Error && err.name === 'PermanentError');
}
