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
    permissions?: Record<string, {
        configure: string;
        write: string;
        read: string;
    }>;
}
export type LoginResult = {
    ok: true;
    user: User;
} | {
    ok: false;
    reason: 'credentials' | 'loopback';
    detail: string;
};
/** RabbitMQ's tag_list_from: a list, or a comma-separated text; blanks dropped. */
export declare function parseTags(v: unknown): string[] | undefined;
export declare function newUser(name: string, fields?: Partial<Omit<User, 'name'>>): User;
export declare class Users {
    private readonly users;
    get(name: string): User | undefined;
    has(name: string): boolean;
    /** Every user, by name. */
    list(): User[];
    get size(): number;
    put(user: User): void;
    delete(name: string): boolean;
    /** Password check and the loopback rule, as RabbitMQ's internal backend and reader apply them. */
    login(name: string, password: string, remoteAddress: string | undefined): LoginResult;
}
export declare function isLoopback(addr: string | undefined): boolean;
