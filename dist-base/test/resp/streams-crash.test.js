// SIGKILL during XADD and during XREADGROUP/XACK: every answered XADD is there after the restart, and every
// entry a client was told is pending is still pending, with its delivery count; acknowledged ones are not.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canControlWharf, EXTERNAL_SKIP, startWharf } from '../helpers/brokers.js';
import { encodeCommand, RawRedis } from './codec/redis-raw.js';
async function open(port) {
    const r = await RawRedis.open(port);
    assert.ok(r, 'connects to the RESP port');
    return r;
}
describe('RESP streams survive SIGKILL', { skip: !canControlWharf() && EXTERNAL_SKIP }, () => {
    test('every answered XADD is present after a SIGKILL in the middle of a pipeline', async () => {
        let w = await startWharf();
        const r = await open(w.respPort);
        const answered = [];
        const total = 3000;
        let batch = Buffer.alloc(0);
        const parts = [];
        for (let i = 0; i < total; i++)
            parts.push(encodeCommand(['XADD', 'crash', '*', 'n', String(i)]));
        batch = Buffer.concat(parts);
        r.write(batch);
        try {
            for (let i = 0; i < total / 3; i++) {
                const reply = await r.reply(20_000);
                assert.equal(reply.value.t, '$');
                answered.push(reply.bytes.toString().split('\r\n')[1]);
            }
            await w.kill();
        }
        finally {
            r.close();
        }
        w = await w.restart();
        const check = await open(w.respPort);
        try {
            const ids = new Set();
            let from = '-';
            for (;;) {
                const range = await check.command('XRANGE', 'crash', from, '+', 'COUNT', '1000');
                const v = range.value;
                assert.equal(v.t, '*');
                const rows = v.v ?? [];
                for (const row of rows) {
                    if (row.t !== '*' || row.v === null)
                        continue;
                    const idv = row.v[0];
                    if (idv.t === '$' && idv.v !== null)
                        ids.add(idv.v.toString());
                }
                if (rows.length < 1000)
                    break;
                const last = [...ids].pop();
                from = `(${last}`;
            }
            for (const id of answered)
                assert.ok(ids.has(id), `answered XADD ${id} is present`);
            assert.ok(ids.size >= answered.length);
        }
        finally {
            check.close();
            await w.stop();
        }
    });
    test('pending entries keep their owner and delivery count across a SIGKILL; acknowledged ones stay acknowledged', async () => {
        let w = await startWharf();
        const r = await open(w.respPort);
        try {
            for (let i = 1; i <= 6; i++)
                await r.command('XADD', 'jobs', `${i}-1`, 'job', String(i));
            assert.equal((await r.command('XGROUP', 'CREATE', 'jobs', 'workers', '0')).bytes.toString(), '+OK\r\n');
            await r.command('XREADGROUP', 'GROUP', 'workers', 'alice', 'COUNT', '3', 'STREAMS', 'jobs', '>');
            await r.command('XREADGROUP', 'GROUP', 'workers', 'bob', 'COUNT', '3', 'STREAMS', 'jobs', '>');
            // alice reads her history again: delivery count 2
            await r.command('XREADGROUP', 'GROUP', 'workers', 'alice', 'STREAMS', 'jobs', '0');
            assert.equal((await r.command('XACK', 'jobs', 'workers', '2-1', '5-1')).bytes.toString(), ':2\r\n');
            // a pipeline of acks and reads still in flight when the broker dies
            r.write(encodeCommand(['XACK', 'jobs', 'workers', '6-1']));
            await r.reply();
            await w.kill();
        }
        finally {
            r.close();
        }
        w = await w.restart();
        const check = await open(w.respPort);
        try {
            const rows = (await check.command('XPENDING', 'jobs', 'workers', '-', '+', '10')).value;
            assert.equal(rows.t, '*');
            const pending = (rows.v ?? []).map((row) => {
                assert.equal(row.t, '*');
                const [id, consumer, , count] = row.v;
                return [
                    id.t === '$' ? id.v.toString() : '',
                    consumer.t === '$' ? consumer.v.toString() : '',
                    count.t === ':' ? Number(count.v) : -1,
                ];
            });
            assert.deepEqual(pending, [
                ['1-1', 'alice', 2],
                ['3-1', 'alice', 2],
                ['4-1', 'bob', 1],
            ]);
            const info = (await check.command('XINFO', 'GROUPS', 'jobs')).bytes.toString();
            assert.match(info, /last-delivered-id\r\n\$3\r\n6-1\r\n/);
            // new entries go on after the last delivered one
            await check.command('XADD', 'jobs', '7-1', 'job', '7');
            const next = (await check.command('XREADGROUP', 'GROUP', 'workers', 'carol', 'STREAMS', 'jobs', '>'))
                .bytes;
            assert.match(next.toString(), /\$3\r\n7-1\r\n/);
            assert.doesNotMatch(next.toString(), /\$3\r\n[1-6]-1\r\n/);
        }
        finally {
            check.close();
            await w.stop();
        }
    });
    test('a SIGKILL amid pipelined XREADGROUP/XACK: read entries stay delivered, pending ones keep their count, answered acks hold', async () => {
        let w = await startWharf();
        const r = await open(w.respPort);
        const total = 400;
        const reads = []; // IDs whose XREADGROUP reply came back
        const acked = []; // IDs whose XACK came back :1
        try {
            const adds = [];
            for (let i = 1; i <= total; i++)
                adds.push(encodeCommand(['XADD', 'work', `${i}-1`, 'job', String(i)]));
            r.write(Buffer.concat(adds));
            for (let i = 0; i < total; i++)
                await r.reply(20_000);
            assert.equal((await r.command('XGROUP', 'CREATE', 'work', 'g', '0')).bytes.toString(), '+OK\r\n');
            // each entry read by `>` then acknowledged, every other one left pending; all in one pipeline
            const parts = [];
            for (let i = 1; i <= total; i++) {
                parts.push(encodeCommand(['XREADGROUP', 'GROUP', 'g', 'c', 'COUNT', '1', 'STREAMS', 'work', '>']));
                if (i % 2 === 0)
                    parts.push(encodeCommand(['XACK', 'work', 'g', `${i}-1`]));
            }
            r.write(Buffer.concat(parts));
            // take about half of the replies, then kill the broker with the rest in flight
            for (let i = 1; i <= total / 2; i++) {
                const read = (await r.reply(20_000)).bytes.toString();
                const m = /\$\d+\r\n(\d+-1)\r\n/.exec(read);
                assert.ok(m, `an entry in ${read}`);
                reads.push(m[1]);
                if (i % 2 === 0) {
                    assert.equal((await r.reply(20_000)).bytes.toString(), ':1\r\n');
                    acked.push(`${i}-1`);
                }
            }
            await w.kill();
        }
        finally {
            r.close();
        }
        w = await w.restart();
        const check = await open(w.respPort);
        try {
            const rows = (await check.command('XPENDING', 'work', 'g', '-', '+', String(total))).value;
            assert.equal(rows.t, '*');
            const pending = new Map();
            for (const row of rows.t === '*' ? (rows.v ?? []) : []) {
                assert.equal(row.t, '*');
                const [id, , , count] = row.v;
                assert.ok(id.t === '$' && count.t === ':');
                pending.set(id.v.toString(), Number(count.v));
            }
            for (const id of acked)
                assert.ok(!pending.has(id), `acknowledged ${id} is not pending`);
            for (const id of reads) {
                if (acked.includes(id))
                    continue;
                const n = Number(id.split('-')[0]);
                // read and not acknowledged: pending with its one delivery (an even one may have been acked unanswered)
                if (n % 2 === 1)
                    assert.equal(pending.get(id), 1, `${id} is pending with 1 delivery`);
                else
                    assert.ok(!pending.has(id) || pending.get(id) === 1, `${id} pending once or acked`);
            }
            // nothing a client was given comes again as new
            const next = (await check.command('XREADGROUP', 'GROUP', 'g', 'c', 'COUNT', '1', 'STREAMS', 'work', '>')).bytes.toString();
            const m = /\$\d+\r\n(\d+)-1\r\n/.exec(next);
            if (m !== null)
                assert.ok(Number(m[1]) > reads.length, `${m[1]}-1 comes after what was read`);
        }
        finally {
            check.close();
            await w.stop();
        }
    });
});
//# sourceMappingURL=streams-crash.test.js.map