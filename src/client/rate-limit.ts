// Rate limits for consumers: at most `max` handler starts in any `intervalMs` window.
// - Per consumer: a sliding log of the last `max` start times, in this process.
// - Per group (`group`): the budget is held by the broker, so every worker of the group,
//   in any process, shares it. The group is a queue `wharf.ratelimit.<group>` with
//   `x-max-length` = max, `x-overflow: reject-publish` and `x-message-ttl` = intervalMs,
//   that nobody consumes. A worker takes a slot by publishing a marker to it with a
//   confirm: the broker accepts at most `max` markers alive at once and nacks the rest,
//   and a marker lives intervalMs (a TTL never expires early). So at most `max` starts are
//   confirmed in any window of intervalMs, across all workers, whatever their clocks say:
//   the broker's clock alone decides. There is nothing to seed and nothing to hand back: a
//   worker that crashes holding slots just lets its markers expire. Markers are transient,
//   so a broker restart empties the window (the limit can be exceeded once, right after).
//   A full window is polled: each refused worker retries after about intervalMs / max.
import type { Channel } from 'amqplib';
import { PublishError } from './types.js';
import type { Publisher } from './publisher.js';

export interface RateLimit {
  /** Handler starts allowed in any window of `intervalMs`. */
  max: number;
  /** The window, in milliseconds. */
  intervalMs: number;
  /**
   * Share the budget with every consumer (in any process) that names the same group: the
   * broker holds it (queue `wharf.ratelimit.<group>`). Default: this consumer alone.
   */
  group?: string;
}

export interface RateLimiter {
  /** Declarations the limiter needs on a (new) connection. */
  declare(ch: Channel): Promise<void>;
  /** Resolves when a handler may start; rejects with the signal's reason when it aborts first. */
  acquire(signal: AbortSignal): Promise<void>;
}

export function checkRateLimit(r: RateLimit): RateLimit {
  if (!Number.isInteger(r.max) || r.max < 1) throw new RangeError('rateLimit.max must be a positive integer');
  if (!(typeof r.intervalMs === 'number' && r.intervalMs > 0 && r.intervalMs <= 4294967295))
    throw new RangeError('rateLimit.intervalMs must be a positive number of milliseconds (at most 2^32-1)');
  if (r.group !== undefined && (typeof r.group !== 'string' || r.group === ''))
    throw new RangeError('rateLimit.group must be a non-empty string');
  return r;
}

export function rateLimitQueue(group: string): string {
  return `wharf.ratelimit.${group}`;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** One consumer's budget: a sliding log of its last `max` starts. */
export class LocalRateLimiter implements RateLimiter {
  private readonly starts: number[] = [];
  /** Acquires are served one at a time, in order (concurrent handlers queue here). */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly limit: RateLimit) {}

  async declare(): Promise<void> {}

  acquire(signal: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.take(signal));
    this.queue = turn.catch(() => {});
    return turn;
  }

  private async take(signal: AbortSignal): Promise<void> {
    for (;;) {
      if (signal.aborted) throw signal.reason;
      const now = performance.now();
      while (this.starts.length > 0 && now - this.starts[0]! >= this.limit.intervalMs) this.starts.shift();
      if (this.starts.length < this.limit.max) {
        this.starts.push(now);
        return;
      }
      await sleep(this.starts[0]! + this.limit.intervalMs - now + 1, signal);
    }
  }
}

/** A group's budget, held by the broker (see the header). */
export class GroupRateLimiter implements RateLimiter {
  readonly queue: string;
  private seq = 0;

  constructor(
    private readonly limit: RateLimit & { group: string },
    private readonly publisher: Publisher,
  ) {
    this.queue = rateLimitQueue(limit.group);
  }

  async declare(ch: Channel): Promise<void> {
    // Every member must declare the same arguments (the broker refuses others with 406).
    await ch.assertQueue(this.queue, {
      durable: true,
      arguments: {
        'x-max-length': this.limit.max,
        'x-overflow': 'reject-publish',
        'x-message-ttl': Math.round(this.limit.intervalMs),
      },
    });
  }

  async acquire(signal: AbortSignal): Promise<void> {
    const pause = Math.min(1000, Math.max(5, this.limit.intervalMs / this.limit.max));
    for (;;) {
      if (signal.aborted) throw signal.reason;
      try {
        await this.publisher.send(
          '',
          this.queue,
          EMPTY,
          { messageId: `${process.pid}.${this.seq++}`, persistent: false, mandatory: true },
          false,
        );
        return;
      } catch (err) {
        if (!(err instanceof PublishError && err.reason === 'nack')) throw err;
      }
      // Jittered, so refused workers do not retry in lockstep.
      await sleep(pause * (0.5 + Math.random()), signal);
    }
  }
}

const EMPTY = Buffer.alloc(0);

export function rateLimiter(limit: RateLimit, publisher: Publisher): RateLimiter {
  const r = checkRateLimit(limit);
  return r.group === undefined
    ? new LocalRateLimiter(r)
    : new GroupRateLimiter({ ...r, group: r.group }, publisher);
}
