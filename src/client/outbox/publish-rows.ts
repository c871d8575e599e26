// Publishing one batch of rows through a confirmed Publisher. All publishes of a batch
// are started at once: on one channel they go out in row order, and the confirms
// overlap instead of costing a round trip each.
import type { Publisher } from '../types.js';
import type { OutboxRow, PublishOutcome } from './types.js';

export async function publishRows(
  publisher: Publisher,
  rows: readonly OutboxRow[],
  timeoutMs: number,
): Promise<PublishOutcome[]> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A confirm that never comes would hold the batch (and on PostgreSQL its row locks)
  // forever. After the deadline the row counts as failed and is published again later:
  // a duplicate at worst, which the message id lets consumers drop.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no publisher confirm within ${timeoutMs} ms`)), timeoutMs);
  });
  deadline.catch(() => {});
  try {
    const settled = await Promise.allSettled(
      rows.map((row) =>
        Promise.race([
          publisher.publish(row.exchange, row.routingKey, row.body, {
            ...row.options,
            messageId: row.messageId,
            contentType: row.contentType,
          }),
          deadline,
        ]),
      ),
    );
    return settled.map((s) =>
      s.status === 'fulfilled' ? { ok: true } : { ok: false, error: errorText(s.reason) },
    );
  } finally {
    clearTimeout(timer);
  }
}

function errorText(reason: unknown): string {
  const text = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
  return text.slice(0, 1000);
}
