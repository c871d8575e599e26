// A dead-letter queue's depth by reason: how many of its ready messages died
// `rejected`, `expired`, `maxlen` or `delivery_limit` (the most recent x-death entry),
// read with Queue.inspect so nothing is delivered, reordered or flagged redelivered.
// Bounded: a read looks at no more than `limit` messages and says whether it saw all.
import { deaths } from './dead-letter-replay.js';
import { decodeHead } from '../messages/record.js';
export function deadLetterReasons(q, format, limit = 10_000) {
    const byReason = {};
    if (q.options.arguments['x-queue-type'] === 'stream')
        return { byReason, scanned: 0, complete: false };
    const scanned = q.inspect(limit, (head, flags) => {
        const h = decodeHead(head, flags);
        const reason = deaths(format.describe(h.properties).headers)[0]?.reason;
        const key = typeof reason === 'string' ? reason : 'none';
        byReason[key] = (byReason[key] ?? 0) + 1;
    });
    return { byReason, scanned, complete: scanned >= q.ready };
}
//# sourceMappingURL=dead-letter-reasons.js.map