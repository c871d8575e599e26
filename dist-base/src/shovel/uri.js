// AMQP URIs as RabbitMQ's amqp_uri reads them for shovels: an empty host (`amqp://`,
// `amqp:///vhost`) names the broker the shovel runs in, any other host a remote broker.
// Query parameters heartbeat, frame_max, channel_max, connection_timeout, and for amqps
// cacertfile, certfile, keyfile, verify, server_name_indication. `safeUri` drops the
// credentials and the query before a URI is shown anywhere, as amqp_uri:remove_credentials.
import { readFileSync } from 'node:fs';
/** An invalid URI: `term` is what RabbitMQ would print (Erlang ~p) after "not a valid URI: ". */
export class UriError extends Error {
    term;
    constructor(term) {
        super(term);
        this.term = term;
    }
}
const INTEGER_PARAMS = ['heartbeat', 'frame_max', 'channel_max', 'connection_timeout'];
/** ms to open a connection (amqp_client's connection_timeout, in the URI's query, overrides it) */
const DEFAULT_CONNECTION_TIMEOUT_MS = 30_000;
const URI = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#.*)?$/;
/** Parses like amqp_uri:parse; throws UriError with its reason. */
export function parseUri(uri) {
    const fail = (reason) => new UriError(`{${reason},${erlangString(uri)}}`);
    const m = URI.exec(uri);
    if (!m)
        throw fail('{unable_to_parse_uri,malformed}');
    const scheme = m[1].toLowerCase();
    if (scheme !== 'amqp' && scheme !== 'amqps')
        throw fail(`{unexpected_uri_scheme,${erlangString(m[1])}}`);
    const authority = m[2];
    const at = authority.lastIndexOf('@');
    const userinfo = at < 0 ? undefined : authority.slice(0, at);
    const hostPort = authority.slice(at + 1);
    let host;
    let portText;
    if (hostPort.startsWith('[')) {
        const close = hostPort.indexOf(']');
        if (close < 0)
            throw fail('{unable_to_parse_uri,malformed_ipv6}');
        host = hostPort.slice(1, close);
        const after = hostPort.slice(close + 1);
        if (after !== '' && !after.startsWith(':'))
            throw fail('{unable_to_parse_uri,malformed}');
        portText = after === '' ? undefined : after.slice(1);
    }
    else {
        const colon = hostPort.lastIndexOf(':');
        host = colon < 0 ? hostPort : hostPort.slice(0, colon);
        portText = colon < 0 ? undefined : hostPort.slice(colon + 1);
    }
    if (portText !== undefined && !/^\d+$/.test(portText))
        throw fail('{unable_to_parse_uri,bad_port}');
    const port = portText === undefined ? undefined : Number(portText);
    const local = host === '';
    if (local && port !== undefined)
        throw fail('port_requires_host');
    if (port !== undefined && (port <= 0 || port > 65535))
        throw fail(`{port_out_of_range,${port}}`);
    let vhost = '/';
    if (m[3] !== '') {
        const rest = m[3].slice(1);
        if (rest.includes('/'))
            throw fail(`{invalid_vhost,${erlangString(rest)}}`);
        vhost = safeDecode(rest, fail);
    }
    const query = new URLSearchParams(m[4] ?? '');
    for (const k of INTEGER_PARAMS) {
        const v = query.get(k);
        if (v !== null && !/^-?\d+$/.test(v)) {
            throw fail(`{invalid_amqp_params_parameter,${k},${erlangString(v)},{not_an_integer,${erlangString(v)}}}`);
        }
    }
    if (local && scheme === 'amqps')
        throw fail('amqps_requires_host');
    let username;
    let password;
    if (userinfo !== undefined) {
        const colon = userinfo.indexOf(':');
        username = safeDecode(colon < 0 ? userinfo : userinfo.slice(0, colon), fail);
        password = colon < 0 ? undefined : safeDecode(userinfo.slice(colon + 1), fail);
    }
    return {
        local,
        tls: scheme === 'amqps',
        host: safeDecode(host, fail),
        port,
        vhost,
        username,
        password,
        query,
    };
}
function safeDecode(s, fail) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        throw fail(`{unterminated_entity,${erlangString(s)}}`);
    }
}
/** The URI without userinfo and query, as RabbitMQ shows shovel URIs (remove_credentials). */
export function safeUri(uri) {
    const m = URI.exec(uri);
    if (!m)
        return uri.replace(/:\/\/[^@/]*@/, '://');
    const hostPort = m[2].slice(m[2].lastIndexOf('@') + 1);
    return `${m[1]}://${hostPort}${m[3]}`;
}
/** Erlang's ~p of a string (a char list): double-quoted with escapes. */
function erlangString(s) {
    return JSON.stringify(s);
}
/**
 * amqplib's connect arguments for a parsed URI. The local broker is reached over its
 * own AMQP listener at `local.port`, logging in with the URI's credentials when it has
 * them, else as `local.user` with the broker's internal credential.
 */
export function connectTarget(p, name, local) {
    const q = p.query;
    const int = (k) => (q.get(k) === null ? undefined : Number(q.get(k)));
    const socket = { clientProperties: { connection_name: name } };
    // a destination that never answers (a dropped SYN) must not hold the shovel forever
    socket.timeout = int('connection_timeout') ?? DEFAULT_CONNECTION_TIMEOUT_MS;
    if (p.local) {
        const user = p.username ?? local.user;
        if (user === undefined) {
            throw new Error('no user to connect to the local broker as: give one in the URI (amqp://user:password@/vhost) or create the shovel through the management API');
        }
        return {
            url: {
                protocol: 'amqp',
                hostname: local.host,
                port: local.port,
                username: user,
                password: p.username === undefined ? local.credential : (p.password ?? ''),
                // amqplib unescapes the vhost it is given
                vhost: encodeURIComponent(p.vhost),
                heartbeat: int('heartbeat'),
                frameMax: int('frame_max'),
                channelMax: int('channel_max'),
            },
            socket,
        };
    }
    if (p.tls) {
        const file = (k) => (q.get(k) === null ? undefined : readFileSync(q.get(k)));
        socket.ca = file('cacertfile');
        socket.cert = file('certfile');
        socket.key = file('keyfile');
        socket.rejectUnauthorized = q.get('verify') !== 'verify_none';
        const sni = q.get('server_name_indication');
        if (sni !== null && sni !== 'disable')
            socket.servername = sni;
    }
    return {
        url: {
            protocol: p.tls ? 'amqps' : 'amqp',
            hostname: p.host,
            port: p.port ?? (p.tls ? 5671 : 5672),
            // amqp_client's defaults: guest/guest when the URI names no user
            username: p.username ?? 'guest',
            password: p.username === undefined ? 'guest' : (p.password ?? ''),
            // amqplib unescapes the vhost it is given
            vhost: encodeURIComponent(p.vhost),
            heartbeat: int('heartbeat'),
            frameMax: int('frame_max'),
            channelMax: int('channel_max'),
        },
        socket,
    };
}
//# sourceMappingURL=uri.js.map