// Reads show committed entries only (those a sync covered: the stream's high watermark, as a Kafka
// consumer reads below the high watermark), so an entry a client was shown never vanishes in a crash:
// - in this process, over real sockets: while one connection pipelines XADDs, every entry another connection
//   reads (XRANGE, XREVRANGE, XREAD, XREAD BLOCK, XREADGROUP, XINFO STREAM) and every length it is told (XLEN)
//   is below the high watermark when the reply arrives (the watermark only grows, so one above it at arrival
//   was above it when the reply was written);
// - in a child process: a reader following a writer with XREAD BLOCK and a group consumer with XREADGROUP
//   BLOCK while the broker is SIGKILLed; after the restart every ID either was shown is there (and the group's
//   are pending). Without the watermark they could see records still in the log's write buffer, which a
//   SIGKILL takes away; records already written to the file survive a SIGKILL in the page cache, so this
//   part catches a broken watermark only when the kill lands while the buffer holds what was shown (the
//   first part catches it every time: checked by making reads ignore the watermark).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { canControlWharf, EXTERNAL_SKIP, startWharf } from '../helpers/brokers.js';
import { encodeCommand, RawRedis } from './codec/redis-raw.js';
import { startRespWharf } from './support.js';
/** The entry IDs anywhere in a reply (bulk strings shaped ms-seq in the first place of a pair). */
function idsIn(v, out = []) {
    if (v.t === '*' || v.t === '~' || v.t === '>') {
        const xs = v.v ?? [];
        const first = xs[0];
        if (xs.length === 2 && first?.t === '$' && first.v !== null && /^\d+-\d+$/.test(first.v.toString()))
            out.push(first.v.toString());
        for (const x of xs)
            idsIn(x, out);
    }
    else if (v.t === '%') {
        for (const [k, x] of v.v) {
            idsIn(k, out);
            idsIn(x, out);
        }
    }
    return out;
}
async function open(port) {
    const r = await RawRedis.open(port);
    assert.ok(r, 'connects to the RESP port');
    return r;
}
describe('reads from another connection stop at the synced watermark', () => {
    let w;
    before(async () => {
        w = await startRespWharf();
    });
    after(async () => {
        await w?.close();
    });
    test('XRANGE, XREVRANGE, XREAD, XREAD BLOCK, XREADGROUP, XINFO STREAM and XLEN while XADDs are pipelined', async () => {
        const key = `committed-${randomBytes(4).toString('hex')}`;
        const writer = await open(w.port);
        const reader = await open(w.port);
        const blocked = await open(w.port);
        // entry i has ID (i+1)-0 and log offset i: the stream holds RESP entries only
        const offsetOf = (id) => Number(id.split('-')[0]) - 1;
        await writer.command('XADD', key, '1-0', 'n', '0');
        await reader.command('XGROUP', 'CREATE', key, 'g', '0');
        const log = w.wharf.server.broker.streams('/').get(key).partition(0);
        const hwm = () => log.highWatermark;
        const total = 6000;
        const writes = (async () => {
            for (let i = 1; i < total; i += 500) {
                const n = Math.min(500, total - i);
                const parts = [];
                for (let k = 0; k < n; k++)
                    parts.push(encodeCommand(['XADD', key, `${i + k + 1}-0`, 'n', String(i + k)]));
                writer.write(Buffer.concat(parts));
                for (let k = 0; k < n; k++)
                    assert.equal((await writer.reply(20_000)).value.t, '$');
            }
        })();
        let written = false;
        void writes.then(() => (written = true));
        let checked = 0;
        let sawUnsyncedTail = 0;
        let last = '0-0';
        const check = (what, ids) => {
            const top = hwm();
            for (const id of ids)
                assert.ok(offsetOf(id) < top, `${what}: ${id} shown while the watermark is ${top}`);
            checked += ids.length;
        };
        while (!written) {
            // a read that found the writer's newest appends not yet synced shows the watermark at work
            if (log.nextOffset > log.highWatermark)
                sawUnsyncedTail++;
            check('XREVRANGE', idsIn((await reader.command('XREVRANGE', key, '+', '-', 'COUNT', '5')).value));
            check('XRANGE', idsIn((await reader.command('XRANGE', key, `(${last}`, '+', 'COUNT', '200')).value));
            const read = idsIn((await reader.command('XREAD', 'COUNT', '200', 'STREAMS', key, last)).value);
            check('XREAD', read);
            if (read.length > 0)
                last = read[read.length - 1];
            check('XREAD BLOCK', idsIn((await blocked.command('XREAD', 'BLOCK', '1000', 'STREAMS', key, '$')).value));
            check('XREADGROUP', idsIn((await reader.command('XREADGROUP', 'GROUP', 'g', 'c', 'COUNT', '300', 'STREAMS', key, '>')).value));
            check('XINFO STREAM', idsIn((await reader.command('XINFO', 'STREAM', key)).value));
            const len = (await reader.command('XLEN', key)).value;
            assert.equal(len.t, ':');
            assert.ok(Number(len.v) <= hwm(), `XLEN ${len.v} above the watermark ${hwm()}`);
        }
        await writes;
        assert.ok(checked > 0);
        assert.ok(sawUnsyncedTail > 0, 'the reads ran while XADDs were waiting for their sync');
        // once everything is synced, everything is shown
        assert.equal((await reader.command('XLEN', key)).bytes.toString(), `:${total}\r\n`);
        for (const r of [writer, reader, blocked])
            r.close();
    });
});
describe('what a reader was shown survives SIGKILL', { skip: !canControlWharf() && EXTERNAL_SKIP }, () => {
    test('XREAD BLOCK and XREADGROUP BLOCK followers of a pipelined writer; SIGKILL; every ID shown is there', async () => {
        let w = await startWharf();
        const writer = await open(w.respPort);
        const follower = await open(w.respPort);
        const worker = await open(w.respPort);
        const seen = [];
        const handed = [];
        try {
            await writer.command('XADD', 'follow', '1-0', 'n', '0');
            await worker.command('XGROUP', 'CREATE', 'follow', 'g', '0');
            const parts = [];
            for (let i = 1; i < 20_000; i++)
                parts.push(encodeCommand(['XADD', 'follow', `${i + 1}-0`, 'n', String(i)]));
            writer.write(Buffer.concat(parts));
            let last = '0-0';
            const follow = async () => {
                while (seen.length < 3000) {
                    const ids = idsIn((await follower.command('XREAD', 'BLOCK', '5000', 'COUNT', '97', 'STREAMS', 'follow', last))
                        .value);
                    seen.push(...ids);
                    if (ids.length > 0)
                        last = ids[ids.length - 1];
                }
            };
            const work = async () => {
                while (handed.length < 3000) {
                    const v = (await worker.command('XREADGROUP', 'GROUP', 'g', 'c', 'BLOCK', '5000', 'COUNT', '89', 'STREAMS', 'follow', '>')).value;
                    handed.push(...idsIn(v));
                }
            };
            await Promise.all([follow(), work()]);
            await w.kill();
        }
        finally {
            for (const r of [writer, follower, worker])
                r.close();
        }
        w = await w.restart();
        const check = await open(w.respPort);
        try {
            const len = Number((await check.command('XLEN', 'follow')).bytes.toString().slice(1, -2));
            // IDs run 1-0, 2-0, ... with no gap: the stream has every ID up to its length
            for (const id of seen)
                assert.ok(Number(id.split('-')[0]) <= len, `XREAD showed ${id}; ${len} entries after the restart`);
            const pending = (await check.command('XPENDING', 'follow', 'g')).value;
            assert.equal(pending.t, '*');
            const [count] = pending.v;
            assert.equal(count.t, ':');
            assert.ok(Number(count.v) >= handed.length, `${count.v} pending after the restart, ${handed.length} handed out`);
            for (const id of handed)
                assert.ok(Number(id.split('-')[0]) <= len, `XREADGROUP handed out ${id}; ${len} entries after the restart`);
        }
        finally {
            check.close();
            await w.stop();
        }
    });
});
//# sourceMappingURL=committed-reads.test.js.map