import { jumpHash, partitionName } from './ordering.js';
export class WorkQueue {
    client;
    ref;
    constructor(client, ref) {
        this.client = client;
        this.ref = ref;
    }
    get name() {
        return this.ref.name;
    }
    /** Through the default exchange, straight to this queue (confirmed, mandatory). */
    publish(payload, options) {
        return this.client.publish('', this.ref.name, payload, options);
    }
    consume(handler, options) {
        return this.client.consume(this.ref, handler, options);
    }
}
/** Publishes to an exchange without routing key semantics; events nobody listens to are not an error. */
class ExchangeSubscriptions {
    client;
    exchange;
    constructor(client, exchange) {
        this.client = client;
        this.exchange = exchange;
    }
    async subscribeWith(patterns, handler, options) {
        const { queue, queueOptions, ...consume } = options;
        const ref = queue
            ? await this.client.declareQueue(queue, queueOptions ?? {})
            : await this.client.declareQueue('', { exclusive: true, autoDelete: true });
        for (const p of patterns)
            await this.client.bindQueue(ref, this.exchange, p);
        // Server-named queues change name on reconnect: metrics and the default
        // dead-letter queue are named after the exchange instead.
        return this.client.addConsumer(ref, handler, consume, queue ?? `${this.exchange}.subscriber`);
    }
}
export class PubSub extends ExchangeSubscriptions {
    /** To every subscriber. `mandatory` defaults to false here: no subscriber is not an error. */
    publish(payload, options = {}) {
        return this.client.publish(this.exchange, '', payload, { mandatory: false, ...options });
    }
    subscribe(handler, options = {}) {
        return this.subscribeWith([''], handler, options);
    }
}
export class TopicExchange extends ExchangeSubscriptions {
    /** `mandatory` defaults to false here: a topic nobody subscribes to is not an error. */
    publish(routingKey, payload, options = {}) {
        return this.client.publish(this.exchange, routingKey, payload, { mandatory: false, ...options });
    }
    /** Binds with each pattern (`*` one word, `#` zero or more words). */
    subscribe(patterns, handler, options = {}) {
        return this.subscribeWith(Array.isArray(patterns) ? patterns : [patterns], handler, options);
    }
}
export class OrderedQueues {
    client;
    name;
    partitions;
    static partitionName = partitionName;
    constructor(client, name, partitions) {
        this.client = client;
        this.name = name;
        this.partitions = partitions;
    }
    /** The partition queue for `key`. */
    queueFor(key) {
        return this.partitions[jumpHash(key, this.partitions.length)].name;
    }
    publish(key, payload, options) {
        return this.client.publish('', this.queueFor(key), payload, options);
    }
    /**
     * Consumes every partition, one message at a time per partition (concurrency is
     * forced to 1, so a key's messages are handled in order). Run it in several processes:
     * the broker makes one consumer per partition active and fails over to another.
     */
    async consume(handler, options = {}) {
        const subs = [];
        for (const ref of this.partitions)
            subs.push(await this.client.consume(ref, handler, { ...options, concurrency: 1 }));
        return {
            queue: this.name,
            get paused() {
                return subs.every((s) => s.paused);
            },
            pause: async () => {
                await Promise.all(subs.map((s) => s.pause()));
            },
            resume: async () => {
                await Promise.all(subs.map((s) => s.resume()));
            },
            cancel: async (o) => {
                await Promise.all(subs.map((s) => s.cancel(o)));
            },
        };
    }
}
//# sourceMappingURL=patterns.js.map