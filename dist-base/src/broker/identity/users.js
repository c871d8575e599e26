// The users the broker knows, as RabbitMQ's internal auth backend keeps them: a salted
// password hash (password.ts), tags that gate the management API, per-user limits, and
// the loopback-only flag of RabbitMQ's `loopback_users` (guest by default). Changes are
// made through Broker (identity.ts), which records and audits them; this is the store.
import { DEFAULT_HASHING, verifyPassword } from './password.js';
/** RabbitMQ's tag_list_from: a list, or a comma-separated text; blanks dropped. */
export function parseTags(v) {
    const list = typeof v === 'string' ? v.split(',') : Array.isArray(v) ? v : undefined;
    if (!list || !list.every((t) => typeof t === 'string'))
        return undefined;
    return list.map((t) => t.trim()).filter((t) => t !== '');
}
export function newUser(name, fields = {}) {
    return {
        name,
        passwordHash: '',
        hashingAlgorithm: DEFAULT_HASHING,
        tags: [],
        limits: {},
        loopbackOnly: name === 'guest',
        ...fields,
    };
}
export class Users {
    users = new Map();
    get(name) {
        return this.users.get(name);
    }
    has(name) {
        return this.users.has(name);
    }
    /** Every user, by name. */
    list() {
        return [...this.users.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }
    get size() {
        return this.users.size;
    }
    put(user) {
        this.users.set(user.name, user);
    }
    delete(name) {
        return this.users.delete(name);
    }
    /** Password check and the loopback rule, as RabbitMQ's internal backend and reader apply them. */
    login(name, password, remoteAddress) {
        const u = this.users.get(name);
        if (password === '') {
            return {
                ok: false,
                reason: 'credentials',
                detail: `user '${name}' attempted to log in with a blank password`,
            };
        }
        if (!u || !verifyPassword(u.passwordHash, u.hashingAlgorithm, password)) {
            return { ok: false, reason: 'credentials', detail: `user '${name}' - invalid credentials` };
        }
        if (u.loopbackOnly && !isLoopback(remoteAddress)) {
            return { ok: false, reason: 'loopback', detail: `user '${name}' can only connect via localhost` };
        }
        return { ok: true, user: u };
    }
}
export function isLoopback(addr) {
    if (!addr)
        return false;
    const a = addr.startsWith('::ffff:') ? addr.slice(7) : addr;
    return a === '::1' || a.startsWith('127.');
}
//# sourceMappingURL=users.js.map