import { Access } from './access.js';
import type { AuditEvent } from '../operations/audit.js';
import type { IdentityRecord } from '../definitions/definitions.js';
import { type PermissionSpec, Permissions, type TopicPermissionSpec } from './permissions.js';
import type { SessionInfo } from '../session.js';
import { type LoginResult, type User, Users } from './users.js';
import { ValidationError } from '../errors.js';
export interface IdentityHost {
    /** appends to the definitions log (a no-op while replaying it) */
    record(r: IdentityRecord): void;
    audit(e: AuditEvent): void;
    vhostExists(name: string): boolean;
    sessions(): Iterable<SessionInfo>;
}
/** A change RabbitMQ refuses; `message` is its error term (answered as 400). */
export declare class IdentityError extends ValidationError {
}
/** The body of PUT /api/users/{name} and of a definitions `users` item. */
export interface PutUserInput {
    password?: unknown;
    password_hash?: unknown;
    hashing_algorithm?: unknown;
    tags?: unknown;
    administrator?: unknown;
    limits?: unknown;
}
export declare class Identity {
    private readonly host;
    readonly users: Users;
    readonly permissions: Permissions;
    constructor(host: IdentityHost);
    login(name: string, password: string, remoteAddress: string | undefined): LoginResult;
    /** The permission checks of `user` in `vhost` (one per channel: it caches). */
    access(user: string, vhost: string): Access;
    /**
     * RabbitMQ's put_user: tags (or the old `administrator` flag) are required; a password
     * is hashed, a password_hash is taken as is; neither clears the password (the user can
     * then not log in with one). Returns whether the user was created.
     */
    putUser(name: string, input: PutUserInput, actor: string): 'created' | 'updated';
    /**
     * The user record put_user would write, validated (IdentityError, LimitError), nothing
     * changed: definitions import checks a whole document before applying any of it.
     * `defaultHashing`: the algorithm of a hash given without one (older exports).
     */
    prepareUser(name: string, input: PutUserInput, defaultHashing?: string): {
        user: User;
        credentials: 'password' | 'password_hash' | 'none';
    };
    /** Writes a user as given (config users, replay); recorded, not audited. */
    storeUser(user: User): void;
    /** Deletes the user, its permissions, and closes its connections (320, as RabbitMQ). */
    deleteUser(name: string, actor: string): boolean;
    private requireUserAndVhost;
    setPermissions(user: string, vhost: string, spec: PermissionSpec, actor: string): 'created' | 'updated';
    clearPermissions(user: string, vhost: string, actor: string): boolean;
    setTopicPermissions(user: string, vhost: string, spec: TopicPermissionSpec, actor: string): 'created' | 'updated';
    /** Without `exchange`: every topic permission of the user in the vhost. */
    clearTopicPermissions(user: string, vhost: string, actor: string, exchange?: string): boolean;
    setUserLimit(name: string, limit: string, value: unknown, actor: string): void;
    /** `limit` 'all' clears every limit, as RabbitMQ's clear_user_limits. */
    clearUserLimit(name: string, limit: string, actor: string): boolean;
    /** Applies a logged record at boot: no validation, recording or audit. */
    replay(r: IdentityRecord): void;
    /** The live users and permissions, for compaction of the definitions log. */
    records(): IdentityRecord[];
}
