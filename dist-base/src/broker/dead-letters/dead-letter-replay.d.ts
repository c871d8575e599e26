import type { Broker } from '../broker.js';
import { type DeathReason } from '../messages/message.js';
export declare const DEATH_REASONS: readonly DeathReason[];
export interface ReplayOptions {
    /** at most this many messages are moved (default: all) */
    count?: number;
    /** only messages whose most recent death has this reason */
    reason?: DeathReason;
    /** only messages with this header value (compared as text) */
    header?: {
        name: string;
        value: unknown;
    };
    /** where to publish instead of the queue of the first x-death entry */
    target?: {
        exchange: string;
        routingKey: string;
    };
}
export interface ReplayResult {
    /** republished and removed from the dead-letter queue */
    moved: number;
    /** examined and left in the dead-letter queue (no match, or nowhere to go) */
    skipped: number;
    /** messages in the dead-letter queue afterwards */
    remaining: number;
}
export declare function deaths(headers: unknown): Record<string, unknown>[];
/**
 * Replays messages of queue `queueName` in vhost `vhostName`. Examines at most the
 * queue's ready count at the start (requeued non-matching messages are not seen twice).
 */
export declare function replayDeadLetters(broker: Broker, vhostName: string, queueName: string, opts?: ReplayOptions): Promise<ReplayResult>;
