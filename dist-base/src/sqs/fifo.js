// FIFO queue state kept by the SQS front, per engine queue: sequence numbers and the
// deduplication window (5 minutes, by MessageDeduplicationId or the body's SHA-256, per
// queue or per message group), both in the queue's send ledger (broker/send-ledger.ts:
// journaled, so they survive a restart and a SIGKILL; a send is answered once the ledger
// is synced); the message groups that have a message in flight (a group is held while one
// of its messages is leased, leases held from before a restart included); and
// ReceiveRequestAttemptId answers (in memory: a retry after a restart receives anew).
import { createHash } from 'node:crypto';
export const DEDUP_WINDOW_MS = 5 * 60 * 1000;
/** how many held-back messages one receive looks past before it answers with what it has */
export const FIFO_SCAN_LIMIT = 1000;
export class FifoState {
    queue;
    ledger;
    /** group -> lease ids in flight */
    inFlight = new Map();
    /** ReceiveRequestAttemptId -> the answer given, for retries within 5 minutes */
    attempts = new Map();
    constructor(queue, ledger) {
        this.queue = queue;
        this.ledger = ledger;
    }
    /** A 20-digit, strictly increasing sequence number (from the clock, never below an earlier one). */
    nextSequence() {
        return this.ledger
            .nextSequence(BigInt(Date.now()) * 1000000n)
            .toString()
            .padStart(20, '0');
    }
    static contentDedupId(body) {
        return createHash('sha256').update(body, 'utf8').digest('hex');
    }
    /** The earlier send of the same deduplication key within the window, if any. */
    duplicate(key, now) {
        this.trim(now);
        const a = this.ledger.seen(key, now, DEDUP_WINDOW_MS);
        if (!a)
            return undefined;
        const text = a.toString();
        const i = text.indexOf(' ');
        return { sequence: text.slice(0, i), messageId: text.slice(i + 1) };
    }
    remember(key, messageId, sequence, now) {
        this.ledger.remember(key, Buffer.from(`${sequence} ${messageId}`), now);
    }
    /** A message of this group was published and then refused: its key may be sent again. */
    forget(key) {
        this.ledger.forget(key);
    }
    /** cb runs once the sequence numbers and dedup keys given so far are on disk. */
    sync(cb) {
        this.ledger.sync(cb);
    }
    trim(now) {
        for (const [k, v] of this.attempts) {
            if (now - v.at < DEDUP_WINDOW_MS)
                break;
            this.attempts.delete(k);
        }
    }
    /** True while a message of `group` is leased. */
    held(group) {
        const ids = this.inFlight.get(group);
        if (!ids)
            return false;
        for (const id of ids)
            if (!this.queue.pull.lease(id))
                ids.delete(id);
        if (ids.size === 0) {
            this.inFlight.delete(group);
            return false;
        }
        return true;
    }
    leased(group, id) {
        let ids = this.inFlight.get(group);
        if (!ids)
            this.inFlight.set(group, (ids = new Set()));
        ids.add(id);
    }
}
//# sourceMappingURL=fifo.js.map