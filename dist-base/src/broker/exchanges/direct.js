import { DenseSet } from './dense-set.js';
import { Exchange } from './exchange.js';
export class DirectExchange extends Exchange {
    // a set per key: one key may bind thousands of queues, and unbinding one stays O(1)
    byKey = new Map();
    route(routingKey, _headers, out) {
        const set = this.byKey.get(routingKey);
        if (set === undefined)
            return;
        const list = set.items;
        for (let i = 0; i < list.length; i++)
            out.add(list[i].destination);
    }
    added(b) {
        let set = this.byKey.get(b.routingKey);
        if (set === undefined)
            this.byKey.set(b.routingKey, (set = new DenseSet()));
        set.add(b);
    }
    removed(b) {
        const set = this.byKey.get(b.routingKey);
        if (set === undefined)
            return;
        set.delete(b);
        if (set.size === 0)
            this.byKey.delete(b.routingKey);
    }
}
//# sourceMappingURL=direct.js.map