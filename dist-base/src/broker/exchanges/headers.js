import { Exchange } from './exchange.js';
import { headersMatch, matchMode } from './headers-match.js';
export class HeadersExchange extends Exchange {
    modes = new Map();
    route(_routingKey, headersOf, out) {
        if (this.modes.size === 0)
            return;
        const headers = headersOf();
        for (const [b, mode] of this.modes)
            if (headersMatch(b.arguments, mode, headers))
                out.add(b.destination);
    }
    added(b) {
        // invalid x-match values are refused by the vhost before binding
        this.modes.set(b, matchMode(b.arguments) ?? 'all');
    }
    removed(b) {
        this.modes.delete(b);
    }
}
//# sourceMappingURL=headers.js.map