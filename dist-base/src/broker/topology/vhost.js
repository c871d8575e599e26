// A virtual host: the namespace of exchanges, queues and bindings, and the one place
// topology changes happen (AMQP, and later HTTP and definitions import, all call in
// here); durable changes are recorded in the definitions log before they are answered.
import { randomBytes } from 'node:crypto';
import { DEFAULT_STREAM_SEGMENT_SIZE, } from '../../store/index.js';
import { StreamQueue } from '../streams/stream-queue.js';
import { assertArgs, assertFlag } from './equivalence.js';
import { BrokerError, notFound } from '../errors.js';
import { BindingIndex } from '../exchanges/binding-index.js';
import { matchMode } from '../exchanges/headers-match.js';
import { bindingId, createExchange, isExchangeType, } from '../exchanges/index.js';
import { matchPolicy, parsePolicy, queueKind, samePolicy, streamRetention, } from './policies.js';
import { Queue } from '../queues/queue.js';
import { queueArgProblem } from '../queues/queue-args.js';
import { encodeHead, headFlags } from '../messages/record.js';
import { effectiveLimit } from './limits.js';
import { DelayedExchange } from './delayed-exchange.js';
import { Router } from './router.js';
import { topologyRecords } from './topology-records.js';
import { DeadLetterer } from '../dead-letters/dead-letterer.js';
import { rewriteHead } from '../messages/rewrite-head.js';
export const DIRECT_REPLY_TO = 'amq.rabbitmq.reply-to';
const EXCHANGE = { kind: 'exchange' };
export class VHost {
    name;
    ctx;
    exchanges = new Map();
    queues = new Map();
    /** policies by name (policies.ts); every one is recorded in the definitions log */
    policies = new Map();
    /** direct reply-to pseudo-queues: suffix -> consumer */
    replyTo = new Map();
    /** metadata shown by the management API and kept in definitions */
    description = '';
    tags = [];
    defaultQueueType;
    /** max-connections (checked by Broker at connection open) and max-queues (checked here) */
    limits = {};
    /** which exchanges bind each queue and exchange; clears a deleted one's bindings in slices */
    bindingIndex = new BindingIndex((err) => this.ctx.onWarning?.(`clearing deleted bindings failed: ${err.message}`));
    /** routes and stores publishes (router.ts) */
    router;
    /** republishes dead messages to their queue's dead-letter exchange (dead-letterer.ts) */
    deadLetters;
    queueHooks = {
        convert: (rec) => this.ctx.convertStreamRecord?.(rec),
        withStreamOffset: (head, flags, offset) => rewriteHead(head, flags, (p) => this.ctx.format.withStreamOffset(p, offset)),
        autoDelete: (q) => this.deleteQueueNow(q),
        warn: (q, msg) => this.ctx.onWarning?.(`queue '${q.name}' in vhost '${this.name}': ${msg}`),
        deadLetter: (q, rec, reason, stored) => this.deadLetters.deadLetter(q, rec, reason, stored),
        dedupKey: (msg, header) => this.ctx.format.dedupKey(msg.properties, header),
        withDeliveryCount: (head, flags, count) => rewriteHead(head, flags, (p) => this.ctx.format.withDeliveryCount(p, count)),
        pullStates: (q) => this.ctx.pullStates(this.name, q.name, q.durable),
        dropQueueState: (q) => this.ctx.dropQueueState(this.name, q.name),
    };
    delayHost = {
        release: (ex, head, flags, body, stored) => this.router.releaseDelayed(ex, head, flags, body, stored),
        onError: (err) => this.ctx.onWarning?.(`delayed message release failed: ${err.message}`),
    };
    constructor(name, ctx) {
        this.name = name;
        this.ctx = ctx;
        this.router = new Router(this, ctx);
        this.deadLetters = new DeadLetterer(this, ctx);
        const opts = (internal = false) => ({
            durable: true,
            autoDelete: false,
            internal,
            arguments: {},
        });
        this.exchanges.set('', createExchange(name, '', 'direct', opts()));
        for (const [n, t] of [
            ['amq.direct', 'direct'],
            ['amq.fanout', 'fanout'],
            ['amq.topic', 'topic'],
            ['amq.headers', 'headers'],
            ['amq.match', 'headers'],
        ]) {
            this.exchanges.set(n, createExchange(name, n, t, opts()));
        }
    }
    // ---- exchanges -------------------------------------------------------------
    declareExchange(name, type, options, passive, access) {
        if (name === '')
            throw this.defaultExchangeRefused();
        const existing = this.exchanges.get(name);
        if (passive) {
            if (!existing)
                throw notFound('exchange', name, this.name);
            return existing;
        }
        const delayedType = type === 'x-delayed-message' ? options.arguments['x-delayed-type'] : undefined;
        if (type === 'x-delayed-message' && (typeof delayedType !== 'string' || delayedType === type)) {
            throw new BrokerError('PRECONDITION_FAILED', "Invalid argument, 'x-delayed-type' must be an existing exchange type");
        }
        const routingType = delayedType ?? type;
        if (!isExchangeType(routingType)) {
            throw new BrokerError('COMMAND_INVALID', `unknown exchange type '${routingType}'`, true);
        }
        access?.check('configure', 'exchange', name);
        if (existing) {
            assertFlag('exchange', name, this.name, 'type', type, existing.type);
            assertFlag('exchange', name, this.name, 'durable', options.durable, existing.options.durable);
            assertFlag('exchange', name, this.name, 'auto_delete', options.autoDelete, existing.options.autoDelete);
            assertFlag('exchange', name, this.name, 'internal', options.internal, existing.options.internal);
            assertArgs('exchange', name, this.name, options.arguments, existing.options.arguments);
            return existing;
        }
        if (name.startsWith('amq.')) {
            throw new BrokerError('ACCESS_REFUSED', `exchange name '${name}' contains reserved prefix 'amq.*'`);
        }
        const ae = options.arguments['alternate-exchange'];
        if (access && typeof ae === 'string')
            access.alternateTarget(name, ae);
        const ex = delayedType === undefined
            ? createExchange(this.name, name, type, options)
            : new DelayedExchange(this.name, name, options, createExchange(this.name, name, delayedType, options), this.ctx.openLog(this.name, `\u0000delayed\u0000${name}`, options.durable, 0), this.delayHost);
        if (options.durable)
            this.ctx.record({ op: 'exchange', vhost: this.name, name, type, ...options });
        ex.applyPolicy(this.policyFor(name, EXCHANGE));
        this.exchanges.set(name, ex);
        return ex;
    }
    deleteExchange(name, ifUnused, access) {
        if (name === '' || name.startsWith('amq.'))
            throw this.defaultExchangeRefused(name);
        access?.check('configure', 'exchange', name);
        const ex = this.exchanges.get(name);
        if (!ex)
            return; // RabbitMQ answers delete-ok for a missing exchange
        if (ifUnused && ex.bindingCount > 0) {
            throw new BrokerError('PRECONDITION_FAILED', `exchange '${name}' in vhost '${this.name}' in use`);
        }
        this.removeExchange(ex);
    }
    /**
     * Bindings from and to the exchange go with it, without an unbind record each: replaying
     * the exchange.delete record removes them too. Sources left without bindings go if they
     * are auto-delete.
     */
    removeExchange(ex) {
        ex.deleted = true;
        this.exchanges.delete(ex.name);
        for (const source of this.bindingIndex.detachDestination(ex))
            this.autoDeleteIfUnbound(source);
        this.bindingIndex.detachSource(ex);
        if (ex instanceof DelayedExchange) {
            ex.stop();
            this.ctx.destroyLog(ex.store);
        }
        if (ex.options.durable)
            this.ctx.record({ op: 'exchange.delete', vhost: this.name, name: ex.name });
    }
    defaultExchangeRefused(name = '') {
        return name === ''
            ? new BrokerError('ACCESS_REFUSED', `operation not permitted on the default exchange`)
            : new BrokerError('ACCESS_REFUSED', `deletion of system exchange '${name}' in vhost '${this.name}' not allowed`);
    }
    exchange(name) {
        const ex = this.exchanges.get(name);
        if (!ex)
            throw notFound('exchange', name, this.name);
        return ex;
    }
    // ---- queues ----------------------------------------------------------------
    declareQueue(requested, opts) {
        const name = requested === '' ? `amq.gen-${randomBytes(16).toString('base64url')}` : requested;
        const existing = this.queues.get(name);
        if (opts.passive) {
            if (!existing)
                throw notFound('queue', name, this.name);
            this.checkOwner(existing, opts.owner);
            existing.touch();
            return existing;
        }
        opts.access?.check('configure', 'queue', name);
        if (existing) {
            this.checkOwner(existing, opts.owner);
            if (existing.options.exclusive !== opts.exclusive)
                throw this.locked(name);
            assertFlag('queue', name, this.name, 'durable', opts.durable, existing.options.durable);
            assertFlag('queue', name, this.name, 'auto_delete', opts.autoDelete, existing.options.autoDelete);
            assertArgs('queue', name, this.name, opts.arguments, existing.options.arguments);
            existing.touch();
            return existing;
        }
        if (name.startsWith('amq.') && requested !== '') {
            throw new BrokerError('ACCESS_REFUSED', `queue name '${name}' contains reserved prefix 'amq.*'`);
        }
        const maxQueues = effectiveLimit(this.limits['max-queues']);
        if (maxQueues !== undefined && this.queues.size + 1 > maxQueues) {
            throw new BrokerError('PRECONDITION_FAILED', `cannot declare queue '${name}': queue limit in vhost '${this.name}' (${maxQueues}) is reached`);
        }
        const dlx = opts.arguments['x-dead-letter-exchange'];
        if (opts.access && typeof dlx === 'string')
            opts.access.deadLetterTarget(name, dlx);
        this.validateQueueArgs(name, opts.arguments);
        const qtype = opts.arguments['x-queue-type'];
        if (qtype === 'quorum' || qtype === 'stream') {
            // quorum queues and streams are replicated logs in RabbitMQ: never transient or private
            const bad = !opts.durable
                ? 'non-durable'
                : opts.exclusive
                    ? 'exclusive-owner'
                    : opts.autoDelete
                        ? 'auto-delete'
                        : '';
            if (bad) {
                throw new BrokerError('PRECONDITION_FAILED', `invalid property '${bad}' for queue '${name}' in vhost '${this.name}'`);
            }
        }
        return this.createQueue(name, opts);
    }
    /** Creates a queue (also used when replaying definitions at boot). */
    createQueue(name, opts) {
        // Exclusive queues die with their connection, so they never need disk.
        const durableLog = opts.durable && !opts.exclusive;
        if (opts.arguments['x-queue-type'] === 'stream')
            return this.createStream(name, opts, durableLog);
        const maxPriority = opts.arguments['x-max-priority'];
        // quorum queues have no priorities (RabbitMQ 3.10 ignores x-max-priority on them)
        const prioritized = typeof maxPriority === 'number' && maxPriority > 0 && opts.arguments['x-queue-type'] !== 'quorum';
        const levels = prioritized ? Math.min(255, maxPriority) + 1 : 1;
        const logs = [];
        try {
            for (let level = 0; level < levels; level++)
                logs.push(this.ctx.openLog(this.name, name, durableLog, level));
        }
        catch (err) {
            // refused part-way (out of file descriptors or disk space): give back what was opened
            for (const l of logs)
                l.close().catch(() => { });
            throw err;
        }
        const options = {
            durable: opts.durable,
            exclusive: opts.exclusive,
            autoDelete: opts.autoDelete,
            arguments: opts.arguments,
            owner: opts.exclusive ? opts.owner : undefined,
        };
        const policy = this.policyFor(name, { kind: 'queue', type: queueKind(opts.arguments) });
        const q = new Queue(this.name, name, options, logs, this.queueHooks, policy);
        return this.register(q, opts, durableLog);
    }
    createStream(name, opts, durable) {
        const a = opts.arguments;
        const num = (v) => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : undefined);
        const policy = this.policyFor(name, { kind: 'queue', type: 'stream' });
        const stream = this.ctx.openStream(this.name, name, {
            durable,
            ...streamRetention(a, policy?.definition),
            segmentSize: num(a['x-stream-max-segment-size-bytes']),
        });
        const q = new StreamQueue(this.name, name, { ...opts, owner: undefined }, stream, this.queueHooks, policy);
        return this.register(q, opts, durable);
    }
    /** Adds a new queue to the vhost, recording a durable one in the definitions log. */
    register(q, opts, durable) {
        if (durable) {
            try {
                this.ctx.record({
                    op: 'queue',
                    vhost: this.name,
                    name: q.name,
                    autoDelete: opts.autoDelete,
                    arguments: opts.arguments,
                });
            }
            catch (err) {
                // not recorded, so not declared: its timers and open files must not outlive it
                q.markDeleted();
                q.close().catch(() => { });
                throw err;
            }
        }
        this.queues.set(q.name, q);
        return q;
    }
    /**
     * Replaces the changeable arguments of a stream queue (retention, segment size, a front's x-kafka-* settings:
     * Kafka's AlterConfigs) with those in `args`; every other argument must stay as it is. Recorded in the
     * definitions log as the queue's new declaration (replay applies it to the queue made by the first), then
     * applied at once: retention through the policy machinery (a policy's max-age / max-length-bytes still win),
     * the segment size for the segments rolled from now on. An AMQP client declaring the stream again must then
     * use the new arguments (RabbitMQ's equivalence rule).
     */
    setStreamArguments(name, args, access) {
        const q = this.queues.get(name);
        if (!(q instanceof StreamQueue) || q.deleted)
            throw notFound('queue', name, this.name);
        access?.check('configure', 'queue', name);
        const current = q.options.arguments;
        for (const k of new Set([...Object.keys(current), ...Object.keys(args)])) {
            if (streamArgumentChangeable(k))
                continue;
            if (JSON.stringify(current[k]) !== JSON.stringify(args[k]))
                throw new BrokerError('PRECONDITION_FAILED', `cannot change argument '${k}' of queue '${name}' in vhost '${this.name}'`);
        }
        this.validateQueueArgs(name, args);
        if (q.durable)
            this.ctx.record({
                op: 'queue',
                vhost: this.name,
                name,
                autoDelete: q.options.autoDelete,
                arguments: args,
            });
        for (const k of Object.keys(current))
            if (!(k in args))
                delete current[k];
        Object.assign(current, args);
        q.applyPolicy(q.policy);
        const seg = current['x-stream-max-segment-size-bytes'];
        q.stream.setSegmentSize(typeof seg === 'number' ? seg : DEFAULT_STREAM_SEGMENT_SIZE);
    }
    validateQueueArgs(name, args) {
        const problem = queueArgProblem(args);
        if (problem) {
            throw new BrokerError('PRECONDITION_FAILED', `invalid arg '${problem[0]}' for queue '${name}' in vhost '${this.name}': ${problem[1]}`);
        }
    }
    /** Looks a queue up for use by `owner` (exclusive queues are locked to their connection). */
    queue(name, owner) {
        const q = this.queues.get(name);
        if (!q)
            throw notFound('queue', name, this.name);
        this.checkOwner(q, owner);
        return q;
    }
    checkOwner(q, owner) {
        if (q.options.exclusive && q.options.owner !== owner)
            throw this.locked(q.name);
    }
    locked(name) {
        return new BrokerError('RESOURCE_LOCKED', `cannot obtain exclusive access to locked queue '${name}' in vhost '${this.name}'. It could be originally ` +
            'declared on another connection or the exclusive property value does not match that of the original declaration.');
    }
    /** Returns the number of messages deleted with the queue (0 when it did not exist). */
    deleteQueue(name, ifUnused, ifEmpty, owner) {
        const q = this.queues.get(name);
        if (!q)
            return 0;
        this.checkOwner(q, owner);
        if (ifUnused && q.consumers.length > 0) {
            throw new BrokerError('PRECONDITION_FAILED', `queue '${name}' in vhost '${this.name}' in use`);
        }
        if (ifEmpty && q.ready > 0) {
            throw new BrokerError('PRECONDITION_FAILED', `queue '${name}' in vhost '${this.name}' is not empty`);
        }
        const n = q.ready;
        this.deleteQueueNow(q);
        return n;
    }
    /**
     * The queue stops receiving at once (markDeleted; routing drops deleted destinations while
     * the index clears them), its bindings leave their exchanges at once, and the exchanges'
     * routing structures are cleared of them a few milliseconds at a time. The queue.delete
     * record covers its bindings: no unbind record each.
     */
    deleteQueueNow(q) {
        if (q.deleted)
            return;
        this.queues.delete(q.name);
        q.markDeleted();
        for (const source of this.bindingIndex.detachDestination(q))
            this.autoDeleteIfUnbound(source);
        if (q.durable)
            this.ctx.record({ op: 'queue.delete', vhost: this.name, name: q.name });
        for (const log of q.logs)
            this.ctx.destroyLog(log);
        if (q instanceof StreamQueue)
            this.ctx.destroyStream(q.stream);
    }
    purgeQueue(name, owner) {
        return this.queue(name, owner).purge();
    }
    /**
     * The vhost is being deleted: every queue goes with its data, delayed exchanges stop.
     * Nothing is recorded: the vhost's own delete record covers it all.
     */
    destroy() {
        this.bindingIndex.stop();
        for (const q of [...this.queues.values()]) {
            this.queues.delete(q.name);
            q.markDeleted();
            for (const log of q.logs)
                this.ctx.destroyLog(log);
            if (q instanceof StreamQueue)
                this.ctx.destroyStream(q.stream);
        }
        for (const ex of this.exchanges.values()) {
            ex.deleted = true;
            if (ex instanceof DelayedExchange) {
                ex.stop();
                this.ctx.destroyLog(ex.store);
            }
        }
        this.exchanges.clear();
        this.replyTo.clear();
    }
    /** Deletes the exclusive queues of a connection that went away. */
    releaseOwner(owner) {
        for (const q of [...this.queues.values()])
            if (q.options.owner === owner)
                this.deleteQueueNow(q);
    }
    // ---- bindings --------------------------------------------------------------
    bindQueue(queue, exchange, routingKey, args, owner) {
        this.bind(this.bindingSource(exchange), this.queue(queue, owner), routingKey, args);
    }
    /** RabbitMQ answers unbind-ok even when the queue, exchange or binding is missing. */
    unbindQueue(queue, exchange, routingKey, args, owner) {
        if (exchange === '')
            throw this.defaultExchangeRefused();
        const q = this.queues.get(queue);
        const ex = this.exchanges.get(exchange);
        if (!q || !ex)
            return;
        this.checkOwner(q, owner);
        this.unbind(ex, q, routingKey, args);
    }
    bindExchange(destination, source, routingKey, args) {
        const dest = this.exchangeForBinding(destination);
        this.bind(this.bindingSource(source), dest, routingKey, args);
    }
    unbindExchange(destination, source, routingKey, args) {
        if (destination === '' || source === '')
            throw this.defaultExchangeRefused();
        const dest = this.exchanges.get(destination);
        const src = this.exchanges.get(source);
        if (!dest || !src)
            return;
        this.unbind(src, dest, routingKey, args);
    }
    exchangeForBinding(name) {
        if (name === '')
            throw this.defaultExchangeRefused();
        return this.exchange(name);
    }
    bindingSource(name) {
        if (name === '')
            throw this.defaultExchangeRefused();
        return this.exchange(name);
    }
    bind(source, dest, routingKey, args) {
        if (source.type === 'headers' && matchMode(args) === undefined) {
            throw new BrokerError('PRECONDITION_FAILED', `Invalid x-match field value '${String(args['x-match'])}'; expected all, any, all-with-x, or any-with-x`);
        }
        const id = bindingId(dest, routingKey, args);
        const binding = { source, destination: dest, routingKey, arguments: args, id };
        if (!source.bind(binding))
            return;
        this.bindingIndex.added(binding);
        this.recordBinding('bind', source, dest, routingKey, args);
    }
    unbind(source, dest, routingKey, args) {
        const b = source.unbind(dest, bindingId(dest, routingKey, args));
        if (!b)
            return;
        this.bindingIndex.removed(source, dest);
        this.recordBinding('unbind', source, dest, b.routingKey, b.arguments);
        this.autoDeleteIfUnbound(source);
    }
    /**
     * RabbitMQ's auto-delete exchange: it goes when its last binding (as a source) goes. Not
     * during replay: a deletion that happened was recorded, and one that did not (the
     * exchange kept a transient binding) must not happen now.
     */
    autoDeleteIfUnbound(ex) {
        if (!ex.options.autoDelete || ex.bindingCount > 0 || ex.deleted || this.ctx.replaying?.())
            return;
        if (this.exchanges.get(ex.name) === ex)
            this.removeExchange(ex);
    }
    recordBinding(op, source, dest, routingKey, args) {
        const durable = source.options.durable && (dest.kind === 'exchange' ? dest.options.durable : dest.durable);
        if (!durable)
            return;
        this.ctx.record({
            op,
            vhost: this.name,
            source: source.name,
            destinationType: dest.kind,
            destination: dest.name,
            routingKey,
            arguments: args,
        });
    }
    // ---- policies --------------------------------------------------------------
    policyFor(name, target) {
        return this.policies.size === 0 ? undefined : matchPolicy(this.policies.values(), name, target);
    }
    /**
     * Creates or replaces a policy (validated: PolicyError otherwise) and, unless `apply`
     * is false (replay at boot, which applies once at the end), re-applies policies to
     * every queue and exchange at once. Returns true when it created the policy. Setting
     * a policy identical to the current one changes nothing, as in RabbitMQ.
     */
    putPolicy(name, input, apply = true) {
        const p = parsePolicy(this.name, name, input);
        const old = this.policies.get(name);
        if (old && samePolicy(old, p))
            return false;
        this.ctx.record({
            op: 'policy',
            vhost: this.name,
            name,
            pattern: p.pattern,
            applyTo: p.applyTo,
            priority: p.priority,
            definition: { ...p.definition },
        });
        this.policies.set(name, p);
        if (apply)
            this.applyPolicies();
        return old === undefined;
    }
    /** Deletes a policy and re-applies (see putPolicy); false when there was none. */
    deletePolicy(name, apply = true) {
        if (!this.policies.has(name))
            return false;
        this.ctx.record({ op: 'policy.delete', vhost: this.name, name });
        this.policies.delete(name);
        if (apply)
            this.applyPolicies();
        return true;
    }
    /** Matches every queue and exchange again; those whose policy changed apply the new one. */
    applyPolicies() {
        for (const q of [...this.queues.values()]) {
            const p = this.policyFor(q.name, { kind: 'queue', type: queueKind(q.options.arguments) });
            if (p !== q.policy)
                q.applyPolicy(p);
        }
        for (const ex of this.exchanges.values()) {
            const p = this.policyFor(ex.name, EXCHANGE);
            if (p !== ex.policy)
                ex.applyPolicy(p);
        }
    }
    // ---- publishing (router.ts) and dead-lettering (dead-letterer.ts) ----------
    /**
     * Routes and stores one message (Router.publish): the targets it was stored in go to `out`,
     * false when a queue refused it. Throws NOT_FOUND / ACCESS_REFUSED for a missing or internal exchange.
     */
    publish(msg, out, extraKeys, accept) {
        return this.router.publish(msg, out, extraKeys, accept);
    }
    /** Resolves once every dead-lettered message's copies are synced and its original removed. */
    deadLettersSettled() {
        return this.deadLetters.settledAll();
    }
    /** Current durable topology, for compaction of the definitions log. */
    definitions() {
        return topologyRecords(this);
    }
    /** Direct reply-to: delivers straight to the waiting consumer, nothing stored. */
    publishReply(suffix, msg) {
        const c = this.replyTo.get(suffix);
        if (!c)
            return false;
        c.deliver(undefined, 0, 0, encodeHead(msg), headFlags(msg), msg.body, false);
        return true;
    }
}
/** Stream queue arguments setStreamArguments may change: retention, segment size, fronts' own settings. */
function streamArgumentChangeable(key) {
    return (key === 'x-max-age' ||
        key === 'x-max-length-bytes' ||
        key === 'x-stream-max-segment-size-bytes' ||
        key.startsWith('x-kafka-'));
}
//# sourceMappingURL=vhost.js.map