// The definitions log's on-disk format: one record per line, `<crc32c> <json>\n`, where
// <crc32c> is 8 lowercase hex digits of the CRC32C (src/store/crc32c.ts) of the JSON's
// UTF-8 bytes. The file stays readable with a pager or `cut -d' ' -f2- | jq`, and a
// damaged record is found and costs that record only: the next newline starts the next
// record, and a record glued onto a torn one (an append after a failed one, as versions
// before framing did on a full disk) is found again by its own checksum.
//
// Files written before framing hold plain JSON lines; they still load (the compaction at
// start rewrites them framed). A file is one or the other: in a framed file an unframed
// line is damage, so a flipped byte never turns a checksummed record into a plain one.
import { crc32c } from '../../store/crc32c.js';
const NL = 0x0a;
const SP = 0x20;
const FRAME_PREFIX = 9; // 8 hex digits and a space
const OP_KEY = Buffer.from('{"op":');
/** One framed line, newline included. */
export function encodeLine(record) {
    const json = Buffer.from(JSON.stringify(record, replace));
    const line = Buffer.allocUnsafe(FRAME_PREFIX + json.length + 1);
    line.write(crc32c(json).toString(16).padStart(8, '0'), 0, 'latin1');
    line[8] = SP;
    json.copy(line, FRAME_PREFIX);
    line[line.length - 1] = NL;
    return line;
}
/** Decodes a whole file. `isRecord` tells a record from other valid JSON. */
export function parseLog(buf, isRecord) {
    const framed = looksFramed(buf);
    const out = { records: [], damaged: [], torn: undefined, legacy: 0 };
    let line = 0;
    for (let start = 0; start < buf.length;) {
        const nl = buf.indexOf(NL, start);
        const complete = nl >= 0;
        const end = complete ? nl : buf.length;
        line++;
        if (end > start) {
            const one = parseRecord(buf, start, end, framed, isRecord);
            if (typeof one !== 'string') {
                out.records.push({ record: one, line });
                if (!framed)
                    out.legacy++;
            }
            else {
                // what follows a torn record on the same line may be a whole record
                const glued = complete ? resync(buf, start + 1, end, framed, isRecord) : undefined;
                const damage = describe(buf, line, start, (glued?.at ?? end) - start, one);
                if (complete)
                    out.damaged.push(damage);
                else
                    out.torn = damage;
                if (glued) {
                    out.records.push({ record: glued.record, line });
                    if (!framed)
                        out.legacy++;
                }
            }
        }
        start = end + 1;
    }
    return out;
}
/** Decodes one framed line without its newline (a queue directory's meta file). */
export function parseFramed(buf, isRecord) {
    const end = buf.length > 0 && buf[buf.length - 1] === NL ? buf.length - 1 : buf.length;
    return parseRecord(buf, 0, end, true, isRecord);
}
/** A framed file has at least one line starting like a framed record. */
function looksFramed(buf) {
    for (let start = 0; start < buf.length;) {
        if (framePrefixAt(buf, start, buf.length) && buf[start + FRAME_PREFIX] === OP_KEY[0])
            return true;
        const nl = buf.indexOf(NL, start);
        if (nl < 0)
            return false;
        start = nl + 1;
    }
    return false;
}
function framePrefixAt(buf, at, end) {
    if (end - at <= FRAME_PREFIX || buf[at + 8] !== SP)
        return false;
    for (let i = at; i < at + 8; i++) {
        const c = buf[i];
        if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66)))
            return false;
    }
    return true;
}
/** The record in buf[start, end), or why there is none. */
function parseRecord(buf, start, end, framed, isRecord) {
    let from = start;
    if (framed) {
        if (!framePrefixAt(buf, start, end))
            return 'no checksum';
        const stored = parseInt(buf.toString('latin1', start, start + 8), 16);
        from = start + FRAME_PREFIX;
        if (crc32c(buf, from, end) !== stored)
            return 'checksum mismatch';
    }
    let value;
    try {
        value = JSON.parse(buf.toString('utf8', from, end), revive);
    }
    catch {
        return framed ? 'checksum matches but the JSON does not parse' : 'not valid JSON';
    }
    return isRecord(value) ? value : 'not a definitions record';
}
/** The first position in (from, end) where a whole record runs to the end of the line. */
function resync(buf, from, end, framed, isRecord) {
    for (let p = buf.indexOf(OP_KEY, from); p >= 0 && p < end; p = buf.indexOf(OP_KEY, p + 1)) {
        const at = framed ? p - FRAME_PREFIX : p;
        if (at < from)
            continue;
        const record = parseRecord(buf, at, end, framed, isRecord);
        if (typeof record !== 'string')
            return { at, record };
    }
    return undefined;
}
function describe(buf, line, offset, length, reason) {
    let excerpt = '';
    for (const c of buf.toString('utf8', offset, offset + Math.min(length, 60))) {
        const code = c.charCodeAt(0);
        excerpt += code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : c;
    }
    return { line, offset, length, reason, excerpt };
}
// Arguments may hold bigints and byte arrays, which JSON cannot carry as they are.
function replace(_k, v) {
    if (typeof v === 'bigint')
        return { $bigint: v.toString() };
    if (v && typeof v === 'object' && v.type === 'Buffer' && 'data' in v) {
        return { $bytes: Buffer.from(v.data).toString('base64') };
    }
    return v;
}
function revive(_k, v) {
    if (v && typeof v === 'object') {
        const o = v;
        if (typeof o.$bigint === 'string')
            return BigInt(o.$bigint);
        if (typeof o.$bytes === 'string')
            return Buffer.from(o.$bytes, 'base64');
    }
    return v;
}
//# sourceMappingURL=definitions-codec.js.map