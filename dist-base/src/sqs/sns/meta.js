import { accountOf } from '../sqs-queues.js';
export const TOPIC_COMPONENT = 'sns-topic';
export const SUBSCRIPTION_COMPONENT = 'sns-subscription';
/** Does the subscription take deliveries (an http/https one only once confirmed)? */
export function isActive(m) {
    return m.protocol === 'sqs' || m.confirmed === true;
}
/** The queue a subscription's RedrivePolicy names (an SQS ARN), if it has one. */
export function redriveTargetArn(m) {
    const text = m?.attributes.RedrivePolicy;
    if (!text)
        return undefined;
    try {
        const arn = JSON.parse(text).deadLetterTargetArn;
        return typeof arn === 'string' ? arn : undefined;
    }
    catch {
        return undefined;
    }
}
export function topicArnOf(region, vhost, name) {
    return `arn:aws:sns:${region}:${accountOf(vhost)}:${name}`;
}
/** The subscriptions of one topic, by id. */
export function subscriptionsOf(broker, vhostName, topic) {
    return broker.parameters
        .list(SUBSCRIPTION_COMPONENT, vhostName)
        .filter((p) => p.value.topic === topic)
        .map((p) => ({ id: p.name, meta: p.value }));
}
//# sourceMappingURL=meta.js.map