// A dead-letter queue's depth by reason: how many of its ready messages died
// `rejected`, `expired`, `maxlen` or `delivery_limit` (the most recent x-death entry),
// read with Queue.inspect so nothing is delivered, reordered or flagged redelivered.
// Bounded: a read looks at no more than `limit` messages and says whether it saw all.
import { deaths } from './dead-letter-replay.js';
import type { PropertiesFormat } from '../messages/message.js';
import type { Queue } from '../queues/queue.js';
import { decodeHead } from '../messages/record.js';

export interface DeadLetterReasons {
  /** ready messages per most recent death reason; `none` for messages without x-death */
  byReason: Record<string, number>;
  /** ready messages looked at */
  scanned: number;
  /** false when the queue held more ready messages than the limit */
  complete: boolean;
}

export function deadLetterReasons(q: Queue, format: PropertiesFormat, limit = 10_000): DeadLetterReasons {
  const byReason: Record<string, number> = {};
  if (q.options.arguments['x-queue-type'] === 'stream') return { byReason, scanned: 0, complete: false };
  const scanned = q.inspect(limit, (head, flags) => {
    const h = decodeHead(head, flags);
    const reason = deaths(format.describe(h.properties).headers)[0]?.reason;
    const key = typeof reason === 'string' ? reason : 'none';
    byReason[key] = (byReason[key] ?? 0) + 1;
  });
  return { byReason, scanned, complete: scanned >= q.ready };
}
