import type { Broker } from '../broker.js';
import { type VhostLimits } from '../topology/limits.js';
import { type PermissionSpec, type TopicPermissionSpec } from '../identity/permissions.js';
import { type User } from '../identity/users.js';
import type { VHost } from '../topology/vhost.js';
import { ValidationError } from '../errors.js';
type Json = Record<string, unknown>;
/** A definitions document that cannot be applied; answered as 400 with this text. */
export declare class DefinitionsError extends ValidationError {
}
export declare function isObject(v: unknown): v is Json;
export declare function list(doc: Json, key: string): Json[];
export declare function str(item: Json, key: string, what: string, dflt?: string): string;
export declare function userJson(u: User): Json;
export declare function vhostDefinition(v: VHost): Json;
/** RabbitMQ keeps vhost limits as the runtime parameter vhost-limits/limits. */
export declare function limitParameters(vhosts: Iterable<VHost>): Json[];
export declare function exportIdentity(broker: Broker): Json;
export interface IdentityPlan {
    users: User[];
    vhosts: {
        name: string;
        description?: string;
        tags?: string[];
        defaultQueueType?: string;
    }[];
    limits: {
        vhost: string;
        limits: VhostLimits;
    }[];
    permissions: (PermissionSpec & {
        user: string;
        vhost: string;
    })[];
    topicPermissions: (TopicPermissionSpec & {
        user: string;
        vhost: string;
    })[];
}
/**
 * Validates the identity sections (whole-broker form; the per-vhost form passes
 * `vhost` and only vhost limits apply). Returns the warnings for parameters of components
 * no one registered (federation).
 */
export declare function planIdentity(broker: Broker, doc: Json, vhost: string | undefined, warnings: string[]): IdentityPlan;
/** Applies a plan in RabbitMQ's order: users, vhosts, limits, permissions, topic permissions. */
export declare function applyIdentity(broker: Broker, plan: IdentityPlan, actor: string): void;
export {};
