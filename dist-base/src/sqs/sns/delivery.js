// Delivery of a topic's messages to its subscriptions, as the tap of the topic's exchange
// (broker ExchangeTap): every message published to the exchange, by SNS Publish or by an AMQP
// client, reaches each subscribed queue whose filter policy it matches, in SNS's signed JSON
// envelope or raw (RawMessageDelivery), FIFO queues deduplicated through their send ledger; a
// subscription whose queue is gone delivers to its RedrivePolicy's dead-letter queue. For a
// confirmed http/https subscription the delivery is stored in the vhost's outbox and POSTed from
// there (http-deliveries.ts). What the tap stores is waited for by the publisher (SNS Publish's
// answer, an AMQP confirm).
//
// A message published over AMQP is read as SQS reads one (message-map.ts): string headers are
// String attributes, numbers Number, byte arrays Binary; its message_id is the SNS MessageId
// (a new one when it has none), header x-sqs-group-id / x-sqs-dedup-id the FIFO ids.
import { randomUUID } from 'node:crypto';
import { FifoState } from '../fifo.js';
import { decodeSqsProperties, encodeSqsProperties } from '../message-map.js';
import { attributeValues, matches, parseFilterPolicy } from './filter-policy.js';
import { isActive, redriveTargetArn, subscriptionsOf, TOPIC_COMPONENT, topicArnOf, } from './meta.js';
import { notification } from './messages.js';
/** Sets the tap of every topic's exchange (at start: taps are not recorded). */
export function tapAllTopics(front) {
    for (const p of front.broker.parameters.list(TOPIC_COMPONENT))
        tapTopic(front, p.vhost, p.name);
}
/** Sets the tap of one topic's exchange, unless it has it (an exchange declared anew has none). */
export function tapTopic(front, vhostName, topic) {
    const ex = front.broker.vhost(vhostName)?.exchanges.get(topic);
    if (!ex || ex.tap !== undefined)
        return;
    ex.tap = (msg, out) => deliver(front, vhostName, topic, msg, out);
}
/** A stored copy's place, waited for by the publisher whatever the published message's delivery mode. */
function persisting(t) {
    return { durable: t.durable, persistsAll: true, sync: (cb) => t.sync(cb) };
}
const deliver = (front, vhostName, topic, msg, out) => {
    const subs = subscriptionsOf(front.broker, vhostName, topic);
    if (subs.length === 0)
        return true;
    const format = front.broker.config.format;
    const m = decodeSqsProperties(format, msg.properties, randomUUID);
    const body = msg.body.toString('utf8');
    const arn = topicArnOf(front.region, vhostName, topic);
    const values = attributeValues(m.attributes);
    const signatureVersion = front.broker.parameters.get(vhostName, TOPIC_COMPONENT, topic)?.value?.attributes.SignatureVersion;
    let parsedBody;
    let bodyParsed = false;
    let accepted = true;
    const scratch = [];
    for (const s of subs) {
        if (!isActive(s.meta))
            continue;
        const policyText = s.meta.attributes.FilterPolicy;
        if (policyText) {
            const scope = s.meta.attributes.FilterPolicyScope === 'MessageBody' ? 'body' : 'attributes';
            if (scope === 'body' && !bodyParsed) {
                bodyParsed = true;
                try {
                    parsedBody = JSON.parse(body);
                }
                catch {
                    parsedBody = undefined;
                }
            }
            if (!matches(parseFilterPolicy(policyText), scope, values, parsedBody))
                continue;
        }
        const raw = s.meta.attributes.RawMessageDelivery === 'true';
        const envelope = () => JSON.stringify(notification({ signer: front.snsSigner, origin: s.meta.origin ?? front.origin, version: signatureVersion }, arn, `${arn}:${s.id}`, m.messageId, body, m.subject, m.attributes, msg.timestamp));
        if (s.meta.protocol === 'http' || s.meta.protocol === 'https') {
            const vhost = front.broker.vhost(vhostName);
            if (!vhost)
                continue;
            const payload = raw ? body : envelope();
            scratch.length = 0;
            if (!front.snsHttp.enqueue(vhost, s.id, s.meta.endpoint, 'Notification', arn, m.messageId, payload, scratch))
                accepted = false;
            for (const t of scratch)
                out.push(persisting(t));
            continue;
        }
        if (s.meta.protocol !== 'sqs')
            continue;
        let target = front.queues.parseArn(s.meta.endpoint);
        let vhost = target && front.broker.vhost(target.vhost);
        let q = target && vhost?.queues.get(target.name);
        if (!target || !vhost || !q) {
            // the queue is gone: to the subscription's dead-letter queue (its RedrivePolicy), else dropped as SNS does
            const dlqArn = redriveTargetArn(s.meta);
            target = dlqArn === undefined ? undefined : front.queues.parseArn(dlqArn);
            vhost = target && front.broker.vhost(target.vhost);
            q = target && vhost?.queues.get(target.name);
            if (!target || !vhost || !q)
                continue;
        }
        const payload = raw ? body : envelope();
        const qFifo = target.name.endsWith('.fifo');
        let sequence;
        let qDedup;
        if (qFifo) {
            const state = front.queues.fifo(q);
            qDedup = m.dedupId ?? FifoState.contentDedupId(body);
            if (state.duplicate(qDedup, msg.timestamp))
                continue;
            sequence = state.nextSequence();
            state.remember(qDedup, m.messageId, sequence, msg.timestamp);
            out.push({ durable: true, persistsAll: true, sync: (cb) => state.sync(cb) });
        }
        if (!vhost.publish({
            exchange: '',
            routingKey: target.name,
            properties: encodeSqsProperties(format, {
                messageId: randomUUID(),
                attributes: raw ? m.attributes : {},
                groupId: qFifo ? m.groupId : undefined,
                dedupId: qDedup,
                sequence,
            }),
            body: Buffer.from(payload),
            persistent: true,
            timestamp: msg.timestamp,
        }, scratch))
            accepted = false;
        for (const t of scratch)
            out.push(persisting(t));
    }
    return accepted;
};
//# sourceMappingURL=delivery.js.map