import { BatchView, readRecords } from '../codec/index.js';
const EMPTY = Buffer.alloc(0);
export function kafkaToAmqp(format) {
    return (rec) => {
        const view = new BatchView(rec.body, 0, rec.body.length);
        if (view.isControl)
            return [];
        const out = [];
        for (const r of readRecords(view)) {
            const headers = {};
            for (const h of r.headers)
                headers[h.key] = h.value === null ? null : h.value.toString('utf8');
            out.push({
                offset: r.offset,
                exchange: '',
                routingKey: r.key === null ? '' : r.key.toString('utf8'),
                properties: format.encode({ headers, delivery_mode: 2 }),
                body: r.value ?? EMPTY,
            });
        }
        return out;
    };
}
//# sourceMappingURL=to-amqp.js.map