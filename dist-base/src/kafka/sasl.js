// SASL on a Kafka connection (KIP-43, KIP-152): SaslHandshake names the mechanism, then the token
// goes either in SaslAuthenticate requests (handshake v1) or as one bare size-prefixed frame with no
// request header (handshake v0), answered the same way. PLAIN checks the user's password as an AMQP
// login does (Broker.authenticate: RabbitMQ's hashes and loopback rule), then the connection is
// registered as that user, which checks vhost access and the user's connection limit.
// SCRAM-SHA-256 and SCRAM-SHA-512 (KIP-84) take two tokens each way (client-first / server-first,
// client-final / server-final) against the SCRAM credentials Wharf keeps with each user whose
// password was set in plain text (broker/scram.ts); then the same checks as PLAIN apply.
//
// Without requireSasl a connection starts as the anonymous user (guest by default, as a Kafka
// listener without SASL lets everyone in); when that user may not connect (no such user, or guest
// from a remote host) the connection must authenticate before anything but ApiVersions and SASL.
import { BrokerError, isScramMechanism, SCRAM_MECHANISMS, ScramServer } from '../broker/index.js';
import { ApiKey, KafkaError } from './codec/index.js';
export const SASL_MECHANISMS = Object.freeze(['PLAIN', ...SCRAM_MECHANISMS]);
export class SaslState {
    conn;
    mechanism;
    awaitingRawToken = false;
    authenticated = false;
    /** the SCRAM exchange in progress */
    scram;
    /** anonymous use refused for this connection: SASL is required */
    required;
    constructor(conn) {
        this.conn = conn;
        this.required = conn.ctx.options.requireSasl;
    }
    /** Called once the connection is accepted: act as the anonymous user when that is allowed. */
    startAnonymous() {
        if (this.required)
            return;
        const user = this.conn.ctx.options.anonymousUser;
        const u = this.conn.ctx.broker.identity.users.get(user);
        const why = u === undefined
            ? `no user '${user}'`
            : u.loopbackOnly && !isLoopbackAddress(this.conn.socket.remoteAddress)
                ? `user '${user}' can only connect via localhost`
                : undefined;
        try {
            if (why)
                throw new BrokerError('ACCESS_REFUSED', why);
            this.conn.attach(user);
        }
        catch (err) {
            this.required = true;
            this.conn.ctx.log.debug({ remote: this.conn.remote }, `anonymous Kafka access refused (${err.message}): SASL required`);
        }
    }
    permits(apiKey) {
        if (this.authenticated || !this.required)
            return true;
        return (apiKey === ApiKey.ApiVersions || apiKey === ApiKey.SaslHandshake || apiKey === ApiKey.SaslAuthenticate);
    }
    handshake(version, mechanism) {
        const mechanisms = [...SASL_MECHANISMS];
        if (this.authenticated || this.mechanism !== undefined)
            return { errorCode: KafkaError.ILLEGAL_SASL_STATE.code, mechanisms };
        if (!SASL_MECHANISMS.includes(mechanism))
            return { errorCode: KafkaError.UNSUPPORTED_SASL_MECHANISM.code, mechanisms };
        this.mechanism = mechanism;
        if (isScramMechanism(mechanism))
            this.scram = new ScramServer(mechanism, (user) => this.conn.ctx.broker.identity.users.get(user)?.scram?.[mechanism]);
        if (version === 0)
            this.awaitingRawToken = true;
        return { errorCode: 0, mechanisms };
    }
    /** SaslAuthenticate: the token to answer with, or the error to return (the connection then closes). */
    authenticate(token) {
        if (this.mechanism === undefined || this.authenticated)
            return {
                errorCode: KafkaError.ILLEGAL_SASL_STATE.code,
                message: 'SaslAuthenticate without SaslHandshake',
                reply: EMPTY,
            };
        const r = this.step(token);
        if (typeof r !== 'string')
            return { errorCode: 0, message: null, reply: r };
        return { errorCode: KafkaError.SASL_AUTHENTICATION_FAILED.code, message: r, reply: EMPTY };
    }
    /** The v0 exchange: the answer token (empty for PLAIN), or undefined to close the connection. */
    rawToken(token) {
        const r = this.step(token);
        // SCRAM takes two tokens: raw frames go on until the exchange is over
        if (typeof r === 'string' || this.authenticated)
            this.awaitingRawToken = false;
        return typeof r === 'string' ? undefined : r;
    }
    /** One token of the mechanism: the answer, or the failure's message. */
    step(token) {
        if (this.scram === undefined) {
            const why = this.plain(token);
            return why === undefined ? EMPTY : why;
        }
        const r = this.scram.step(token);
        const fail = (detail) => {
            this.conn.ctx.log.warn({ remote: this.conn.remote }, `Kafka SASL/${this.mechanism} login refused: ${detail}`);
            return ('Authentication failed during authentication due to invalid credentials with SASL mechanism ' +
                this.mechanism);
        };
        if (!r.ok)
            return fail(r.reason);
        if (!r.done)
            return Buffer.from(r.reply, 'utf8');
        const u = this.conn.ctx.broker.identity.users.get(r.user);
        if (u?.loopbackOnly && !isLoopbackAddress(this.conn.socket.remoteAddress))
            return fail(`user '${r.user}' can only connect via localhost`);
        try {
            this.conn.attach(r.user);
        }
        catch (err) {
            return fail(err.message);
        }
        this.authenticated = true;
        return Buffer.from(r.reply, 'utf8');
    }
    /** RFC 4616: [authzid] NUL authcid NUL passwd. */
    plain(token) {
        const parts = token.toString('utf8').split('\u0000');
        const fail = (detail, told = 'Authentication failed: Invalid username or password') => {
            this.conn.ctx.log.warn({ remote: this.conn.remote }, `Kafka SASL/PLAIN login refused: ${detail}`);
            return told;
        };
        if (parts.length !== 3)
            return fail('malformed PLAIN token', 'Authentication failed: malformed PLAIN token');
        const [authzid, user, password] = parts;
        if (authzid !== '' && authzid !== user)
            return fail(`authorization id '${authzid}' differs from user '${user}'`);
        const refused = this.conn.ctx.broker.authenticate(user, password, this.conn.socket.remoteAddress);
        if (refused)
            return fail(refused);
        try {
            this.conn.attach(user);
        }
        catch (err) {
            return fail(err.message, `Authentication failed: ${err.message}`);
        }
        this.authenticated = true;
        return undefined;
    }
}
const EMPTY = Buffer.alloc(0);
function isLoopbackAddress(addr) {
    if (!addr)
        return false;
    const a = addr.startsWith('::ffff:') ? addr.slice(7) : addr;
    return a === '::1' || a.startsWith('127.');
}
//# sourceMappingURL=sasl.js.map