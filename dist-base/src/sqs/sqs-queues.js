// Where SQS names meet the engine: queue URLs and ARNs (the account id names a vhost),
// and each queue's SQS attributes and tags, kept as a runtime parameter (component
// `sqs-queue`, one per queue) so they are durable with the definitions log and exported
// with definitions. Attributes that the engine enforces are also mapped onto the engine
// queue's arguments: MessageRetentionPeriod -> x-message-ttl, RedrivePolicy's target ->
// x-dead-letter-exchange '' + x-dead-letter-routing-key + x-dead-letter-on-expiry false
// (expired messages are deleted, as SQS does, not redriven).
import { randomBytes } from 'node:crypto';
import { FifoState } from './fifo.js';
import { AwsError } from './codec/index.js';
import { intAttribute, parseRedrivePolicy } from './queue-attributes.js';
export const COMPONENT = 'sqs-queue';
/** the exchange (one per vhost) that holds delayed SQS messages, routing by queue name */
export const DELAY_EXCHANGE = 'wharf.sqs-delay';
/** the account id of vhost '/'; other vhosts use their (URL-encoded) name */
export const DEFAULT_ACCOUNT = '000000000000';
export function accountOf(vhost) {
    return vhost === '/' ? DEFAULT_ACCOUNT : encodeURIComponent(vhost);
}
export function vhostOfAccount(account) {
    if (account === DEFAULT_ACCOUNT)
        return '/';
    try {
        return decodeURIComponent(account);
    }
    catch {
        return account;
    }
}
export function newIncarnation() {
    return randomBytes(6).toString('base64url');
}
export function isFifoName(name) {
    return name.endsWith('.fifo');
}
const NAME = /^[A-Za-z0-9_-]{1,80}$/;
export function checkQueueName(name) {
    const base = isFifoName(name) ? name.slice(0, -5) : name;
    if (!NAME.test(base) || name.length > 80) {
        throw new AwsError('InvalidParameterValue', 'Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length');
    }
}
export class SqsQueues {
    broker;
    region;
    // A receipt handle names the queue it came from, so a handle from a deleted and re-created
    // queue of the same name is refused rather than taken for a lease of the new one.
    incarnations = new WeakMap();
    fifos = new WeakMap();
    /** messages held by the delay exchange per queue (approximate: in memory, since this start) */
    delayedCounts = new WeakMap();
    /** queues bound to their vhost's delay exchange, as vhost \0 queue */
    delayBound = new Set();
    /** queue URLs already parsed (parseUrl) */
    parsedUrls = new Map();
    constructor(broker, region) {
        this.broker = broker;
        this.region = region;
        if (!broker.parameters.has(COMPONENT)) {
            broker.parameters.register(COMPONENT, { validate: (_v, _n, value) => validateMeta(value) });
        }
    }
    incarnation(q) {
        const durable = this.meta(q.vhost, q.name)?.incarnation;
        if (durable !== undefined)
            return durable;
        let s = this.incarnations.get(q);
        if (s === undefined) {
            s = newIncarnation();
            this.incarnations.set(q, s);
        }
        return s;
    }
    lastTopicSequence = 0n;
    /** SequenceNumber of a FIFO topic publish: 20 digits, increasing. */
    topicSequence() {
        let s = BigInt(Date.now()) * 1000000n;
        if (s <= this.lastTopicSequence)
            s = this.lastTopicSequence + 1n;
        this.lastTopicSequence = s;
        return s.toString().padStart(20, '0');
    }
    fifo(q) {
        let s = this.fifos.get(q);
        if (!s)
            this.fifos.set(q, (s = new FifoState(q, this.broker.sendLedger(q.vhost, q.name))));
        return s;
    }
    /**
     * The delay exchange of the queue's vhost, declared and bound to the queue on first use:
     * an x-delayed-message exchange (durable log, released on time, docs/reliability.md).
     */
    delayExchange(vhost, queue) {
        const key = `${vhost.name}\u0000${queue}`;
        if (this.delayBound.has(key) && vhost.exchanges.has(DELAY_EXCHANGE))
            return DELAY_EXCHANGE;
        vhost.declareExchange(DELAY_EXCHANGE, 'x-delayed-message', { durable: true, autoDelete: false, internal: false, arguments: { 'x-delayed-type': 'direct' } }, false);
        vhost.bindQueue(queue, DELAY_EXCHANGE, queue, {});
        this.delayBound.add(key);
        return DELAY_EXCHANGE;
    }
    /** A message for `q` is held `ms`: counted as delayed until then. */
    delayed(q, ms) {
        this.delayedCounts.set(q, (this.delayedCounts.get(q) ?? 0) + 1);
        setTimeout(() => this.delayedCounts.set(q, Math.max(0, (this.delayedCounts.get(q) ?? 1) - 1)), ms).unref();
    }
    delayedCount(q) {
        return this.delayedCounts.get(q) ?? 0;
    }
    url(origin, vhost, name) {
        return `${origin}/${accountOf(vhost)}/${encodeURIComponent(name)}`;
    }
    arn(vhost, name) {
        return `arn:aws:sqs:${this.region}:${accountOf(vhost)}:${name}`;
    }
    /** vhost and queue named by an ARN (arn:aws:sqs:region:account:name), or undefined. */
    parseArn(arn) {
        const parts = arn.split(':');
        if (parts.length !== 6 || parts[0] !== 'arn' || parts[2] !== 'sqs')
            return undefined;
        return { vhost: vhostOfAccount(parts[4]), name: parts[5] };
    }
    /** vhost and queue named by a queue URL (any host: clients may reach us by several names). */
    parseUrl(url) {
        const known = this.parsedUrls.get(url);
        if (known !== undefined)
            return known;
        const parsed = parseQueueUrl(url);
        // clients name a handful of queues over and over: a URL is parsed once, not per request
        if (this.parsedUrls.size >= 1024)
            this.parsedUrls.clear();
        this.parsedUrls.set(url, parsed);
        return parsed;
    }
    meta(vhost, name) {
        return this.broker.parameters.get(vhost, COMPONENT, name)?.value;
    }
    /** The queue's meta, or the defaults of a queue made some other way (AMQP, management API). */
    metaOrDefault(vhost, name) {
        return this.meta(vhost, name) ?? { attributes: {}, tags: {}, created: 0, modified: 0 };
    }
    setMeta(vhost, name, meta, user) {
        this.broker.parameters.set(vhost, COMPONENT, name, meta, user, undefined);
    }
    clearMeta(vhost, name, user) {
        this.broker.parameters.clear(vhost, COMPONENT, name, user);
    }
    /** Engine queue arguments for SQS attributes (at CreateQueue). */
    engineArguments(attrs) {
        const args = {};
        this.mapArguments(args, attrs);
        return args;
    }
    /** Brings the engine queue's arguments in line with changed attributes; takes effect now. */
    applyToEngine(q, attrs) {
        if (this.mapArguments(q.options.arguments, attrs))
            q.applyPolicy(q.policy);
    }
    /** Every SQS queue's attributes onto its engine queue, at start (arguments set by SetQueueAttributes). */
    applyAll() {
        for (const p of this.broker.parameters.list(COMPONENT)) {
            const q = this.broker.vhost(p.vhost)?.queues.get(p.name);
            if (q)
                this.applyToEngine(q, p.value.attributes ?? {});
        }
    }
    /** Writes the mapped arguments into `args`; true when something changed. */
    mapArguments(args, attrs) {
        const want = {
            'x-message-ttl': intAttribute(attrs, 'MessageRetentionPeriod') * 1000,
            'x-dead-letter-exchange': undefined,
            'x-dead-letter-routing-key': undefined,
            'x-dead-letter-on-expiry': undefined,
        };
        const rp = attrs.RedrivePolicy;
        if (rp) {
            const target = this.parseArn(parseRedrivePolicy(rp).deadLetterTargetArn);
            if (target) {
                want['x-dead-letter-exchange'] = '';
                want['x-dead-letter-routing-key'] = target.name;
                // SQS deletes a message older than its retention period; only redrive dead-letters
                want['x-dead-letter-on-expiry'] = false;
            }
        }
        let changed = false;
        for (const [k, v] of Object.entries(want)) {
            if (args[k] === v)
                continue;
            changed = true;
            if (v === undefined)
                delete args[k];
            else
                args[k] = v;
        }
        return changed;
    }
}
export function nonExistent() {
    return new AwsError('QueueDoesNotExist', 'The specified queue does not exist.');
}
function validateMeta(value) {
    const o = value;
    if (typeof o !== 'object' || o === null)
        return ['value must be an object'];
    if (typeof o.attributes !== 'object' || typeof o.tags !== 'object')
        return ['attributes and tags must be objects'];
    return [];
}
/** vhost and queue named by a queue URL's path (the last two segments). */
function parseQueueUrl(url) {
    let path;
    try {
        path = new URL(url, 'http://x').pathname;
    }
    catch {
        throw nonExistent();
    }
    const segs = path.split('/').filter((s) => s !== '');
    if (segs.length === 0)
        throw nonExistent();
    const name = decodeURIComponent(segs[segs.length - 1]);
    const vhost = segs.length >= 2 ? vhostOfAccount(segs[segs.length - 2]) : '/';
    return { vhost, name };
}
//# sourceMappingURL=sqs-queues.js.map