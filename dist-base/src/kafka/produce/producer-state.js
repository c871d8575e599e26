// The idempotent producer's sequence checks (Kafka's ProducerStateManager, as franz-go's kfake and
// PROTOCOLS.md §1.5 describe it). Per producer id and partition: the epoch and the last five
// batches' sequence ranges with the offsets they were stored at. A batch repeating one of those
// five is a retry: it is answered with its original offset and not stored again; one that does not
// follow the last is OUT_OF_ORDER_SEQUENCE_NUMBER; an older epoch is INVALID_PRODUCER_EPOCH; a new
// epoch must start at sequence 0. The first batch of a producer the partition does not know is
// accepted at any sequence, as Kafka and Redpanda do.
//
// Durability: the batches themselves carry producer id, epoch and sequence, and they are in the
// log. After a restart a partition's state is rebuilt from the log's tail the first time an
// idempotent batch comes for it (Kafka rebuilds from its log segments the same way), so a retry
// of a batch stored before the restart is still recognised.
/** How many batches per producer and partition are remembered (Kafka's NUM_BATCHES_TO_RETAIN). */
export const BATCHES_KEPT = 5;
const INT32_MAX = 2147483647;
const APPEND = { kind: 'append' };
export function seqAdd(seq, n) {
    const v = seq + n;
    return v > INT32_MAX ? v - INT32_MAX - 1 : v;
}
/** The state of one partition. */
export class PartitionProducers {
    byId = new Map();
    /** Checks a batch against the state, without changing it. */
    check(producerId, epoch, firstSeq, lastOffsetDelta) {
        const e = this.byId.get(producerId);
        if (e === undefined)
            return APPEND;
        if (epoch < e.epoch)
            return {
                kind: 'error',
                code: 47,
                message: `producer ${producerId} epoch ${epoch} is older than ${e.epoch}`,
            };
        if (epoch > e.epoch) {
            return firstSeq === 0
                ? APPEND
                : {
                    kind: 'error',
                    code: 45,
                    message: `producer ${producerId}: new epoch ${epoch} starts at sequence ${firstSeq}, not 0`,
                };
        }
        const lastSeq = seqAdd(firstSeq, lastOffsetDelta);
        for (const b of e.batches)
            if (b.firstSeq === firstSeq && b.lastSeq === lastSeq)
                return { kind: 'duplicate', baseOffset: b.baseOffset };
        const last = e.batches[e.batches.length - 1];
        if (last !== undefined && firstSeq !== seqAdd(last.lastSeq, 1))
            return {
                kind: 'error',
                code: 45,
                message: `producer ${producerId}: sequence ${firstSeq} does not follow ${last.lastSeq}`,
            };
        return APPEND;
    }
    /** Records a stored batch. */
    record(producerId, epoch, firstSeq, lastOffsetDelta, baseOffset) {
        let e = this.byId.get(producerId);
        if (e === undefined || epoch > e.epoch) {
            e = { epoch, batches: [] };
            this.byId.set(producerId, e);
        }
        else if (epoch < e.epoch) {
            return; // an old epoch's batch seen while rebuilding: nothing to remember
        }
        e.batches.push({ firstSeq, lastSeq: seqAdd(firstSeq, lastOffsetDelta), baseOffset });
        if (e.batches.length > BATCHES_KEPT)
            e.batches.shift();
    }
    /**
     * A transaction marker of the producer was written here. A marker with a newer epoch (the
     * coordinator fenced the producer, or a new instance took its transactional id) makes older
     * epochs' batches INVALID_PRODUCER_EPOCH and lets the new epoch start at sequence 0; at the same
     * epoch the sequences carry on, as markers take no sequence number.
     */
    markerWritten(producerId, epoch) {
        const e = this.byId.get(producerId);
        if (e === undefined || epoch > e.epoch)
            this.byId.set(producerId, { epoch, batches: [] });
    }
    /** The latest epoch this partition saw of a producer (for InitProducerId's epoch bump checks). */
    epochOf(producerId) {
        return this.byId.get(producerId)?.epoch;
    }
}
//# sourceMappingURL=producer-state.js.map