import { ValidationError } from '../errors.js';
export interface VhostLimits {
    'max-connections'?: number;
    'max-queues'?: number;
}
export declare const VHOST_LIMITS: readonly ["max-connections", "max-queues"];
export declare const USER_LIMITS: readonly ["max-connections", "max-channels"];
/** A limit definition RabbitMQ would refuse; the message is its text. */
export declare class LimitError extends ValidationError {
}
/** Validates a whole vhost-limits value (as rabbit_vhost_limit:set does): "Validation failed" texts. */
export declare function parseVhostLimits(value: unknown): VhostLimits;
/** Validates user limits (rabbit_auth_backend_internal:set_user_limits): its bare texts. */
export declare function parseUserLimits(value: unknown): {
    'max-connections'?: number;
    'max-channels'?: number;
};
/** The limit in effect: undefined when none applies (unset or negative). */
export declare function effectiveLimit(v: number | undefined): number | undefined;
