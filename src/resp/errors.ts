// The error replies of the RESP front, in Redis 7.0's words (clients match on the first word, some on
// the whole text). A command handler throws RespError; the connection turns it into one `-` line. Engine
// errors (BrokerError) are mapped here too, so no handler translates codes by hand.
import { BrokerError } from '../broker/errors.js';

export class RespError extends Error {
  override name = 'RespError';
  /** `text` starts with the error code: `ERR ...`, `WRONGTYPE ...`, `NOGROUP ...`. */
  constructor(readonly text: string) {
    super(text);
  }
}

export const ERR_SYNTAX = 'ERR syntax error';
export const ERR_NOT_INTEGER = 'ERR value is not an integer or out of range';
export const ERR_WRONGTYPE = 'WRONGTYPE Operation against a key holding the wrong kind of value';
export const ERR_NOAUTH = 'NOAUTH Authentication required.';
export const ERR_WRONGPASS = 'WRONGPASS invalid username-password pair or user is disabled.';
export const ERR_NOPROTO = 'NOPROTO unsupported protocol version';
export const ERR_CLIENT_NAME = 'ERR Client names cannot contain spaces, newlines or special characters.';
export const ERR_DB_RANGE = 'ERR DB index is out of range';
export const ERR_NOPERM_PREFIX = 'NOPERM ';

export function unknownSubcommand(container: string, sub: Buffer): RespError {
  const shown = sub
    .toString('latin1')
    .slice(0, 128)
    .replace(/[\r\n]/g, ' ');
  return new RespError(`ERR unknown subcommand '${shown}'. Try ${container.toUpperCase()} HELP.`);
}

/**
 * An engine refusal as a RESP error: permission refusals become Redis's NOPERM (what ACL refusals
 * are), resource alarms OOM-like errors, the rest ERR with the engine's text.
 */
export function fromBrokerError(err: BrokerError): RespError {
  if (err.code === 'ACCESS_REFUSED') return new RespError(`${ERR_NOPERM_PREFIX}${err.message}`);
  return new RespError(`ERR ${err.message}`);
}

/** Any thrown value as the error line text to send. */
export function errorText(err: unknown): string {
  if (err instanceof RespError) return err.text;
  if (err instanceof BrokerError) return fromBrokerError(err).text;
  return `ERR ${(err as Error)?.message ?? String(err)}`;
}
