import { ValidationError } from '../errors.js';
export interface PermissionSpec {
    configure: string;
    write: string;
    read: string;
}
export interface TopicPermissionSpec {
    exchange: string;
    write: string;
    read: string;
}
export type Permission = 'configure' | 'write' | 'read';
/** A pattern RabbitMQ would refuse to set; the text names it. */
export declare class PermissionError extends ValidationError {
}
/** RabbitMQ reads '' as "^$"; anything else as a (PCRE) regular expression, unanchored. */
export declare function compilePattern(pattern: string): RegExp;
/** RabbitMQ's expand_topic_permission: literal replacement of {name} placeholders. */
export declare function expandTopicPattern(pattern: string, vars: Record<string, string>): string;
export declare class Permissions {
    /** bumped by every change; caches compare it */
    generation: number;
    /** vhost -> user -> permissions */
    private readonly perms;
    /** vhost -> user -> exchange -> topic permissions */
    private readonly topics;
    /** Throws PermissionError for a pattern that does not compile; changes nothing. */
    static validate(spec: PermissionSpec | Omit<TopicPermissionSpec, 'exchange'>): void;
    get(user: string, vhost: string): PermissionSpec | undefined;
    set(user: string, vhost: string, spec: PermissionSpec): void;
    delete(user: string, vhost: string): boolean;
    list(filter?: {
        user?: string;
        vhost?: string;
    }): (PermissionSpec & {
        user: string;
        vhost: string;
    })[];
    /** RabbitMQ's check_vhost_access: any permission entry for the vhost lets the user in. */
    hasVhostAccess(user: string, vhost: string): boolean;
    permits(user: string, vhost: string, permission: Permission, name: string): boolean;
    setTopic(user: string, vhost: string, spec: TopicPermissionSpec): void;
    /** Deletes one exchange's topic permissions, or all of the user's in the vhost. */
    deleteTopic(user: string, vhost: string, exchange?: string): boolean;
    listTopic(filter?: {
        user?: string;
        vhost?: string;
    }): (TopicPermissionSpec & {
        user: string;
        vhost: string;
    })[];
    /** True when the user has any topic permission in the vhost (else topic checks are skipped). */
    hasTopicPermissions(user: string, vhost: string): boolean;
    /** RabbitMQ: no topic permission for the exchange means every routing key is allowed. */
    topicPermits(user: string, vhost: string, exchange: string, permission: 'write' | 'read', key: string): boolean;
    /** A deleted user loses every permission (RabbitMQ's delete_user). */
    dropUser(user: string): void;
    /** A deleted vhost takes its permissions along. */
    dropVhost(vhost: string): void;
}
