// Users, permissions, topic permissions and user limits: the changes RabbitMQ's
// rabbit_auth_backend_internal makes (put_user, delete_user, set/clear_permissions,
// set/clear_topic_permissions, set/clear_user_limits), with its validation and error
// names, each recorded in the definitions log and audited with who made it. Vhosts
// themselves belong to Broker, which this reaches through IdentityHost.
import { Access } from './access.js';
import type { AuditEvent } from '../operations/audit.js';
import type { IdentityRecord } from '../definitions/definitions.js';
import { parseUserLimits, USER_LIMITS } from '../topology/limits.js';
import { DEFAULT_HASHING, hashPassword, isBase64, isHashingAlgorithm } from './password.js';
import { scramCredentials } from './scram.js';
import { type PermissionSpec, Permissions, type TopicPermissionSpec } from './permissions.js';
import type { SessionInfo } from '../session.js';
import { type LoginResult, newUser, parseTags, type User, type UserLimits, Users } from './users.js';
import { ValidationError } from '../errors.js';

export interface IdentityHost {
  /** appends to the definitions log (a no-op while replaying it) */
  record(r: IdentityRecord): void;
  audit(e: AuditEvent): void;
  vhostExists(name: string): boolean;
  sessions(): Iterable<SessionInfo>;
}

/** A change RabbitMQ refuses; `message` is its error term (answered as 400). */
export class IdentityError extends ValidationError {}

/** The body of PUT /api/users/{name} and of a definitions `users` item. */
export interface PutUserInput {
  password?: unknown;
  password_hash?: unknown;
  hashing_algorithm?: unknown;
  tags?: unknown;
  administrator?: unknown;
  limits?: unknown;
}

export class Identity {
  readonly users = new Users();
  readonly permissions = new Permissions();

  constructor(private readonly host: IdentityHost) {}

  login(name: string, password: string, remoteAddress: string | undefined): LoginResult {
    return this.users.login(name, password, remoteAddress);
  }

  /** The permission checks of `user` in `vhost` (one per channel: it caches). */
  access(user: string, vhost: string): Access {
    return new Access(user, vhost, this.permissions);
  }

  // ---- users --------------------------------------------------------------------

  /**
   * RabbitMQ's put_user: tags (or the old `administrator` flag) are required; a password
   * is hashed, a password_hash is taken as is; neither clears the password (the user can
   * then not log in with one). Returns whether the user was created.
   */
  putUser(name: string, input: PutUserInput, actor: string): 'created' | 'updated' {
    const old = this.users.get(name);
    const { user, credentials } = this.prepareUser(name, input);
    this.storeUser(user);
    const event = old ? 'user.updated' : 'user.created';
    this.host.audit({ event, actor, user: name, tags: user.tags, credentials });
    return old ? 'updated' : 'created';
  }

  /**
   * The user record put_user would write, validated (IdentityError, LimitError), nothing
   * changed: definitions import checks a whole document before applying any of it.
   * `defaultHashing`: the algorithm of a hash given without one (older exports).
   */
  prepareUser(
    name: string,
    input: PutUserInput,
    defaultHashing = DEFAULT_HASHING,
  ): { user: User; credentials: 'password' | 'password_hash' | 'none' } {
    if (input.tags === undefined && input.administrator === undefined)
      throw new IdentityError('tags_not_present');
    const tags =
      input.tags === undefined
        ? isTrue(input.administrator)
          ? ['administrator']
          : []
        : parseTags(input.tags);
    if (tags === undefined)
      throw new IdentityError('tags must be a list of strings or a comma-separated string');
    if (input.password !== undefined && input.password_hash !== undefined) {
      throw new IdentityError('both_password_and_password_hash_are_provided');
    }
    const limits = input.limits === undefined ? undefined : (parseUserLimits(input.limits) as UserLimits);
    const old = this.users.get(name);
    const user: User = old ? { ...old, tags } : newUser(name, { tags });
    if (limits) user.limits = limits;
    if (input.password !== undefined) {
      if (typeof input.password !== 'string') throw new IdentityError('password must be a string');
      user.passwordHash = hashPassword(input.password);
      user.hashingAlgorithm = DEFAULT_HASHING;
      user.scram = scramCredentials(input.password);
      return { user, credentials: 'password' };
    }
    if (input.password_hash !== undefined) {
      const alg = input.hashing_algorithm ?? defaultHashing;
      if (typeof input.password_hash !== 'string' || !isBase64(input.password_hash)) {
        throw new IdentityError('password_hash must be base64');
      }
      if (typeof alg !== 'string' || !isHashingAlgorithm(alg)) {
        throw new IdentityError(`unsupported hashing_algorithm ${JSON.stringify(alg)}`);
      }
      user.passwordHash = input.password_hash;
      user.hashingAlgorithm = alg;
      delete user.scram; // not derivable from a hash
      return { user, credentials: 'password_hash' };
    }
    user.passwordHash = '';
    delete user.scram;
    return { user, credentials: 'none' };
  }

  /** Writes a user as given (config users, replay); recorded, not audited. */
  storeUser(user: User): void {
    this.users.put(user);
    this.host.record({ op: 'user', user: { ...user, tags: [...user.tags], limits: { ...user.limits } } });
  }

  /** Deletes the user, its permissions, and closes its connections (320, as RabbitMQ). */
  deleteUser(name: string, actor: string): boolean {
    if (!this.users.delete(name)) return false;
    this.permissions.dropUser(name);
    this.host.record({ op: 'user.delete', name });
    this.host.audit({ event: 'user.deleted', actor, user: name });
    for (const s of [...this.host.sessions()]) if (s.user === name) s.close(`user '${name}' is deleted`);
    return true;
  }

  // ---- permissions --------------------------------------------------------------

  private requireUserAndVhost(user: string, vhost: string): void {
    if (!this.users.has(user) || !this.host.vhostExists(vhost))
      throw new IdentityError('vhost_or_user_not_found');
  }

  setPermissions(user: string, vhost: string, spec: PermissionSpec, actor: string): 'created' | 'updated' {
    for (const k of ['configure', 'write', 'read'] as const) {
      if (typeof spec[k] !== 'string') throw new IdentityError(`${k} must be a string`);
    }
    Permissions.validate(spec);
    this.requireUserAndVhost(user, vhost);
    const existed = this.permissions.get(user, vhost) !== undefined;
    this.permissions.set(user, vhost, spec);
    this.host.record({ op: 'permission', vhost, user, ...pick(spec) });
    this.host.audit({ event: 'permission.set', actor, user, vhost, ...pick(spec) });
    return existed ? 'updated' : 'created';
  }

  clearPermissions(user: string, vhost: string, actor: string): boolean {
    if (!this.permissions.delete(user, vhost)) return false;
    this.host.record({ op: 'permission.delete', vhost, user });
    this.host.audit({ event: 'permission.cleared', actor, user, vhost });
    return true;
  }

  setTopicPermissions(
    user: string,
    vhost: string,
    spec: TopicPermissionSpec,
    actor: string,
  ): 'created' | 'updated' {
    for (const k of ['exchange', 'write', 'read'] as const) {
      if (typeof spec[k] !== 'string') throw new IdentityError(`${k} must be a string`);
    }
    Permissions.validate({ write: spec.write, read: spec.read });
    this.requireUserAndVhost(user, vhost);
    const existed = this.permissions.listTopic({ user, vhost }).some((t) => t.exchange === spec.exchange);
    this.permissions.setTopic(user, vhost, spec);
    const { exchange, write, read } = spec;
    this.host.record({ op: 'topic-permission', vhost, user, exchange, write, read });
    this.host.audit({ event: 'topic_permission.set', actor, user, vhost, exchange, write, read });
    return existed ? 'updated' : 'created';
  }

  /** Without `exchange`: every topic permission of the user in the vhost. */
  clearTopicPermissions(user: string, vhost: string, actor: string, exchange?: string): boolean {
    if (!this.permissions.deleteTopic(user, vhost, exchange)) return false;
    this.host.record({ op: 'topic-permission.delete', vhost, user, exchange });
    this.host.audit({ event: 'topic_permission.cleared', actor, user, vhost, exchange });
    return true;
  }

  // ---- user limits --------------------------------------------------------------

  setUserLimit(name: string, limit: string, value: unknown, actor: string): void {
    const user = this.users.get(name);
    if (!user) throw new IdentityError('user_not_found');
    const parsed = parseUserLimits({ [limit]: value });
    this.storeUser({ ...user, limits: { ...user.limits, ...parsed } });
    this.host.audit({ event: 'user_limits.set', actor, user: name, limit, value });
  }

  /** `limit` 'all' clears every limit, as RabbitMQ's clear_user_limits. */
  clearUserLimit(name: string, limit: string, actor: string): boolean {
    const user = this.users.get(name);
    if (!user) return false;
    const limits: UserLimits = {};
    if (limit !== 'all') {
      for (const k of USER_LIMITS)
        if (k !== limit && user.limits[k] !== undefined) limits[k] = user.limits[k];
    }
    this.storeUser({ ...user, limits });
    this.host.audit({ event: 'user_limits.cleared', actor, user: name, limit });
    return true;
  }

  // ---- definitions log ------------------------------------------------------------

  /** Applies a logged record at boot: no validation, recording or audit. */
  replay(r: IdentityRecord): void {
    switch (r.op) {
      case 'user':
        this.users.put(newUser(r.user.name, r.user));
        break;
      case 'user.delete':
        this.users.delete(r.name);
        this.permissions.dropUser(r.name);
        break;
      case 'permission':
        this.permissions.set(r.user, r.vhost, r);
        break;
      case 'permission.delete':
        this.permissions.delete(r.user, r.vhost);
        break;
      case 'topic-permission':
        this.permissions.setTopic(r.user, r.vhost, r);
        break;
      case 'topic-permission.delete':
        this.permissions.deleteTopic(r.user, r.vhost, r.exchange);
        break;
    }
  }

  /** The live users and permissions, for compaction of the definitions log. */
  records(): IdentityRecord[] {
    const out: IdentityRecord[] = [];
    for (const user of this.users.list()) out.push({ op: 'user', user });
    for (const p of this.permissions.list()) out.push({ op: 'permission', ...p });
    for (const t of this.permissions.listTopic()) out.push({ op: 'topic-permission', ...t });
    return out;
  }
}

function pick(spec: PermissionSpec): PermissionSpec {
  return { configure: spec.configure, write: spec.write, read: spec.read };
}

function isTrue(v: unknown): boolean {
  return v === true || v === 'true';
}
