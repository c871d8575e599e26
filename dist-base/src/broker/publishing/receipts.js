// Publish receipts: what every front waits on before it tells a publisher "stored" (AMQP
// publisher confirms and tx.commit-ok, Kafka acks=all, SQS SendMessage, SNS Publish, RESP
// XADD, the HTTP API's publish). No callback, promise or object per message: publishes are
// grouped into batches (one per microtask checkpoint), each batch asks one group-commit
// sync of every durable target it touched, so one fsync covers thousands of messages.
//
// Two ways to wait, both per batch:
// - `settled` (constructor): every receipt in sequence order, as ranges (upTo, multiple,
//   ok): what AMQP's basic.ack/nack(multiple) needs. A batch is reported only after every
//   batch before it, so the ranges never run ahead of a slower earlier sync.
// - `whenSynced(cb)` / `synced()`: the current batch, as soon as its own syncs are done
//   (not held back by earlier batches): what request/response fronts need.
import { BrokerError } from '../errors.js';
/**
 * synced() rejects with this: INTERNAL_ERROR (the broker failed, not the request) with the first
 * sync error as its cause, and every target whose sync failed.
 */
export class ReceiptError extends BrokerError {
    failed;
    constructor(err, failed) {
        super('INTERNAL_ERROR', err.message);
        this.failed = failed;
        this.name = 'ReceiptError';
        this.cause = err;
    }
}
export class PublishReceipts {
    /** sequence number the next publish gets */
    nextSeq = 1;
    settledUpTo = 0;
    batches = [];
    touched = new Set();
    open = false;
    /** batches sealed so far: the number of the batch a receipt given now joins */
    sealedCount = 0;
    rejected;
    openBytes = 0;
    openWaiters;
    scratch = [];
    outcome = { seq: 0, accepted: true, routed: 0 };
    closeBatch = () => this.seal();
    settled;
    observe;
    account;
    constructor(opts = {}) {
        this.settled = opts.settled;
        this.observe = opts.observe;
        this.account = opts.account;
    }
    /**
     * Routes and stores `msg` through `route` (a VHost) and gives it a receipt that waits for
     * every durable target that keeps it (a persistent message, or a target that keeps all:
     * streams, SNS subscription state). Throws what the route throws (NOT_FOUND, ACCESS_REFUSED).
     */
    publish(route, msg, extraKeys) {
        const o = this.outcome;
        o.seq = this.published(msg.body.length);
        const out = this.scratch;
        o.accepted = route.publish(msg, out, extraKeys);
        if (!o.accepted)
            (this.rejected ??= []).push(o.seq);
        o.routed = out.length;
        const persistent = msg.persistent;
        for (let i = 0; i < out.length; i++) {
            const t = out[i];
            if (t.durable && (persistent || t.persistsAll))
                this.touched.add(t);
        }
        return o;
    }
    /**
     * A receipt for a publish stored without routing, or nowhere (direct reply-to), of `bytes`;
     * its stores are added with needsSync. Returns its sequence number.
     */
    published(bytes = 0) {
        const seq = this.nextSeq++;
        if (this.account !== undefined && bytes > 0) {
            this.openBytes += bytes;
            this.account(bytes);
        }
        if (!this.open)
            this.openBatch();
        return seq;
    }
    /** The current batch also waits for `t` (a stream partition appended to, a front's journal). */
    needsSync(t) {
        this.touched.add(t);
        if (!this.open)
            this.openBatch();
    }
    /**
     * Calls `cb` once every sync the current batch waits for is done (at once when it waits
     * for none so far), with the first error.
     */
    whenSynced(cb) {
        if (this.touched.size === 0)
            return cb();
        (this.openWaiters ??= []).push(cb);
    }
    /** whenSynced as a promise; rejects with a ReceiptError. */
    synced() {
        return new Promise((resolve, reject) => this.whenSynced((err, failed) => (err ? reject(new ReceiptError(err, failed)) : resolve())));
    }
    /**
     * The batch a receipt or needsSync given now joins (changes when that batch is sealed, at the next
     * microtask checkpoint): callers that group their own waiters per batch compare it.
     */
    get currentBatch() {
        return this.sealedCount;
    }
    openBatch() {
        this.open = true;
        queueMicrotask(this.closeBatch);
    }
    seal() {
        this.open = false;
        this.sealedCount++;
        const prev = this.batches.length > 0 ? this.batches[this.batches.length - 1].lastSeq : this.settledUpTo;
        const batch = {
            lastSeq: this.nextSeq - 1,
            size: this.nextSeq - 1 - prev,
            sealedAt: this.observe ? performance.now() : 0,
            pending: this.touched.size,
            failed: undefined,
            failedTargets: undefined,
            rejected: this.rejected,
            bytes: this.openBytes,
            waiters: this.openWaiters,
        };
        this.rejected = undefined;
        this.openBytes = 0;
        this.openWaiters = undefined;
        this.batches.push(batch);
        for (const t of this.touched) {
            t.sync((err) => {
                if (err) {
                    batch.failed ??= err;
                    (batch.failedTargets ??= new Set()).add(t);
                }
                if (--batch.pending === 0)
                    this.wake(batch);
                this.flush();
            });
        }
        this.touched.clear();
        if (batch.pending === 0)
            this.wake(batch);
        this.flush();
    }
    /** The batch's own syncs are done: its waiters hear it now, whatever earlier batches do. */
    wake(batch) {
        const ws = batch.waiters;
        if (ws === undefined)
            return;
        batch.waiters = undefined;
        for (const w of ws)
            w(batch.failed, batch.failedTargets);
    }
    /** Settles the completed batches at the front, in order. */
    flush() {
        let upTo = 0;
        while (this.batches.length > 0 && this.batches[0].pending === 0) {
            const b = this.batches.shift();
            if (b.bytes > 0)
                this.account(-b.bytes);
            if (this.observe && b.size > 0)
                this.observe((performance.now() - b.sealedAt) / 1000, b.size);
            if (b.failed) {
                if (upTo)
                    this.emitRange(upTo, true);
                this.emitRange(b.lastSeq, false);
                upTo = 0;
                continue;
            }
            if (b.rejected) {
                for (const seq of b.rejected) {
                    if (seq - 1 > this.settledUpTo)
                        this.emitRange(seq - 1, true);
                    this.emitRange(seq, false);
                }
            }
            upTo = b.lastSeq;
        }
        if (upTo)
            this.emitRange(upTo, true);
    }
    emitRange(upTo, ok) {
        if (upTo <= this.settledUpTo)
            return;
        const multiple = upTo - this.settledUpTo > 1;
        this.settledUpTo = upTo;
        this.settled?.(upTo, multiple, ok);
    }
}
//# sourceMappingURL=receipts.js.map