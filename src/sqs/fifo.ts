// FIFO queue state kept by the SQS front, per engine queue: sequence numbers, the
// deduplication window (5 minutes, by MessageDeduplicationId or the body's SHA-256, per
// queue or per message group), the message groups that have a message in flight (a group
// is held while one of its messages is leased), and ReceiveRequestAttemptId answers.
//
// Not durable: after a restart the dedup window starts empty and sequence numbers go on
// from the clock (they stay increasing). Documented in docs/sqs.md.
import { createHash } from 'node:crypto';
import type { Queue } from '../broker/index.js';

export const DEDUP_WINDOW_MS = 5 * 60 * 1000;
/** how many held-back messages one receive looks past before it answers with what it has */
export const FIFO_SCAN_LIMIT = 1000;

interface Sent {
  messageId: string;
  sequence: string;
  at: number;
}

export class FifoState {
  private lastSequence = 0n;
  /** dedup key -> first send, in insertion (= time) order, so expiry trims from the front */
  private readonly sent = new Map<string, Sent>();
  /** group -> lease ids in flight */
  private readonly inFlight = new Map<string, Set<number>>();
  /** ReceiveRequestAttemptId -> the answer given, for retries within 5 minutes */
  readonly attempts = new Map<string, { at: number; output: Record<string, unknown> }>();

  constructor(private readonly queue: Queue) {}

  /** A 20-digit, strictly increasing sequence number. */
  nextSequence(): string {
    let s = BigInt(Date.now()) * 1_000_000n;
    if (s <= this.lastSequence) s = this.lastSequence + 1n;
    this.lastSequence = s;
    return s.toString().padStart(20, '0');
  }

  static contentDedupId(body: string): string {
    return createHash('sha256').update(body, 'utf8').digest('hex');
  }

  /** The earlier send of the same deduplication key within the window, if any. */
  duplicate(key: string, now: number): Sent | undefined {
    this.trim(now);
    return this.sent.get(key);
  }

  remember(key: string, messageId: string, sequence: string, now: number): void {
    this.sent.set(key, { messageId, sequence, at: now });
  }

  /** A message of this group was published and then refused: its key may be sent again. */
  forget(key: string): void {
    this.sent.delete(key);
  }

  private trim(now: number): void {
    for (const [k, v] of this.sent) {
      if (now - v.at < DEDUP_WINDOW_MS) break;
      this.sent.delete(k);
    }
    for (const [k, v] of this.attempts) {
      if (now - v.at < DEDUP_WINDOW_MS) break;
      this.attempts.delete(k);
    }
  }

  /** True while a message of `group` is leased. */
  held(group: string): boolean {
    const ids = this.inFlight.get(group);
    if (!ids) return false;
    for (const id of ids) if (!this.queue.pull.lease(id)) ids.delete(id);
    if (ids.size === 0) {
      this.inFlight.delete(group);
      return false;
    }
    return true;
  }

  leased(group: string, id: number): void {
    let ids = this.inFlight.get(group);
    if (!ids) this.inFlight.set(group, (ids = new Set()));
    ids.add(id);
  }
}
