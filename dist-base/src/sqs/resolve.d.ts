import { type Queue, type VHost } from '../broker/index.js';
import type { Access } from '../broker/index.js';
import { AwsError } from './codec/index.js';
import type { ActionContext } from './context.js';
export interface ResolvedQueue {
    q: Queue;
    vhost: VHost;
    access: Access;
    vhostName: string;
    name: string;
}
export declare function queueUrlOf(ctx: ActionContext): string;
/** The queue named by the request, after checking `permission` on it. */
export declare function resolveQueue(ctx: ActionContext, permission: 'configure' | 'write' | 'read' | undefined, url?: string): ResolvedQueue;
export declare function resolveByName(ctx: ActionContext, vhostName: string, name: string, permission: 'configure' | 'write' | 'read' | undefined): ResolvedQueue;
/**
 * Queues SQS sees: not deleted, not an exclusive AMQP queue of another connection, and not a stream (a Kafka
 * topic, a Redis key or an AMQP stream queue: SQS does not serve streams, docs/protocols.md).
 */
export declare function servedBySqs(q: Queue): boolean;
/** An engine error in SQS's terms. */
export declare function toAwsError(err: unknown): AwsError;
