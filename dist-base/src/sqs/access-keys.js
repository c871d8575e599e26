// Access keys for Signature Version 4: which Wharf user a key belongs to and its secret.
// Out of the box the key `guest` with secret `guest` works while the guest user exists
// with password guest, from loopback only (as the guest user's AMQP login). Keys of other
// users are runtime parameters (component `sqs-access-key` in vhost '/', named by the key
// id, value {user, secret}), created through the management API's parameter endpoints, the
// CLI or definitions, and kept with the definitions log (file mode of the data directory).
import { isLoopback } from '../broker/identity/users.js';
export const KEY_COMPONENT = 'sqs-access-key';
const KEY_VHOST = '/';
export class AccessKeys {
    broker;
    /**
     * The guest user's password hash last found to match "guest": checking it is a salted hash
     * per request otherwise. A changed password (a new hash) is checked again.
     */
    guestHash;
    constructor(broker) {
        this.broker = broker;
        if (!broker.parameters.has(KEY_COMPONENT)) {
            broker.parameters.register(KEY_COMPONENT, {
                validate: (_vhost, name, value) => {
                    const v = value;
                    const problems = [];
                    if (!/^[A-Za-z0-9_+=,.@-]{1,128}$/.test(name))
                        problems.push('access key id: 1-128 of A-Z a-z 0-9 _+=,.@-');
                    if (typeof v?.user !== 'string' || !broker.identity.users.has(v.user))
                        problems.push('user: an existing user');
                    if (typeof v?.secret !== 'string' || v.secret.length < 8)
                        problems.push('secret: at least 8 characters');
                    return problems;
                },
            });
        }
    }
    stored(key) {
        const p = this.broker.parameters.get(KEY_VHOST, KEY_COMPONENT, key);
        const v = p?.value;
        if (typeof v?.user !== 'string' || typeof v.secret !== 'string')
            return undefined;
        return { user: v.user, secret: v.secret };
    }
    /** The secret to check a signature with, or undefined for an unknown key (or guest off loopback). */
    secretOf(key, remoteAddress) {
        const s = this.stored(key);
        if (s) {
            const u = this.broker.identity.users.get(s.user);
            if (!u || (u.loopbackOnly && !isLoopback(remoteAddress)))
                return undefined;
            return { secretAccessKey: s.secret };
        }
        if (key === 'guest' && this.guestLogin(remoteAddress))
            return { secretAccessKey: 'guest' };
        return undefined;
    }
    /** identity.login('guest', 'guest', remoteAddress).ok, the password checked once per hash. */
    guestLogin(remoteAddress) {
        const u = this.broker.identity.users.get('guest');
        if (u === undefined)
            return false;
        if (u.passwordHash !== this.guestHash) {
            const r = this.broker.identity.login('guest', 'guest', remoteAddress);
            if (r.ok)
                this.guestHash = u.passwordHash;
            return r.ok;
        }
        return !u.loopbackOnly || isLoopback(remoteAddress);
    }
    userOf(key) {
        return this.stored(key)?.user ?? (key === 'guest' ? 'guest' : undefined);
    }
}
//# sourceMappingURL=access-keys.js.map