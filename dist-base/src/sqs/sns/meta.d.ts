import type { Broker } from '../../broker/index.js';
export declare const TOPIC_COMPONENT = "sns-topic";
export declare const SUBSCRIPTION_COMPONENT = "sns-subscription";
export interface TopicMeta {
    attributes: Record<string, string>;
    tags: Record<string, string>;
}
export interface SubscriptionMeta {
    topic: string;
    protocol: string;
    endpoint: string;
    attributes: Record<string, string>;
    /** http/https: the confirmation token while the subscription awaits confirmation */
    token?: string;
    /** http/https: confirmed (nothing is delivered before) */
    confirmed?: boolean;
    /** http/https: Unsubscribe must be signed (ConfirmSubscription's AuthenticateOnUnsubscribe) */
    authenticateOnUnsubscribe?: boolean;
    /** scheme://host:port the subscriber was given (the Subscribe request's Host) */
    origin?: string;
    /** the Wharf user who subscribed (acts for unsigned confirmations) */
    owner?: string;
}
/** Does the subscription take deliveries (an http/https one only once confirmed)? */
export declare function isActive(m: SubscriptionMeta): boolean;
/** The queue a subscription's RedrivePolicy names (an SQS ARN), if it has one. */
export declare function redriveTargetArn(m: SubscriptionMeta | undefined): string | undefined;
export declare function topicArnOf(region: string, vhost: string, name: string): string;
/** The subscriptions of one topic, by id. */
export declare function subscriptionsOf(broker: Broker, vhostName: string, topic: string): {
    id: string;
    meta: SubscriptionMeta;
}[];
