// The relay: moves committed outbox rows to the broker. Each pass takes a batch of
// unsent rows in id order, publishes them with confirms and marks the confirmed ones
// sent. Delivery is at-least-once: a crash between the broker's confirm and the mark
// publishes those rows again, with the same message id, so an idempotent consumer
// (a DedupStore keyed by message id) turns that into exactly-once processing.
import type { Publisher } from '../types.js';
import { publishRows } from './publish-rows.js';
import type { BatchResult, OutboxSource } from './types.js';

export interface OutboxRelayOptions {
  outbox: OutboxSource;
  /** A confirmed publisher, e.g. the SDK's client. */
  publisher: Publisher;
  /** Rows per pass (default 100). A crash republishes at most one batch per relay. */
  batchSize?: number;
  /** Longest wait between passes when idle (default 1000 ms); notifications cut it short. */
  pollIntervalMs?: number;
  /** A batch's confirms must arrive within this (default 30 000 ms), else its rows count as failed. */
  publishTimeoutMs?: number;
  /** Leave rows alone after this many failed publishes (default: retry forever). */
  maxAttempts?: number;
  /** Delete rows sent longer ago than this (default: keep them). */
  deleteSentAfterMs?: number;
  /** How often to run that cleanup (default 60 000 ms). */
  cleanupIntervalMs?: number;
  /** Errors of the background loop (database or broker down); default: ignored, the loop retries. */
  onError?: (err: unknown) => void;
}

export class OutboxRelay {
  readonly #outbox: OutboxSource;
  readonly #publisher: Publisher;
  readonly #batchSize: number;
  readonly #pollMs: number;
  readonly #timeoutMs: number;
  readonly #maxAttempts: number | undefined;
  readonly #deleteAfterMs: number | undefined;
  readonly #cleanupEveryMs: number;
  readonly #onError: (err: unknown) => void;

  #running = false;
  #loop: Promise<void> | undefined;
  #unwatch: (() => Promise<void>) | undefined;
  #woken = false;
  #wakeSleeper: (() => void) | undefined;
  #lastCleanup = 0;

  constructor(options: OutboxRelayOptions) {
    this.#outbox = options.outbox;
    this.#publisher = options.publisher;
    this.#batchSize = positive(options.batchSize ?? 100, 'batchSize');
    this.#pollMs = positive(options.pollIntervalMs ?? 1000, 'pollIntervalMs');
    this.#timeoutMs = positive(options.publishTimeoutMs ?? 30_000, 'publishTimeoutMs');
    this.#maxAttempts = options.maxAttempts;
    this.#deleteAfterMs = options.deleteSentAfterMs;
    this.#cleanupEveryMs = options.cleanupIntervalMs ?? 60_000;
    this.#onError = options.onError ?? (() => {});
  }

  get running(): boolean {
    return this.#running;
  }

  /** Starts the background loop; resolves once the outbox is being watched. */
  async start(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    this.#unwatch = await this.#outbox.watch(this.#wake, this.#onError);
    this.#loop = this.#run();
  }

  /** Stops after the batch in flight (if any) is published and marked. */
  async stop(): Promise<void> {
    if (!this.#running) return;
    this.#running = false;
    this.#wake();
    await this.#loop;
    await this.#unwatch?.();
    this.#unwatch = undefined;
  }

  /** One pass: a batch taken, published and marked. Usable without start(). */
  runOnce(): Promise<BatchResult> {
    return this.#outbox.processBatch(
      this.#batchSize,
      (rows) => publishRows(this.#publisher, rows, this.#timeoutMs),
      this.#maxAttempts,
    );
  }

  /**
   * Passes until none finds work; returns the rows sent. Stops early on a batch with
   * failures (they are retried by later passes), so it cannot spin on a dead broker.
   */
  async drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const r = await this.runOnce();
      sent += r.sent;
      if (r.claimed === 0 || r.failed > 0) return sent;
    }
  }

  readonly #wake = (): void => {
    this.#woken = true;
    this.#wakeSleeper?.();
  };

  async #run(): Promise<void> {
    while (this.#running) {
      let more = false;
      try {
        const r = await this.runOnce();
        // A full batch without failures suggests more rows are waiting: no sleep.
        more = r.claimed === this.#batchSize && r.failed === 0;
      } catch (err) {
        this.#onError(err);
      }
      await this.#cleanup();
      if (this.#running && !more) await this.#sleep();
    }
  }

  /** Waits for the poll interval or a wake-up, whichever is first. */
  #sleep(): Promise<void> {
    // A wake-up during the last pass may announce rows that pass did not see.
    if (this.#woken) {
      this.#woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#wakeSleeper = undefined;
        this.#woken = false;
        resolve();
      };
      const timer = setTimeout(done, this.#pollMs);
      this.#wakeSleeper = done;
    });
  }

  async #cleanup(): Promise<void> {
    if (this.#deleteAfterMs === undefined) return;
    const now = Date.now();
    if (now - this.#lastCleanup < this.#cleanupEveryMs) return;
    this.#lastCleanup = now;
    try {
      await this.#outbox.deleteSent(this.#deleteAfterMs);
    } catch (err) {
      this.#onError(err);
    }
  }
}

function positive(n: number, what: string): number {
  if (!Number.isFinite(n) || n <= 0) throw new RangeError(`${what} must be a positive number`);
  return n;
}
