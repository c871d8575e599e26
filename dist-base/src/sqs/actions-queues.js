// Queue actions: CreateQueue, GetQueueUrl, ListQueues, DeleteQueue, PurgeQueue,
// Get/SetQueueAttributes, tags, ListDeadLetterSourceQueues, Add/RemovePermission.
import { StreamQueue } from '../broker/index.js';
import { AwsError } from './codec/index.js';
import { ALL_NAMES, checkAttributes, INT_ATTRIBUTES, parseRedrivePolicy } from './queue-attributes.js';
import { resolveByName, resolveQueue, servedBySqs } from './resolve.js';
import { checkQueueName, isFifoName, newIncarnation } from './sqs-queues.js';
const nowSeconds = () => Math.floor(Date.now() / 1000);
function strings(v) {
    const out = {};
    if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v))
            out[k] = String(x);
    return out;
}
function requireString(ctx, name) {
    const v = ctx.input[name];
    if (typeof v !== 'string' || v === '')
        throw new AwsError('MissingParameter', `The request must contain the parameter ${name}.`);
    return v;
}
/** The vhost new queues go to: the one named by the account in a QueueUrl-less request, else '/'. */
function targetVhost(ctx) {
    if (ctx.path !== '/' && ctx.path !== '') {
        const segs = ctx.path.split('/').filter((s) => s !== '');
        if (segs.length >= 1)
            return ctx.front.queues.parseUrl(`/${segs[0]}/x`).vhost;
    }
    return '/';
}
const createQueue = (ctx) => {
    const name = requireString(ctx, 'QueueName');
    checkQueueName(name);
    const given = strings(ctx.input.Attributes);
    const fifoAttr = given.FifoQueue?.toLowerCase() === 'true';
    const fifo = isFifoName(name);
    if (fifoAttr !== fifo && (fifoAttr || given.FifoQueue !== undefined)) {
        throw new AwsError('InvalidParameterValue', fifo
            ? 'The queue name ends in .fifo: set the FifoQueue attribute to true.'
            : 'The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.');
    }
    if (fifo && given.FifoQueue === undefined) {
        throw new AwsError('InvalidParameterValue', 'The FifoQueue attribute is required for a queue name ending in .fifo.');
    }
    const attrs = checkAttributes(given, fifo, true);
    const vhostName = targetVhost(ctx);
    const { vhost, access } = ctx.vhost(vhostName);
    const queues = ctx.front.queues;
    const existing = vhost.queues.get(name);
    if (existing instanceof StreamQueue && !existing.deleted) {
        throw new AwsError('QueueNameExists', `A stream named ${name} exists (a Kafka topic, a Redis stream or an AMQP stream queue); SQS does not serve streams`);
    }
    if (existing && !existing.deleted) {
        const meta = queues.meta(vhostName, name);
        if (meta) {
            for (const [k, v] of Object.entries(attrs)) {
                const current = meta.attributes[k] ?? (INT_ATTRIBUTES[k] ? String(INT_ATTRIBUTES[k].dflt) : undefined);
                if (current !== v) {
                    throw new AwsError('QueueNameExists', `A queue already exists with the same name and a different value for attribute ${k}`);
                }
            }
        }
        access.check('configure', 'queue', name);
        return { QueueUrl: queues.url(ctx.origin, vhostName, name) };
    }
    if (attrs.RedrivePolicy)
        checkRedriveTarget(ctx, attrs.RedrivePolicy, fifo);
    vhost.declareQueue(name, {
        passive: false,
        durable: true,
        exclusive: false,
        autoDelete: false,
        arguments: queues.engineArguments(attrs),
        access,
    });
    const now = nowSeconds();
    const meta = {
        attributes: attrs,
        tags: strings(ctx.input.tags),
        created: now,
        modified: now,
        incarnation: newIncarnation(),
    };
    queues.setMeta(vhostName, name, meta, ctx.user);
    return { QueueUrl: queues.url(ctx.origin, vhostName, name) };
};
/** A RedrivePolicy's dead-letter queue must exist and be of the same type. */
function checkRedriveTarget(ctx, text, fifo) {
    const { deadLetterTargetArn } = parseRedrivePolicy(text);
    const target = ctx.front.queues.parseArn(deadLetterTargetArn);
    const bad = (why) => new AwsError('InvalidParameterValue', `Value ${text} for parameter RedrivePolicy is invalid. Reason: ${why}`);
    if (!target)
        throw bad('Dead-letter target ARN is not a valid SQS queue ARN.');
    const q = ctx.front.broker.vhost(target.vhost)?.queues.get(target.name);
    if (!q || !servedBySqs(q))
        throw bad('Dead-letter target does not exist.');
    if (isFifoName(target.name) !== fifo)
        throw bad('Dead-letter queue must be the same type of queue as the source.');
}
const getQueueUrl = (ctx) => {
    const name = requireString(ctx, 'QueueName');
    const owner = ctx.input.QueueOwnerAWSAccountId;
    const vhostName = typeof owner === 'string' && owner !== '' ? ctx.front.queues.parseUrl(`/${owner}/x`).vhost : '/';
    resolveByName(ctx, vhostName, name, undefined);
    return { QueueUrl: ctx.front.queues.url(ctx.origin, vhostName, name) };
};
const listQueues = (ctx) => {
    const prefix = typeof ctx.input.QueueNamePrefix === 'string' ? ctx.input.QueueNamePrefix : '';
    const maxResults = ctx.input.MaxResults;
    if (maxResults !== undefined && (maxResults < 1 || maxResults > 1000)) {
        throw new AwsError('InvalidParameterValue', 'Value for parameter MaxResults is invalid. Reason: must be between 1 and 1000.');
    }
    const after = decodeToken(ctx.input.NextToken);
    const vhostName = targetVhost(ctx);
    const { vhost } = ctx.vhost(vhostName);
    const names = [...vhost.queues.values()]
        .filter((q) => servedBySqs(q) && q.name.startsWith(prefix) && sqsNamed(q.name))
        .map((q) => q.name)
        .filter((n) => after === undefined || n > after)
        .sort();
    const limit = maxResults ?? 1000;
    const page = names.slice(0, limit);
    const out = {
        QueueUrls: page.map((n) => ctx.front.queues.url(ctx.origin, vhostName, n)),
    };
    if (maxResults !== undefined && names.length > limit)
        out.NextToken = Buffer.from(page[page.length - 1]).toString('base64');
    if (page.length === 0)
        delete out.QueueUrls;
    return out;
};
function sqsNamed(name) {
    return /^[A-Za-z0-9_-]{1,80}(\.fifo)?$/.test(name) && name.length <= 80;
}
function decodeToken(v) {
    if (typeof v !== 'string' || v === '')
        return undefined;
    return Buffer.from(v, 'base64').toString();
}
const deleteQueue = (ctx) => {
    const r = resolveQueue(ctx, 'configure');
    r.vhost.deleteQueue(r.name, false, false);
    if (ctx.front.queues.meta(r.vhostName, r.name))
        ctx.front.queues.clearMeta(r.vhostName, r.name, ctx.user);
    return {};
};
const purgeQueue = (ctx) => {
    // RabbitMQ's purge needs read permission; SQS's is sqs:PurgeQueue, closest to deleting messages
    const r = resolveQueue(ctx, 'read');
    r.q.purge();
    return {};
};
const getQueueAttributes = (ctx) => {
    const r = resolveQueue(ctx, undefined);
    const names = ctx.input.AttributeNames ?? [];
    for (const n of names) {
        if (n !== 'All' && !ALL_NAMES.has(n))
            throw new AwsError('InvalidAttributeName', `Unknown Attribute ${n}.`);
    }
    const all = names.includes('All');
    const values = attributeValues(ctx, r.vhostName, r.name);
    const out = {};
    for (const [k, v] of Object.entries(values))
        if (all || names.includes(k))
            out[k] = v;
    return Object.keys(out).length > 0 ? { Attributes: out } : {};
};
/** Every attribute with a value: the settable ones (stored or default) and the read-only ones. */
export function attributeValues(ctx, vhostName, name) {
    const q = ctx.front.broker.vhost(vhostName).queues.get(name);
    const meta = ctx.front.queues.metaOrDefault(vhostName, name);
    const fifo = isFifoName(name);
    const out = {};
    for (const [k, r] of Object.entries(INT_ATTRIBUTES)) {
        if (k === 'KmsDataKeyReusePeriodSeconds' && meta.attributes[k] === undefined)
            continue;
        out[k] = meta.attributes[k] ?? String(r.dflt);
    }
    for (const [k, v] of Object.entries(meta.attributes))
        if (!(k in out))
            out[k] = v;
    out.ApproximateNumberOfMessages = String(Math.max(0, q.ready));
    out.ApproximateNumberOfMessagesNotVisible = String(q.unacked);
    out.ApproximateNumberOfMessagesDelayed = String(ctx.front.queues.delayedCount(q));
    const created = meta.created || nowSeconds();
    out.CreatedTimestamp = String(created);
    out.LastModifiedTimestamp = String(meta.modified || created);
    out.QueueArn = ctx.front.queues.arn(vhostName, name);
    out.SqsManagedSseEnabled ??= 'false';
    if (fifo) {
        out.FifoQueue = 'true';
        out.ContentBasedDeduplication ??= 'false';
        out.DeduplicationScope ??= 'queue';
        out.FifoThroughputLimit ??= 'perQueue';
    }
    return out;
}
const setQueueAttributes = (ctx) => {
    const r = resolveQueue(ctx, 'configure');
    const fifo = isFifoName(r.name);
    const attrs = checkAttributes(strings(ctx.input.Attributes), fifo, false);
    if (attrs.RedrivePolicy)
        checkRedriveTarget(ctx, attrs.RedrivePolicy, fifo);
    const queues = ctx.front.queues;
    const old = queues.metaOrDefault(r.vhostName, r.name);
    const merged = { ...old.attributes, ...attrs };
    for (const [k, v] of Object.entries(attrs))
        if (v === '' && (k === 'RedrivePolicy' || k === 'RedriveAllowPolicy'))
            delete merged[k];
    const now = nowSeconds();
    queues.setMeta(r.vhostName, r.name, { ...old, attributes: merged, created: old.created || now, modified: now }, ctx.user);
    queues.applyToEngine(r.q, merged);
    return {};
};
const tagQueue = (ctx) => {
    const r = resolveQueue(ctx, 'configure');
    const queues = ctx.front.queues;
    const old = queues.metaOrDefault(r.vhostName, r.name);
    const tags = { ...old.tags, ...strings(ctx.input.Tags) };
    if (Object.keys(tags).length > 50)
        throw new AwsError('InvalidParameterValue', 'Too many tags added for queue.');
    queues.setMeta(r.vhostName, r.name, { ...old, tags, created: old.created || nowSeconds() }, ctx.user);
    return {};
};
const untagQueue = (ctx) => {
    const r = resolveQueue(ctx, 'configure');
    const queues = ctx.front.queues;
    const old = queues.metaOrDefault(r.vhostName, r.name);
    const tags = { ...old.tags };
    for (const k of ctx.input.TagKeys ?? [])
        delete tags[k];
    queues.setMeta(r.vhostName, r.name, { ...old, tags, created: old.created || nowSeconds() }, ctx.user);
    return {};
};
const listQueueTags = (ctx) => {
    const r = resolveQueue(ctx, undefined);
    const tags = ctx.front.queues.metaOrDefault(r.vhostName, r.name).tags;
    return Object.keys(tags).length > 0 ? { Tags: tags } : {};
};
const listDeadLetterSourceQueues = (ctx) => {
    const r = resolveQueue(ctx, undefined);
    const arn = ctx.front.queues.arn(r.vhostName, r.name);
    const urls = [];
    for (const p of ctx.front.broker.parameters.list('sqs-queue', r.vhostName)) {
        const rp = p.value.attributes?.RedrivePolicy;
        if (rp && parseRedrivePolicy(rp).deadLetterTargetArn === arn) {
            urls.push(ctx.front.queues.url(ctx.origin, r.vhostName, p.name));
        }
    }
    return { queueUrls: urls };
};
// Permissions are Wharf's (users and their patterns); SQS's resource policies are accepted
// for compatibility and change nothing, as docs/sqs.md says.
const addPermission = (ctx) => {
    resolveQueue(ctx, 'configure');
    return {};
};
export const QUEUE_ACTIONS = {
    CreateQueue: createQueue,
    GetQueueUrl: getQueueUrl,
    ListQueues: listQueues,
    DeleteQueue: deleteQueue,
    PurgeQueue: purgeQueue,
    GetQueueAttributes: getQueueAttributes,
    SetQueueAttributes: setQueueAttributes,
    TagQueue: tagQueue,
    UntagQueue: untagQueue,
    ListQueueTags: listQueueTags,
    ListDeadLetterSourceQueues: listDeadLetterSourceQueues,
    AddPermission: addPermission,
    RemovePermission: addPermission,
};
//# sourceMappingURL=actions-queues.js.map