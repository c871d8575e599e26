// Idempotent producers of one Kafka front: producer id allocation (InitProducerId) and the
// per-partition sequence state (producer-state.ts), rebuilt from a partition's log tail the first
// time it is needed after a start.
import { formatOf, StreamFormat } from '../../broker/index.js';
import { Attributes, Offsets } from '../codec/index.js';
import { PartitionProducers } from './producer-state.js';
/** Offsets of a partition's tail read back to rebuild its producers' state after a restart. */
const REBUILD_OFFSETS = 100_000;
const REBUILD_READ = 4 * 1024 * 1024;
export class Producers {
    partitions = new WeakMap();
    lastId = 0;
    /**
     * A new producer id. Ids must never repeat, even across restarts, without a durable counter:
     * they are milliseconds since the epoch times 1000 (below 2^53 until the year 2255), kept
     * increasing within a process.
     */
    newProducerId() {
        this.lastId = Math.max(this.lastId + 1, Date.now() * 1000);
        return this.lastId;
    }
    /** The partition's state, rebuilt from its log's tail on first use. */
    of(p) {
        let s = this.partitions.get(p.queue);
        if (s === undefined) {
            s = rebuild(p);
            this.partitions.set(p.queue, s);
        }
        return s;
    }
}
function rebuild(p) {
    const s = new PartitionProducers();
    let at = Math.max(p.firstOffset, p.highWatermark - REBUILD_OFFSETS);
    while (at < p.highWatermark) {
        const batches = p.read(at, REBUILD_READ);
        if (batches.length === 0)
            break;
        for (const b of batches) {
            at = b.offset + b.count;
            if (formatOf(b.flags) !== StreamFormat.kafka || b.body.length < Offsets.RECORDS)
                continue;
            const body = b.body;
            const pidHi = body.readInt32BE(Offsets.PRODUCER_ID);
            const pid = pidHi * 4294967296 + body.readUInt32BE(Offsets.PRODUCER_ID + 4);
            if (pid < 0)
                continue;
            const epoch = body.readInt16BE(Offsets.PRODUCER_EPOCH);
            if ((body.readInt16BE(Offsets.ATTRIBUTES) & Attributes.CONTROL) !== 0) {
                s.markerWritten(pid, epoch);
                continue;
            }
            const seq = body.readInt32BE(Offsets.BASE_SEQUENCE);
            s.record(pid, epoch, seq, body.readInt32BE(Offsets.LAST_OFFSET_DELTA), b.offset);
        }
    }
    return s;
}
//# sourceMappingURL=producers.js.map