import type { Channel } from 'amqplib';
import type { Publisher } from './publisher.js';
import { type Envelope } from './types.js';
export interface ReplayDeadLettersOptions {
    /** Only messages for which this returns true are moved; the others stay. Default: all. */
    filter?: (message: Envelope<unknown>) => boolean | Promise<boolean>;
    /** Move at most this many. Default: all that were in the queue when the replay started. */
    limit?: number;
    /** At most this many messages per second. Default: as fast as confirms come. */
    rate?: number;
    /** Where to publish messages that name no source queue (exchange, routing key). */
    target?: {
        exchange: string;
        routingKey: string;
    };
}
export interface ReplayDeadLettersResult {
    /** Published (confirmed) and removed from the dead-letter queue. */
    moved: number;
    /** Looked at and left: filtered out, nowhere to go, or the publish failed (see errors). */
    skipped: number;
    /** Why publishes failed, one line per failure (at most 100). */
    errors: string[];
}
export declare function replayDeadLetters(ch: Channel, publisher: Publisher, queue: string, options?: ReplayDeadLettersOptions): Promise<ReplayDeadLettersResult>;
