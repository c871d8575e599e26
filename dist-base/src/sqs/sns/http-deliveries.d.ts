import type { Lease, PublishTarget, Queue, VHost } from '../../broker/index.js';
import type { SqsFront } from '../context.js';
export declare const OUTBOX_QUEUE = "wharf.sns-http";
export type SnsMessageType = 'SubscriptionConfirmation' | 'Notification' | 'UnsubscribeConfirmation';
export interface HttpDeliveryOptions {
    /** told of deliveries that failed for good */
    onWarning?: (msg: string) => void;
}
export declare class HttpDeliveries {
    private readonly front;
    private readonly options;
    private readonly workers;
    private readonly agents;
    private closed;
    /** POSTs under way, ended at close */
    private readonly requests;
    /** leases of deliveries under way: released at close, so they are tried at once after a restart */
    private readonly attempting;
    constructor(front: SqsFront, options?: HttpDeliveryOptions);
    warn(msg: string): void;
    /** Starts the loops of vhosts whose outbox holds deliveries from before a restart. */
    start(): void;
    close(): void;
    private worker;
    /**
     * Stores one delivery for subscription `subscriptionId` (its body as it will be POSTed) and
     * pushes where it was stored onto `out` (the publisher waits for that sync). False when the
     * outbox refused it (out of space).
     */
    enqueue(vhost: VHost, subscriptionId: string, endpoint: string, type: SnsMessageType, topicArn: string, messageId: string, body: string, out: PublishTarget[]): boolean;
    /** One attempt at one delivery; settles its lease (ack, or extend until the next retry). */
    attempt(vhost: VHost, q: Queue, l: Lease): Promise<void>;
    private attemptOnce;
    private deadLetter;
    /** POSTs `body`; the HTTP status, or undefined when no answer came (refused, reset, timed out). */
    private post;
}
