export type AckMode = 'on-confirm' | 'on-publish' | 'no-ack';
export type DeleteAfter = 'never' | 'queue-length' | number;
export interface ShovelDefinition {
    srcUris: string[];
    srcQueue?: string;
    srcExchange?: string;
    /** binding key of the exclusive queue made for src-exchange (default '') */
    srcExchangeKey: string;
    srcQueueArgs: Record<string, unknown>;
    srcConsumerArgs: Record<string, unknown>;
    /** src-predeclared: the source queue must exist (checked passively, never declared) */
    srcPredeclared: boolean;
    /** default 1000 */
    prefetch: number;
    /** default 'never' */
    deleteAfter: DeleteAfter;
    destUris: string[];
    destQueue?: string;
    destExchange?: string;
    destExchangeKey?: string;
    destQueueArgs: Record<string, unknown>;
    destPredeclared: boolean;
    /** the x-shovelled header (default false) */
    addForwardHeaders: boolean;
    /** the x-shovelled-timestamp header (default false) */
    addTimestampHeader: boolean;
    /** properties set on every forwarded message (AMQP names: content_type, delivery_mode, ...) */
    publishProperties: Record<string, unknown>;
    /** default 'on-confirm' */
    ackMode: AckMode;
    /** seconds before a restart after a failure (default 5); 0: never restart */
    reconnectDelay: number;
    /** Wharf-only: at most this many messages forwarded per second (default: no limit) */
    maxPerSecond?: number;
}
export declare function isObject(v: unknown): v is Record<string, unknown>;
/** Decides whether a local URI's vhost may be used by the acting user. */
export type LocalAccess = (user: string, vhost: string) => boolean;
/**
 * The problems RabbitMQ would report for this definition (empty when valid). `user`:
 * the acting user, undefined when a definitions file sets it at start.
 */
export declare function validateShovel(name: string, value: unknown, user: string | undefined, canUse: LocalAccess): string[];
/** A validated definition with RabbitMQ's defaults filled in (rabbit_amqp091_shovel:parse_*). */
export declare function parseShovel(value: Record<string, unknown>): ShovelDefinition;
