// A stored record's head with its properties rewritten by a front's format (x-delivery-count,
// x-stream-offset added for delivery), keeping the record's layout.
import { decodeHead, encodeHead, FLAG_TTL, FLAG_WIDE_HEAD, headTtl } from './record.js';
const EMPTY_BODY = Buffer.alloc(0);
/** A stored head with its properties rewritten (headers added for delivery). */
export function rewriteHead(head, flags, rewrite) {
    const h = decodeHead(head, flags);
    // the rewritten head is read with the record's flags, so it keeps the record's layout
    return encodeHead({
        exchange: h.exchange,
        routingKey: h.routingKey,
        properties: rewrite(h.properties),
        body: EMPTY_BODY,
        persistent: false,
        timestamp: 0,
        ttl: flags & FLAG_TTL ? headTtl(head, flags) : undefined,
    }, (flags & FLAG_WIDE_HEAD) !== 0);
}
//# sourceMappingURL=rewrite-head.js.map