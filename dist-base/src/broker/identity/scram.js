// SCRAM-SHA-256 and SCRAM-SHA-512 (RFC 5802, RFC 7677) against Wharf's users, for any front that
// offers SASL (Kafka's SaslHandshake). SCRAM cannot be checked against RabbitMQ's salted password
// hashes, so whenever a password is set in plain text (PUT /api/users, config users, the default
// guest) the user also gets SCRAM credentials: per mechanism a random salt, the iteration count,
// StoredKey and ServerKey, as Kafka keeps them (never the password). A user whose password was set
// only as a hash has none, and SCRAM refuses it; PLAIN still works.
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
export const SCRAM_MECHANISMS = Object.freeze(['SCRAM-SHA-256', 'SCRAM-SHA-512']);
/** Kafka's default and minimum is 4096 (ScramMechanism.minIterations). */
const ITERATIONS = 4096;
const DIGEST = {
    'SCRAM-SHA-256': { hash: 'sha256', bytes: 32 },
    'SCRAM-SHA-512': { hash: 'sha512', bytes: 64 },
};
export function isScramMechanism(m) {
    return Object.hasOwn(DIGEST, m);
}
function hmac(hash, key, text) {
    return createHmac(hash, key).update(text, 'utf8').digest();
}
/** A mechanism's credential for `password`: what is stored instead of the password. */
export function scramCredential(mechanism, password, salt = randomBytes(32), iterations = ITERATIONS) {
    const { hash, bytes } = DIGEST[mechanism];
    const salted = pbkdf2Sync(Buffer.from(password.normalize('NFKC'), 'utf8'), salt, iterations, bytes, hash);
    const clientKey = hmac(hash, salted, 'Client Key');
    return {
        salt: salt.toString('base64'),
        iterations,
        storedKey: createHash(hash).update(clientKey).digest('base64'),
        serverKey: hmac(hash, salted, 'Server Key').toString('base64'),
    };
}
/** Credentials for every SCRAM mechanism Wharf offers. */
export function scramCredentials(password) {
    const out = {};
    for (const m of SCRAM_MECHANISMS)
        out[m] = scramCredential(m, password);
    return out;
}
/** RFC 5802 saslname: '=2C' is ',' and '=3D' is '='; any other '=' is malformed. */
function decodeSaslName(s) {
    if (/=(?!2C|3D)/.test(s))
        return undefined;
    return s.replace(/=2C/g, ',').replace(/=3D/g, '=');
}
function attributes(msg) {
    const out = new Map();
    for (const part of msg.split(',')) {
        if (part.length < 2 || part[1] !== '=')
            continue;
        if (!out.has(part[0]))
            out.set(part[0], part.slice(2));
    }
    return out;
}
/**
 * The server side of one SCRAM exchange: client-first → server-first, client-final → server-final.
 * `lookup` gives the user's credential for the mechanism (undefined: no such user, or none set).
 * The caller then checks what else a login needs (loopback rule, vhost access, limits).
 */
export class ScramServer {
    mechanism;
    lookup;
    state = 'first';
    user = '';
    nonce = '';
    gs2 = '';
    clientFirstBare = '';
    serverFirst = '';
    cred;
    constructor(mechanism, lookup) {
        this.mechanism = mechanism;
        this.lookup = lookup;
    }
    step(token) {
        const msg = token.toString('utf8');
        if (this.state === 'first')
            return this.first(msg);
        if (this.state === 'final')
            return this.final(msg);
        return { ok: false, reason: 'the SCRAM exchange is over' };
    }
    first(msg) {
        // gs2-header: "n,," or "y,," (no channel binding here); an authzid must be the user itself
        const m = /^([ny]),(a=[^,]*)?,(.*)$/.exec(msg);
        if (!m)
            return { ok: false, reason: 'malformed client-first message (channel binding is not supported)' };
        this.gs2 = msg.slice(0, msg.length - m[3].length);
        this.clientFirstBare = m[3];
        const a = attributes(m[3]);
        const user = decodeSaslName(a.get('n') ?? '');
        const cnonce = a.get('r');
        if (!user || !cnonce)
            return { ok: false, reason: 'client-first message without user name or nonce' };
        if (m[2] !== undefined && decodeSaslName(m[2].slice(2)) !== user)
            return { ok: false, reason: `authorization id differs from user '${user}'` };
        // Kafka's delegation tokens (tokenauth=true) are not Wharf users
        if (m[3].includes('tokenauth=true'))
            return { ok: false, reason: 'delegation tokens are not supported' };
        this.user = user;
        this.cred = this.lookup(user);
        // an unknown user gets a made-up salt: the failure comes at the proof, as for a wrong password
        const salt = this.cred?.salt ?? createHash('sha256').update(`wharf-scram:${user}`).digest('base64');
        const iterations = this.cred?.iterations ?? ITERATIONS;
        this.nonce = cnonce + randomBytes(18).toString('base64');
        this.serverFirst = `r=${this.nonce},s=${salt},i=${iterations}`;
        this.state = 'final';
        return { ok: true, reply: this.serverFirst, done: false, user };
    }
    final(msg) {
        this.state = 'done';
        const i = msg.lastIndexOf(',p=');
        if (i < 0)
            return { ok: false, reason: 'client-final message without proof' };
        const withoutProof = msg.slice(0, i);
        const a = attributes(withoutProof);
        if (a.get('c') !== Buffer.from(this.gs2, 'utf8').toString('base64'))
            return { ok: false, reason: 'channel binding differs from the client-first message' };
        // Kafka's ScramSaslServer checks endsWith, not equality: librdkafka 2.0.2 sends its own nonce
        // again in front of the server's (which already starts with it), and the proof covers that text
        if (!(a.get('r') ?? '').endsWith(this.nonce))
            return { ok: false, reason: 'nonce mismatch' };
        const cred = this.cred;
        if (cred === undefined)
            return { ok: false, reason: `no user '${this.user}' with ${this.mechanism} credentials` };
        const { hash } = DIGEST[this.mechanism];
        const auth = `${this.clientFirstBare},${this.serverFirst},${withoutProof}`;
        const storedKey = Buffer.from(cred.storedKey, 'base64');
        const proof = Buffer.from(msg.slice(i + 3), 'base64');
        const signature = hmac(hash, storedKey, auth);
        if (proof.length !== signature.length)
            return { ok: false, reason: `user '${this.user}' - invalid credentials` };
        const clientKey = Buffer.alloc(proof.length);
        for (let k = 0; k < proof.length; k++)
            clientKey[k] = proof[k] ^ signature[k];
        const computed = createHash(hash).update(clientKey).digest();
        if (!timingSafeEqual(computed, storedKey))
            return { ok: false, reason: `user '${this.user}' - invalid credentials` };
        const verifier = hmac(hash, Buffer.from(cred.serverKey, 'base64'), auth).toString('base64');
        return { ok: true, reply: `v=${verifier}`, done: true, user: this.user };
    }
}
//# sourceMappingURL=scram.js.map