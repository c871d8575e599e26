// What Fetch and ListOffsets need to know of transactions, per partition: the open transactions
// (producer id -> the offset from which their batches may lie, see TxnPartition.startOffset), which
// give the last stable offset (LSO: read_committed consumers read below it only), and the aborted
// transactions (Kafka's .txnindex: producer id, first offset, offset of the abort marker), which a
// read_committed Fetch lists so the client drops those producers' records in that range.
//
// Kept by the transaction coordinator (coordinator.ts), which persists the aborted entries in its
// journal; the open ones are derived from the persisted transaction states at start. Cost on the
// fetch path: two map lookups per partition, nothing allocated when no transaction touches it.
class PartitionTxns {
    open = new Map();
    /** in marker order, i.e. ascending lastOffset */
    aborted = [];
    waiters = new Set();
    get unused() {
        return this.open.size === 0 && this.aborted.length === 0 && this.waiters.size === 0;
    }
}
const NONE = Object.freeze([]);
export class TxnPartitionIndex {
    topics = new Map();
    get(topic, partition) {
        return this.topics.get(topic)?.get(partition);
    }
    make(topic, partition) {
        let t = this.topics.get(topic);
        if (t === undefined)
            this.topics.set(topic, (t = new Map()));
        let p = t.get(partition);
        if (p === undefined)
            t.set(partition, (p = new PartitionTxns()));
        return p;
    }
    tidy(topic, partition, p) {
        if (!p.unused)
            return;
        const t = this.topics.get(topic);
        t.delete(partition);
        if (t.size === 0)
            this.topics.delete(topic);
    }
    /** A transaction of producerId now includes the partition, from startOffset on. */
    begin(topic, partition, producerId, startOffset) {
        const p = this.make(topic, partition);
        if (!p.open.has(producerId))
            p.open.set(producerId, startOffset);
    }
    /** Whether producerId has an open transaction including the partition. */
    isOpen(topic, partition, producerId) {
        return this.get(topic, partition)?.open.has(producerId) ?? false;
    }
    /** The transaction ended (its marker is appended): the LSO may move; long-polling fetches re-check. */
    end(topic, partition, producerId) {
        const p = this.get(topic, partition);
        if (p === undefined || !p.open.delete(producerId))
            return;
        for (const w of [...p.waiters])
            w();
        this.tidy(topic, partition, p);
    }
    addAborted(topic, partition, a) {
        const p = this.make(topic, partition);
        const list = p.aborted;
        let i = list.length;
        while (i > 0 && list[i - 1].lastOffset > a.lastOffset)
            i--;
        list.splice(i, 0, a);
    }
    /** The last stable offset: the high watermark, or the start of the earliest open transaction below it. */
    lastStable(topic, partition, highWatermark) {
        const p = this.get(topic, partition);
        if (p === undefined || p.open.size === 0)
            return highWatermark;
        let lso = highWatermark;
        for (const start of p.open.values())
            if (start < lso)
                lso = start;
        return lso;
    }
    /** Aborted transactions overlapping [from, to): what a read_committed Fetch of that range lists. */
    abortedIn(topic, partition, from, to) {
        const p = this.get(topic, partition);
        if (p === undefined || p.aborted.length === 0 || to <= from)
            return NONE;
        const list = p.aborted;
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (list[mid].lastOffset < from)
                lo = mid + 1;
            else
                hi = mid;
        }
        let out;
        for (let i = lo; i < list.length; i++) {
            const a = list[i];
            if (a.firstOffset < to)
                (out ??= []).push({ producerId: a.producerId, firstOffset: a.firstOffset });
        }
        return out ?? NONE;
    }
    /** Aborted entries wholly below logStart, removed (the caller forgets them durably). */
    dropAbortedBelow(topic, partition, logStart) {
        const p = this.get(topic, partition);
        if (p === undefined)
            return [];
        let n = 0;
        while (n < p.aborted.length && p.aborted[n].lastOffset < logStart)
            n++;
        const gone = p.aborted.splice(0, n);
        this.tidy(topic, partition, p);
        return gone;
    }
    /** Every partition with aborted entries (for pruning). */
    *abortedPartitions() {
        for (const [topic, t] of this.topics)
            for (const [partition, p] of t)
                if (p.aborted.length > 0)
                    yield [topic, partition];
    }
    /**
     * Resolves true when a transaction on the partition ends, false after ms or when signal aborts: a
     * read_committed Fetch waiting for the LSO to move past its offset.
     */
    waitForEnd(topic, partition, ms, signal) {
        if (ms <= 0 || signal.aborted)
            return Promise.resolve(false);
        const p = this.make(topic, partition);
        return new Promise((resolve) => {
            const done = (v) => {
                clearTimeout(timer);
                signal.removeEventListener('abort', onAbort);
                p.waiters.delete(wake);
                this.tidy(topic, partition, p);
                resolve(v);
            };
            const wake = () => done(true);
            const onAbort = () => done(false);
            const timer = setTimeout(() => done(false), ms);
            p.waiters.add(wake);
            signal.addEventListener('abort', onAbort, { once: true });
        });
    }
}
//# sourceMappingURL=partition-txns.js.map