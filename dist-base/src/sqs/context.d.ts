import type { Access, Broker, VHost } from '../broker/index.js';
import type { AwsProtocol } from './codec/index.js';
import type { SqsQueues } from './sqs-queues.js';
import type { HttpDeliveries } from './sns/http-deliveries.js';
import type { SnsSigner } from './sns/signer.js';
export interface SqsFront {
    readonly broker: Broker;
    readonly queues: SqsQueues;
    /** the AWS region named in ARNs */
    readonly region: string;
    /** scheme://host:port of the first listener, for URLs in messages that no request addressed (SNS envelopes) */
    readonly origin: string;
    /** signs SNS messages (signer.ts) */
    readonly snsSigner: SnsSigner;
    /** deliveries to SNS http/https subscriptions */
    readonly snsHttp: HttpDeliveries;
}
export interface ActionContext {
    front: SqsFront;
    protocol: AwsProtocol;
    action: string;
    input: Record<string, unknown>;
    /** the Wharf user the access key belongs to */
    user: string;
    /** the access key id the request was signed with */
    accessKey: string;
    /** scheme://host:port as the client addressed us (the Host header) */
    origin: string;
    /** the request's path (the queue URL's path when a client posts to it) */
    path: string;
    /**
     * an unsigned request: only SNS's ConfirmSubscription and Unsubscribe are taken so (the
     * SubscribeURL and UnsubscribeURL a subscriber follows); `user` is then the topic's
     * subscriber as far as the handler can tell, and the handler checks the token or ARN
     */
    anonymous?: boolean;
    /** aborted when the client goes away (ends a long poll) */
    signal: AbortSignal;
    /** the vhost the request's queue lives in, with the user's access there */
    vhost(name: string): {
        vhost: VHost;
        access: Access;
    };
}
export type ActionHandler = (ctx: ActionContext) => Promise<Record<string, unknown>> | Record<string, unknown>;
/**
 * A write action (SendMessage, SNS Publish, ...) waits while a memory or disk alarm is on, as an AMQP
 * publisher is blocked: the answer comes once the alarm clears, so the sender slows down instead of
 * filling the disk or the memory further, and receivers keep draining meanwhile.
 */
export declare function heldWhileAlarmed(h: ActionHandler): ActionHandler;
