// Routing: where one published message goes (exchange bindings, exchange-to-exchange hops,
// alternate exchanges, CC/BCC keys) and storing it in those queues; also the release of a
// delayed exchange's held messages. It reads the vhost's tables and changes none of them:
// topology changes are the VHost's job (vhost.ts).
import { LogRefusedError } from '../../store/index.js';
import { BrokerError, notFound } from '../errors.js';
import { decodeHead, encodeHead, headTtl } from '../messages/record.js';
import { DelayedExchange, FLAG_MESSAGE_PERSISTENT } from './delayed-exchange.js';
/**
 * Deleted destinations routing structures still name while their bindings are cleared in
 * slices; also exchanges left in `out` by a hop that had no live exchange bindings.
 */
function dropDeleted(out) {
    for (const d of out)
        if (d.deleted || d.kind === 'exchange')
            out.delete(d);
}
export class Router {
    tables;
    ctx;
    routed = new Set();
    /** true while routeAndStore stores into the queues of `routed` (a nested call needs a set of its own) */
    storing = false;
    visited = new Set();
    releaseScratch = [];
    constructor(tables, ctx) {
        this.tables = tables;
        this.ctx = ctx;
    }
    /**
     * Routes and stores one message. Returns the queues it went to in `out` (cleared
     * first) so the caller can request syncs for confirms, and false when a queue refused
     * it (x-overflow reject-publish: the publisher gets a nack). Throws NOT_FOUND for a
     * missing exchange and ACCESS_REFUSED for an internal one.
     */
    publish(msg, out, extraKeys, accept) {
        out.length = 0;
        const ex = this.tables.exchanges.get(msg.exchange);
        if (!ex)
            throw notFound('exchange', msg.exchange, this.tables.name);
        if (ex.options.internal) {
            throw new BrokerError('ACCESS_REFUSED', `cannot publish to internal exchange '${msg.exchange}' in vhost '${this.tables.name}'`);
        }
        if (ex instanceof DelayedExchange) {
            const delay = DelayedExchange.delayOf(this.ctx.format.headers(msg.properties));
            if (delay > 0) {
                // accepted and held: confirmed once the exchange's own log has it on disk
                try {
                    ex.hold(msg, delay);
                }
                catch (err) {
                    // its log is out of disk space or file descriptors: refused, the publisher gets a nack
                    if (err instanceof LogRefusedError)
                        return false;
                    throw err;
                }
                out.push(ex.store);
                return true;
            }
        }
        const accepted = this.routeAndStore(ex, msg, out, extraKeys, accept);
        return ex.tap === undefined ? accepted : ex.tap(msg, out) && accepted;
    }
    /**
     * A held message is due: routed by the delayed exchange's type, x-delay now negative.
     * Throws when a queue it routes to could not store it (the exchange keeps the held copy).
     */
    releaseDelayed(ex, head, flags, body, stored) {
        const h = decodeHead(head, flags);
        const delay = DelayedExchange.delayOf(this.ctx.format.headers(h.properties));
        const msg = {
            exchange: ex.name,
            routingKey: h.routingKey,
            properties: delay > 0 ? this.ctx.format.withDelayReleased(h.properties, delay) : h.properties,
            body,
            persistent: (flags & FLAG_MESSAGE_PERSISTENT) !== 0,
            timestamp: Date.now(),
            ttl: headTtl(head, flags),
        };
        if (!this.tables.exchanges.has(ex.name))
            return;
        const out = this.releaseScratch;
        out.length = 0;
        const accepted = this.routeAndStore(ex, msg, out);
        if (msg.persistent)
            for (const t of out)
                if (t.durable)
                    stored.push(t);
        if (accepted)
            return;
        // A queue whose store refused it (no space, no descriptor) takes it once that passes: the held copy
        // stays for a retry. One full under x-overflow reject-publish drops it, as the plugin does.
        for (const d of this.routed) {
            if (d.kind === 'queue' && d.refusedByStore)
                throw new Error(`queue '${d.name}' could not store it`);
        }
    }
    routeAndStore(ex, msg, out, extraKeys, accept) {
        if (msg.exchange === '' && !extraKeys) {
            const q = this.tables.queues.get(msg.routingKey);
            if (!q)
                return true;
            if (!q.publish(msg))
                return false;
            out.push(q);
            return true;
        }
        // A queue's publish may dead-letter (drop-head, reject-publish-dlx), routing again from inside the loop
        // below: that nested call gets a set of its own, or it would clear this one while it is iterated.
        const nested = this.storing;
        const routed = nested ? new Set() : this.routed;
        routed.clear();
        let headers = null;
        const headersOf = () => {
            if (headers === null)
                headers = this.ctx.format.headers(msg.properties);
            return headers;
        };
        // alternate exchanges: an exchange that routes nowhere hands the message on (cycles end)
        for (let from = ex, hops = 0; from && hops < 16; hops++) {
            this.routeKey(from, msg.routingKey, headersOf, routed);
            // sender-selected distribution: CC/BCC keys route like extra routing keys
            if (extraKeys)
                for (const key of extraKeys)
                    this.routeKey(from, key, headersOf, routed);
            if (routed.size > 0)
                break;
            const ae = from.alternateExchange;
            from = ae === undefined ? undefined : this.tables.exchanges.get(ae);
        }
        if (routed.size === 0)
            return true;
        const head = encodeHead(msg);
        let accepted = true;
        this.storing = true;
        try {
            for (const d of routed) {
                if (d.kind === 'queue' && (!accept || accept(d))) {
                    if (d.publish(msg, head))
                        out.push(d);
                    else
                        accepted = false;
                }
            }
        }
        finally {
            this.storing = nested;
        }
        return accepted;
    }
    routeKey(ex, key, headersOf, out) {
        if (ex.name === '') {
            const q = this.tables.queues.get(key);
            if (q)
                out.add(q);
            return;
        }
        this.visited.clear();
        this.routeFrom(ex, key, headersOf, out);
        if (this.tables.bindingIndex.clearing)
            dropDeleted(out);
    }
    routeFrom(ex, key, headersOf, out) {
        this.visited.add(ex);
        if (ex.exchangeBindings === 0) {
            ex.route(key, headersOf, out);
            return;
        }
        // only exchanges reached with *this* key may route it further, so hops get their own set
        const hop = new Set();
        ex.route(key, headersOf, hop);
        for (const d of hop) {
            if (d.kind === 'queue')
                out.add(d);
            else if (!d.deleted && !this.visited.has(d))
                this.routeFrom(d, key, headersOf, out);
        }
    }
}
//# sourceMappingURL=router.js.map