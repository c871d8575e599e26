// A test-side RESP reply reader that keeps each value's wire type, so a parsed reply can be
// written back through ReplyWriter and compared byte for byte with what Redis sent.
import { ReplyWriter } from '../../../src/resp/codec/index.js';
/** Reads one value at `pos`; returns it and the next position, or null if incomplete. */
export function readValue(buf, pos) {
    const lineEnd = buf.indexOf('\r\n', pos);
    if (lineEnd < 0)
        return null;
    const type = String.fromCharCode(buf[pos]);
    const text = buf.toString('latin1', pos + 1, lineEnd);
    const next = lineEnd + 2;
    const aggregate = (n, at) => {
        const out = [];
        for (let i = 0; i < n; i++) {
            const r = readValue(buf, at);
            if (r === null)
                return null;
            out.push(r[0]);
            at = r[1];
        }
        return [out, at];
    };
    switch (type) {
        case '+':
            return [{ t: '+', v: buf.toString('utf8', pos + 1, lineEnd) }, next];
        case '-':
            return [{ t: '-', v: buf.subarray(pos + 1, lineEnd) }, next];
        case ':':
            return [{ t: ':', v: BigInt(text) }, next];
        case '_':
            return [{ t: '_' }, next];
        case ',':
            return [{ t: ',', v: text }, next];
        case '#':
            return [{ t: '#', v: text === 't' }, next];
        case '(':
            return [{ t: '(', v: text }, next];
        case '$':
        case '=': {
            const n = Number(text);
            if (n < 0)
                return [{ t: '$', v: null }, next];
            if (buf.length < next + n + 2)
                return null;
            const body = Buffer.from(buf.subarray(next, next + n));
            if (type === '$')
                return [{ t: '$', v: body }, next + n + 2];
            return [{ t: '=', format: body.toString('latin1', 0, 3), v: body.subarray(4) }, next + n + 2];
        }
        case '*':
        case '~':
        case '>': {
            const n = Number(text);
            if (n < 0)
                return [{ t: '*', v: null }, next];
            const r = aggregate(n, next);
            if (r === null)
                return null;
            return [{ t: type, v: r[0] }, r[1]];
        }
        case '%': {
            const r = aggregate(Number(text) * 2, next);
            if (r === null)
                return null;
            const pairs = [];
            for (let i = 0; i < r[0].length; i += 2)
                pairs.push([r[0][i], r[0][i + 1]]);
            return [{ t: '%', v: pairs }, r[1]];
        }
        default:
            throw new Error(`unknown RESP type ${JSON.stringify(type)} at ${pos}`);
    }
}
/**
 * Writes a value through the writer's API. A RESP2 reply has no map/set/null types, so the
 * caller says which RESP2 arrays are maps (`mapsAt`) when that matters; here RESP2 values are
 * written with their RESP2 types, and RESP3 values with their own.
 */
export function writeValue(w, v) {
    switch (v.t) {
        case '+':
            w.simple(v.v);
            return;
        case '-':
            w.error(v.v);
            return;
        case ':':
            w.integer(v.v >= BigInt(Number.MIN_SAFE_INTEGER) && v.v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v.v) : v.v);
            return;
        case '$':
            if (v.v === null)
                w.null();
            else
                w.bulk(v.v);
            return;
        case '*':
            if (v.v === null) {
                w.nullArray();
                return;
            }
            w.array(v.v.length);
            for (const x of v.v)
                writeValue(w, x);
            return;
        case '_':
            w.null();
            return;
        case ',':
            w.double(v.v === 'inf' ? Infinity : v.v === '-inf' ? -Infinity : Number(v.v));
            return;
        case '#':
            w.boolean(v.v);
            return;
        case '=':
            w.verbatim(v.v, v.format);
            return;
        case '(':
            w.bigNumber(v.v);
            return;
        case '%':
            w.map(v.v.length);
            for (const [k, x] of v.v) {
                writeValue(w, k);
                writeValue(w, x);
            }
            return;
        case '~':
            w.set(v.v.length);
            for (const x of v.v)
                writeValue(w, x);
            return;
        case '>':
            w.push(v.v.length);
            for (const x of v.v)
                writeValue(w, x);
            return;
    }
}
export function serialise(v, protocol) {
    const w = new ReplyWriter(protocol, 64);
    writeValue(w, v);
    return w.take();
}
//# sourceMappingURL=resp-value.js.map