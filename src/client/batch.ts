// Batch handlers (kafkajs's eachBatch): a consumer whose handler gets messages in
// batches of up to `batchSize`, or fewer once `maxWaitMs` passed since the first one.
// Underneath it is an ordinary consumer with concurrency = batchSize whose per-message
// handler parks each delivery in the open batch and waits for the batch's outcome, so
// dedup, retries, dead letters, metrics, reconnects and close() work as for `consume`.
// Acking is per batch (the handler resolves: every message not settled yet is acked;
// it throws: each of them is retried or dead-lettered with that error) or per message
// (`msg.ack()` / `msg.fail(err)` inside the handler, which a later throw no longer touches).
import type { MessageContext } from './consumer.js';
import type { Envelope } from './types.js';

export type BatchMessage<T> = Envelope<T> & {
  /** Settles this message as processed, whatever the batch handler does afterwards. */
  ack(): void;
  /** Fails this message alone (retry, then the dead-letter queue). */
  fail(error: unknown): void;
};

export interface BatchContext {
  queue: string;
  /** Aborted when close() reaches its deadline with the batch still running. */
  signal: AbortSignal;
}

export type BatchHandler<T> = (messages: BatchMessage<T>[], ctx: BatchContext) => unknown;

interface Entry<T> {
  message: BatchMessage<T>;
  ctx: MessageContext;
  resolve: () => void;
  reject: (err: unknown) => void;
  settled: boolean;
}

export class Batcher<T> {
  private open: Entry<T>[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly size: number,
    private readonly maxWaitMs: number,
    private readonly handler: BatchHandler<T>,
    private readonly onError: (err: Error) => void,
  ) {}

  /** The per-message handler given to the consumer. */
  readonly handle = (env: Envelope<T>, ctx: MessageContext): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const entry: Entry<T> = {
        ctx,
        resolve,
        reject,
        settled: false,
        message: Object.assign(env, {
          ack: () => {
            if (entry.settled) return;
            entry.settled = true;
            resolve();
          },
          fail: (error: unknown) => {
            if (entry.settled) return;
            entry.settled = true;
            reject(error);
          },
        }),
      };
      this.open.push(entry);
      if (this.open.length >= this.size) this.flush();
      else if (this.open.length === 1) this.timer = setTimeout(() => this.flush(), this.maxWaitMs);
    });

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.open;
    this.open = [];
    if (batch.length === 0) return;
    const ctx: BatchContext = { queue: batch[0]!.ctx.queue, signal: batch[0]!.ctx.signal };
    Promise.resolve()
      .then(() =>
        this.handler(
          batch.map((e) => e.message),
          ctx,
        ),
      )
      .then(
        () => {
          for (const e of batch) e.message.ack();
        },
        (err: unknown) => {
          for (const e of batch) e.message.fail(err);
        },
      )
      .catch((err: unknown) => this.onError(err instanceof Error ? err : new Error(String(err))));
  }
}
