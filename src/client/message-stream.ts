// Async iteration over a queue (nats.js's model): `for await (const msg of
// client.messages('q'))`. Underneath it is an ordinary consumer with concurrency 1
// whose handler hands each delivery to the loop and waits: the message is acked when
// the loop asks for the next one (or calls msg.ack()), so back-pressure is the
// consumer's prefetch and the loop body runs with the same guarantees as a handler
// (ack after processing, retries and dead letters through msg.fail(), dedup, metrics,
// reconnects). Leaving the loop early (break, return, throw) requeues the message it was
// on, unless it was acked or failed first; close() ends the loop after the current body.
// However the loop ends (break, return, throw, close(), a consumer that could not start,
// the broker cancelling it when the queue is deleted) the consumer is cancelled and the
// client lets go of the stream, so a finished loop holds no channel, timer or reference.
import type { MessageContext } from './consumer.js';
import type { Subscription } from './client.js';
import type { Envelope } from './types.js';

/** A message in a `for await` loop: an Envelope that can be settled before the loop moves on. */
export type StreamMessage<T> = Envelope<T> & {
  readonly ctx: MessageContext;
  /** Acks now (otherwise done when the loop asks for the next message). */
  ack(): void;
  /** Fails it as a throwing handler would: retry, then the dead-letter queue. */
  fail(error: unknown): void;
};

/** Thrown into the handler of the message a loop left without settling: it is requeued. */
export class LoopLeft extends Error {
  override name = 'LoopLeft';
}

interface Pending<T> {
  env: Envelope<T>;
  ctx: MessageContext;
  resolve: () => void;
  reject: (err: unknown) => void;
  settled: boolean;
}

interface Waiter<T> {
  resolve: (r: IteratorResult<StreamMessage<T>>) => void;
  reject: (err: unknown) => void;
}

export class MessageStream<T> implements AsyncIterableIterator<StreamMessage<T>> {
  private readonly ready: Pending<T>[] = [];
  private current: Pending<T> | undefined;
  private waiter: Waiter<T> | undefined;
  private ended = false;
  /** Why the stream stopped on its own (broker cancel, a failed start): next() throws it once. */
  private failure: { error: unknown } | undefined;
  private sub: Promise<Subscription> | undefined;
  private released: Promise<void> | undefined;

  constructor(
    private readonly subscribe: (
      handler: (env: Envelope<T>, ctx: MessageContext) => Promise<void>,
      onCancelled: (err: Error) => void,
    ) => Promise<Subscription>,
    /** Called once when the stream is finished with: the client forgets it. */
    private readonly onDone: () => void,
  ) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** The subscription underneath (started by the first next()). */
  subscription(): Promise<Subscription> {
    this.sub ??= this.subscribe(
      (env, ctx) => this.deliver(env, ctx),
      (err) => this.stop(err),
    );
    return this.sub;
  }

  private deliver(env: Envelope<T>, ctx: MessageContext): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const p: Pending<T> = { env, ctx, resolve, reject, settled: false };
      if (this.ended) {
        p.settled = true;
        reject(new LoopLeft('the loop ended'));
        return;
      }
      const w = this.waiter;
      if (w) {
        this.waiter = undefined;
        this.current = p;
        w.resolve({ value: this.wrap(p), done: false });
      } else this.ready.push(p);
    });
  }

  private wrap(p: Pending<T>): StreamMessage<T> {
    return Object.assign(p.env, {
      ctx: p.ctx,
      ack: () => {
        if (p.settled) return;
        p.settled = true;
        p.resolve();
      },
      fail: (error: unknown) => {
        if (p.settled) return;
        p.settled = true;
        p.reject(error);
      },
    });
  }

  private settleCurrent(how: 'ack' | 'requeue'): void {
    const p = this.current;
    this.current = undefined;
    if (!p || p.settled) return;
    p.settled = true;
    if (how === 'ack') p.resolve();
    else p.reject(new LoopLeft('the loop ended before this message was settled'));
  }

  async next(): Promise<IteratorResult<StreamMessage<T>>> {
    // Asking for the next message means the loop body finished with this one.
    this.settleCurrent('ack');
    if (this.ended) return this.finished();
    try {
      await this.subscription();
    } catch (err) {
      this.stop(err);
      return this.finished();
    }
    const p = this.ready.shift();
    if (p) {
      this.current = p;
      return { value: this.wrap(p), done: false };
    }
    if (this.ended) return this.finished();
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }

  /** Leaving the loop (break, return, throw): the unsettled message is requeued, the consumer cancelled. */
  async return(): Promise<IteratorResult<StreamMessage<T>>> {
    this.settleCurrent('requeue');
    this.end();
    await this.release();
    return { value: undefined, done: true };
  }

  /**
   * No more messages: a waiting next() ends the loop at once; otherwise the loop ends
   * when it asks for the next message (acking the one it was on). Deliveries not yet
   * given to the loop go back to the broker.
   */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const p of this.ready.splice(0)) {
      p.settled = true;
      p.reject(new LoopLeft('the loop ended'));
    }
    const w = this.waiter;
    this.waiter = undefined;
    if (w && this.failure) {
      const { error } = this.failure;
      this.failure = undefined;
      w.reject(error);
    } else w?.resolve({ value: undefined, done: true });
  }

  /** Ends the loop with an error (thrown by the waiting or the next next()) and lets go of everything. */
  private stop(error: unknown): void {
    if (this.ended) return;
    this.failure = { error };
    // Its channel is gone or going: the message the body is on cannot be acked any more.
    this.settleCurrent('requeue');
    this.end();
    void this.release();
  }

  /** A done result, or the failure that ended the stream (thrown once). */
  private finished(): IteratorResult<StreamMessage<T>> {
    const f = this.failure;
    this.failure = undefined;
    if (f) throw f.error;
    return { value: undefined, done: true };
  }

  /** Cancels the consumer (if it started) and tells the client, once. */
  private release(): Promise<void> {
    this.released ??= (async () => {
      try {
        const sub = await this.sub?.catch(() => undefined);
        await sub?.cancel();
      } finally {
        this.onDone();
      }
    })();
    return this.released;
  }
}
