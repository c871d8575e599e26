import { MANAGEMENT } from './access.js';
export const CHALLENGE = { 'www-authenticate': 'Basic realm="Wharf"' };
/** Returns why the request is refused, or undefined when its user may use the API. */
export function authenticate(broker, req) {
    const header = req.headers.authorization;
    const m = header ? /^Basic\s+(\S+)\s*$/i.exec(header) : null;
    const decoded = m ? Buffer.from(m[1], 'base64').toString('utf8') : '';
    const colon = decoded.indexOf(':');
    if (!m || colon < 0)
        return { body: { error: 'not_authorized', reason: 'Not management user' }, headers: CHALLENGE };
    const name = decoded.slice(0, colon);
    const r = broker.identity.login(name, decoded.slice(colon + 1), req.socket.remoteAddress);
    if (!r.ok && r.reason === 'credentials') {
        broker.config.onWarning?.(`HTTP access denied: ${r.detail}`);
        return { body: { error: 'not_authorized', reason: 'Login failed' }, headers: CHALLENGE };
    }
    const refuse = (reason) => {
        broker.config.onWarning?.(`HTTP access denied: user '${name}' - ${reason}`);
        return { body: { error: 'not_authorised', reason }, headers: {} };
    };
    if (!r.ok)
        return refuse('User can only log in via localhost');
    if (!r.user.tags.some((t) => MANAGEMENT.includes(t)))
        return refuse('Not management user');
    return undefined;
}
//# sourceMappingURL=auth.js.map