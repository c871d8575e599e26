// What SNS keeps of its topics and subscriptions: runtime parameters (durable with the
// definitions log, exported with definitions), one per topic and one per subscription.
import type { Broker } from '../../broker/index.js';
import { accountOf } from '../sqs-queues.js';

export const TOPIC_COMPONENT = 'sns-topic';
export const SUBSCRIPTION_COMPONENT = 'sns-subscription';

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
export function isActive(m: SubscriptionMeta): boolean {
  return m.protocol === 'sqs' || m.confirmed === true;
}

/** The queue a subscription's RedrivePolicy names (an SQS ARN), if it has one. */
export function redriveTargetArn(m: SubscriptionMeta | undefined): string | undefined {
  const text = m?.attributes.RedrivePolicy;
  if (!text) return undefined;
  try {
    const arn = (JSON.parse(text) as { deadLetterTargetArn?: unknown }).deadLetterTargetArn;
    return typeof arn === 'string' ? arn : undefined;
  } catch {
    return undefined;
  }
}

export function topicArnOf(region: string, vhost: string, name: string): string {
  return `arn:aws:sns:${region}:${accountOf(vhost)}:${name}`;
}

/** The subscriptions of one topic, by id. */
export function subscriptionsOf(
  broker: Broker,
  vhostName: string,
  topic: string,
): { id: string; meta: SubscriptionMeta }[] {
  return broker.parameters
    .list(SUBSCRIPTION_COMPONENT, vhostName)
    .filter((p) => (p.value as unknown as SubscriptionMeta).topic === topic)
    .map((p) => ({ id: p.name, meta: p.value as unknown as SubscriptionMeta }));
}
