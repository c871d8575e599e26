import type { Destination } from '../topology/destination.js';
import type { Message } from '../messages/message.js';
import type { PublishTarget } from '../topology/vhost.js';
import { type Policy } from '../topology/policies.js';
export interface Binding {
    readonly source: Exchange;
    readonly destination: Destination;
    readonly routingKey: string;
    readonly arguments: Record<string, unknown>;
    /** identity of (destination, key, arguments) for dedup and unbind */
    readonly id: string;
}
export interface ExchangeOptions {
    durable: boolean;
    autoDelete: boolean;
    internal: boolean;
    arguments: Record<string, unknown>;
}
export type HeadersOf = () => Record<string, unknown> | undefined;
/**
 * A front's own deliveries of every message published to an exchange, beside its bindings
 * (SNS: a topic's SQS subscriptions, each with its filter and envelope). It publishes what
 * it derives and pushes where that was stored onto `out`, so the publisher's confirm waits
 * for those syncs too; false when a target refused a message. Set by the front at start
 * and whenever it uses the exchange; not recorded (an exchange declared anew has none).
 */
export type ExchangeTap = (msg: Message, out: PublishTarget[]) => boolean;
export declare abstract class Exchange {
    readonly vhost: string;
    readonly name: string;
    readonly type: string;
    readonly options: ExchangeOptions;
    readonly kind: "exchange";
    /**
     * Set when the exchange is deleted. Its sources may still name it in their routing
     * structures for a few event-loop turns while they are cleared (BindingIndex); routing
     * and listings skip it meanwhile.
     */
    deleted: boolean;
    /**
     * Bindings by destination, then by id (key and arguments): bind and unbind are O(1), and
     * every binding to one destination leaves at once (detach) when that destination goes.
     */
    private readonly byDest;
    private count;
    /** bindings to other exchanges; routing takes a cheaper path when there are none */
    exchangeBindings: number;
    /** the policy in effect (the vhost matches it; applyPolicy changes it) */
    policy: Policy | undefined;
    /** where unroutable messages go: the alternate-exchange argument, else the policy's */
    alternateExchange: string | undefined;
    /** a front's deliveries beside the bindings (see ExchangeTap) */
    tap: ExchangeTap | undefined;
    constructor(vhost: string, name: string, type: string, options: ExchangeOptions);
    applyPolicy(policy: Policy | undefined): void;
    abstract route(routingKey: string, headers: HeadersOf, out: Set<Destination>): void;
    get bindingCount(): number;
    /** Every binding from this exchange (not for the message path). */
    get bindings(): Iterable<Binding>;
    private allBindings;
    /** The bindings from this exchange to `dest`. */
    bindingsTo(dest: Destination): Iterable<Binding>;
    hasBindingsTo(dest: Destination): boolean;
    /** Where this exchange has bindings to. */
    destinations(): Iterable<Destination>;
    /** returns false if an identical binding exists */
    bind(binding: Binding): boolean;
    unbind(dest: Destination, id: string): Binding | undefined;
    /**
     * Takes every binding to `dest` out of this exchange's bookkeeping at once, whatever
     * their number. Routing structures still hold them until `forgetDetached` is called for each
     * (in slices, by the vhost), so the caller must keep `dest` from receiving meanwhile.
     */
    detach(dest: Destination): Iterable<Binding> | undefined;
    /** Removes a detached binding from the routing structures. */
    forgetDetached(b: Binding): void;
    protected added(_b: Binding): void;
    protected removed(_b: Binding): void;
}
export declare function bindingId(dest: Destination, routingKey: string, args: Record<string, unknown>): string;
