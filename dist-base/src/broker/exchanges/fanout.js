import { DenseSet } from './dense-set.js';
import { Exchange } from './exchange.js';
export class FanoutExchange extends Exchange {
    all = new DenseSet();
    route(_routingKey, _headers, out) {
        const list = this.all.items;
        for (let i = 0; i < list.length; i++)
            out.add(list[i].destination);
    }
    added(b) {
        this.all.add(b);
    }
    removed(b) {
        this.all.delete(b);
    }
}
//# sourceMappingURL=fanout.js.map