// Queue administration over AMQP itself (passive declare, purge, delete), so it works the
// same on Wharf and on any RabbitMQ, with no management API or credentials for one. Each
// call runs on a short-lived channel: a 404 for a missing queue closes that channel only.
import type { Channel } from 'amqplib';

export interface QueueInfo {
  queue: string;
  /** Messages ready for delivery (not counting unacked ones), as the broker's declare-ok says. */
  messageCount: number;
  /** Consumers on the queue. */
  consumerCount: number;
}

export interface DeleteQueueOptions {
  /** Only if the queue has no consumers (else the broker refuses with 406). */
  ifUnused?: boolean;
  /** Only if the queue is empty (else the broker refuses with 406). */
  ifEmpty?: boolean;
}

/** Runs `fn` on a fresh channel; the error the broker closed it with, if any, is what rejects. */
export type ChannelRunner = <R>(fn: (ch: Channel) => Promise<R>) => Promise<R>;

const NOT_FOUND = /\b404\b|NOT_FOUND/;

/** Counts of a queue, or null when there is no such queue. */
export async function queueInfo(run: ChannelRunner, queue: string): Promise<QueueInfo | null> {
  try {
    const ok = await run((ch) => ch.checkQueue(queue));
    return { queue: ok.queue, messageCount: ok.messageCount, consumerCount: ok.consumerCount };
  } catch (err) {
    if (err instanceof Error && NOT_FOUND.test(err.message)) return null;
    throw err;
  }
}

/** Removes the queue's ready messages; resolves to how many. */
export async function purgeQueue(run: ChannelRunner, queue: string): Promise<number> {
  return (await run((ch) => ch.purgeQueue(queue))).messageCount;
}

/** Deletes the queue; resolves to the messages it held (0 when it did not exist). */
export async function deleteQueue(
  run: ChannelRunner,
  queue: string,
  options: DeleteQueueOptions = {},
): Promise<number> {
  const ok = await run((ch) =>
    ch.deleteQueue(queue, { ifUnused: options.ifUnused ?? false, ifEmpty: options.ifEmpty ?? false }),
  );
  return ok.messageCount;
}
