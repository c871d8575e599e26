// Stream commands, Wharf against a private redis-server 7.0 (started here on a free port, persistence off):
// every scenario runs on both over raw sockets, in RESP2 and in RESP3, and the replies must be the same
// bytes. Scenarios use explicit IDs where Redis would pick one from the clock; where `*` is used, the
// generated IDs are masked before comparing.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { RawRedis } from './codec/redis-raw.js';
import { hasRedisServer, NO_REDIS_SERVER, startPrivateRedis, startRespWharf, } from './support.js';
const masks = [
    // times: delivery times (ms since the epoch) and idle times (ms), which differ between the two servers
    [/:1[78]\d{11}\r\n/g, ':TIME\r\n'],
    [/\$4\r\nidle\r\n:\d+\r\n/g, '$4\r\nidle\r\n:IDLE\r\n'],
    [/(\*4\r\n\$\d+\r\n[\d-]+\r\n\$\d+\r\n[^\r]+\r\n):\d+\r\n/g, '$1:IDLE\r\n'],
    [/\b1[78]\d{11}-\d+\b/g, 'AUTO-ID'],
    [/radix-tree-(keys|nodes)\r\n:\d+\r\n/g, 'radix-tree-$1\r\n:N\r\n'],
];
function mask(b) {
    let s = b.toString('latin1');
    for (const [re, to] of masks)
        s = s.replace(re, to);
    return s;
}
describe('stream commands: Wharf and Redis 7 give the same bytes', { skip: !hasRedisServer() && NO_REDIS_SERVER }, () => {
    let w;
    let ref;
    before(async () => {
        [w, ref] = await Promise.all([startRespWharf(), startPrivateRedis()]);
    });
    after(async () => {
        await Promise.all([w?.close(), ref?.stop()]);
    });
    async function same(steps) {
        for (const proto of ['2', '3']) {
            const key = `s-${randomBytes(4).toString('hex')}`;
            const k2 = `${key}-b`;
            const a = (await RawRedis.open(w.port));
            const b = (await RawRedis.open(ref.port));
            try {
                await a.command('HELLO', proto);
                await b.command('HELLO', proto);
                for (const step of steps(key, k2)) {
                    const mine = mask((await a.command(...step)).bytes);
                    const theirs = mask((await b.command(...step)).bytes);
                    assert.equal(mine, theirs, `RESP${proto}: ${step.join(' ')}`);
                }
            }
            finally {
                a.close();
                b.close();
            }
        }
    }
    test('XADD ids, errors and NOMKSTREAM; XLEN; TYPE; EXISTS', () => same((k) => [
        ['XADD', k, 'NOMKSTREAM', '1-1', 'a', '1'],
        ['EXISTS', k],
        ['TYPE', k],
        ['XADD', k, '1-1', 'a', '1'],
        ['XADD', k, '1-1', 'a', '2'],
        ['XADD', k, '0-0', 'a', '2'],
        ['XADD', k, '1-*', 'b', '2'],
        ['XADD', k, '5', 'c', '3', 'd', '4'],
        ['XADD', k, '5-*', 'x', 'y'],
        ['XADD', k, 'abc', 'x', 'y'],
        ['XADD', k, '9-9', 'x'],
        ['XADD', k, '*', 'auto', 'id'],
        ['XADD', k, 'MAXLEN', '-1', '*', 'a', 'b'],
        ['XADD', k, 'LIMIT', '5', '*', 'a', 'b'],
        ['XADD', k, 'MAXLEN', '5', 'LIMIT', '5', '*', 'a', 'b'],
        ['XADD', k, 'MAXLEN', '1', 'MINID', '1', '*', 'a', 'b'],
        ['XLEN', k],
        ['XLEN', 'no-such-key'],
        ['TYPE', k],
        ['EXISTS', k, k, 'no-such-key'],
    ]));
    test('XRANGE and XREVRANGE: bounds, exclusive bounds, COUNT, errors', () => same((k) => [
        ['XRANGE', k, '-', '+'],
        ['XADD', k, '1-1', 'a', '1'],
        ['XADD', k, '1-2', 'b', '2'],
        ['XADD', k, '2-0', 'c', '3'],
        ['XADD', k, '3-5', 'd', '4', 'e', '5'],
        ['XRANGE', k, '-', '+'],
        ['XRANGE', k, '1', '2'],
        ['XRANGE', k, '(1-1', '+'],
        ['XRANGE', k, '-', '(3-5'],
        ['XRANGE', k, '(1', '+', 'COUNT', '2'],
        ['XRANGE', k, '-', '+', 'COUNT', '0'],
        ['XRANGE', k, '-', '+', 'COUNT', '-3'],
        ['XRANGE', k, '+', '-'],
        ['XRANGE', k, '(-', '+'],
        ['XRANGE', k, '-', '+', 'COUNT'],
        ['XRANGE', k, 'x', '+'],
        ['XREVRANGE', k, '+', '-'],
        ['XREVRANGE', k, '+', '-', 'COUNT', '1'],
        ['XREVRANGE', k, '(3-5', '1-2'],
        ['XRANGE', 'no-such-key', '-', '+'],
    ]));
    test('XDEL, XTRIM (MAXLEN, MINID, exact) and XADD with trimming; XSETID; XINFO STREAM', () => same((k) => [
        ['XINFO', 'STREAM', k],
        ['XADD', k, '1-1', 'f', 'v1'],
        ['XADD', k, '2-1', 'f', 'v2'],
        ['XADD', k, '3-1', 'f', 'v3'],
        ['XADD', k, '4-1', 'f', 'v4'],
        ['XDEL', k, '2-1', '9-9'],
        ['XDEL', k, '2-1'],
        ['XDEL', k, '+'],
        ['XLEN', k],
        ['XRANGE', k, '-', '+'],
        ['XINFO', 'STREAM', k],
        ['XTRIM', k, 'MAXLEN', '2'],
        ['XTRIM', k, 'MAXLEN', '=', '2'],
        ['XRANGE', k, '-', '+'],
        ['XADD', k, 'MAXLEN', '2', '5-1', 'f', 'v5'],
        ['XRANGE', k, '-', '+'],
        ['XTRIM', k, 'MINID', '5'],
        ['XTRIM', k, 'MINID', '=', '6'],
        ['XLEN', k],
        ['XTRIM', k],
        ['XTRIM', k, 'FOO', '1'],
        ['XTRIM', k, 'MAXLEN', '1', 'LIMIT', '1'],
        ['XTRIM', 'no-such-key', 'MAXLEN', '1'],
        ['XADD', k, '6-1', 'f', 'v6'],
        ['XSETID', k, '1-1'],
        ['XSETID', k, '10-0', 'ENTRIESADDED', '0'],
        ['XSETID', k, '10-0', 'ENTRIESADDED', '100', 'MAXDELETEDID', '9-0'],
        ['XINFO', 'STREAM', k],
        ['XADD', k, '9-9', 'f', 'x'],
        ['XSETID', 'no-such-key', '1-1'],
        ['XINFO', 'STREAM', 'no-such-key'],
        ['XINFO', 'STREAM', k, 'FULL'],
    ]));
    test('XREAD: several keys, $, COUNT, missing keys, errors, BLOCK timing out', () => same((k, k2) => [
        ['XREAD', 'STREAMS', k, '0'],
        ['XADD', k, '1-1', 'a', '1'],
        ['XADD', k, '2-1', 'b', '2'],
        ['XADD', k2, '1-5', 'c', '3'],
        ['XREAD', 'STREAMS', k, k2, '0', '0'],
        ['XREAD', 'COUNT', '1', 'STREAMS', k, k2, '1-1', '0'],
        ['XREAD', 'STREAMS', k, '$'],
        ['XREAD', 'STREAMS', k, k2],
        ['XREAD', 'STREAMS', k, '>'],
        ['XREAD', 'STREAMS', k, '-'],
        ['XREAD', 'GROUP', 'g', 'c', 'STREAMS', k, '0'],
        ['XREAD', 'NOACK', 'STREAMS', k, '0'],
        ['XREAD', 'BLOCK', '-1', 'STREAMS', k, '0'],
        ['XREAD', 'BLOCK', 'x', 'STREAMS', k, '0'],
        ['XREAD', 'COUNT', '1', k, '0'],
        ['XREAD', 'BLOCK', '50', 'STREAMS', k, '$'],
        ['XREAD', 'BLOCK', '50', 'STREAMS', 'no-such-key', '$'],
    ]));
    test('DEL, UNLINK, KEYS, SCAN with TYPE, EXPIRE, TTL, PERSIST', () => same((k, k2) => [
        ['XADD', k, '1-1', 'a', '1'],
        ['XADD', k2, '1-1', 'a', '1'],
        ['KEYS', k],
        ['KEYS', `${k}-?`],
        ['TTL', k],
        ['TTL', 'no-such-key'],
        ['EXPIRE', k, '100'],
        ['TTL', k],
        ['EXPIRE', k, '50', 'GT'],
        ['EXPIRE', k, '50', 'LT'],
        ['TTL', k],
        ['EXPIRE', k, '50', 'NX', 'XX'],
        ['PERSIST', k],
        ['PERSIST', k],
        ['TTL', k],
        ['SCAN', '0', 'MATCH', `${k}*`, 'COUNT', '1000000', 'TYPE', 'string'],
        ['DEL', k, k2, 'no-such-key'],
        ['UNLINK', k],
        ['EXISTS', k, k2],
        ['KEYS', `${k}*`],
    ]));
    test('PEXPIRE, EXPIREAT, PEXPIREAT, PTTL, EXPIRETIME, PEXPIRETIME: deadlines, options, errors, edges', () => {
        // absolute deadlines are the same on both servers; relative ones differ by the few ms between them
        const at = Math.floor(Date.now() / 1000) + 3600;
        const atMs = Date.now() + 7_200_123;
        return same((k, k2) => [
            ['XADD', k, '1-1', 'a', '1'],
            ['PTTL', k],
            ['PTTL', 'no-such-key'],
            ['EXPIRETIME', k],
            ['PEXPIRETIME', k],
            ['EXPIRETIME', 'no-such-key'],
            ['EXPIREAT', k, String(at)],
            ['EXPIRETIME', k],
            ['PEXPIRETIME', k],
            ['EXPIREAT', k, String(at - 10), 'GT'],
            ['EXPIREAT', k, String(at + 10), 'LT'],
            ['EXPIREAT', k, String(at + 10), 'GT'],
            ['EXPIRETIME', k],
            ['PEXPIREAT', k, String(atMs), 'XX'],
            ['PEXPIRETIME', k],
            ['EXPIRETIME', k],
            ['PEXPIREAT', k, String(atMs), 'NX'],
            ['PEXPIRE', k, '100000000', 'NX'],
            ['PERSIST', k],
            ['PEXPIRE', k, '100000000', 'XX'],
            ['PEXPIRE', k, '100000000', 'GT'],
            ['PEXPIRETIME', k],
            ['PEXPIRE', k, '100000000', 'LT'],
            ['TTL', k],
            ['PEXPIRE', k, '100000000', 'NX', 'GT'],
            ['PEXPIRE', k, '100000000', 'GT', 'LT'],
            ['PEXPIRE', k, '100000000', 'FOO'],
            ['PEXPIRE', k, 'abc', 'FOO'],
            ['PEXPIRE', k, 'abc'],
            ['EXPIRE', k, '9223372036854775'],
            ['EXPIRE', k, '-9223372036854776'],
            ['PEXPIRE', k, '9223372036854775807'],
            ['EXPIREAT', k, '9223372036854775808'],
            ['PEXPIREAT', 'no-such-key', '1'],
            ['EXPIREAT', 'no-such-key', '9223372036854775'],
            ['PEXPIREAT', k, '9223372036854775807'],
            ['PEXPIRETIME', k],
            ['EXPIRETIME', k],
            ['PEXPIRE', k],
            ['PTTL', k, 'extra'],
            ['XADD', k2, '1-1', 'a', '1'],
            ['EXPIREAT', k2, '1'],
            ['EXISTS', k2],
            ['XADD', k2, '1-1', 'a', '1'],
            ['PEXPIRE', k2, '-1'],
            ['EXISTS', k2],
            ['XADD', k2, '1-1', 'a', '1'],
            ['PEXPIRE', k2, '0', 'GT'],
            ['PEXPIRETIME', k2],
            ['EXPIREAT', k2, String(at), 'NX'],
            ['EXPIRETIME', k2],
            ['PEXPIRE', k2, '-1', 'GT'],
            ['PEXPIRE', k2, '-1', 'LT'],
            ['EXISTS', k2],
            ['DEL', k],
        ]);
    });
    test('a key longer than 255 bytes', () => same((k) => {
        const long = `${k}-${'k'.repeat(300)}`;
        return [
            ['XADD', long, '1-1', 'a', '1', 'body', 'b'],
            ['XRANGE', long, '-', '+'],
            ['XREAD', 'STREAMS', long, '0'],
            ['DEL', long],
        ];
    }));
    test('PTTL and TTL count down from a relative deadline as in Redis', async () => {
        for (const port of [w.port, ref.port]) {
            const key = `s-${randomBytes(4).toString('hex')}`;
            const r = (await RawRedis.open(port));
            const int = async (...args) => {
                const v = (await r.command(...args)).value;
                assert.equal(v.t, ':', `${args.join(' ')}: ${v.t} reply`);
                return Number(v.v);
            };
            try {
                await r.command('XADD', key, '1-1', 'a', '1');
                assert.equal(await int('PEXPIRE', key, '60000'), 1);
                const pttl = await int('PTTL', key);
                assert.ok(pttl > 50_000 && pttl <= 60_000, `PTTL ${pttl} on port ${port}`);
                assert.equal(await int('TTL', key), 60);
                const pat = await int('PEXPIRETIME', key);
                assert.ok(Math.abs(pat - (Date.now() + pttl)) < 10_000);
                assert.equal(await int('PEXPIRE', key, '100'), 1);
                // the stream goes at its deadline (Wharf: by a timer), and its TTL says -2 after that
                const deadline = Date.now() + 10_000;
                while ((await int('EXISTS', key)) !== 0) {
                    assert.ok(Date.now() < deadline, `the stream outlived its deadline on port ${port}`);
                    await new Promise((res) => setTimeout(res, 20));
                }
                assert.equal(await int('PTTL', key), -2);
            }
            finally {
                r.close();
            }
        }
    });
    test('consumer groups: XGROUP, XREADGROUP, XACK, XPENDING, XCLAIM, XAUTOCLAIM, XINFO GROUPS/CONSUMERS', () => same((k) => [
        ['XGROUP', 'CREATE', k, 'g', '$'],
        ['XGROUP', 'CREATE', k, 'g', '$', 'MKSTREAM'],
        ['XGROUP', 'CREATE', k, 'g', '$', 'MKSTREAM'],
        ['XGROUP', 'CREATE', k, 'g2', '0', 'FOO'],
        ['XGROUP', 'CREATE', k, 'g2', '0', 'ENTRIESREAD', '-5'],
        ['XGROUP', 'SETID', k, 'nog', '0'],
        ['XINFO', 'GROUPS', k],
        ['XADD', k, '1-1', 'f', 'v1'],
        ['XADD', k, '2-1', 'f', 'v2'],
        ['XADD', k, '3-1', 'f', 'v3'],
        ['XADD', k, '4-1', 'f', 'v4'],
        ['XINFO', 'GROUPS', k],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k, '>'],
        ['XGROUP', 'SETID', k, 'g', '0'],
        ['XINFO', 'GROUPS', k],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'COUNT', '2', 'STREAMS', k, '>'],
        ['XREADGROUP', 'GROUP', 'g', 'c2', 'COUNT', '1', 'STREAMS', k, '>'],
        ['XREADGROUP', 'GROUP', 'g', 'c2', 'NOACK', 'COUNT', '1', 'STREAMS', k, '>'],
        ['XREADGROUP', 'GROUP', 'g', 'c2', 'STREAMS', k, '>'],
        ['XREADGROUP', 'GROUP', 'nog', 'c1', 'STREAMS', k, '>'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k, '$'],
        ['XINFO', 'GROUPS', k],
        ['XPENDING', k, 'g'],
        ['XPENDING', k, 'g', '-', '+', '10'],
        ['XPENDING', k, 'g', '-', '+', '10', 'c2'],
        ['XPENDING', k, 'g', '-', '+', '10', 'nobody'],
        ['XPENDING', k, 'g', 'IDLE', '100000', '-', '+', '10'],
        ['XPENDING', k, 'g', '(1-1', '+', '1'],
        ['XPENDING', k, 'nog'],
        ['XPENDING', k, 'g', '-'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k, '0'],
        ['XPENDING', k, 'g', '-', '+', '10', 'c1'],
        ['XACK', k, 'g', '1-1', '9-9'],
        ['XACK', k, 'nog', '1-1'],
        ['XACK', k, 'g', 'bad'],
        ['XCLAIM', k, 'g', 'c3', '0', '2-1', '3-1'],
        ['XCLAIM', k, 'g', 'c3', '0', '2-1', 'JUSTID'],
        ['XCLAIM', k, 'g', 'c3', '100000', '2-1'],
        ['XCLAIM', k, 'g', 'c3', '0', '2-1', 'RETRYCOUNT', '7', 'JUSTID'],
        ['XCLAIM', k, 'g', 'c3', 'x', '2-1'],
        ['XCLAIM', k, 'g', 'c3', '0', '2-1', 'BOGUS'],
        ['XCLAIM', k, 'nog', 'c3', '0', '2-1'],
        ['XPENDING', k, 'g', '-', '+', '10'],
        ['XDEL', k, '2-1'],
        ['XAUTOCLAIM', k, 'g', 'c4', '0', '0-0', 'COUNT', '1'],
        ['XAUTOCLAIM', k, 'g', 'c4', '0', '0-0'],
        ['XAUTOCLAIM', k, 'g', 'c4', '0', '0-0', 'JUSTID'],
        ['XAUTOCLAIM', k, 'g', 'c4', '0', '0-0', 'COUNT', '0'],
        ['XAUTOCLAIM', k, 'nog', 'c4', '0', '0-0'],
        ['XREADGROUP', 'GROUP', 'g', 'c4', 'STREAMS', k, '0'],
        ['XINFO', 'CONSUMERS', k, 'g'],
        ['XINFO', 'CONSUMERS', k, 'nog'],
        ['XINFO', 'GROUPS', k],
        ['XINFO', 'STREAM', k],
        ['XINFO', 'STREAM', k, 'FULL', 'COUNT', '1'],
        ['XGROUP', 'CREATECONSUMER', k, 'g', 'c9'],
        ['XGROUP', 'CREATECONSUMER', k, 'g', 'c9'],
        ['XGROUP', 'DELCONSUMER', k, 'g', 'c4'],
        ['XGROUP', 'DELCONSUMER', k, 'g', 'zz'],
        ['XINFO', 'CONSUMERS', k, 'g'],
        ['XGROUP', 'DESTROY', k, 'g'],
        ['XGROUP', 'DESTROY', k, 'g'],
        ['XINFO', 'GROUPS', k],
        ['XGROUP', 'CREATE', 'no-such-key', 'g', '$'],
    ]));
    test('consumer groups: several streams, history reads after an ID, strict IDs, BLOCK with data, NOACK', () => same((k, k2) => [
        ['XADD', k, '1-1', 'f', 'v1'],
        ['XADD', k2, '1-2', 'f', 'v2'],
        ['XADD', k2, '2-2', 'f', 'v3'],
        ['XGROUP', 'CREATE', k, 'g', '0'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k, k2, '>', '>'],
        ['XGROUP', 'CREATE', k2, 'g', '0'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'COUNT', '1', 'STREAMS', k, k2, '>', '>'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k, k2, '0', '>'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k, k2, '>', '>'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k, k2, '0', '0'],
        ['XREADGROUP', 'GROUP', 'g', 'c2', 'STREAMS', k, k2, '0', '0'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k, k2, '1-1', '(1-2'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k, k2, '1-1', '+'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k, k2, '1-1', '$'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'BLOCK', '10', 'STREAMS', k, '>'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'BLOCK', '10', 'STREAMS', k, '0'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'NOACK', 'STREAMS', k, '0'],
        ['XREADGROUP', 'GROUP', 'g', 'STREAMS', k, '0'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k],
        ['XREADGROUP', 'STREAMS', k, '>'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'COUNT', '-1', 'STREAMS', k, '0'],
        ['XINFO', 'CONSUMERS', k, 'g'],
        ['XINFO', 'CONSUMERS', k2, 'g'],
        ['XINFO', 'GROUPS', k2],
    ]));
    test('consumer groups: XCLAIM options (FORCE, IDLE, TIME, LASTID, RETRYCOUNT) and errors; XPENDING ranges; XAUTOCLAIM options', () => same((k) => [
        ['XADD', k, '1-1', 'f', 'v1'],
        ['XADD', k, '2-1', 'f', 'v2'],
        ['XADD', k, '3-1', 'f', 'v3'],
        ['XADD', k, '4-1', 'f', 'v4'],
        ['XGROUP', 'CREATE', k, 'g', '0'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'COUNT', '2', 'STREAMS', k, '>'],
        ['XCLAIM', k, 'g', 'c2', '0', '3-1'],
        ['XCLAIM', k, 'g', 'c2', '0', '3-1', 'FORCE'],
        ['XCLAIM', k, 'g', 'c2', '0', '9-1', 'FORCE'],
        ['XPENDING', k, 'g', '-', '+', '10'],
        ['XCLAIM', k, 'g', 'c2', '0', '1-1', 'IDLE', '500000'],
        ['XPENDING', k, 'g', 'IDLE', '400000', '-', '+', '10'],
        ['XCLAIM', k, 'g', 'c2', '0', '1-1', 'TIME', '1000', 'JUSTID'],
        ['XPENDING', k, 'g', 'IDLE', '400000', '-', '+', '10'],
        ['XCLAIM', k, 'g', 'c3', '0', '1-1', 'LASTID', '4-1'],
        ['XINFO', 'GROUPS', k],
        ['XCLAIM', k, 'g', 'c3', '0', '1-1', 'LASTID', 'zz'],
        ['XCLAIM', k, 'g', 'c3', '0', '1-1', 'RETRYCOUNT', '-5'],
        ['XCLAIM', k, 'g', 'c3', '0', '1-1', 'IDLE', 'x'],
        ['XCLAIM', k, 'g', 'c3', '0', '1-1', 'TIME'],
        ['XCLAIM', k, 'g', 'c3', '-5', '1-1'],
        ['XCLAIM', k, 'g', 'c3', '0'],
        ['XCLAIM', k, 'g', 'c3', '0', 'zz'],
        ['XPENDING', k, 'g', '-', '+', '10'],
        ['XPENDING', k, 'g', '-', '+', '-1'],
        ['XPENDING', k, 'g', '(1-1', '(3-1', '10'],
        ['XPENDING', k, 'g', 'IDLE', '0', '-', '+', '10', 'c3'],
        ['XPENDING', k, 'g', 'IDLE', 'x', '-', '+', '10'],
        ['XPENDING', k, 'g', 'IDLE', '0', '-', '+'],
        ['XPENDING', k, 'g', '+', '-', '10'],
        ['XPENDING', k, 'g', '-', '+', 'x'],
        ['XPENDING', 'nokey', 'g'],
        ['XAUTOCLAIM', k, 'g', 'c4', '0', '0', 'COUNT', '2'],
        ['XAUTOCLAIM', k, 'g', 'c4', '0', '(1-1', 'COUNT', '2', 'JUSTID'],
        ['XAUTOCLAIM', k, 'g', 'c4', '100000000', '0'],
        ['XAUTOCLAIM', k, 'g', 'c4', 'x', '0'],
        ['XAUTOCLAIM', k, 'g', 'c4', '0', 'x'],
        ['XAUTOCLAIM', k, 'g', 'c4', '0', '0', 'COUNT', '-1'],
        ['XAUTOCLAIM', k, 'g', 'c4', '0', '0', 'FOO'],
        ['XAUTOCLAIM', 'nokey', 'g', 'c4', '0', '0'],
        ['XINFO', 'STREAM', k, 'FULL'],
        ['XINFO', 'STREAM', k, 'FULL', 'COUNT', '0'],
        ['XINFO', 'CONSUMERS', k, 'g'],
    ]));
    test('consumer groups: CREATE at IDs between entries, ENTRIESREAD and lag, SETID, errors of XGROUP/XINFO/XACK', () => same((k) => [
        ['XGROUP', 'CREATE', k, 'g', '0', 'MKSTREAM', 'ENTRIESREAD', '0'],
        ['XADD', k, '1-1', 'f', 'v1'],
        ['XADD', k, '2-1', 'f', 'v2'],
        ['XADD', k, '3-1', 'f', 'v3'],
        ['XGROUP', 'CREATE', k, 'g2', '1-5'],
        ['XGROUP', 'CREATE', k, 'g3', '2-1', 'ENTRIESREAD', '2'],
        ['XGROUP', 'CREATE', k, 'g4', '$'],
        ['XGROUP', 'CREATE', k, 'g5', '+'],
        ['XGROUP', 'CREATE', k, 'g6', 'zz'],
        ['XINFO', 'GROUPS', k],
        ['XDEL', k, '2-1'],
        ['XINFO', 'GROUPS', k],
        ['XREADGROUP', 'GROUP', 'g2', 'c', 'STREAMS', k, '>'],
        ['XINFO', 'GROUPS', k],
        ['XGROUP', 'SETID', k, 'g', '$'],
        ['XGROUP', 'SETID', k, 'g', '1-1', 'ENTRIESREAD', '1'],
        ['XGROUP', 'SETID', k, 'g', '1-1', 'ENTRIESREAD', 'x'],
        ['XGROUP', 'SETID', k, 'g', '1-1', 'MKSTREAM'],
        ['XINFO', 'GROUPS', k],
        ['XGROUP', 'CREATECONSUMER', k, 'nog', 'c'],
        ['XGROUP', 'DELCONSUMER', k, 'nog', 'c'],
        ['XGROUP', 'DESTROY', k, 'nog'],
        ['XGROUP', 'DESTROY', 'nokey', 'g'],
        ['XGROUP', 'CREATECONSUMER', 'nokey', 'g', 'c'],
        ['XGROUP', 'FOO', k],
        ['XGROUP', 'CREATE', k],
        ['XGROUP'],
        ['XACK', k, 'g'],
        ['XACK', 'nokey', 'g', '1-1'],
        ['XINFO', 'GROUPS', 'nokey'],
        ['XINFO', 'CONSUMERS', 'nokey', 'g'],
        ['XINFO', 'FOO', k],
        ['XINFO', 'STREAM', k, 'FULL', 'COUNT'],
        ['XINFO', 'STREAM', k, 'FULL', 'COUNT', 'x'],
        ['XINFO', 'STREAM', k, 'FULL', 'COUNT', '-1'],
        ['XINFO', 'STREAM', k],
        ['DEL', k],
        ['XGROUP', 'CREATE', k, 'g', '$'],
    ]));
    test('consumer groups: pending entries whose entries were trimmed stay listed; XCLAIM and XAUTOCLAIM drop them', () => same((k) => [
        ['XADD', k, '1-1', 'f', 'v1'],
        ['XADD', k, '2-1', 'f', 'v2'],
        ['XADD', k, '3-1', 'f', 'v3'],
        ['XGROUP', 'CREATE', k, 'g', '0'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k, '>'],
        ['XTRIM', k, 'MAXLEN', '1'],
        ['XPENDING', k, 'g'],
        ['XPENDING', k, 'g', '-', '+', '10'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k, '0'],
        ['XINFO', 'GROUPS', k],
        ['XINFO', 'STREAM', k, 'FULL'],
        ['XCLAIM', k, 'g', 'c2', '0', '1-1'],
        ['XPENDING', k, 'g'],
        ['XAUTOCLAIM', k, 'g', 'c2', '0', '0'],
        ['XPENDING', k, 'g'],
    ]));
    test('consumer groups: XAUTOCLAIM drops deleted entries even when not idle; XINFO and XGROUP HELP and argument errors', () => same((k) => [
        ['XADD', k, '1-1', 'f', 'v1'],
        ['XADD', k, '2-1', 'f', 'v2'],
        ['XADD', k, '3-1', 'f', 'v3'],
        ['XGROUP', 'CREATE', k, 'g', '0'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k, '>'],
        ['XDEL', k, '2-1'],
        ['XAUTOCLAIM', k, 'g', 'c2', '100000000', '0'],
        ['XPENDING', k, 'g'],
        ['XAUTOCLAIM', k, 'g', 'c2', '0', '0', 'COUNT', '1'],
        ['XINFO', 'STREAM', k, 'full', 'count'],
        ['XINFO', 'STREAM', k, 'full', 'x', '1'],
        ['XINFO', 'STREAM', 'nokey', 'full', 'x', '1'],
        ['XINFO', 'STREAM', k, 'FULL', 'COUNT', '1', 'x'],
        ['XINFO', 'GROUPS', k, 'x'],
        ['XINFO', 'CONSUMERS', k],
        ['XINFO', 'HELP'],
        ['XGROUP', 'HELP'],
    ]));
    test('consumer groups: trimming under two groups, acks of trimmed entries, last-delivered-id of a trimmed entry', () => same((k) => [
        ['XADD', k, '1-1', 'f', 'v1'],
        ['XADD', k, '2-1', 'f', 'v2'],
        ['XADD', k, '3-1', 'f', 'v3'],
        ['XADD', k, '4-1', 'f', 'v4'],
        ['XGROUP', 'CREATE', k, 'g', '0'],
        ['XGROUP', 'CREATE', k, 'h', '0'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k, '>'],
        ['XREADGROUP', 'GROUP', 'h', 'c1', 'COUNT', '1', 'STREAMS', k, '>'],
        ['XADD', k, 'MAXLEN', '1', '5-1', 'f', 'v5'],
        ['XPENDING', k, 'g', '-', '+', '10'],
        ['XPENDING', k, 'g', '-', '2-1', '10'],
        ['XPENDING', k, 'g', '(1-1', '+', '10'],
        ['XPENDING', k, 'h'],
        ['XACK', k, 'g', '1-1', '2-1'],
        ['XACK', k, 'g', '1-1'],
        ['XACK', k, 'h', '1-1'],
        ['XPENDING', k, 'g'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'COUNT', '1', 'STREAMS', k, '0'],
        ['XREADGROUP', 'GROUP', 'g', 'c1', 'STREAMS', k, '3-1'],
        ['XCLAIM', k, 'g', 'c2', '0', '3-1', 'JUSTID'],
        ['XAUTOCLAIM', k, 'g', 'c2', '0', '0', 'JUSTID'],
        ['XINFO', 'GROUPS', k],
        ['XGROUP', 'DELCONSUMER', k, 'g', 'c1'],
        ['XINFO', 'CONSUMERS', k, 'g'],
    ]));
    test('consumer groups: SETID back redelivers to another consumer, NOACK, trimming everything, DESTROY', () => same((k) => [
        ['XADD', k, '1-1', 'f', 'v1'],
        ['XADD', k, '2-1', 'f', 'v2'],
        ['XADD', k, '3-1', 'f', 'v3'],
        ['XGROUP', 'CREATE', k, 'g', '0'],
        ['XREADGROUP', 'GROUP', 'g', 'a', 'STREAMS', k, '>'],
        ['XGROUP', 'SETID', k, 'g', '1-1'],
        ['XREADGROUP', 'GROUP', 'g', 'b', 'COUNT', '1', 'STREAMS', k, '>'],
        ['XPENDING', k, 'g', '-', '+', '10'],
        ['XINFO', 'GROUPS', k],
        ['XREADGROUP', 'GROUP', 'g', 'b', 'NOACK', 'STREAMS', k, '>'],
        ['XPENDING', k, 'g'],
        ['XINFO', 'GROUPS', k],
        ['XINFO', 'CONSUMERS', k, 'g'],
        ['XADD', k, 'MAXLEN', '0', '4-1', 'f', 'v4'],
        ['XINFO', 'GROUPS', k],
        ['XREADGROUP', 'GROUP', 'g', 'a', 'STREAMS', k, '0'],
        ['XINFO', 'STREAM', k],
        ['XGROUP', 'DESTROY', k, 'g'],
        ['XINFO', 'STREAM', k],
    ]));
    test('consumer groups: reads and listings of an empty group; lag after XDEL of the only entry', () => same((k) => [
        ['XGROUP', 'CREATE', k, 'g', '$', 'MKSTREAM'],
        ['XREADGROUP', 'GROUP', 'g', 'a', 'STREAMS', k, '0'],
        ['XREADGROUP', 'GROUP', 'g', 'a', 'STREAMS', k, '>'],
        ['XPENDING', k, 'g'],
        ['XPENDING', k, 'g', '-', '+', '10'],
        ['XAUTOCLAIM', k, 'g', 'a', '0', '0'],
        ['XINFO', 'CONSUMERS', k, 'g'],
        ['XINFO', 'STREAM', k, 'FULL'],
        ['XGROUP', 'CREATECONSUMER', k, 'g', 'z'],
        ['XINFO', 'STREAM', k, 'FULL'],
        ['XADD', k, '5-5', 'a', 'b'],
        ['XINFO', 'GROUPS', k],
        ['XDEL', k, '5-5'],
        ['XINFO', 'GROUPS', k],
        ['XREADGROUP', 'GROUP', 'g', 'a', 'STREAMS', k, '>'],
        ['XINFO', 'GROUPS', k],
    ]));
});
//# sourceMappingURL=streams-differential.test.js.map