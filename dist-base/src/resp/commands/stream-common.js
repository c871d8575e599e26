// What the stream commands share: number arguments parsed with Redis's rules and texts, entries written
// in Redis's shape, and the wait for a stream's durable writes before a reply.
import { parseRedisInt } from '../codec/index.js';
import { ERR_NOT_INTEGER, RespError } from '../errors.js';
/** getLongLongFromObjectOrReply: a signed 64-bit integer (as a number), else Redis's error. */
export function parseLong(arg, error = ERR_NOT_INTEGER) {
    const v = parseRedisInt(arg, 0, arg.length);
    if (v === null)
        throw new RespError(error);
    return v;
}
export function upper(arg) {
    return arg.toString('latin1').toUpperCase();
}
/** One entry: [id, [field, value, ...]]; fields null (deleted): [id, nil]. */
export function writeEntry(w, id, fields) {
    w.array(2);
    w.bulkStreamId(id);
    if (fields === null) {
        w.nullArray();
        return;
    }
    w.array(fields.length);
    for (const f of fields)
        w.bulk(f);
}
/**
 * Entries of `s` from index position `from` (inclusive) forward, at most `count` (0: all), up to position
 * `end` (exclusive); deleted entries skipped; only committed ones.
 */
export function collectForward(s, from, end, count) {
    const out = [];
    const stop = Math.min(end, s.committedEnd);
    for (let i = s.nextLive(from); i < stop; i = s.nextLive(i + 1)) {
        out.push(i);
        if (count > 0 && out.length >= count)
            break;
    }
    return out;
}
export function writeEntries(w, s, positions) {
    // read first: a record that cannot be read is left out rather than breaking the reply's count
    const rows = [];
    const all = s.fieldsOf(positions);
    for (let k = 0; k < positions.length; k++) {
        const fields = all[k];
        if (fields !== null)
            rows.push([s.index.idAt(positions[k]), fields]);
    }
    w.array(rows.length);
    for (const [id, fields] of rows)
        writeEntry(w, id, fields);
}
/**
 * Answers through a slot once the stream's appends (and the front's notes, when `meta`) are on disk: what
 * the reply reports then survives a crash. The caller writes its one reply into the writer returned, at once.
 */
export function replyAfterSync(c, s, meta) {
    // the engine's publish receipt: one batch of syncs for every write of this moment
    const receipts = c.ctx.broker.receipts;
    receipts.needsSync(s.partition);
    if (meta)
        receipts.needsSync(c.ctx.keyspace.meta);
    return c.replyWhenSynced(s.key);
}
//# sourceMappingURL=stream-common.js.map