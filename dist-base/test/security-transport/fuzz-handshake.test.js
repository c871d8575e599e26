// Seeded fuzz of the protocol header, SASL and the rest of the handshake: random and
// mutated headers, start-ok with garbage tables and unknown mechanisms, truncated and
// oversized frames before tune, tune-ok and open with absurd values, random methods at
// each stage, bytes flipped in a valid handshake, all split at random points. Bounded in
// cases and time; afterwards the broker must still serve a normal client, have logged
// no internal error, and exit cleanly. WHARF_FUZZ_SEED replays another sequence.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import amqp from 'amqplib';
import * as M from '../../src/amqp/codec/generated.js';
import { encodeTable, methodFrame } from '../../src/amqp/codec/index.js';
import { startWharf } from '../helpers/brokers.js';
import { rawFrame } from '../amqp/raw-client.js';
const SEED = Number(process.env.WHARF_FUZZ_SEED ?? 0x5eed1e55);
const CASES = 600;
const CONCURRENCY = 30;
const TIME_BUDGET_MS = 45_000;
/** how long one case may hold its connection before the fuzzer lets go */
const CASE_WAIT_MS = 400;
const HEADER = Buffer.from('AMQP\x00\x00\x09\x01', 'latin1');
const METHOD_KEYS = Object.keys(M.METHOD_NAMES).map(Number);
/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function prng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
class Gen {
    rnd;
    constructor(rnd) {
        this.rnd = rnd;
    }
    int(n) {
        return Math.floor(this.rnd() * n);
    }
    pick(xs) {
        return xs[this.int(xs.length)];
    }
    bytes(n) {
        const b = Buffer.allocUnsafe(n);
        for (let i = 0; i < n; i++)
            b[i] = this.int(256);
        return b;
    }
    text(max) {
        return this.bytes(this.int(max + 1)).toString('latin1');
    }
    /** A field value of any AMQP type, nested a little. */
    value(depth = 0) {
        switch (this.int(depth > 2 ? 6 : 8)) {
            case 0:
                return this.text(40);
            case 1:
                return this.int(2) === 0;
            case 2:
                return this.int(2 ** 31) - 2 ** 30;
            case 3:
                return this.rnd() * 1e6;
            case 4:
                return this.bytes(this.int(32));
            case 5:
                return null;
            case 6:
                return this.table(depth + 1);
            default:
                return Array.from({ length: this.int(4) }, () => this.value(depth + 1));
        }
    }
    table(depth = 0) {
        const t = {};
        for (let i = this.int(6); i > 0; i--)
            t[this.text(20).replace(/\0/g, '') || 'k'] = this.value(depth);
        if (this.int(3) === 0)
            t.capabilities = { authentication_failure_close: this.int(2) === 0 };
        return t;
    }
    mechanism() {
        return this.pick(['PLAIN', 'AMQPLAIN', 'EXTERNAL', 'plain', '', 'SCRAM-SHA-256', this.text(30)]);
    }
    response(mechanism) {
        if (mechanism === 'AMQPLAIN' && this.int(2) === 0)
            return encodeTable({ LOGIN: this.pick(['guest', this.text(10)]), PASSWORD: this.value() }).toString('latin1');
        return this.pick(['\0guest\0guest', '\0guest\0wrong', '\0\0', '\0', '', this.text(300)]);
    }
}
function startOk(g, good) {
    const mechanism = good ? 'PLAIN' : g.mechanism();
    return methodFrame(0, M.CONNECTION_START_OK, {
        clientProperties: good ? { capabilities: { authentication_failure_close: true } } : g.table(),
        mechanism,
        response: good ? '\0guest\0guest' : g.response(mechanism),
        locale: g.pick(['en_US', '', g.text(10)]),
    });
}
function tuneOk(g, absurd) {
    return methodFrame(0, M.CONNECTION_TUNE_OK, {
        channelMax: absurd ? g.int(65536) : 0,
        frameMax: absurd ? g.pick([0, 1, 4095, 4096, 131072, 131073, 2 ** 32 - 1, g.int(2 ** 32)]) : 131072,
        heartbeat: absurd ? g.pick([0, 1, 65535, g.int(65536)]) : 0,
    });
}
function open(g, absurd) {
    return methodFrame(0, M.CONNECTION_OPEN, {
        virtualHost: absurd ? g.pick(['/', '', 'nope', g.text(120)]) : '/', // a shortstr: at most 255 bytes as UTF-8
        capabilities: absurd ? g.text(20) : '',
        insist: g.int(2) === 0,
    });
}
/** A method frame with a real method id and garbage (or no) arguments. */
function randomMethod(g, channel) {
    const key = g.pick(METHOD_KEYS);
    const head = Buffer.from([key >>> 24, (key >>> 16) & 0xff, (key >>> 8) & 0xff, key & 0xff]);
    return rawFrame(1, channel, Buffer.concat([head, g.bytes(g.int(64))]));
}
/** One case: the bytes to send, and what kind of case it is (for the summary). */
function makeCase(g) {
    const valid = () => [HEADER, startOk(g, true), tuneOk(g, false), open(g, false)];
    let kind;
    let parts;
    switch (g.int(10)) {
        case 0:
            kind = 'random header';
            parts = [g.pick([g.bytes(8), Buffer.concat([Buffer.from('AMQP'), g.bytes(4)]), g.bytes(g.int(40))])];
            break;
        case 1:
            kind = 'garbage after header';
            parts = [HEADER, g.bytes(g.int(6000))];
            break;
        case 2:
            kind = 'start-ok with garbage arguments';
            parts = [HEADER, rawFrame(1, 0, Buffer.concat([Buffer.from([0, 10, 0, 11]), g.bytes(g.int(3000))]))];
            break;
        case 3:
            kind = 'start-ok with random table, mechanism, response';
            parts = [HEADER, startOk(g, false), tuneOk(g, true), open(g, true)];
            break;
        case 4:
            kind = 'truncated handshake';
            parts = [Buffer.concat(valid()).subarray(0, g.int(Buffer.concat(valid()).length))];
            break;
        case 5: {
            kind = 'oversized frame before tune';
            const size = g.pick([4089, 4090, 65536, 2 ** 31, 2 ** 32 - 1, 4090 + g.int(2 ** 20)]);
            const head = Buffer.alloc(7);
            head[0] = g.pick([1, 2, 3, 8, g.int(256)]);
            head.writeUInt16BE(g.int(3), 1);
            head.writeUInt32BE(size >>> 0, 3);
            parts = [HEADER, g.int(2) === 0 ? startOk(g, true) : Buffer.alloc(0), head, g.bytes(g.int(8000))];
            break;
        }
        case 6:
            kind = 'absurd tune-ok and open';
            parts = [HEADER, startOk(g, true), tuneOk(g, true), open(g, true)];
            if (g.int(2) === 0)
                parts.push(methodFrame(g.int(65536), M.CHANNEL_OPEN, { outOfBand: '' }));
            break;
        case 7: {
            kind = 'random method at a random stage';
            const prefix = valid().slice(0, g.int(5));
            parts = [...prefix, randomMethod(g, g.int(3) === 0 ? g.int(65536) : 0)];
            break;
        }
        case 8: {
            kind = 'bytes flipped in a valid handshake';
            const b = Buffer.concat(valid());
            for (let i = 1 + g.int(4); i > 0; i--)
                b[g.int(b.length)] = g.int(256);
            parts = [b];
            break;
        }
        default: {
            kind = 'random frames of every type';
            parts = [HEADER];
            for (let i = g.int(8); i >= 0; i--)
                parts.push(rawFrame(g.pick([1, 2, 3, 4, 8, 0, 0xce]), g.int(4), g.bytes(g.int(200)), g.pick([0xce, 0xce, 0xce, g.int(256)])));
        }
    }
    return { kind, bytes: Buffer.concat(parts), end: g.int(4) === 0 };
}
const CLOSE_METHOD = Buffer.from([0x00, 0x0a, 0x00, 0x32]); // class 10, method 50
/** Sends `bytes` split at random points; resolves when the server closes or the wait is over. */
function runCase(port, g, c) {
    const cuts = Array.from({ length: g.int(4) }, () => g.int(c.bytes.length + 1)).sort((a, b) => a - b);
    return new Promise((resolve) => {
        const s = connect(port, '127.0.0.1');
        let done = false;
        let received = Buffer.alloc(0);
        const finish = (closed) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            s.destroy();
            if (received.includes(CLOSE_METHOD))
                resolve('answered with connection.close');
            else
                resolve(closed ? 'socket closed' : 'still open');
        };
        const timer = setTimeout(() => finish(false), CASE_WAIT_MS);
        s.on('error', () => finish(true));
        s.on('end', () => finish(true));
        s.on('close', () => finish(true));
        s.on('data', (d) => {
            if (received.length < 65536)
                received = Buffer.concat([received, d]);
        });
        s.on('connect', () => {
            let at = 0;
            for (const cut of [...cuts, c.bytes.length]) {
                if (cut > at)
                    s.write(c.bytes.subarray(at, cut));
                at = Math.max(at, cut);
            }
            if (c.end)
                s.end();
        });
    });
}
let wharf;
const configDir = mkdtempSync(join(tmpdir(), 'wharf-fuzz-'));
before(async () => {
    const config = join(configDir, 'config.json');
    // short delays keep the run fast; the paths are the same as with the defaults
    writeFileSync(config, JSON.stringify({ handshakeTimeout: 1000, authFailureDelay: 50 }));
    wharf = await startWharf({ args: ['--config', config] });
});
after(async () => {
    await wharf?.stop();
    rmSync(configDir, { recursive: true, force: true });
});
test(`handshake fuzz: ${CASES} seeded cases (seed ${SEED}), the broker keeps serving`, { timeout: 120_000 }, async (t) => {
    const g = new Gen(prng(SEED));
    const cases = Array.from({ length: CASES }, () => makeCase(g));
    // each case gets its own generator for the split points, so concurrency keeps the run deterministic
    const seeds = cases.map(() => g.int(2 ** 31));
    const outcomes = new Map();
    const t0 = Date.now();
    let next = 0;
    let ran = 0;
    const worker = async () => {
        while (next < cases.length && Date.now() - t0 < TIME_BUDGET_MS) {
            const i = next++;
            const r = await runCase(wharf.amqpPort, new Gen(prng(seeds[i])), cases[i]);
            const key = `${cases[i].kind}: ${r}`;
            outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
            ran++;
        }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    t.diagnostic(`${ran} cases in ${Date.now() - t0} ms`);
    for (const [k, n] of [...outcomes].sort())
        t.diagnostic(`${n} x ${k}`);
    assert.ok(ran >= CASES / 2, `only ${ran} cases ran within the time budget`);
    // a normal client is served
    const conn = await amqp.connect(wharf.url);
    const ch = await conn.createConfirmChannel();
    const q = await ch.assertQueue('', { exclusive: true });
    ch.sendToQueue(q.queue, Buffer.from('after the fuzz'));
    await ch.waitForConfirms();
    const m = await ch.get(q.queue, { noAck: true });
    assert.ok(m && m.content.toString() === 'after the fuzz');
    await conn.close();
    // every fuzz connection is gone from the broker's books
    const auth = { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` };
    const connections = async () => (await (await fetch(`http://127.0.0.1:${wharf.httpPort}/api/overview`, { headers: auth })).json()).object_totals.connections;
    for (let i = 0; i < 50 && (await connections()) > 0; i++)
        await new Promise((r) => setTimeout(r, 100));
    assert.equal(await connections(), 0);
    const internal = wharf
        .output()
        .split('\n')
        .filter((l) => l.includes('"level":50') || l.includes('"level":60'));
    assert.deepEqual(internal, [], 'no error-level log lines (internal errors)');
    assert.equal(await wharf.stop(), 0, 'a clean exit after the fuzz');
});
//# sourceMappingURL=fuzz-handshake.test.js.map