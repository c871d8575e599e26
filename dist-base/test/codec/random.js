// Seeded random generators for the hand-written property tests (no dependencies).
// A failing case prints its seed; rerun with that seed to reproduce.
import { METHOD_INFO, } from '../../src/amqp/codec/index.js';
export class Rng {
    seed;
    s;
    constructor(seed) {
        this.seed = seed;
        this.s = seed >>> 0;
    }
    /** mulberry32: small, fast, good enough to explore inputs. */
    next() {
        this.s = (this.s + 0x6d2b79f5) >>> 0;
        let t = this.s;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    int(lo, hi) {
        return lo + Math.floor(this.next() * (hi - lo + 1));
    }
    bool() {
        return this.next() < 0.5;
    }
    pick(xs) {
        return xs[this.int(0, xs.length - 1)];
    }
    bytes(n) {
        const b = Buffer.allocUnsafe(n);
        for (let i = 0; i < n; i++)
            b[i] = this.int(0, 255);
        return b;
    }
    /** Strings mixing ASCII, accents, CJK and astral characters. */
    string(maxChars) {
        const n = this.int(0, maxChars);
        let s = '';
        for (let i = 0; i < n; i++) {
            const r = this.next();
            if (r < 0.7)
                s += String.fromCharCode(this.int(0x20, 0x7e));
            else if (r < 0.85)
                s += String.fromCharCode(this.int(0xa0, 0x7ff));
            else if (r < 0.95)
                s += String.fromCharCode(this.int(0x4e00, 0x9fff));
            else
                s += String.fromCodePoint(this.int(0x1f600, 0x1f64f));
        }
        return s;
    }
    /** A string of at most 255 UTF-8 bytes. */
    shortstr() {
        let s = this.string(60);
        while (Buffer.byteLength(s) > 255)
            s = s.slice(0, -1);
        return s;
    }
    /** uint64 within JS safe integers. */
    u64() {
        return this.pick([
            0,
            1,
            2 ** 32,
            Number.MAX_SAFE_INTEGER,
            this.int(0, 2 ** 31) * 2 ** 21 + this.int(0, 2 ** 21),
        ]);
    }
}
const SCALAR = ['t', 'b', 'B', 's', 'u', 'I', 'i', 'l', 'f', 'd', 'D', 'S', 'x', 'T', 'V'];
/** A random typed field of every type, nesting tables and arrays up to `depth`. */
export function randomField(r, depth) {
    const type = depth > 0 && r.next() < 0.2 ? r.pick(['F', 'A']) : r.pick(SCALAR);
    switch (type) {
        case 't':
            return { type, value: r.bool() };
        case 'b':
            return { type, value: r.int(-128, 127) };
        case 'B':
            return { type, value: r.int(0, 255) };
        case 's':
            return { type, value: r.int(-32768, 32767) };
        case 'u':
            return { type, value: r.int(0, 65535) };
        case 'I':
            return { type, value: r.int(-(2 ** 31), 2 ** 31 - 1) };
        case 'i':
            return { type, value: r.int(0, 2 ** 32 - 1) };
        case 'l':
            return {
                type,
                value: r.pick([
                    r.int(-(2 ** 31), 2 ** 31),
                    Number.MIN_SAFE_INTEGER,
                    2 ** 53 - 1,
                    -(2n ** 63n),
                    2n ** 63n - 1n,
                    BigInt(r.int(2 ** 21, 2 ** 31 - 1)) << 32n, // beyond 2^53: decodes as bigint
                ]),
            };
        case 'f':
            return { type, value: Math.fround((r.next() - 0.5) * 1e6) };
        case 'd':
            return { type, value: r.pick([(r.next() - 0.5) * 1e300, 0.1, -0, Number.POSITIVE_INFINITY, 5e-324]) };
        case 'D':
            return { type, value: { scale: r.int(0, 255), value: r.int(0, 2 ** 32 - 1) } };
        case 'S':
            // Invalid UTF-8 comes back as a Buffer; valid UTF-8 as a string.
            return r.next() < 0.2
                ? { type, value: Buffer.from([0xff, 0xfe, ...r.bytes(r.int(0, 8))]) }
                : { type, value: r.string(40) };
        case 'x':
            return { type, value: r.bytes(r.int(0, 30)) };
        case 'T':
            return { type, value: r.pick([r.int(0, 2 ** 32), 2n ** 64n - 1n]) };
        case 'V':
            return { type, value: null };
        case 'F':
            return { type, value: randomTypedTable(r, depth - 1) };
        case 'A': {
            const n = r.int(0, 5);
            const value = [];
            for (let i = 0; i < n; i++)
                value.push(randomField(r, depth - 1));
            return { type, value };
        }
        default:
            throw new Error(type);
    }
}
export function randomTypedTable(r, depth) {
    const out = {};
    const n = r.int(0, 6);
    for (let i = 0; i < n; i++)
        out[`${r.string(8)}#${i}`] = randomField(r, depth);
    return out;
}
function randomValue(r, f, tablesAsStrings) {
    switch (f.type) {
        case 'bit':
            return r.bool();
        case 'octet':
            return r.int(0, 255);
        case 'short':
            return r.int(0, 65535);
        case 'long':
            return r.int(0, 2 ** 32 - 1);
        case 'longlong':
        case 'timestamp':
            return r.u64();
        case 'shortstr':
            return r.shortstr();
        case 'longstr':
            // Method longstr args are byte strings: one char per byte, any byte value.
            return r.bytes(r.int(0, 300)).toString('latin1');
        case 'table':
            return tablesAsStrings
                ? { a: r.string(5), b: 'x' }
                : { a: r.string(5), n: r.int(-(2 ** 40), 2 ** 40), f: 0.5, nested: { l: [true, null] } };
    }
}
export function randomArgs(r, key, tablesAsStrings = false) {
    const args = {};
    for (const f of METHOD_INFO[key].fields)
        args[f.name] = randomValue(r, f, tablesAsStrings);
    return args;
}
//# sourceMappingURL=random.js.map