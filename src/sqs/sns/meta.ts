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
