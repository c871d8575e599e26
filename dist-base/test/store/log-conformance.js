// The Log conformance suite, written once and run against every implementation (STYLE habit 6).
// `make` builds a fresh, empty log; `small` asks for one that rolls segments/chunks often.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
const b = (s) => Buffer.from(s);
const syncP = (log) => new Promise((resolve, reject) => log.sync((err) => (err ? reject(err) : resolve())));
export function logConformance(name, factory) {
    describe(`Log conformance: ${name}`, () => {
        after(() => factory.cleanup());
        test('peek shows the next record without taking it, skipping acked ones', () => {
            const log = factory.make({ small: true });
            assert.equal(log.peek(), undefined);
            const ps = Array.from({ length: 50 }, (_, i) => log.append(1, i, b(''), b(`m${i}`)));
            assert.equal(log.peek().body.toString(), 'm0');
            assert.equal(log.peek().body.toString(), 'm0', 'peek twice: same record');
            assert.equal(log.shift().body.toString(), 'm0');
            for (let i = 1; i < 40; i++)
                log.ack(ps[i]);
            assert.equal(log.peek().body.toString(), 'm40');
            assert.equal(log.shift().body.toString(), 'm40');
            assert.equal(log.lastPosition, ps[40]);
            for (let i = 41; i < 50; i++)
                log.shift();
            assert.equal(log.peek(), undefined);
        });
        test('append, shift, read, ack round trip', async () => {
            const log = factory.make();
            const p1 = log.append(1, 1000.5, b('h1'), b('body one'));
            const p2 = log.append(0, 2000, b(''), b('body two'));
            const p3 = log.append(3, 3000, b('head three'), b(''));
            assert.ok(p1 < p2 && p2 < p3, 'positions ordered like appends');
            assert.equal(log.count, 3);
            assert.equal(log.bytes, 2 + 8 + 8 + 10);
            const r1 = log.shift();
            assert.ok(r1);
            assert.equal(log.lastPosition, p1);
            assert.deepEqual([r1.flags, r1.timestamp, r1.head.toString(), r1.body.toString()], [1, 1000.5, 'h1', 'body one']);
            const r2 = log.shift();
            assert.equal(log.lastPosition, p2);
            assert.deepEqual([r2.flags, r2.head.length, r2.body.toString()], [0, 0, 'body two']);
            const r3 = log.shift();
            assert.deepEqual([r3.flags, r3.head.toString(), r3.body.length], [3, 'head three', 0]);
            assert.equal(log.shift(), undefined);
            const again = log.read(p2);
            assert.deepEqual([again.flags, again.timestamp, again.body.toString()], [0, 2000, 'body two']);
            assert.notEqual(log.read(p1), log.read(p1), 'read() returns fresh views');
            log.ack(p1);
            log.ack(p1);
            log.ack(p3);
            assert.equal(log.count, 1);
            assert.equal(log.bytes, 8);
            log.ack(p2);
            assert.deepEqual([log.count, log.bytes], [0, 0]);
            log.ack(p3 + 123456); // unknown positions are ignored
            assert.equal(log.isDelivered(p1), false);
            await log.close();
        });
        test('read-your-writes before any sync, and shift() view reuse keeps slices valid', async () => {
            const log = factory.make();
            log.append(1, 1, b('a'), b('first'));
            const v1 = log.shift();
            const body1 = v1.body;
            log.append(1, 2, b('b'), b('second'));
            const v2 = log.shift();
            assert.equal(v1, v2, 'shift() reuses its view object');
            assert.equal(body1.toString(), 'first', 'earlier slices stay valid');
            assert.equal(v2.body.toString(), 'second');
            assert.equal(log.shift(), undefined);
            log.append(1, 3, b('c'), b('third'));
            assert.equal(log.shift().body.toString(), 'third', 'cursor at end resumes with new appends');
            await log.close();
        });
        test('shift skips records acked before delivery; rewind returns to the first un-acked', async () => {
            const log = factory.make();
            const ps = [1, 2, 3, 4, 5].map((i) => log.append(1, i, b(''), b(`m${i}`)));
            log.ack(ps[1]);
            log.ack(ps[3]);
            const seen = [];
            for (let r = log.shift(); r; r = log.shift())
                seen.push(r.body.toString());
            assert.deepEqual(seen, ['m1', 'm3', 'm5']);
            log.ack(ps[0]);
            log.rewind();
            assert.equal(log.shift().body.toString(), 'm3');
            assert.equal(log.lastPosition, ps[2]);
            await log.close();
        });
        test('sync calls back exactly once, with no error', async () => {
            const log = factory.make();
            log.append(1, 1, b(''), b('x'));
            let calls = 0;
            await new Promise((resolve) => log.sync((err) => {
                assert.equal(err, undefined);
                calls++;
                setTimeout(resolve, 20);
            }));
            assert.equal(calls, 1);
            await syncP(log); // nothing new: still calls back
            await log.close();
        });
        test('purge drops every un-acked record and appends continue', async () => {
            const log = factory.make({ small: true });
            const ps = [];
            for (let i = 0; i < 300; i++)
                ps.push(log.append(1, i, b('h'), Buffer.alloc(100, i)));
            log.shift();
            log.ack(ps[0]);
            assert.equal(log.purge(), 299);
            assert.deepEqual([log.count, log.bytes], [0, 0]);
            assert.equal(log.shift(), undefined);
            log.ack(ps[5]); // acking a purged record is harmless
            const p = log.append(1, 7, b(''), b('after'));
            assert.ok(p > ps[299]);
            assert.equal(log.shift().body.toString(), 'after');
            assert.equal(log.count, 1);
            await log.close();
        });
        test('many records across segments/chunks keep order, counters and contents', async () => {
            const log = factory.make({ small: true });
            const ps = [];
            let bytes = 0;
            for (let i = 0; i < 5000; i++) {
                const body = Buffer.alloc(i % 300, i & 0xff);
                const head = Buffer.from(`h${i}`);
                bytes += body.length + head.length;
                ps.push(log.append(i & 1, i, head, body));
            }
            assert.equal(log.count, 5000);
            assert.equal(log.bytes, bytes);
            for (let i = 0; i < 5000; i++) {
                const r = log.shift();
                assert.equal(log.lastPosition, ps[i]);
                assert.equal(r.timestamp, i);
                assert.equal(r.head.toString(), `h${i}`);
                assert.equal(r.body.length, i % 300);
                if (r.body.length)
                    assert.equal(r.body[r.body.length - 1], i & 0xff);
                if (i % 3 !== 0)
                    log.ack(ps[i]);
            }
            assert.equal(log.shift(), undefined);
            for (let i = 0; i < 5000; i += 3)
                assert.equal(log.read(ps[i]).timestamp, i);
            for (let i = 0; i < 5000; i += 3)
                log.ack(ps[i]);
            assert.deepEqual([log.count, log.bytes], [0, 0]);
            await log.close();
        });
        test('random operations agree with a simple model', async () => {
            const log = factory.make({ small: true });
            const model = [];
            let cursor = 0;
            let seed = 12345;
            const rnd = (n) => {
                seed = (seed * 1103515245 + 12345) & 0x7fffffff;
                return seed % n;
            };
            const delivered = [];
            for (let step = 0; step < 4000; step++) {
                const op = rnd(100);
                if (op < 45) {
                    const body = `r${step}-${'x'.repeat(rnd(400))}`;
                    model.push({
                        pos: log.append(rnd(2), step, Buffer.from('h'), Buffer.from(body)),
                        body,
                        acked: false,
                    });
                }
                else if (op < 75) {
                    while (cursor < model.length && model[cursor].acked)
                        cursor++;
                    const r = log.shift();
                    if (cursor === model.length)
                        assert.equal(r, undefined);
                    else {
                        assert.equal(r?.body.toString(), model[cursor].body);
                        assert.equal(log.lastPosition, model[cursor].pos);
                        delivered.push(cursor++);
                    }
                }
                else if (op < 93) {
                    const k = delivered.length > 0 && rnd(4) > 0 ? delivered[rnd(delivered.length)] : rnd(model.length + 1);
                    if (k < model.length) {
                        log.ack(model[k].pos);
                        model[k].acked = true;
                    }
                }
                else if (op < 97) {
                    const k = rnd(model.length + 1);
                    if (k < model.length)
                        assert.equal(log.read(model[k].pos).body.toString(), model[k].body);
                }
                else if (op < 99) {
                    log.rewind();
                    cursor = 0;
                }
                else {
                    const live = model.filter((m) => !m.acked).length;
                    assert.equal(log.purge(), live);
                    for (const m of model)
                        m.acked = true;
                }
                const live = model.filter((m) => !m.acked);
                assert.equal(log.count, live.length);
                assert.equal(log.bytes, live.reduce((s, m) => s + 1 + m.body.length, 0));
            }
            await log.close();
        });
        test('a record larger than a segment/chunk gets one of its own', async () => {
            const log = factory.make({ small: true });
            log.append(1, 1, b(''), b('small'));
            const big = Buffer.alloc(3 * 1024 * 1024, 7);
            const p = log.append(1, 2, b('big'), big);
            log.append(1, 3, b(''), b('after'));
            assert.equal(log.shift().body.toString(), 'small');
            const r = log.shift();
            assert.equal(log.lastPosition, p);
            assert.ok(r.body.equals(big));
            assert.equal(log.shift().body.toString(), 'after');
            assert.ok(log.read(p).body.equals(big));
            await log.close();
        });
    });
}
//# sourceMappingURL=log-conformance.js.map