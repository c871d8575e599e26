// The error replies of the RESP front, in Redis 7.0's words (clients match on the first word, some on
// the whole text). A command handler throws RespError; the connection turns it into one `-` line. Engine
// errors (BrokerError) are mapped here too, so no handler translates codes by hand.
import { BrokerError } from '../broker/index.js';
export class RespError extends Error {
    text;
    name = 'RespError';
    /** `text` starts with the error code: `ERR ...`, `WRONGTYPE ...`, `NOGROUP ...`. */
    constructor(text) {
        super(text);
        this.text = text;
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
export function unknownSubcommand(container, sub) {
    const shown = sub
        .toString('latin1')
        .slice(0, 128)
        .replace(/[\r\n]/g, ' ');
    return new RespError(`ERR unknown subcommand '${shown}'. Try ${container.toUpperCase()} HELP.`);
}
/**
 * The engine's error family (src/broker/errors.ts) as the first word of a RESP error line: one
 * exhaustive table, so a new engine code does not compile until RESP answers it. Permission
 * refusals are Redis's NOPERM (what its ACL refusals are); Redis has no word for the rest, so ERR.
 */
const ENGINE_PREFIXES = {
    NOT_FOUND: 'ERR',
    RESOURCE_LOCKED: 'ERR',
    PRECONDITION_FAILED: 'ERR',
    ACCESS_REFUSED: 'NOPERM',
    NOT_ALLOWED: 'NOPERM',
    COMMAND_INVALID: 'ERR',
    NOT_IMPLEMENTED: 'ERR',
    INTERNAL_ERROR: 'ERR',
    RESOURCE_ERROR: 'ERR',
};
/** An engine refusal as a RESP error: the code's word, then the engine's text. */
export function fromBrokerError(err) {
    return new RespError(`${ENGINE_PREFIXES[err.code]} ${err.message}`);
}
/** Any thrown value as the error line text to send. */
export function errorText(err) {
    if (err instanceof RespError)
        return err.text;
    if (err instanceof BrokerError)
        return fromBrokerError(err).text;
    return `ERR ${err?.message ?? String(err)}`;
}
//# sourceMappingURL=errors.js.map