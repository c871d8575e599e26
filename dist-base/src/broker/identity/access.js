// What one user may do in one vhost, applied to each operation exactly where RabbitMQ
// 3.10's rabbit_channel applies check_configure/write/read_permitted, with its refusal
// texts. A front keeps one Access per channel (a management request makes its own), so
// the publish check can cache its last answer without allocating: the hot path compares
// the exchange name and the permission store's generation, nothing else.
import { BrokerError } from '../errors.js';
/** A permission refusal (as opposed to the other ACCESS_REFUSED errors, e.g. system names). */
export class AccessRefused extends BrokerError {
    constructor(message) {
        super('ACCESS_REFUSED', message);
    }
}
/** RabbitMQ's check_not_default_exchange text. */
export const defaultExchangeRefused = () => new BrokerError('ACCESS_REFUSED', 'operation not permitted on the default exchange');
export class Access {
    user;
    vhost;
    permissions;
    publishExchange;
    publishGeneration = -1;
    /** the user has topic permissions in the vhost (as of publishGeneration) */
    publishTopics = false;
    topicExchange;
    topicKey;
    topicGeneration = -1;
    constructor(user, vhost, permissions) {
        this.user = user;
        this.vhost = vhost;
        this.permissions = permissions;
    }
    /** Throws RabbitMQ's ACCESS_REFUSED unless `permission` matches the resource name. */
    check(permission, kind, name) {
        // RabbitMQ checks the default exchange under the name amq.default
        const resource = kind === 'exchange' && name === '' ? 'amq.default' : name;
        if (this.permissions.permits(this.user, this.vhost, permission, resource))
            return;
        throw new AccessRefused(`access to ${kind} '${resource}' in vhost '${this.vhost}' refused for user '${this.user}'`);
    }
    /**
     * basic.publish: write on the exchange, checked before the exchange is looked up (a
     * refusal comes before a 404, as in RabbitMQ); then, for a topic exchange and a user
     * with topic permissions, the routing key. A missing or internal exchange is left to
     * the publish itself to refuse, after this.
     */
    publish(exchange, routingKey, exchanges) {
        const generation = this.permissions.generation;
        if (exchange !== this.publishExchange || this.publishGeneration !== generation) {
            this.check('write', 'exchange', exchange);
            this.publishExchange = exchange;
            this.publishGeneration = generation;
            this.publishTopics = this.permissions.hasTopicPermissions(this.user, this.vhost);
        }
        if (this.publishTopics)
            this.publishTopic(exchanges.get(exchange), routingKey);
    }
    publishTopic(ex, routingKey) {
        if (ex === undefined || ex.type !== 'topic' || ex.options.internal)
            return;
        if (ex.name === this.topicExchange &&
            routingKey === this.topicKey &&
            this.topicGeneration === this.permissions.generation) {
            return;
        }
        this.topic(ex.name, 'write', routingKey);
        this.topicExchange = ex.name;
        this.topicKey = routingKey;
        this.topicGeneration = this.permissions.generation;
    }
    topic(exchange, permission, routingKey) {
        if (this.permissions.topicPermits(this.user, this.vhost, exchange, permission, routingKey))
            return;
        throw new AccessRefused(`access to topic '${routingKey}' in exchange '${exchange}' in vhost '${this.vhost}' ` +
            `refused for user '${this.user}'`);
    }
    /**
     * queue.bind/unbind and exchange.bind/unbind (RabbitMQ's binding_action): write on the
     * destination, the default exchange refused on either side, read on the source, and
     * for a topic source the binding key against the topic read pattern.
     */
    bind(destinationKind, destination, source, sourceExchange, routingKey) {
        this.check('write', destinationKind, destination);
        if (source === '' || (destinationKind === 'exchange' && destination === ''))
            throw defaultExchangeRefused();
        this.check('read', 'exchange', source);
        if (sourceExchange?.type === 'topic')
            this.topic(source, 'read', routingKey);
    }
    /** A new queue with a dead-letter exchange: read on the queue, write on the exchange. */
    deadLetterTarget(queue, exchange) {
        this.check('read', 'queue', queue);
        this.check('write', 'exchange', exchange);
    }
    /** A new exchange with an alternate exchange: read on it, write on the alternate. */
    alternateTarget(exchange, alternate) {
        this.check('read', 'exchange', exchange);
        this.check('write', 'exchange', alternate);
    }
}
//# sourceMappingURL=access.js.map