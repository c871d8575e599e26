// One transactional id's state, as Kafka's TransactionMetadata keeps it in __transaction_state, and
// its journal encoding. Wharf keeps it in a journal of the broker's storage (one entry per
// transactional id), written and fdatasynced before every answer that depends on it, so a restart
// finds each transaction where the last answer left it: an Ongoing one keeps holding back the last
// stable offset of its partitions until it ends or times out, a Prepare* one is completed at start.
//
// Encoding (little-endian): u8 version (1) | f64 producerId | i16 epoch | i32 timeoutMs | u8 state |
// f64 txnStartMs | u32 n × (str topic | i32 partition | f64 startOffset) | u32 n × str group |
// u32 n × (str group | str topic | i32 partition | f64 offset | i32 leaderEpoch | str metadata),
// where str = u32 byte length + UTF-8.
export const TxnStatus = Object.freeze({
    Empty: 0,
    Ongoing: 1,
    PrepareCommit: 2,
    PrepareAbort: 3,
    CompleteCommit: 4,
    CompleteAbort: 5,
});
const VERSION = 1;
export function encodeTxn(m) {
    const strs = [];
    const str = (s) => {
        const b = Buffer.from(s, 'utf8');
        strs.push(b);
        return 4 + b.length;
    };
    let size = 1 + 8 + 2 + 4 + 1 + 8 + 4 + 4 + 4;
    for (const p of m.partitions)
        size += str(p.topic) + 4 + 8;
    for (const g of m.groups)
        size += str(g);
    for (const o of m.pending)
        size += str(o.group) + str(o.topic) + 4 + 8 + 4 + str(o.metadata);
    const buf = Buffer.allocUnsafe(size);
    let at = 0;
    let si = 0;
    const putStr = () => {
        const b = strs[si++];
        buf.writeUInt32LE(b.length, at);
        b.copy(buf, at + 4);
        at += 4 + b.length;
    };
    buf.writeUInt8(VERSION, at++);
    buf.writeDoubleLE(m.producerId, at);
    buf.writeInt16LE(m.epoch, at + 8);
    buf.writeInt32LE(m.timeoutMs, at + 10);
    buf.writeUInt8(m.status, at + 14);
    buf.writeDoubleLE(m.startMs, at + 15);
    at += 23;
    buf.writeUInt32LE(m.partitions.length, at);
    at += 4;
    for (const p of m.partitions) {
        putStr();
        buf.writeInt32LE(p.partition, at);
        buf.writeDoubleLE(p.startOffset, at + 4);
        at += 12;
    }
    buf.writeUInt32LE(m.groups.length, at);
    at += 4;
    for (let i = 0; i < m.groups.length; i++)
        putStr();
    buf.writeUInt32LE(m.pending.length, at);
    at += 4;
    for (const o of m.pending) {
        putStr();
        putStr();
        buf.writeInt32LE(o.partition, at);
        buf.writeDoubleLE(o.offset, at + 4);
        buf.writeInt32LE(o.leaderEpoch, at + 12);
        at += 16;
        putStr();
    }
    return buf;
}
/** The state stored for transactionalId; throws RangeError on a damaged or unknown encoding. */
export function decodeTxn(transactionalId, buf) {
    let at = 0;
    const need = (n) => {
        if (at + n > buf.length)
            throw new RangeError('truncated transaction state');
    };
    const str = () => {
        need(4);
        const n = buf.readUInt32LE(at);
        need(4 + n);
        const s = buf.toString('utf8', at + 4, at + 4 + n);
        at += 4 + n;
        return s;
    };
    need(24);
    if (buf.readUInt8(0) !== VERSION)
        throw new RangeError(`transaction state version ${buf.readUInt8(0)}`);
    const status = buf.readUInt8(15);
    if (status > TxnStatus.CompleteAbort)
        throw new RangeError(`transaction status ${status}`);
    const m = {
        transactionalId,
        producerId: buf.readDoubleLE(1),
        epoch: buf.readInt16LE(9),
        timeoutMs: buf.readInt32LE(11),
        status: status,
        startMs: buf.readDoubleLE(16),
        partitions: [],
        groups: [],
        pending: [],
        busy: false,
    };
    at = 24;
    need(4);
    let n = buf.readUInt32LE(at);
    at += 4;
    for (let i = 0; i < n; i++) {
        const topic = str();
        need(12);
        m.partitions.push({ topic, partition: buf.readInt32LE(at), startOffset: buf.readDoubleLE(at + 4) });
        at += 12;
    }
    need(4);
    n = buf.readUInt32LE(at);
    at += 4;
    for (let i = 0; i < n; i++)
        m.groups.push(str());
    need(4);
    n = buf.readUInt32LE(at);
    at += 4;
    for (let i = 0; i < n; i++) {
        const group = str();
        const topic = str();
        need(16);
        const partition = buf.readInt32LE(at);
        const offset = buf.readDoubleLE(at + 4);
        const leaderEpoch = buf.readInt32LE(at + 12);
        at += 16;
        m.pending.push({ group, topic, partition, offset, leaderEpoch, metadata: str() });
    }
    return m;
}
//# sourceMappingURL=metadata.js.map