// The users the broker knows, as RabbitMQ's internal auth backend keeps them: a salted
// password hash (password.ts), tags that gate the management API, per-user limits, and
// the loopback-only flag of RabbitMQ's `loopback_users` (guest by default). Changes are
// made through Broker (identity.ts), which records and audits them; this is the store.
import { DEFAULT_HASHING, verifyPassword } from './password.js';
import type { ScramCredentials } from './scram.js';

export interface UserLimits {
  'max-connections'?: number;
  'max-channels'?: number;
}

export interface User {
  name: string;
  /** base64(salt ++ hash), RabbitMQ's password_hash; '' when the user has no password */
  passwordHash: string;
  hashingAlgorithm: string;
  tags: string[];
  limits: UserLimits;
  /** may only connect from 127.0.0.0/8 or ::1 (RabbitMQ's loopback_users; guest by default) */
  loopbackOnly: boolean;
  /** SCRAM credentials (scram.ts), made whenever the password is set in plain text; absent otherwise */
  scram?: ScramCredentials;
}

/** A user as the config file lists it (src/cli/config.ts checks the shape). */
export interface UserConfig {
  name: string;
  /** plain text; hashed at start (exactly one of password, password_hash) */
  password?: string;
  /** RabbitMQ's base64 salted hash, e.g. from `rabbitmqctl hash_password` */
  password_hash?: string;
  /** default rabbit_password_hashing_sha256 */
  hashing_algorithm?: string;
  /** list or comma-separated text; default none */
  tags?: string[] | string;
  /** default true for guest, false for anyone else */
  loopbackOnly?: boolean;
  /** vhost -> patterns, set at every start; default {"/": full} */
  permissions?: Record<string, { configure: string; write: string; read: string }>;
}

export type LoginResult =
  { ok: true; user: User } | { ok: false; reason: 'credentials' | 'loopback'; detail: string };

/** RabbitMQ's tag_list_from: a list, or a comma-separated text; blanks dropped. */
export function parseTags(v: unknown): string[] | undefined {
  const list = typeof v === 'string' ? v.split(',') : Array.isArray(v) ? v : undefined;
  if (!list || !list.every((t) => typeof t === 'string')) return undefined;
  return (list as string[]).map((t) => t.trim()).filter((t) => t !== '');
}

export function newUser(name: string, fields: Partial<Omit<User, 'name'>> = {}): User {
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
  private readonly users = new Map<string, User>();

  get(name: string): User | undefined {
    return this.users.get(name);
  }

  has(name: string): boolean {
    return this.users.has(name);
  }

  /** Every user, by name. */
  list(): User[] {
    return [...this.users.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  get size(): number {
    return this.users.size;
  }

  put(user: User): void {
    this.users.set(user.name, user);
  }

  delete(name: string): boolean {
    return this.users.delete(name);
  }

  /** Password check and the loopback rule, as RabbitMQ's internal backend and reader apply them. */
  login(name: string, password: string, remoteAddress: string | undefined): LoginResult {
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

export function isLoopback(addr: string | undefined): boolean {
  if (!addr) return false;
  const a = addr.startsWith('::ffff:') ? addr.slice(7) : addr;
  return a === '::1' || a.startsWith('127.');
}
