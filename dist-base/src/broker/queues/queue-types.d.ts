import type { RecordView } from '../../store/index.js';
import type { DeathReason, Message } from '../messages/message.js';
import type { QueuePullStates } from '../leases/pull-states.js';
import type { Queue } from './queue.js';
export interface QueueOptions {
    durable: boolean;
    exclusive: boolean;
    autoDelete: boolean;
    arguments: Record<string, unknown>;
    /** connection that owns an exclusive queue */
    owner?: string;
}
export interface QueueHooks {
    /** the queue should go away: last consumer of an auto-delete queue, or x-expires */
    autoDelete(queue: Queue): void;
    /**
     * A message leaves the queue for a reason other than an ack (dead-lettering). With
     * `stored`, it is called exactly once (synchronously when no durable target took a
     * copy) once every durable target has the copy on disk, or with the error of a target
     * whose sync failed.
     */
    deadLetter(queue: Queue, record: RecordView, reason: DeathReason, stored?: (err?: Error) => void): void;
    /** the record's head with its properties carrying x-delivery-count (quorum queues) */
    withDeliveryCount(head: Buffer, flags: number, count: number): Buffer;
    /** deduplication key of a message (x-message-deduplication queues) */
    dedupKey(msg: Message, header: string | undefined): string | undefined;
    /** something went wrong outside any client's request (a timer, a dispatch run): for the log */
    warn(queue: Queue, msg: string): void;
    /** the delivery states of the queue's pull reads (journaled when the queue is durable) */
    pullStates(queue: Queue): QueuePullStates;
    /** the queue was deleted: the broker's journaled state of it (pull states, send ledger) goes */
    dropQueueState(queue: Queue): void;
}
/** One message taken from the queue (basic.get). */
export interface Taken {
    position: number;
    /** priority level (which of the queue's logs holds it) */
    level: number;
    flags: number;
    head: Buffer;
    body: Buffer;
    redelivered: boolean;
    /** arrival time, ms since epoch */
    timestamp: number;
}
