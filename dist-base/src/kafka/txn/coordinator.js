// The transaction coordinator of a one-node cluster (Kafka's TransactionCoordinator and
// TransactionMarkerChannelManager in one): transactional ids with their producer id and epoch
// (InitProducerId fences older producers by bumping the epoch), the partitions and groups of the
// open transaction (AddPartitionsToTxn, AddOffsetsToTxn), the offsets it will commit
// (TxnOffsetCommit), and EndTxn, which writes a commit or abort marker (a control batch) to every
// partition of the transaction and then, on commit, stores the pending offsets.
//
// Durability (the contract clients rely on): every state change is in the journal, fdatasynced,
// before the request that made it is answered. EndTxn first persists PrepareCommit/PrepareAbort
// (the decision), then writes and syncs the markers, then persists Complete*. After a crash a
// Prepare* transaction is completed again at start (a partition may get its marker twice, which
// consumers ignore); an Ongoing one stays open, holding back its partitions' last stable offset,
// until its producer ends it or transaction.timeout.ms passes since it began, when it is aborted
// with a bumped epoch, as Kafka aborts expired transactions (and fences their producer).
import { StreamFormat } from '../../broker/index.js';
import { buildControlBatch, KafkaError, Offsets } from '../codec/index.js';
import { decodeTxn, encodeTxn, TxnStatus, } from './metadata.js';
import { TxnPartitionIndex } from './partition-txns.js';
const E = KafkaError;
const MAX_EPOCH = 32767;
const EMPTY = Buffer.alloc(0);
/** Kafka's transaction.max.timeout.ms default */
export const MAX_TXN_TIMEOUT_MS = 900_000;
/** how often expired transactions are looked for (Kafka: 10 s, transaction.abort.timed.out.transaction.cleanup.interval.ms) */
const SWEEP_MS = 1000;
/** aborted-transaction entries below a partition's log start are forgotten every this many sweeps */
const PRUNE_EVERY = 60;
export class TransactionCoordinator {
    deps;
    index = new TxnPartitionIndex();
    txns = new Map();
    journal;
    timer;
    sweeps = 0;
    closed = false;
    constructor(deps) {
        this.deps = deps;
    }
    get prefix() {
        return `t\u0000${this.deps.vhost}\u0000`;
    }
    get abortedPrefix() {
        return `a\u0000${this.deps.vhost}\u0000`;
    }
    /** Loads the journal, completes transactions caught between decision and markers, starts the expiry sweep. */
    start() {
        if (this.journal !== undefined || this.closed)
            return;
        const j = (this.journal = this.deps.openJournal());
        for (const [k, v] of j.entries(this.prefix)) {
            const id = k.slice(this.prefix.length);
            try {
                const m = decodeTxn(id, v);
                this.txns.set(id, m);
                if (m.status === TxnStatus.Ongoing || isPrepare(m.status))
                    for (const p of m.partitions)
                        this.index.begin(p.topic, p.partition, m.producerId, p.startOffset);
            }
            catch (err) {
                this.deps.log.warn({ transactionalId: id }, `Kafka transaction state unreadable, dropped: ${String(err)}`);
                j.delete(k);
            }
        }
        for (const [k, v] of j.entries(this.abortedPrefix)) {
            const parts = k.slice(this.abortedPrefix.length).split('\u0000');
            if (parts.length !== 3 || v.length < 16) {
                j.delete(k);
                continue;
            }
            this.index.addAborted(parts[0], Number(parts[1]), {
                producerId: v.readDoubleLE(0),
                firstOffset: v.readDoubleLE(8),
                lastOffset: Number(parts[2]),
            });
        }
        this.timer = setInterval(() => this.sweep(), SWEEP_MS);
        this.timer.unref();
        this.sweep();
    }
    async close() {
        this.closed = true;
        if (this.timer)
            clearInterval(this.timer);
        const j = this.journal;
        this.journal = undefined;
        if (j)
            await j.close();
    }
    get j() {
        if (this.journal === undefined)
            throw new Error('transaction coordinator not started');
        return this.journal;
    }
    persist(m) {
        this.j.set(this.prefix + m.transactionalId, encodeTxn(m));
        return this.synced();
    }
    synced() {
        const j = this.j;
        return new Promise((resolve, reject) => j.sync((err) => (err ? reject(err) : resolve())));
    }
    /** The producer id and epoch a transactional id answers with; error codes as Kafka's coordinator. */
    async initProducerId(transactionalId, timeoutMs, producerId, producerEpoch) {
        const fail = (errorCode) => ({ errorCode, producerId: -1, producerEpoch: -1 });
        if (timeoutMs <= 0 || timeoutMs > MAX_TXN_TIMEOUT_MS)
            return fail(E.INVALID_TRANSACTION_TIMEOUT.code);
        let m = this.txns.get(transactionalId);
        if (m === undefined) {
            if (producerId >= 0)
                return fail(E.INVALID_PRODUCER_ID_MAPPING.code);
            m = {
                transactionalId,
                producerId: this.deps.producers.newProducerId(),
                epoch: 0,
                timeoutMs,
                status: TxnStatus.Empty,
                startMs: 0,
                partitions: [],
                groups: [],
                pending: [],
                busy: false,
            };
            this.txns.set(transactionalId, m);
            await this.persist(m);
            return { errorCode: 0, producerId: m.producerId, producerEpoch: m.epoch };
        }
        if (m.busy || isPrepare(m.status))
            return fail(E.CONCURRENT_TRANSACTIONS.code);
        // KIP-360: a producer that names its id and epoch must still be the current one
        if (producerId >= 0 && (producerId !== m.producerId || producerEpoch !== m.epoch))
            return fail(E.PRODUCER_FENCED.code);
        m.busy = true;
        try {
            if (m.status === TxnStatus.Ongoing) {
                // a new instance of the producer: its predecessor's transaction is aborted, the predecessor fenced
                this.bumpEpoch(m);
                m.status = TxnStatus.PrepareAbort;
                await this.persist(m);
                await this.complete(m);
            }
            this.bumpEpoch(m);
            m.timeoutMs = timeoutMs;
            m.status = TxnStatus.Empty;
            m.startMs = 0;
            await this.persist(m);
            return { errorCode: 0, producerId: m.producerId, producerEpoch: m.epoch };
        }
        finally {
            m.busy = false;
        }
    }
    bumpEpoch(m) {
        if (m.epoch < MAX_EPOCH - 1) {
            m.epoch++;
        }
        else {
            // epochs exhausted: a new producer id, as Kafka's coordinator does
            m.producerId = this.deps.producers.newProducerId();
            m.epoch = 0;
        }
    }
    /** 0 when the producer id and epoch are the transactional id's current ones, else the error code. */
    check(m, producerId, epoch) {
        if (m === undefined || m.producerId !== producerId)
            return E.INVALID_PRODUCER_ID_MAPPING.code;
        if (epoch !== m.epoch)
            return E.PRODUCER_FENCED.code;
        if (m.busy || isPrepare(m.status))
            return E.CONCURRENT_TRANSACTIONS.code;
        return 0;
    }
    begin(m) {
        if (m.status !== TxnStatus.Ongoing) {
            m.status = TxnStatus.Ongoing;
            m.startMs = Date.now();
            m.partitions = [];
            m.groups = [];
            m.pending = [];
        }
    }
    /** AddPartitionsToTxn, the partitions already checked (they exist and may be written). */
    async addPartitions(transactionalId, producerId, epoch, partitions) {
        const m = this.txns.get(transactionalId);
        const bad = this.check(m, producerId, epoch);
        if (bad)
            return bad;
        this.begin(m);
        for (const { topic, p } of partitions) {
            if (this.index.isOpen(topic, p.index, producerId))
                continue;
            const startOffset = p.nextOffset;
            m.partitions.push({ topic, partition: p.index, startOffset });
            this.index.begin(topic, p.index, producerId, startOffset);
        }
        await this.persist(m);
        return 0;
    }
    async addOffsets(transactionalId, producerId, epoch, group) {
        const m = this.txns.get(transactionalId);
        const bad = this.check(m, producerId, epoch);
        if (bad)
            return bad;
        this.begin(m);
        if (!m.groups.includes(group))
            m.groups.push(group);
        await this.persist(m);
        return 0;
    }
    /** TxnOffsetCommit: offsets kept with the transaction, committed to the group by EndTxn(commit). */
    async txnOffsetCommit(transactionalId, producerId, epoch, group, offsets) {
        const m = this.txns.get(transactionalId);
        const bad = this.check(m, producerId, epoch);
        if (bad)
            return bad;
        if (m.status !== TxnStatus.Ongoing || !m.groups.includes(group))
            return E.INVALID_TXN_STATE.code;
        for (const o of offsets) {
            const i = m.pending.findIndex((x) => x.group === o.group && x.topic === o.topic && x.partition === o.partition);
            if (i >= 0)
                m.pending[i] = o;
            else
                m.pending.push(o);
        }
        await this.persist(m);
        return 0;
    }
    async endTxn(transactionalId, producerId, epoch, commit) {
        const m = this.txns.get(transactionalId);
        if (m === undefined || m.producerId !== producerId)
            return E.INVALID_PRODUCER_ID_MAPPING.code;
        if (epoch !== m.epoch)
            return E.PRODUCER_FENCED.code;
        if (m.busy)
            return E.CONCURRENT_TRANSACTIONS.code;
        switch (m.status) {
            case TxnStatus.CompleteCommit: // a retry of the EndTxn that completed it
                return commit ? 0 : E.INVALID_TXN_STATE.code;
            case TxnStatus.CompleteAbort:
                return commit ? E.INVALID_TXN_STATE.code : 0;
            case TxnStatus.PrepareCommit:
                return commit ? E.CONCURRENT_TRANSACTIONS.code : E.INVALID_TXN_STATE.code;
            case TxnStatus.PrepareAbort:
                return commit ? E.INVALID_TXN_STATE.code : E.CONCURRENT_TRANSACTIONS.code;
            case TxnStatus.Empty:
                return E.INVALID_TXN_STATE.code;
        }
        m.busy = true;
        try {
            m.status = commit ? TxnStatus.PrepareCommit : TxnStatus.PrepareAbort;
            await this.persist(m);
            await this.complete(m);
            return 0;
        }
        catch (err) {
            // the decision is durable: the sweep finishes the markers; the client's retry finds CONCURRENT_TRANSACTIONS, then done
            this.deps.log.error({ err, transactionalId }, 'Kafka EndTxn: writing the markers failed; retried');
            return E.COORDINATOR_NOT_AVAILABLE.code;
        }
        finally {
            m.busy = false;
        }
    }
    /**
     * Writes the marker of a Prepare* transaction to each of its partitions, syncs them, commits its
     * offsets (PrepareCommit), then persists Complete*. Idempotent: run again after a failure or crash.
     */
    async complete(m) {
        const commit = m.status === TxnStatus.PrepareCommit;
        const now = Date.now();
        const syncs = [];
        for (const tp of m.partitions) {
            const p = this.deps.topics.stream(tp.topic)?.partition(tp.partition);
            if (p === undefined || p.deleted) {
                this.index.end(tp.topic, tp.partition, m.producerId);
                continue;
            }
            const marker = buildControlBatch({
                commit,
                producerId: m.producerId,
                producerEpoch: m.epoch,
                timestamp: now,
            });
            const at = p.appendBatch(StreamFormat.kafka, now, 1, EMPTY, marker, Offsets.BASE_OFFSET);
            this.deps.producers.of(p).markerWritten(m.producerId, m.epoch);
            if (!commit) {
                const a = { producerId: m.producerId, firstOffset: tp.startOffset, lastOffset: at };
                this.index.addAborted(tp.topic, tp.partition, a);
                const v = Buffer.allocUnsafe(16);
                v.writeDoubleLE(a.producerId, 0);
                v.writeDoubleLE(a.firstOffset, 8);
                this.j.set(`${this.abortedPrefix}${tp.topic}\u0000${tp.partition}\u0000${at}`, v);
            }
            // the LSO moves with the marker appended; readers still stop at the high watermark until it is synced
            this.index.end(tp.topic, tp.partition, m.producerId);
            syncs.push(p.syncPromise());
        }
        await Promise.all(syncs);
        if (commit && m.pending.length > 0) {
            const byGroup = new Map();
            for (const o of m.pending) {
                let l = byGroup.get(o.group);
                if (!l)
                    byGroup.set(o.group, (l = []));
                l.push({
                    topic: o.topic,
                    partition: o.partition,
                    committed: {
                        offset: o.offset,
                        leaderEpoch: o.leaderEpoch,
                        metadata: o.metadata,
                        commitTimestamp: now,
                    },
                });
            }
            await Promise.all([...byGroup].map(([g, entries]) => this.deps.offsets.commit(g, entries)));
        }
        m.status = commit ? TxnStatus.CompleteCommit : TxnStatus.CompleteAbort;
        m.partitions = [];
        m.groups = [];
        m.pending = [];
        m.startMs = 0;
        await this.persist(m);
    }
    /**
     * Produce of a transactional batch: 0 when producerId/epoch is the transactional id's current
     * producer and the partition was added to its open transaction.
     */
    checkProduce(transactionalId, producerId, epoch, topic, partition) {
        const m = this.txns.get(transactionalId);
        if (m === undefined || m.producerId !== producerId)
            return E.INVALID_PRODUCER_ID_MAPPING.code;
        if (epoch < m.epoch)
            return E.INVALID_PRODUCER_EPOCH.code;
        if (epoch > m.epoch || m.status !== TxnStatus.Ongoing || !this.index.isOpen(topic, partition, producerId))
            return E.INVALID_TXN_STATE.code;
        return 0;
    }
    /** Whether an open transaction will commit an offset for the group's partition (OffsetFetch require_stable). */
    hasPendingOffset(group, topic, partition) {
        for (const m of this.txns.values())
            if (m.status !== TxnStatus.Empty && m.pending.length > 0)
                for (const o of m.pending)
                    if (o.group === group && o.topic === topic && o.partition === partition)
                        return true;
        return false;
    }
    /** Transactions for the management API and tests: id, producer, epoch, state, partitions. */
    list() {
        return [...this.txns.values()].map((m) => ({
            transactionalId: m.transactionalId,
            producerId: m.producerId,
            epoch: m.epoch,
            state: STATUS_NAMES[m.status],
            partitions: m.partitions.length,
        }));
    }
    sweep() {
        if (this.closed || this.journal === undefined)
            return;
        const now = Date.now();
        for (const m of this.txns.values()) {
            if (m.busy)
                continue;
            if (m.status === TxnStatus.Ongoing && now > m.startMs + m.timeoutMs)
                void this.expire(m);
            else if (isPrepare(m.status))
                void this.finish(m);
        }
        if (++this.sweeps % PRUNE_EVERY === 1)
            this.prune();
    }
    /** transaction.timeout.ms passed: abort with a bumped epoch, which fences the producer that let it expire. */
    async expire(m) {
        m.busy = true;
        try {
            this.deps.log.warn({ transactionalId: m.transactionalId, producerId: m.producerId }, `Kafka transaction timed out after ${m.timeoutMs} ms: aborted`);
            this.bumpEpoch(m);
            m.status = TxnStatus.PrepareAbort;
            await this.persist(m);
            await this.complete(m);
        }
        catch (err) {
            if (!this.closed)
                this.deps.log.error({ err, transactionalId: m.transactionalId }, 'aborting an expired transaction failed');
        }
        finally {
            m.busy = false;
        }
    }
    async finish(m) {
        m.busy = true;
        try {
            await this.complete(m);
        }
        catch (err) {
            if (!this.closed)
                this.deps.log.error({ err, transactionalId: m.transactionalId }, 'completing a transaction failed');
        }
        finally {
            m.busy = false;
        }
    }
    /** Forgets aborted-transaction entries below their partition's log start (or of a deleted topic). */
    prune() {
        for (const [topic, partition] of [...this.index.abortedPartitions()]) {
            const p = this.deps.topics.stream(topic)?.partition(partition);
            const start = p === undefined || p.deleted ? Infinity : p.firstOffset;
            for (const a of this.index.dropAbortedBelow(topic, partition, start))
                this.j.delete(`${this.abortedPrefix}${topic}\u0000${partition}\u0000${a.lastOffset}`);
        }
    }
}
function isPrepare(s) {
    return s === TxnStatus.PrepareCommit || s === TxnStatus.PrepareAbort;
}
const STATUS_NAMES = ['Empty', 'Ongoing', 'PrepareCommit', 'PrepareAbort', 'CompleteCommit', 'CompleteAbort'];
//# sourceMappingURL=coordinator.js.map