import { BrokerError } from '../errors.js';
import type { Exchange } from '../exchanges/index.js';
import type { Permission, Permissions } from './permissions.js';
export type ResourceKind = 'queue' | 'exchange';
/** A permission refusal (as opposed to the other ACCESS_REFUSED errors, e.g. system names). */
export declare class AccessRefused extends BrokerError {
    constructor(message: string);
}
/** RabbitMQ's check_not_default_exchange text. */
export declare const defaultExchangeRefused: () => BrokerError;
export declare class Access {
    readonly user: string;
    readonly vhost: string;
    private readonly permissions;
    private publishExchange;
    private publishGeneration;
    /** the user has topic permissions in the vhost (as of publishGeneration) */
    private publishTopics;
    private topicExchange;
    private topicKey;
    private topicGeneration;
    constructor(user: string, vhost: string, permissions: Permissions);
    /** Throws RabbitMQ's ACCESS_REFUSED unless `permission` matches the resource name. */
    check(permission: Permission, kind: ResourceKind, name: string): void;
    /**
     * basic.publish: write on the exchange, checked before the exchange is looked up (a
     * refusal comes before a 404, as in RabbitMQ); then, for a topic exchange and a user
     * with topic permissions, the routing key. A missing or internal exchange is left to
     * the publish itself to refuse, after this.
     */
    publish(exchange: string, routingKey: string, exchanges: ReadonlyMap<string, Exchange>): void;
    private publishTopic;
    private topic;
    /**
     * queue.bind/unbind and exchange.bind/unbind (RabbitMQ's binding_action): write on the
     * destination, the default exchange refused on either side, read on the source, and
     * for a topic source the binding key against the topic read pattern.
     */
    bind(destinationKind: ResourceKind, destination: string, source: string, sourceExchange: Exchange | undefined, routingKey: string): void;
    /** A new queue with a dead-letter exchange: read on the queue, write on the exchange. */
    deadLetterTarget(queue: string, exchange: string): void;
    /** A new exchange with an alternate exchange: read on it, write on the alternate. */
    alternateTarget(exchange: string, alternate: string): void;
}
