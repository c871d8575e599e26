// The Client: one reconnecting connection with its confirm-channel publisher, consumers,
// request-reply and remembered topology. This file only wires the parts together and
// fills in defaults; each part lives in its own module.
import { randomUUID } from 'node:crypto';
import { ConnectionManager, DEFAULT_RECONNECT } from './connection.js';
import { Consumer } from './consumer.js';
import { deleteQueue, purgeQueue, queueInfo, } from './admin.js';
import { replayDeadLetters, } from './dead-letter-replay.js';
import { checkDelay, DelayRouter } from './delayed-publish.js';
import { buildProperties, encodeBody } from './envelope.js';
import { asError, ClientClosedError } from './errors.js';
import { TypedEmitter } from './events.js';
import { Batcher } from './batch.js';
import { MessageStream } from './message-stream.js';
import { ClientMetrics } from './metrics.js';
import { Publisher } from './publisher.js';
import { HandlerScope } from './handler-scope.js';
import { loadOtelApi, Telemetry } from './otel.js';
import { loadPromClient, PromSink } from './prom-bridge.js';
import { BrokerOffsetStore } from './streams/broker-offset-store.js';
import { StreamConsumer } from './streams/stream-consumer.js';
import { rateLimiter } from './rate-limit.js';
import { checkHoldMs, SCHEDULE_HEADER, scheduleQueueName, tickMessageId, ticksOf, } from './schedule/schedule.js';
import { Ticker } from './schedule/ticker.js';
import { OrderedQueues, PubSub, TopicExchange, WorkQueue, } from './patterns.js';
import { brokerHasDelayedExchange, DEFAULT_RETRY, RetryRoute } from './retry.js';
import { replyFor, RpcClient } from './rpc.js';
import { validate } from './schema.js';
import { installSignalShutdown } from './shutdown.js';
import { QueueRef, Topology, } from './topology.js';
import { childOf, fromIds, newTrace, TraceScope } from './tracing.js';
const NO_SERVER = { address: () => '', port: () => 0 };
/** instrumentation scope version of the tracer */
const SDK_VERSION = '0.1.0';
export class Client {
    metrics = new ClientMetrics();
    events = new TypedEmitter();
    tracing = new TraceScope();
    telemetry = new Telemetry(undefined, NO_SERVER, '');
    scope = new HandlerScope(this.tracing, () => this.telemetry);
    options;
    connection;
    topology;
    publisher;
    rpc;
    consumers = new Set();
    streams = new Set();
    delayedExchange;
    delays;
    closing;
    closed = false;
    /** Use connect(); the constructor does not connect. */
    constructor(urls, options = {}) {
        if (urls.length === 0)
            throw new Error('connect: no URL given');
        this.options = options;
        this.connection = new ConnectionManager({
            urls,
            reconnect: options.reconnect === false ? false : { ...DEFAULT_RECONNECT, ...options.reconnect },
            initialAttempts: options.initialAttempts ?? 5,
            heartbeatSeconds: options.heartbeatSeconds ?? 10,
            connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
            ...(options.connectionName ? { connectionName: options.connectionName } : {}),
        }, this.events);
        this.topology = new Topology(this.connection, this.events);
        const delayStrategy = options.delayStrategy ?? 'auto';
        this.delays = new DelayRouter(async () => delayStrategy !== 'auto'
            ? delayStrategy
            : (await this.hasDelayedExchange())
                ? 'delayed-exchange'
                : 'ttl-queues', (fn) => this.topology.withChannel(fn));
        this.publisher = new Publisher({
            maxInFlight: options.maxInFlight ?? 1000,
            publishTimeoutMs: options.publishTimeoutMs ?? 30_000,
            republishOnReconnect: options.republishOnReconnect ?? true,
        }, this.events, this.metrics);
        this.rpc = new RpcClient(this.events, this.tracing, () => this.connection.whenOpen());
        // Order matters: declarations first, then publishes resume, then request-reply and consumers.
        this.connection.onRestore((conn, reconnect) => reconnect ? this.topology.restore(conn) : Promise.resolve());
        this.connection.onRestore((conn) => this.publisher.attach(conn));
        this.connection.onRestore((conn) => this.rpc.restore(conn));
        this.connection.onRestore(async (conn) => {
            for (const c of this.consumers) {
                try {
                    await c.attach(conn);
                }
                catch (err) {
                    if (this.connection.isLost(conn))
                        throw err;
                    this.events.emit('error', new Error(`re-attaching the consumer of '${c.queue.name}' failed: ${asError(err).message}`));
                }
            }
        });
        this.connection.onLost(() => {
            this.publisher.detach();
            this.rpc.detach();
        });
        this.events.on('reconnecting', () => this.metrics.inc('reconnects_total'));
        this.events.on('returned', () => this.metrics.inc('returned_total'));
    }
    /** @internal connect() calls this. */
    async start() {
        if (this.options.metricsRegistry)
            this.metrics.sink = new PromSink(await loadPromClient(), this.options.metricsRegistry);
        if (this.options.openTelemetry !== false) {
            const api = await loadOtelApi();
            if (api)
                this.telemetry = new Telemetry(api, this.serverOf(), SDK_VERSION);
        }
        await this.connection.start();
    }
    on(event, listener) {
        this.events.on(event, listener);
        return this;
    }
    once(event, listener) {
        this.events.once(event, listener);
        return this;
    }
    off(event, listener) {
        this.events.off(event, listener);
        return this;
    }
    /** server.address / server.port of the current connection, for span attributes (parsed once per URL). */
    serverOf() {
        let url = '';
        let parsed = { address: '', port: 0 };
        const current = () => {
            const now = this.connection.currentUrl;
            if (now !== url) {
                url = now;
                try {
                    const u = new URL(now);
                    parsed = { address: u.hostname, port: Number(u.port || (u.protocol === 'amqps:' ? 5671 : 5672)) };
                }
                catch {
                    parsed = { address: '', port: 0 };
                }
            }
            return parsed;
        };
        return { address: () => current().address, port: () => current().port };
    }
    /** True while a connection is open. */
    get connected() {
        return this.connection.isOpen;
    }
    /** URL of the current connection, credentials removed ('' while disconnected before the first connect). */
    get url() {
        return this.connection.currentUrl;
    }
    /** True while the broker blocks publishing on this connection (connection.blocked). */
    get blocked() {
        return this.connection.blocked;
    }
    /** Publishes waiting or awaiting a confirm. */
    get pendingPublishes() {
        return this.publisher.pending;
    }
    /** The trace context of the handler running in this async flow, if any. */
    currentTrace() {
        return this.tracing.current();
    }
    // ---- publishing -------------------------------------------------------------------
    /**
     * Publishes and resolves once the broker confirmed. Rejects with PublishError
     * (nack, unroutable, closed, timeout) or SchemaValidationError.
     */
    async publish(exchange, routingKey, payload, options = {}) {
        // While close() drains, handlers may still publish; the publisher refuses once it is closed.
        if (this.closed)
            throw new ClientClosedError();
        let value = payload;
        if (options.schema)
            value = await validate(options.schema, payload, 'payload');
        const delay = options.delay === undefined ? undefined : checkDelay(options.delay);
        if (delay !== undefined && options.expirationMs !== undefined)
            throw new RangeError('delay and expirationMs cannot be combined (a wait queue would use the expiration)');
        const { body, contentType } = encodeBody(value, options.contentType);
        const messageId = options.messageId ?? randomUUID();
        const span = this.telemetry.publishSpan({
            exchange,
            routingKey,
            messageId,
            correlationId: options.correlationId,
            bodySize: body.length,
        });
        try {
            const parent = this.tracing.current();
            const trace = span.ids ? fromIds(span.ids, parent?.spanId) : parent ? childOf(parent) : newTrace();
            const props = buildProperties({ ...options, messageId }, contentType, trace);
            if (delay === undefined) {
                await this.publisher.send(exchange, routingKey, body, props);
                return;
            }
            const route = await this.delays.route(exchange, routingKey, delay);
            props.headers = { ...props.headers, ...route.headers };
            props.mandatory = false;
            await this.publisher.send(route.exchange, route.routingKey, body, props);
        }
        catch (err) {
            span.fail(err);
            throw err;
        }
        finally {
            span.end();
        }
    }
    /** Publishes many at once (all in flight together, within maxInFlight); one settled result per item, in order. */
    publishMany(items) {
        return Promise.allSettled(items.map((i) => this.publish(i.exchange, i.routingKey, i.payload, i.options)));
    }
    // ---- declarations -----------------------------------------------------------------
    /** Declares an exchange now and again after each reconnect. */
    async declareExchange(name, type, options = {}) {
        await this.topology.exchange(name, type, options);
    }
    /** Declares a queue now and again after each reconnect; '' for a server-named one. */
    declareQueue(name, options = {}) {
        return this.topology.queue(name, options);
    }
    /** Binds a queue now and again after each reconnect. */
    async bindQueue(queue, exchange, pattern = '', args) {
        await this.topology.bind(this.refOf(queue), exchange, pattern, args);
    }
    /** A durable work queue (competing consumers), optionally with priorities or a single active consumer. */
    async workQueue(name, options = {}) {
        return new WorkQueue(this, await this.declareQueue(name, options));
    }
    /** A fanout exchange: every subscriber gets every message. */
    async pubsub(exchange, options = {}) {
        await this.declareExchange(exchange, 'fanout', options);
        return new PubSub(this, exchange);
    }
    /** A topic exchange: subscribers bind with patterns such as `orders.*` or `#.payment`. */
    async topic(exchange, options = {}) {
        await this.declareExchange(exchange, 'topic', options);
        return new TopicExchange(this, exchange);
    }
    /** N partition queues with single active consumers; a key always goes to the same one. */
    async orderedQueues(name, options) {
        const refs = [];
        for (let i = 0; i < options.partitions; i++) {
            refs.push(await this.declareQueue(OrderedQueues.partitionName(name, i), {
                ...options.queue,
                singleActiveConsumer: true,
            }));
        }
        return new OrderedQueues(this, name, refs);
    }
    refOf(queue) {
        if (queue instanceof QueueRef)
            return queue;
        // A queue declared elsewhere is consumed as it is; the client does not declare it.
        return new QueueRef(queue, {});
    }
    // ---- consuming --------------------------------------------------------------------
    /** Consumes a queue; the handler's promise decides ack, retry or dead-letter (see ConsumeOptions). */
    async consume(queue, handler, options = {}) {
        return this.addConsumer(this.refOf(queue), handler, options, undefined);
    }
    /**
     * Consumes in batches (kafkajs's eachBatch): the handler gets up to `batchSize`
     * messages (default 100), or fewer once `maxWaitMs` (default 1000) passed since the
     * first. Resolving acks every message not settled yet; throwing retries or
     * dead-letters each of them; `msg.ack()` / `msg.fail(err)` settle one message alone.
     */
    async consumeBatch(queue, handler, options = {}) {
        const { batchSize = 100, maxWaitMs = 1000, ...consume } = options;
        if (!Number.isInteger(batchSize) || batchSize < 1)
            throw new RangeError('batchSize must be a positive integer');
        if (!(maxWaitMs >= 0))
            throw new RangeError('maxWaitMs must be a number of milliseconds');
        const batcher = new Batcher(batchSize, maxWaitMs, handler, (e) => this.events.emit('error', e));
        return this.addConsumer(this.refOf(queue), batcher.handle, { prefetch: batchSize * 2, ...consume, concurrency: batchSize }, undefined);
    }
    /** @internal also used by the patterns, with a label that survives server-named queues. */
    async addConsumer(ref, handler, options, label, onBrokerCancel) {
        if (this.closing)
            throw new ClientClosedError();
        const concurrency = Math.max(1, options.concurrency ?? 1);
        // A dead-letter queue (the SDK names them `<queue>.dlq`) is consumed to inspect or
        // repair what failed: no retry queues and no `<queue>.dlq.dlq` unless asked for, and
        // a handler that throws leaves the message where it is.
        const isDeadLetterQueue = (label ?? ref.requested).endsWith('.dlq');
        const retry = options.retry ?? (isDeadLetterQueue ? false : undefined);
        const retryOptions = retry === false ? undefined : { ...DEFAULT_RETRY, ...retry };
        let route;
        if (retryOptions && retryOptions.maxAttempts > 1) {
            let strategy = retryOptions.strategy;
            if (strategy === 'auto')
                strategy = (await this.hasDelayedExchange()) ? 'delayed-exchange' : 'ttl-queues';
            route = new RetryRoute(strategy, ref, retryOptions);
        }
        const settings = {
            prefetch: options.prefetch ?? Math.max(10, concurrency * 2),
            concurrency,
            schema: options.schema,
            retry: route,
            maxAttempts: retryOptions?.maxAttempts ?? 1,
            deadLetterQueue: options.deadLetterQueue === false
                ? false
                : (options.deadLetterQueue ??
                    (isDeadLetterQueue
                        ? null
                        : `${label ?? (ref.serverNamed ? 'wharf.unnamed' : ref.requested)}.dlq`)),
            dedup: options.dedup,
            dedupTtlSeconds: positiveSeconds('dedupTtlSeconds', options.dedupTtlSeconds ?? 86_400),
            dedupLeaseSeconds: positiveSeconds('dedupLeaseSeconds', options.dedupLeaseSeconds ?? 60),
            exclusive: options.exclusive ?? false,
            priority: options.priority,
            label: label ?? ref.requested,
            rateLimiter: options.rateLimit ? rateLimiter(options.rateLimit, this.publisher) : undefined,
            onBrokerCancel,
        };
        const consumer = new Consumer({
            events: this.events,
            metrics: this.metrics,
            publisher: this.publisher,
            runHandler: (msg, queue, attempt, signal, fn) => this.scope.run(msg, queue, attempt, signal, fn),
            isLost: (c) => this.connection.isLost(c),
        }, ref, handler, settings);
        const stop = await this.attachTracked(consumer);
        return {
            get queue() {
                return ref.name;
            },
            get paused() {
                return consumer.isPaused;
            },
            pause: () => consumer.pause(),
            resume: () => consumer.resume(),
            cancel: async (o) => {
                await stop(o);
                if (ref.exclusive)
                    this.topology.forget(ref);
            },
        };
    }
    /**
     * Consumes a stream (a queue declared with `stream: true`) from `from` ('first',
     * 'last', 'next' (default), an offset or a Date), or after the offset stored under
     * `offsets.name`; see StreamConsumeOptions and docs/client.md#streams.
     */
    async consumeStream(stream, handler, options = {}) {
        if (this.closing)
            throw new ClientClosedError();
        const ref = this.refOf(stream);
        const consumer = new StreamConsumer({
            events: this.events,
            metrics: this.metrics,
            publisher: this.publisher,
            runHandler: (msg, queue, attempt, signal, fn) => this.scope.run(msg, queue, attempt, signal, fn),
        }, ref, handler, options);
        const cancel = await this.attachTracked(consumer);
        return {
            get queue() {
                return ref.name;
            },
            get paused() {
                return consumer.isPaused;
            },
            pause: () => consumer.pause(),
            resume: () => consumer.resume(),
            cancel,
        };
    }
    /**
     * An OffsetStore held by the broker: a durable one-message queue per consumer name
     * (`wharf.offsets.<name>`, max-length 1), written with confirms.
     */
    brokerOffsetStore() {
        return new BrokerOffsetStore({
            withChannel: (fn) => this.topology.withChannel(fn),
            publish: (queue, offset) => this.publisher.send('', queue, Buffer.from(String(offset)), {
                messageId: `${queue}:${offset}`,
                persistent: true,
                mandatory: true,
                contentType: 'text/plain',
            }),
        });
    }
    /** Whether the broker has `x-delayed-message` (asked once per client, on a separate connection). */
    hasDelayedExchange() {
        this.delayedExchange ??= this.connection
            .whenOpen()
            .then(() => brokerHasDelayedExchange(this.connection.rawUrl));
        return this.delayedExchange;
    }
    /**
     * The messages of a queue as an async iterable: `for await (const msg of
     * client.messages('q'))`. Each message is acked when the loop asks for the next one
     * (or on msg.ack()); msg.fail(err) retries or dead-letters it; leaving the loop
     * requeues an unsettled message. Back-pressure is `prefetch` (default 10). close()
     * ends the loop after its current body.
     */
    messages(queue, options = {}) {
        const stream = new MessageStream((handler, onCancelled) => {
            if (this.closing)
                return Promise.reject(new ClientClosedError());
            const ref = this.refOf(queue);
            return this.addConsumer(ref, handler, { ...options, concurrency: 1 }, undefined, onCancelled);
        }, () => this.streams.delete(stream));
        this.streams.add(stream);
        return stream;
    }
    // ---- schedules ----------------------------------------------------------------------
    /**
     * Takes part in a schedule: each tick of `cron` (UTC) or `every` ms publishes one job
     * (`payload`, message id `<name>@<tick ISO>`, headers SCHEDULE_HEADER) to the queue
     * `queue` (default `name`), once however many workers call this with the same name.
     * The broker holds the schedule (queue `wharf.schedule.<name>`); consume the jobs with
     * consume(). See docs/client.md#scheduled-and-repeatable-jobs.
     */
    async schedule(name, options) {
        if (this.closing)
            throw new ClientClosedError();
        if (!name)
            throw new TypeError('schedule: a name is needed');
        const ticks = ticksOf(options);
        const holdMs = checkHoldMs(options.holdMs ?? 60_000);
        const target = options.queue instanceof QueueRef ? options.queue : await this.declareQueue(options.queue ?? name, {});
        const ref = await this.declareQueue(scheduleQueueName(name), {
            durable: true,
            singleActiveConsumer: true,
        });
        const payload = options.payload ?? null;
        const ticker = new Ticker({
            events: this.events,
            publishJob: (tick) => {
                const at = new Date(tick).toISOString();
                return this.publish('', target.name, payload, {
                    messageId: tickMessageId(name, tick),
                    headers: { [SCHEDULE_HEADER.name]: name, [SCHEDULE_HEADER.tick]: at },
                    persistent: true,
                });
            },
            publishCursor: (cursor) => this.publisher.send('', ref.name, Buffer.from(JSON.stringify(cursor)), {
                messageId: randomUUID(),
                persistent: true,
                mandatory: true,
                contentType: 'application/json',
            }),
        }, ref, ticks, holdMs);
        const stop = await this.attachTracked(ticker);
        return {
            name,
            get queue() {
                return target.name;
            },
            nextTick: (after = new Date()) => {
                const t = ticks.after(after.getTime());
                return t === undefined ? undefined : new Date(t);
            },
            stop,
            remove: async () => {
                await stop();
                await this.deleteQueue(ref.name);
            },
        };
    }
    /** Attaches something the client restores on reconnect; resolves to its stop function. */
    async attachTracked(item) {
        const conn = await this.connection.whenOpen();
        this.consumers.add(item);
        try {
            await item.attach(conn);
        }
        catch (err) {
            // A lost connection re-attaches it on reconnect; anything else is the caller's error.
            if (!this.connection.isLost(conn)) {
                this.consumers.delete(item);
                await item.stopChannel();
                throw err;
            }
        }
        return async ({ deadlineMs = 10_000 } = {}) => {
            await item.cancel();
            if (!(await item.idle(deadlineMs)))
                item.abandon();
            await item.stopChannel();
            this.consumers.delete(item);
        };
    }
    // ---- administration -----------------------------------------------------------------
    /** Message and consumer counts of a queue (passive declare), or null when it does not exist. */
    queueInfo(queue) {
        return queueInfo(this.runChannel, queue);
    }
    /** Removes a queue's ready messages (queue.purge); resolves to how many. */
    purgeQueue(queue) {
        return purgeQueue(this.runChannel, queue);
    }
    /** Deletes a queue (and stops re-declaring it after reconnects); resolves to the messages it held. */
    async deleteQueue(queue, options = {}) {
        const n = await deleteQueue(this.runChannel, queue, options);
        this.topology.forgetName(queue);
        return n;
    }
    /**
     * Moves messages of a dead-letter queue back to the queues they came from, each
     * published with a confirm before it is acked (see ReplayDeadLettersOptions).
     */
    replayDeadLetters(queue, options = {}) {
        if (this.closing)
            return Promise.reject(new ClientClosedError());
        return this.topology.withChannel((ch) => replayDeadLetters(ch, this.publisher, queue, options));
    }
    runChannel = (fn) => this.topology.withChannel(fn);
    // ---- request-reply ----------------------------------------------------------------
    /** Sends a request to `queue` and resolves with the reply (direct reply-to). */
    request(queue, payload, options = {}) {
        if (this.closing)
            return Promise.reject(new ClientClosedError());
        return this.rpc.request(queue, payload, options);
    }
    /** Answers requests on `queue`: the handler's result (or error) goes back to the requester. */
    async respond(queue, handler, options = {}) {
        const ref = options.declare === false ? this.refOf(queue) : await this.declareQueue(queue, {});
        const wrapped = async (message, ctx) => {
            let result;
            try {
                result = { ok: true, value: await handler(message, ctx) };
            }
            catch (error) {
                result = { ok: false, error };
            }
            if (!message.replyTo)
                return; // a request nobody waits for
            const reply = replyFor(result);
            await this.publish('', message.replyTo, reply.payload, {
                ...(message.correlationId !== undefined ? { correlationId: message.correlationId } : {}),
                headers: reply.headers,
                persistent: false,
                // The requester may have gone: a lost reply is not the responder's failure.
                mandatory: false,
            });
        };
        const consumeOptions = {
            retry: false,
            deadLetterQueue: false,
            concurrency: options.concurrency ?? 1,
        };
        if (options.prefetch !== undefined)
            consumeOptions.prefetch = options.prefetch;
        if (options.schema)
            consumeOptions.schema = options.schema;
        return this.addConsumer(ref, wrapped, consumeOptions, undefined);
    }
    // ---- shutdown ---------------------------------------------------------------------
    /**
     * Graceful close: cancel consumers, let running handlers finish within `deadlineMs`
     * (then requeue what they hold), wait for publish confirms in the time left, close.
     */
    close(options = {}) {
        this.closing ??= this.doClose(options.deadlineMs ?? 10_000);
        return this.closing;
    }
    async doClose(deadlineMs) {
        const deadline = Date.now() + deadlineMs;
        const left = () => Math.max(0, deadline - Date.now());
        for (const s of this.streams)
            s.end();
        this.streams.clear();
        const consumers = [...this.consumers];
        await Promise.all(consumers.map((c) => c.cancel()));
        const idle = await Promise.all(consumers.map((c) => c.idle(left())));
        if (idle.some((ok) => !ok))
            for (const c of consumers)
                c.abandon();
        await this.publisher.drain(left());
        await this.rpc.close();
        await this.publisher.close();
        for (const c of consumers)
            await c.stopChannel();
        this.consumers.clear();
        await this.connection.close();
        this.closed = true;
        this.events.emit('closed');
    }
    /** Closes the client on SIGTERM/SIGINT (see SignalShutdownOptions); returns a function that removes the handlers. */
    shutdownOnSignals(options = {}) {
        return installSignalShutdown((o) => this.close(o), options);
    }
}
/** Connects to the first reachable URL and resolves with a Client once the connection is open. */
export async function connect(url, options = {}) {
    const client = new Client(Array.isArray(url) ? url : [url], options);
    await client.start();
    return client;
}
/** A dedup duration option, checked at consume() rather than on every claim. */
function positiveSeconds(name, value) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
        throw new RangeError(`${name} must be a positive finite number of seconds, got ${String(value)}`);
    }
    return value;
}
//# sourceMappingURL=client.js.map