import type { RecordView } from '../../store/index.js';
import type { Exchange } from '../exchanges/index.js';
import type { DeathReason, Message, PropertiesFormat } from '../messages/message.js';
import type { Queue } from '../queues/queue.js';
import type { PublishTarget } from '../topology/router.js';
/** What dead-lettering needs of its vhost: the exchanges to look the target up in, and publish. */
export interface DeadLetterHost {
    readonly exchanges: ReadonlyMap<string, Exchange>;
    publish(msg: Message, out: PublishTarget[], extraKeys?: readonly string[], accept?: (q: Queue) => boolean): boolean;
}
export declare class DeadLetterer {
    private readonly host;
    private readonly ctx;
    constructor(host: DeadLetterHost, ctx: {
        readonly format: PropertiesFormat;
    });
    /**
     * Dead-letters one message of `q` to its x-dead-letter-exchange (RabbitMQ semantics:
     * routing key from x-dead-letter-routing-key or the original keys, x-death recorded,
     * cycles dropped unless a rejection is part of the cycle). A missing dead-letter
     * exchange drops the message, as RabbitMQ does. `stored` (see QueueHooks.deadLetter)
     * runs once every durable target that took the copy has synced it; a target that
     * refuses it (its own overflow) is not waited for: at-most-once, as RabbitMQ's default
     * dead-letter strategy.
     */
    deadLetter(q: Queue, rec: RecordView, reason: DeathReason, stored?: (err?: Error) => void): void;
    /** Dead-letter copies whose targets are still syncing (Broker.close waits for them). */
    private settling;
    private settled;
    /** Calls `done` once every durable target in `targets` has synced (with the first error). */
    private whenSynced;
    /** Resolves once every dead-lettered message's copies are synced and its original removed. */
    settledAll(): Promise<void>;
}
