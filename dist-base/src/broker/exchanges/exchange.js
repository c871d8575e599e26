import { alternateExchange } from '../topology/policies.js';
export class Exchange {
    vhost;
    name;
    type;
    options;
    kind = 'exchange';
    /**
     * Set when the exchange is deleted. Its sources may still name it in their routing
     * structures for a few event-loop turns while they are cleared (BindingIndex); routing
     * and listings skip it meanwhile.
     */
    deleted = false;
    /**
     * Bindings by destination, then by id (key and arguments): bind and unbind are O(1), and
     * every binding to one destination leaves at once (detach) when that destination goes.
     */
    byDest = new Map();
    count = 0;
    /** bindings to other exchanges; routing takes a cheaper path when there are none */
    exchangeBindings = 0;
    /** the policy in effect (the vhost matches it; applyPolicy changes it) */
    policy;
    /** where unroutable messages go: the alternate-exchange argument, else the policy's */
    alternateExchange;
    /** a front's deliveries beside the bindings (see ExchangeTap) */
    tap;
    constructor(vhost, name, type, options) {
        this.vhost = vhost;
        this.name = name;
        this.type = type;
        this.options = options;
        this.alternateExchange = alternateExchange(options.arguments, undefined);
    }
    applyPolicy(policy) {
        this.policy = policy;
        // RabbitMQ's default exchange never hands messages to an alternate exchange
        if (this.name !== '')
            this.alternateExchange = alternateExchange(this.options.arguments, policy?.definition);
    }
    get bindingCount() {
        return this.count;
    }
    /** Every binding from this exchange (not for the message path). */
    get bindings() {
        return this.allBindings();
    }
    *allBindings() {
        for (const group of this.byDest.values())
            yield* group.values();
    }
    /** The bindings from this exchange to `dest`. */
    bindingsTo(dest) {
        return this.byDest.get(dest)?.values() ?? NONE;
    }
    hasBindingsTo(dest) {
        return this.byDest.has(dest);
    }
    /** Where this exchange has bindings to. */
    destinations() {
        return this.byDest.keys();
    }
    /** returns false if an identical binding exists */
    bind(binding) {
        let group = this.byDest.get(binding.destination);
        if (group === undefined)
            this.byDest.set(binding.destination, (group = new Map()));
        else if (group.has(binding.id))
            return false;
        group.set(binding.id, binding);
        this.count++;
        if (binding.destination.kind === 'exchange')
            this.exchangeBindings++;
        this.added(binding);
        return true;
    }
    unbind(dest, id) {
        const group = this.byDest.get(dest);
        const b = group?.get(id);
        if (b === undefined)
            return undefined;
        group.delete(id);
        if (group.size === 0)
            this.byDest.delete(dest);
        this.count--;
        if (dest.kind === 'exchange')
            this.exchangeBindings--;
        this.removed(b);
        return b;
    }
    /**
     * Takes every binding to `dest` out of this exchange's bookkeeping at once, whatever
     * their number. Routing structures still hold them until `forgetDetached` is called for each
     * (in slices, by the vhost), so the caller must keep `dest` from receiving meanwhile.
     */
    detach(dest) {
        const group = this.byDest.get(dest);
        if (group === undefined)
            return undefined;
        this.byDest.delete(dest);
        this.count -= group.size;
        if (dest.kind === 'exchange')
            this.exchangeBindings -= group.size;
        return group.values();
    }
    /** Removes a detached binding from the routing structures. */
    forgetDetached(b) {
        this.removed(b);
    }
    added(_b) { }
    removed(_b) { }
}
const NONE = [];
export function bindingId(dest, routingKey, args) {
    const argKey = Object.keys(args).length ? stableStringify(args) : '';
    return `${dest.kind}\u0000${dest.name}\u0000${routingKey}\u0000${argKey}`;
}
function stableStringify(v) {
    if (v === null || typeof v !== 'object')
        return typeof v === 'bigint' ? `${v}n` : (JSON.stringify(v) ?? 'null');
    if (Buffer.isBuffer(v))
        return `b:${v.toString('hex')}`;
    if (Array.isArray(v))
        return `[${v.map(stableStringify).join(',')}]`;
    const o = v;
    return `{${Object.keys(o)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${stableStringify(o[k])}`)
        .join(',')}}`;
}
//# sourceMappingURL=exchange.js.map