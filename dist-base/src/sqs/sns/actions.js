// SNS on the engine: a topic is a durable fanout exchange of the same name (AMQP queues
// may bind to it and get every publish as it was sent); its SQS subscriptions are kept as
// runtime parameters (component `sns-subscription`) and served by Publish here, each with
// its filter policy, raw or enveloped delivery, into the subscribed queue (FIFO topics to
// FIFO queues keep MessageGroupId and deduplication). Topic attributes and tags are
// parameters too (component `sns-topic`).
import { randomBytes, randomUUID } from 'node:crypto';
import { AwsError } from '../codec/index.js';
import { heldWhileAlarmed } from '../context.js';
import { encodeSqsProperties } from '../message-map.js';
import { accountOf } from '../sqs-queues.js';
import { tapTopic } from './delivery.js';
import { checkSubscriptionPolicy, checkTopicPolicy } from './delivery-policy.js';
import { parseFilterPolicy } from './filter-policy.js';
import { confirmation } from './messages.js';
import { isActive, SUBSCRIPTION_COMPONENT, subscriptionsOf as subscriptionsOfTopic, TOPIC_COMPONENT, topicArnOf, } from './meta.js';
export { SUBSCRIPTION_COMPONENT, TOPIC_COMPONENT };
const SUB_ATTRIBUTES = new Set([
    'RawMessageDelivery',
    'FilterPolicy',
    'FilterPolicyScope',
    'RedrivePolicy',
    'DeliveryPolicy',
    'SubscriptionRoleArn',
]);
function invalid(message) {
    return new AwsError('InvalidParameterException', message);
}
function notFound(what = 'Topic does not exist') {
    return new AwsError('NotFoundException', what);
}
export function registerSnsComponents(ctx) {
    const params = ctx.broker.parameters;
    for (const c of [TOPIC_COMPONENT, SUBSCRIPTION_COMPONENT]) {
        if (!params.has(c))
            params.register(c, {
                validate: (_v, _n, value) => (value && typeof value === 'object' ? [] : ['value must be an object']),
            });
    }
}
function topicArn(ctx, vhost, name) {
    return topicArnOf(ctx.front.region, vhost, name);
}
function parseTopicArn(ctx, arn) {
    if (typeof arn !== 'string' || arn === '')
        throw invalid('Invalid parameter: TopicArn');
    const parts = arn.split(':');
    if (parts.length < 6 || parts[0] !== 'arn' || parts[2] !== 'sns')
        throw invalid('Invalid parameter: TopicArn');
    return { vhost: ctx.front.queues.parseUrl(`/${parts[4]}/x`).vhost, name: parts[5] };
}
function topicOf(ctx, arn, permission) {
    const { vhost: vhostName, name } = parseTopicArn(ctx, arn);
    const { vhost, access } = ctx.vhost(vhostName);
    const meta = ctx.front.broker.parameters.get(vhostName, TOPIC_COMPONENT, name)?.value;
    if (!meta || !vhost.exchanges.has(name))
        throw notFound();
    if (permission)
        access.check(permission, 'exchange', name);
    return { vhost, vhostName, name, meta, arn: topicArn(ctx, vhostName, name) };
}
function tagsOf(list) {
    const out = {};
    if (Array.isArray(list))
        for (const t of list)
            out[t.Key] = t.Value;
    return out;
}
const createTopic = (ctx) => {
    const name = ctx.input.Name;
    if (typeof name !== 'string' || !/^[A-Za-z0-9_-]{1,256}(\.fifo)?$/.test(name) || name.length > 256) {
        throw invalid('Invalid parameter: Topic Name');
    }
    const attrs = {};
    for (const [k, v] of Object.entries((ctx.input.Attributes ?? {})))
        attrs[k] = String(v);
    for (const [k, v] of Object.entries(attrs))
        checkTopicAttribute(k, v);
    const fifo = name.endsWith('.fifo');
    if ((attrs.FifoTopic === 'true') !== fifo) {
        throw invalid('Invalid parameter: Fifo Topic names must end with .fifo and must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long.');
    }
    const vhostName = '/';
    const { vhost, access } = ctx.vhost(vhostName);
    const params = ctx.front.broker.parameters;
    const existing = params.get(vhostName, TOPIC_COMPONENT, name);
    if (!existing || !vhost.exchanges.has(name)) {
        vhost.declareExchange(name, 'fanout', { durable: true, autoDelete: false, internal: false, arguments: {} }, false, access);
        params.set(vhostName, TOPIC_COMPONENT, name, { attributes: attrs, tags: tagsOf(ctx.input.Tags) }, ctx.user, undefined);
    }
    tapTopic(ctx.front, vhostName, name);
    return { TopicArn: topicArn(ctx, vhostName, name) };
};
const deleteTopic = (ctx) => {
    let t;
    try {
        t = topicOf(ctx, ctx.input.TopicArn, 'configure');
    }
    catch (err) {
        if (err instanceof AwsError && err.code === 'NotFoundException')
            return {}; // idempotent, as SNS
        throw err;
    }
    const params = ctx.front.broker.parameters;
    for (const s of params.list(SUBSCRIPTION_COMPONENT, t.vhostName)) {
        if (s.value.topic === t.name)
            params.clear(t.vhostName, SUBSCRIPTION_COMPONENT, s.name, ctx.user);
    }
    params.clear(t.vhostName, TOPIC_COMPONENT, t.name, ctx.user);
    t.vhost.deleteExchange(t.name, false);
    return {};
};
const listTopics = (ctx) => {
    const topics = ctx.front.broker.parameters
        .list(TOPIC_COMPONENT, '/')
        .map((p) => ({ TopicArn: topicArn(ctx, p.vhost, p.name) }));
    return { Topics: topics };
};
const getTopicAttributes = (ctx) => {
    const t = topicOf(ctx, ctx.input.TopicArn);
    const subs = subscriptionsOf(ctx, t.vhostName, t.name);
    return {
        Attributes: {
            ...t.meta.attributes,
            TopicArn: t.arn,
            Owner: accountOf(t.vhostName),
            DisplayName: t.meta.attributes.DisplayName ?? '',
            SubscriptionsConfirmed: String(subs.filter((x) => isActive(x.meta)).length),
            SubscriptionsPending: String(subs.filter((x) => !isActive(x.meta)).length),
            SubscriptionsDeleted: '0',
            EffectiveDeliveryPolicy: t.meta.attributes.DeliveryPolicy ??
                '{"http":{"defaultHealthyRetryPolicy":{"minDelayTarget":20,"maxDelayTarget":20,"numRetries":3,"numMaxDelayRetries":0,"numNoDelayRetries":0,"numMinDelayRetries":0,"backoffFunction":"linear"},"disableSubscriptionOverrides":false}}',
        },
    };
};
const setTopicAttributes = (ctx) => {
    const t = topicOf(ctx, ctx.input.TopicArn, 'configure');
    const name = String(ctx.input.AttributeName ?? '');
    if (name === '' || name === 'FifoTopic' || name === 'TopicArn')
        throw invalid('Invalid parameter: AttributeName');
    const value = String(ctx.input.AttributeValue ?? '');
    checkTopicAttribute(name, value);
    const attributes = { ...t.meta.attributes, [name]: value };
    ctx.front.broker.parameters.set(t.vhostName, TOPIC_COMPONENT, t.name, { ...t.meta, attributes }, ctx.user, undefined);
    return {};
};
function subscriptionsOf(ctx, vhostName, topic) {
    return subscriptionsOfTopic(ctx.front.broker, vhostName, topic);
}
function checkTopicAttribute(name, value) {
    if (name === 'SignatureVersion' && value !== '1' && value !== '2')
        throw invalid('Invalid parameter: Attributes Reason: SignatureVersion: Invalid value. Valid values: 1, 2');
    if (name === 'DeliveryPolicy' && value !== '') {
        try {
            checkTopicPolicy(value);
        }
        catch (err) {
            throw invalid(`Invalid parameter: DeliveryPolicy: ${err.message}`);
        }
    }
}
function checkSubAttribute(name, value, protocol) {
    if (!SUB_ATTRIBUTES.has(name))
        throw invalid(`Invalid parameter: AttributeName`);
    if (name === 'DeliveryPolicy' && value !== '') {
        if (protocol !== 'http' && protocol !== 'https')
            throw invalid('Invalid parameter: DeliveryPolicy: only http/https subscriptions take a delivery policy');
        try {
            checkSubscriptionPolicy(value);
        }
        catch (err) {
            throw invalid(`Invalid parameter: DeliveryPolicy: ${err.message}`);
        }
    }
    if (name === 'RedrivePolicy' && value !== '') {
        let arn;
        try {
            arn = JSON.parse(value).deadLetterTargetArn;
        }
        catch {
            arn = undefined;
        }
        if (typeof arn !== 'string' || !arn.startsWith('arn:aws:sqs:'))
            throw invalid('Invalid parameter: RedrivePolicy: deadLetterTargetArn is an SQS queue ARN');
    }
    if (name === 'FilterPolicy' && value !== '') {
        try {
            parseFilterPolicy(value);
        }
        catch (err) {
            throw invalid(`Invalid parameter: ${err.message}`);
        }
    }
    if (name === 'FilterPolicyScope' && value !== 'MessageAttributes' && value !== 'MessageBody') {
        throw invalid('Invalid parameter: FilterPolicyScope: Invalid value [' +
            value +
            ']. Please use either MessageBody or MessageAttributes');
    }
    if (name === 'RawMessageDelivery' && value !== 'true' && value !== 'false')
        throw invalid('Invalid parameter: RawMessageDelivery');
}
const subscribe = (ctx) => {
    const t = topicOf(ctx, ctx.input.TopicArn, 'read');
    const protocol = String(ctx.input.Protocol ?? '');
    const endpoint = String(ctx.input.Endpoint ?? '');
    if (protocol !== 'sqs' && protocol !== 'http' && protocol !== 'https')
        throw invalid(`Invalid parameter: Protocol: Wharf delivers SNS messages to sqs, http and https endpoints (not ${protocol})`);
    if (protocol === 'sqs') {
        const target = ctx.front.queues.parseArn(endpoint);
        if (!target)
            throw invalid('Invalid parameter: SQS endpoint ARN');
        if (t.name.endsWith('.fifo') !== target.name.endsWith('.fifo')) {
            throw invalid('Invalid parameter: Invalid parameter: Endpoint Reason: FIFO SQS Queues can not be subscribed to standard SNS topics');
        }
    }
    else {
        let url;
        try {
            url = new URL(endpoint);
        }
        catch {
            url = undefined;
        }
        if (!url || url.protocol !== `${protocol}:`)
            throw invalid(`Invalid parameter: Endpoint must match the specified protocol`);
        if (t.name.endsWith('.fifo'))
            throw invalid('Invalid parameter: Invalid protocol type: FIFO topics deliver to SQS queues only');
    }
    const attributes = {};
    for (const [k, v] of Object.entries((ctx.input.Attributes ?? {}))) {
        checkSubAttribute(k, String(v), protocol);
        attributes[k] = String(v);
    }
    // the same topic, protocol and endpoint is the same subscription
    const same = subscriptionsOf(ctx, t.vhostName, t.name).find((s) => s.meta.protocol === protocol && s.meta.endpoint === endpoint);
    const id = same?.id ?? randomUUID();
    const meta = {
        ...(same?.meta ?? {}),
        topic: t.name,
        protocol,
        endpoint,
        attributes: { ...(same?.meta.attributes ?? {}), ...attributes },
        owner: ctx.user,
        origin: ctx.origin,
    };
    const arn = `${t.arn}:${id}`;
    if (protocol !== 'sqs' && meta.confirmed !== true) {
        // SNS asks the endpoint to confirm (again, for a subscription still pending); nothing is
        // delivered to it before it does
        meta.token ??= randomBytes(64).toString('hex');
        ctx.front.broker.parameters.set(t.vhostName, SUBSCRIPTION_COMPONENT, id, meta, ctx.user, undefined);
        sendConfirmation(ctx, t, id, meta, 'SubscriptionConfirmation');
        return { SubscriptionArn: ctx.input.ReturnSubscriptionArn === true ? arn : 'pending confirmation' };
    }
    ctx.front.broker.parameters.set(t.vhostName, SUBSCRIPTION_COMPONENT, id, meta, ctx.user, undefined);
    return { SubscriptionArn: arn };
};
/** Queues a (Un)SubscriptionConfirmation for an http/https subscription (outbox: http-deliveries.ts). */
function sendConfirmation(ctx, t, id, meta, type) {
    const messageId = randomUUID();
    const body = confirmation({
        signer: ctx.front.snsSigner,
        origin: meta.origin ?? ctx.origin,
        version: t.meta.attributes.SignatureVersion,
    }, type, t.arn, `${t.arn}:${id}`, messageId, meta.token ?? randomBytes(64).toString('hex'), Date.now());
    ctx.front.snsHttp.enqueue(t.vhost, id, meta.endpoint, type, t.arn, messageId, JSON.stringify(body), []);
}
function subscriptionOf(ctx, arn) {
    if (typeof arn !== 'string')
        throw invalid('Invalid parameter: SubscriptionArn');
    const i = arn.lastIndexOf(':');
    const topic = parseTopicArn(ctx, arn.slice(0, i));
    const id = arn.slice(i + 1);
    const meta = ctx.front.broker.parameters.get(topic.vhost, SUBSCRIPTION_COMPONENT, id)?.value;
    if (!meta)
        throw notFound('Subscription does not exist');
    ctx.vhost(topic.vhost);
    return { vhostName: topic.vhost, id, meta, topicArn: arn.slice(0, i) };
}
const unsubscribe = (ctx) => {
    try {
        const s = subscriptionOf(ctx, ctx.input.SubscriptionArn);
        // unsigned (an UnsubscribeURL followed): allowed unless the confirmation asked for authentication
        if (ctx.anonymous && s.meta.authenticateOnUnsubscribe === true)
            throw new AwsError('AuthorizationErrorException', 'This subscription requires an authenticated Unsubscribe');
        ctx.front.broker.parameters.clear(s.vhostName, SUBSCRIPTION_COMPONENT, s.id, s.meta.owner ?? ctx.user);
        if (s.meta.protocol !== 'sqs' && s.meta.confirmed === true) {
            try {
                const t = topicOf(ctx, s.topicArn);
                sendConfirmation(ctx, t, s.id, s.meta, 'UnsubscribeConfirmation');
            }
            catch {
                // the topic went first: no one to say goodbye for
            }
        }
    }
    catch (err) {
        if (!(err instanceof AwsError && err.code === 'NotFoundException'))
            throw err;
    }
    return {};
};
const confirmSubscription = (ctx) => {
    const t = topicOf(ctx, ctx.input.TopicArn);
    const token = String(ctx.input.Token ?? '');
    const found = subscriptionsOf(ctx, t.vhostName, t.name).find((s) => s.meta.token !== undefined && s.meta.token === token);
    if (!found || token === '')
        throw invalid('Invalid token');
    const arn = `${t.arn}:${found.id}`;
    if (found.meta.confirmed === true)
        return { SubscriptionArn: arn };
    const meta = {
        ...found.meta,
        confirmed: true,
        authenticateOnUnsubscribe: !ctx.anonymous && String(ctx.input.AuthenticateOnUnsubscribe ?? '').toLowerCase() === 'true',
    };
    ctx.front.broker.parameters.set(t.vhostName, SUBSCRIPTION_COMPONENT, found.id, meta, found.meta.owner ?? ctx.user, undefined);
    return { SubscriptionArn: arn };
};
function listed(ctx, vhostName, topic) {
    return ctx.front.broker.parameters
        .list(SUBSCRIPTION_COMPONENT, vhostName)
        .filter((p) => topic === undefined || p.value.topic === topic)
        .map((p) => {
        const m = p.value;
        const tArn = topicArn(ctx, vhostName, m.topic);
        return {
            SubscriptionArn: isActive(m) ? `${tArn}:${p.name}` : 'PendingConfirmation',
            Owner: accountOf(vhostName),
            Protocol: m.protocol,
            Endpoint: m.endpoint,
            TopicArn: tArn,
        };
    });
}
const listSubscriptions = (ctx) => ({ Subscriptions: listed(ctx, '/', undefined) });
const listSubscriptionsByTopic = (ctx) => {
    const t = topicOf(ctx, ctx.input.TopicArn);
    return { Subscriptions: listed(ctx, t.vhostName, t.name) };
};
const getSubscriptionAttributes = (ctx) => {
    const s = subscriptionOf(ctx, ctx.input.SubscriptionArn);
    return {
        Attributes: {
            RawMessageDelivery: 'false',
            ...s.meta.attributes,
            SubscriptionArn: String(ctx.input.SubscriptionArn),
            TopicArn: s.topicArn,
            Protocol: s.meta.protocol,
            Endpoint: s.meta.endpoint,
            Owner: accountOf(s.vhostName),
            ConfirmationWasAuthenticated: String(s.meta.protocol === 'sqs' || s.meta.authenticateOnUnsubscribe === true),
            PendingConfirmation: String(!isActive(s.meta)),
        },
    };
};
const setSubscriptionAttributes = (ctx) => {
    const s = subscriptionOf(ctx, ctx.input.SubscriptionArn);
    const name = String(ctx.input.AttributeName ?? '');
    const value = String(ctx.input.AttributeValue ?? '');
    checkSubAttribute(name, value, s.meta.protocol);
    const attributes = { ...s.meta.attributes, [name]: value };
    if (value === '' && name === 'FilterPolicy')
        delete attributes.FilterPolicy;
    ctx.front.broker.parameters.set(s.vhostName, SUBSCRIPTION_COMPONENT, s.id, { ...s.meta, attributes }, ctx.user, undefined);
    return {};
};
/** One SNS publish: to the topic's exchange (AMQP bindings), then to each matching SQS subscription. */
async function publishOne(ctx, t, input) {
    let message = input.Message;
    if (typeof message !== 'string' || message === '')
        throw invalid('Invalid parameter: Empty message');
    if (input.MessageStructure === 'json') {
        let parsed;
        try {
            parsed = JSON.parse(message);
        }
        catch {
            throw invalid('Invalid parameter: Message Structure - JSON message body failed to parse');
        }
        if (typeof parsed.default !== 'string')
            throw invalid('Invalid parameter: Message Structure - No default entry in JSON message body');
        message = typeof parsed.sqs === 'string' ? parsed.sqs : parsed.default;
    }
    const body = message;
    if (Buffer.byteLength(body) > 262_144)
        throw invalid('Invalid parameter: Message too long');
    const attrs = (input.MessageAttributes ?? {});
    for (const [k, a] of Object.entries(attrs)) {
        if (!a?.DataType)
            throw new AwsError('InvalidParameterValueException', `The message attribute '${k}' must contain non-empty message attribute type.`);
    }
    const fifo = t.name.endsWith('.fifo');
    const groupId = typeof input.MessageGroupId === 'string' ? input.MessageGroupId : undefined;
    if (fifo && groupId === undefined)
        throw invalid('Invalid parameter: The MessageGroupId parameter is required for FIFO topics');
    const dedupId = typeof input.MessageDeduplicationId === 'string' ? input.MessageDeduplicationId : undefined;
    if (fifo && dedupId === undefined) {
        if (t.meta.attributes.ContentBasedDeduplication !== 'true') {
            throw invalid('Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly');
        }
    }
    const messageId = randomUUID();
    const receipts = ctx.front.broker.receipts;
    // the topic's exchange: AMQP queues bound to it get the message as published, and its tap
    // (delivery.ts) the SQS subscriptions, as for a message an AMQP client publishes there
    tapTopic(ctx.front, t.vhostName, t.name);
    const { accepted } = receipts.publish(t.vhost, {
        exchange: t.name,
        routingKey: '',
        properties: encodeSqsProperties(ctx.front.broker.config.format, {
            messageId,
            attributes: attrs,
            groupId,
            dedupId,
            subject: typeof input.Subject === 'string' ? input.Subject : undefined,
        }),
        body: Buffer.from(body),
        persistent: true,
        timestamp: Date.now(),
    });
    if (!accepted)
        throw new AwsError('InternalErrorException', 'a subscribed queue refused the message (full)');
    // answered once the copies and the subscriptions' delivery state are on disk
    await receipts.synced();
    return fifo
        ? { MessageId: messageId, SequenceNumber: ctx.front.queues.topicSequence() }
        : { MessageId: messageId };
}
const publish = async (ctx) => {
    const arn = ctx.input.TopicArn ?? ctx.input.TargetArn;
    if (arn === undefined)
        throw invalid('Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter');
    const t = topicOf(ctx, arn, 'write');
    return publishOne(ctx, t, ctx.input);
};
const publishBatch = async (ctx) => {
    const t = topicOf(ctx, ctx.input.TopicArn, 'write');
    const entries = (ctx.input.PublishBatchRequestEntries ?? []);
    if (entries.length === 0)
        throw new AwsError('EmptyBatchRequestException', "The batch request doesn't contain any entries");
    if (entries.length > 10)
        throw new AwsError('TooManyEntriesInBatchRequestException', 'The batch request contains more entries than permissible.');
    const ids = new Set(entries.map((e) => e.Id));
    if (ids.size !== entries.length)
        throw new AwsError('BatchEntryIdsNotDistinctException', 'Two or more batch entries in the request have the same Id.');
    const successful = [];
    const failed = [];
    for (const e of entries) {
        try {
            successful.push({ Id: e.Id, ...(await publishOne(ctx, t, e)) });
        }
        catch (err) {
            const a = err instanceof AwsError ? err : new AwsError('InternalErrorException', String(err));
            failed.push({
                Id: e.Id,
                Code: a.code.replace(/Exception$/, ''),
                Message: a.message,
                SenderFault: true,
            });
        }
    }
    return { Successful: successful, Failed: failed };
};
function resourceTopic(ctx) {
    return topicOf(ctx, ctx.input.ResourceArn, 'configure');
}
const tagResource = (ctx) => {
    const t = resourceTopic(ctx);
    const tags = { ...t.meta.tags, ...tagsOf(ctx.input.Tags) };
    ctx.front.broker.parameters.set(t.vhostName, TOPIC_COMPONENT, t.name, { ...t.meta, tags }, ctx.user, undefined);
    return {};
};
const untagResource = (ctx) => {
    const t = resourceTopic(ctx);
    const tags = { ...t.meta.tags };
    for (const k of (ctx.input.TagKeys ?? []))
        delete tags[k];
    ctx.front.broker.parameters.set(t.vhostName, TOPIC_COMPONENT, t.name, { ...t.meta, tags }, ctx.user, undefined);
    return {};
};
const listTagsForResource = (ctx) => {
    const t = topicOf(ctx, ctx.input.ResourceArn);
    return { Tags: Object.entries(t.meta.tags).map(([Key, Value]) => ({ Key, Value })) };
};
export const SNS_ACTIONS = {
    CreateTopic: createTopic,
    DeleteTopic: deleteTopic,
    ListTopics: listTopics,
    GetTopicAttributes: getTopicAttributes,
    SetTopicAttributes: setTopicAttributes,
    Subscribe: subscribe,
    ConfirmSubscription: confirmSubscription,
    Unsubscribe: unsubscribe,
    ListSubscriptions: listSubscriptions,
    ListSubscriptionsByTopic: listSubscriptionsByTopic,
    GetSubscriptionAttributes: getSubscriptionAttributes,
    SetSubscriptionAttributes: setSubscriptionAttributes,
    Publish: heldWhileAlarmed(publish),
    PublishBatch: heldWhileAlarmed(publishBatch),
    TagResource: tagResource,
    UntagResource: untagResource,
    ListTagsForResource: listTagsForResource,
};
//# sourceMappingURL=actions.js.map