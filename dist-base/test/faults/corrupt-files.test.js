// Corrupted files at start, on a real Wharf process: publish N confirmed persistent messages into a queue of
// small segments, stop it (SIGTERM, or SIGKILL so the segment being written has no .idx), damage its files,
// restart, consume everything. A damaged record costs that record, nothing else: a flipped payload byte or a
// flipped length byte in a sealed segment without its .idx or in the segment being written; a damaged .idx
// costs nothing; a damaged .ack entry brings its message back flagged redelivered and acks nothing else; a
// damaged cursor flags every message redelivered. Each run prints "confirmed N, recovered M, lost L".
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { closeQuietly, open, openChannel, withTimeout } from '../helpers/amqp.js';
import { canControlWharf, EXTERNAL_SKIP, startWharf, uniqueName, } from '../helpers/brokers.js';
import { parse } from '../helpers/prometheus.js';
import { flipByte, queueDir, recordsOf, segmentFiles } from './segment-files.js';
const N = 1500;
const SEGMENT = 16 * 1024; // about 160 records per segment: 9 or 10 segments
const TEST_TIMEOUT_MS = 60_000;
/** 64 bytes, "msg-000042......", and a message-id of fixed width: every record has the same size. */
const body = (i) => {
    const b = Buffer.alloc(64, '.');
    b.write(`msg-${String(i).padStart(6, '0')}`);
    return b;
};
const idOf = (b) => Number(b.toString('latin1', 4, 10));
/** A broker on a temp data dir with small segments; always killed at the end. */
async function withWharf(fn) {
    const confDir = fs.mkdtempSync(join(tmpdir(), 'wharf-faults-'));
    const config = join(confDir, 'wharf.json');
    fs.writeFileSync(config, JSON.stringify({ segmentSize: SEGMENT }));
    let wharf = await startWharf({ args: ['--config', config] });
    try {
        await fn({ get: () => wharf, set: (x) => (wharf = x) });
    }
    finally {
        await wharf.kill().catch(() => { });
        fs.rmSync(confDir, { recursive: true, force: true });
    }
}
async function publishConfirmed(url, queue, args = {}) {
    const conn = await open(url);
    try {
        const ch = await conn.createConfirmChannel();
        ch.on('error', () => { });
        await ch.assertQueue(queue, { durable: true, arguments: args });
        for (let i = 0; i < N; i++) {
            ch.sendToQueue(queue, body(i), { persistent: true, messageId: String(i).padStart(6, '0') });
            if (i % 500 === 499)
                await ch.waitForConfirms();
        }
        await withTimeout(ch.waitForConfirms(), 10_000, 'publisher confirms');
    }
    finally {
        await closeQuietly(conn);
    }
}
/** basic.get of the first n messages, acking them when `ack`, else leaving them unacked. */
async function getFirst(url, queue, n, ack) {
    const conn = await open(url);
    try {
        const ch = await openChannel(conn);
        for (let k = 0; k < n; k++) {
            const m = await ch.get(queue, { noAck: false });
            assert.ok(m, 'a message to get');
            assert.equal(idOf(m.content), k);
            if (ack)
                ch.ack(m);
        }
        await ch.checkQueue(queue); // a round trip: the acks before it have been read by the broker
    }
    finally {
        await closeQuietly(conn);
    }
}
/**
 * Consumes (and acks) until `expected` deliveries came, or none came for IDLE_MS (fewer were recovered), then
 * cancels: cancel-ok follows every delivery sent before it, so a queue that still has ready messages afterwards
 * had more than expected.
 */
async function consume(url, queue, expected, args) {
    const IDLE_MS = 2000;
    const conn = await open(url);
    try {
        const ch = await openChannel(conn);
        await ch.prefetch(500);
        const got = [];
        let done = () => { };
        const finished = new Promise((r) => (done = r));
        let idle = setTimeout(done, IDLE_MS);
        const { consumerTag } = await ch.consume(queue, (m) => {
            if (!m)
                return;
            const offset = m.properties.headers?.['x-stream-offset'];
            got.push({
                id: idOf(m.content),
                redelivered: m.fields.redelivered,
                offset: offset === undefined ? undefined : Number(offset),
            });
            ch.ack(m);
            clearTimeout(idle);
            if (got.length >= expected)
                done();
            else
                idle = setTimeout(done, IDLE_MS);
        }, { noAck: false, arguments: args });
        await withTimeout(finished, 30_000, `${expected} deliveries (got ${got.length})`);
        clearTimeout(idle);
        await ch.cancel(consumerTag);
        const ready = args === undefined ? (await ch.checkQueue(queue)).messageCount : 0;
        return { got, ready };
    }
    finally {
        await closeQuietly(conn);
    }
}
async function corruptionMetric(httpPort) {
    const res = await fetch(`http://127.0.0.1:${httpPort}/metrics`);
    const out = {};
    for (const s of parse(await res.text()).samples)
        if (s.name === 'wharf_store_corrupt_records_total')
            out[s.labels.file] = s.value;
    return out;
}
/** The lost and duplicated ids: `want` should each come exactly once (a repeat is allowed when flagged). */
function tally(got, want) {
    const seen = new Map();
    for (const d of got)
        if (!d.redelivered)
            seen.set(d.id, (seen.get(d.id) ?? 0) + 1);
    const ids = new Set(got.map((d) => d.id));
    return {
        lost: [...want].filter((id) => !ids.has(id)).sort((a, b) => a - b),
        duplicated: [...seen].filter(([, n]) => n > 1).map(([id]) => id),
        unexpected: [...ids].filter((id) => !want.has(id)),
    };
}
const middle = (rs) => {
    assert.ok(rs.length >= 3, `a segment with ${rs.length} records`);
    return rs[rs.length >> 1];
};
const PAYLOAD = 30; // a byte inside the record's payload (its timestamp): the CRC fails, the length is intact
describe('corrupted files at start (real process)', { timeout: TEST_TIMEOUT_MS }, () => {
    test('after SIGTERM: damaged records in sealed and current segments, an .idx and an .ack entry', async (t) => {
        if (!canControlWharf())
            return t.skip(EXTERNAL_SKIP);
        await withWharf(async (w) => {
            const queue = uniqueName('faults-corrupt');
            await publishConfirmed(w.get().url, queue);
            const ACKED = 60;
            await getFirst(w.get().url, queue, ACKED, true);
            assert.equal(await w.get().stop(), 0);
            const dir = queueDir(w.get().dataDir);
            const segs = segmentFiles(dir);
            assert.ok(segs.length >= 7, `${segs.length} segments`);
            const recs = segs.map((f) => recordsOf(f, idOf));
            const damaged = [];
            // A payload byte of a record of a sealed segment whose .idx is gone (so it is scanned).
            const a = middle(recs[1]);
            fs.unlinkSync(segs[1].replace(/\.seg$/, '.idx'));
            flipByte(a.file, a.at + PAYLOAD, 0x10);
            damaged.push(a.id);
            // A length byte (+256) of a record of another sealed segment without .idx: skipping by it lands in garbage.
            const b = middle(recs[3]);
            fs.unlinkSync(segs[3].replace(/\.seg$/, '.idx'));
            flipByte(b.file, b.at + 1, 0x01);
            damaged.push(b.id);
            // A payload byte of a record of the segment being written (always scanned at open).
            const c = middle(recs[recs.length - 1]);
            flipByte(c.file, c.at + PAYLOAD, 0x01);
            damaged.push(c.id);
            // A damaged .idx: ignored, the segment is scanned instead; costs nothing.
            const idx = segs[5].replace(/\.seg$/, '.idx');
            flipByte(idx, fs.statSync(idx).size - 3, 0x04);
            // An .ack entry of the first segment, changed in one byte so that it names the offset of a record nobody
            // acked: it must not ack that one; the record it did ack comes back, flagged redelivered.
            const ackFile = segs[0].replace(/\.seg$/, '.ack');
            const ack = fs.readFileSync(ackFile);
            // ack-file.ts: 8-byte entries after a header; releases before it wrote bare 4-byte offsets.
            const [first, step] = ack.readUInt32LE(0) === 0xffffffff ? [8, 8] : [0, 4];
            const acked = recs[0].filter((r) => r.id < ACKED);
            let pair;
            for (let e = first; e + step <= ack.length && pair === undefined; e += step) {
                const from = acked.find((r) => r.at === ack.readUInt32LE(e));
                if (from === undefined)
                    continue;
                const to = recs[0].find((r) => r.id >= ACKED && oneByteApart(r.at, from.at));
                if (to !== undefined)
                    pair = { entry: e, from, to };
            }
            assert.ok(pair, 'an acked record and an unacked one whose offsets differ in one byte');
            ack.writeUInt32LE(pair.to.at, pair.entry);
            fs.writeFileSync(ackFile, ack);
            w.set(await w.get().restart());
            const want = new Set(Array.from({ length: N - ACKED }, (_, k) => k + ACKED));
            const expected = want.size - damaged.length + 1;
            const { got, ready } = await consume(w.get().url, queue, expected);
            const { lost, duplicated, unexpected } = tally(got, want);
            const back = got.filter((d) => d.id === pair.from.id);
            t.diagnostic(`after SIGTERM: confirmed ${N}, acked ${ACKED}, recovered ${got.length - back.length}, lost ${lost.length} ` +
                `(damaged records ${damaged.length}: ids ${damaged.join(', ')}), came back redelivered ${back.length}`);
            assert.deepEqual(lost, [...damaged].sort((x, y) => x - y), 'exactly the damaged records are lost');
            assert.deepEqual(duplicated, []);
            assert.deepEqual(unexpected, [pair.from.id], 'only the message of the damaged ack entry comes back');
            assert.equal(back.length, 1);
            assert.equal(back[0].redelivered, true, 'flagged redelivered');
            assert.equal(ready, 0, 'nothing beyond what was expected');
            const out = w.get().output();
            for (const f of [a.file, b.file, c.file])
                assert.ok(out.includes(`${f}: corrupt record at offset`), f);
            assert.match(out, /damaged ack entries ignored/);
            assert.ok(out.includes(`${idx}: damaged payload; scanning the segment instead`), 'the damaged .idx was not used');
            assert.deepEqual(await corruptionMetric(w.get().httpPort), { segment: 3, ack: 1 });
            assert.equal(await w.get().stop(), 0);
        });
    });
    test('after SIGKILL: damaged records in the unindexed current segment and a sealed one, a damaged cursor', async (t) => {
        if (!canControlWharf())
            return t.skip(EXTERNAL_SKIP);
        await withWharf(async (w) => {
            const queue = uniqueName('faults-corrupt');
            await publishConfirmed(w.get().url, queue);
            await getFirst(w.get().url, queue, 5, false); // delivered, not acked: the cursor file records that
            await w.get().kill();
            const dir = queueDir(w.get().dataDir);
            const segs = segmentFiles(dir);
            const last = segs[segs.length - 1];
            assert.equal(fs.existsSync(last.replace(/\.seg$/, '.idx')), false, 'the segment being written has no .idx');
            const recs = segs.map((f) => recordsOf(f, idOf));
            const damaged = [];
            // The top byte of a length field in the current segment: the length no longer fits the file.
            const a = middle(recs[recs.length - 1]);
            flipByte(a.file, a.at + 3, 0x80);
            damaged.push(a.id);
            // A payload byte in a sealed segment without .idx.
            const b = middle(recs[2]);
            fs.rmSync(segs[2].replace(/\.seg$/, '.idx'), { force: true });
            flipByte(b.file, b.at + PAYLOAD, 0x40);
            damaged.push(b.id);
            // The cursor (delivered watermark) is checksummed: damaged, every message counts as maybe delivered.
            flipByte(join(dir, 'cursor'), 2, 0x01);
            w.set(await w.get().restart());
            const want = new Set(Array.from({ length: N }, (_, k) => k));
            const { got, ready } = await consume(w.get().url, queue, N - damaged.length);
            const { lost, duplicated, unexpected } = tally(got, want);
            t.diagnostic(`after SIGKILL: confirmed ${N}, recovered ${got.length}, lost ${lost.length} ` +
                `(damaged records ${damaged.length}: ids ${damaged.join(', ')})`);
            assert.deepEqual(lost, [...damaged].sort((x, y) => x - y));
            assert.deepEqual(duplicated, []);
            assert.deepEqual(unexpected, []);
            assert.equal(ready, 0);
            assert.ok(got.every((d) => d.redelivered), 'a damaged cursor flags every recovered message redelivered');
            assert.match(w.get().output(), /cursor: damaged/);
            assert.deepEqual(await corruptionMetric(w.get().httpPort), { segment: 2, ack: 0 });
            assert.equal(await w.get().stop(), 0);
        });
    });
    test('a stream: damaged records cost those offsets only, every other message keeps its offset', async (t) => {
        if (!canControlWharf())
            return t.skip(EXTERNAL_SKIP);
        await withWharf(async (w) => {
            const queue = uniqueName('faults-corrupt-stream');
            await publishConfirmed(w.get().url, queue, {
                'x-queue-type': 'stream',
                'x-stream-max-segment-size-bytes': SEGMENT,
            });
            assert.equal(await w.get().stop(), 0);
            const segs = segmentFiles(queueDir(w.get().dataDir, '.stream'));
            assert.ok(segs.length >= 3, `${segs.length} stream segments`);
            const recs = segs.map((f) => recordsOf(f, idOf));
            const a = middle(recs[1]);
            flipByte(a.file, a.at + PAYLOAD, 0x08);
            const b = middle(recs[recs.length - 1]);
            flipByte(b.file, b.at + 1, 0x02);
            const damaged = [a.id, b.id];
            w.set(await w.get().restart());
            const { got } = await consume(w.get().url, queue, N - damaged.length, { 'x-stream-offset': 'first' });
            const { lost, duplicated } = tally(got, new Set(Array.from({ length: N }, (_, k) => k)));
            t.diagnostic(`stream: confirmed ${N}, recovered ${got.length}, lost ${lost.length} (damaged records ${damaged.length})`);
            assert.deepEqual(lost, damaged);
            assert.deepEqual(duplicated, []);
            const moved = got.filter((d) => d.offset !== d.id);
            assert.deepEqual(moved.slice(0, 5), [], `${moved.length} messages changed offset`);
            assert.deepEqual(await corruptionMetric(w.get().httpPort), { segment: 2, ack: 0 });
            assert.equal(await w.get().stop(), 0);
        });
    });
});
function oneByteApart(x, y) {
    const d = (x ^ y) >>> 0;
    return d !== 0 && (d & 0xff) === d
        ? true
        : [8, 16, 24].some((s) => (d >>> s) << s === d && d >>> s <= 0xff);
}
//# sourceMappingURL=corrupt-files.test.js.map