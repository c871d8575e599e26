// Stream IDs: exact u64 arithmetic at the edges, and the same acceptance and errors as the
// real Redis 7 for every ID form (XRANGE / XADD / XREAD against a unique key).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareStreamIds, ERR_INVALID_STREAM_ID, formatStreamId, MAX_ID, MIN_ID, nextStreamId, parseAddId, parseRangeBound, parseReadId, parseStreamId, previousStreamId, resolveAddId, streamId, MAX_STREAM_ID_TEXT, writeStreamId, } from '../../../src/resp/codec/index.js';
import { RawRedis, uniquePrefix } from './redis-raw.js';
const U64 = '18446744073709551615';
const b = (s) => Buffer.from(s, 'latin1');
const fmt = (r) => (r.ok ? formatStreamId(r.id) : r.error);
test('writeStreamId writes the text formatStreamId makes, after what the buffer holds', () => {
    const buf = Buffer.alloc(3 + MAX_STREAM_ID_TEXT, 0x2e);
    for (const id of [
        MIN_ID,
        streamId(1_765_000_123_456, 7),
        streamId(2 ** 53 - 1, 2 ** 32),
        streamId(2n ** 53n + 1n, 0),
        streamId(0, 2n ** 64n - 1n),
        MAX_ID,
    ]) {
        const end = writeStreamId(id, buf, 3);
        assert.equal(buf.toString('latin1', 3, end), formatStreamId(id));
        assert.equal(buf.toString('latin1', 0, 3), '...');
    }
    assert.equal(writeStreamId(MAX_ID, buf, 3) - 3, MAX_STREAM_ID_TEXT);
});
test('u64 edges: format, compare, successor and predecessor', () => {
    assert.equal(formatStreamId(MAX_ID), `${U64}-${U64}`);
    assert.equal(formatStreamId(streamId(2n ** 53n + 1n, 2 ** 32)), '9007199254740993-4294967296');
    assert.equal(nextStreamId(MAX_ID), null);
    assert.equal(previousStreamId(MIN_ID), null);
    assert.equal(formatStreamId(nextStreamId(streamId(5, 2n ** 64n - 1n))), '6-0');
    assert.equal(formatStreamId(previousStreamId(streamId(6, 0))), `5-${U64}`);
    assert.equal(formatStreamId(nextStreamId(streamId(0, 0xffffffff))), '0-4294967296');
    assert.ok(compareStreamIds(streamId(2n ** 63n, 0), streamId(2n ** 63n - 1n, 2n ** 64n - 1n)) > 0);
    assert.equal(fmt(parseStreamId(b(`${U64}-${U64}`))), `${U64}-${U64}`);
    assert.equal(fmt(parseStreamId(b('18446744073709551616-0'))), ERR_INVALID_STREAM_ID);
    assert.equal(fmt(parseStreamId(b('5'), 'max')), `5-${U64}`);
    assert.equal(fmt(parseStreamId(b('-05'))), ERR_INVALID_STREAM_ID); // ms part empty
    // string2ll refuses "-5" outright, but "-05" falls through to strtoull, which wraps.
    assert.equal(fmt(parseStreamId(b('1--5'))), ERR_INVALID_STREAM_ID);
    assert.equal(fmt(parseStreamId(b('1--05'))), `1-${2n ** 64n - 5n}`);
});
test('XADD ids: *, ms-*, explicit, with Redis errors', () => {
    const last = streamId(5, 3);
    const add = (s) => {
        const r = resolveAddId(parseAddId(b(s)), last, 1000);
        return r.ok ? formatStreamId(r.id) : r.error;
    };
    assert.equal(add('*'), '1000-0');
    assert.equal(resolveAddId(parseAddId(b('*')), streamId(2000, 7), 1000).ok && 'ok', 'ok');
    assert.equal(add('5-*'), '5-4');
    assert.equal(add('6-*'), '6-0');
    assert.equal(add('4-*'), 'ERR The ID specified in XADD is equal or smaller than the target stream top item');
    assert.equal(add('5-3'), 'ERR The ID specified in XADD is equal or smaller than the target stream top item');
    assert.equal(add('0-0'), 'ERR The ID specified in XADD must be greater than 0-0');
    assert.equal(add('+'), ERR_INVALID_STREAM_ID);
    assert.equal(add('-'), ERR_INVALID_STREAM_ID);
    const exhausted = resolveAddId(parseAddId(b('*')), MAX_ID, 1);
    assert.deepEqual(exhausted, {
        ok: false,
        error: 'ERR The stream has exhausted the last possible ID, unable to add more items',
    });
});
test('range bounds and read ids', () => {
    const bound = (s, side) => fmt(parseRangeBound(b(s), side));
    assert.equal(bound('(5-3', 'start'), '5-4');
    assert.equal(bound('(5-0', 'end'), `4-${U64}`);
    assert.equal(bound(`(${U64}-${U64}`, 'start'), 'ERR invalid start ID for the interval');
    assert.equal(bound('(0-0', 'end'), 'ERR invalid end ID for the interval');
    assert.equal(bound('(-', 'start'), ERR_INVALID_STREAM_ID);
    assert.equal(bound('(', 'start'), ERR_INVALID_STREAM_ID);
    assert.equal(bound('7', 'end'), `7-${U64}`);
    assert.deepEqual(parseReadId(b('$'), false), { ok: true, kind: 'last' });
    assert.deepEqual(parseReadId(b('>'), true), { ok: true, kind: 'new' });
    assert.match(parseReadId(b('$'), true).error, /^ERR The \$ ID is meaningless/);
    assert.match(parseReadId(b('>'), false).error, /^ERR The > ID can be specified only/);
});
// ID arguments whose fate depends on Redis's string2ull / strtoull details.
const ODD = [
    '0',
    '00',
    '+5',
    ' 5',
    '5 ',
    '-0',
    '1-',
    '-1',
    '1-2-3',
    '1-+2',
    '1--5',
    '1--05',
    '1-007',
    `${U64}`,
    `${U64}0`,
    '1.5',
    '',
    'x',
    'a'.repeat(130),
    '1\x002',
];
test('differential: Redis 7 accepts and rejects the same id strings, with the same ids', async (t) => {
    const conn = await RawRedis.open();
    if (conn === null) {
        t.skip('no Redis on 127.0.0.1:6379');
        return;
    }
    const key = `${uniquePrefix()}ids`;
    try {
        for (const s of ODD) {
            // XRANGE key start +: an invalid start is an error; a valid one an (empty) array.
            const live = await conn.command('XRANGE', key, Buffer.from(s, 'latin1'), '+');
            const ours = parseRangeBound(b(s), 'start');
            assert.equal(live.value.t === '-', !ours.ok, `XRANGE start ${JSON.stringify(s)}`);
            if (!ours.ok)
                assert.equal(live.bytes.toString('latin1'), `-${ours.error}\r\n`, JSON.stringify(s));
            // XADD with the id on a fresh key: Redis echoes the id it parsed.
            const added = await conn.command('XADD', key, Buffer.from(s, 'latin1'), 'f', 'v');
            const oursAdd = resolveAddId(parseAddId(b(s)), MIN_ID, Date.now());
            if (added.value.t === '-') {
                assert.equal(oursAdd.ok, false, `XADD ${JSON.stringify(s)}`);
                if (!oursAdd.ok)
                    assert.equal(added.bytes.toString('latin1'), `-${oursAdd.error}\r\n`);
            }
            else {
                assert.ok(oursAdd.ok, `XADD ${JSON.stringify(s)}: Redis accepted it`);
                if (oursAdd.ok && added.value.t === '$')
                    assert.equal(formatStreamId(oursAdd.id), added.value.v.toString());
            }
            await conn.command('DEL', key);
        }
        // The top item then the edges of XADD against a non-empty stream.
        await conn.command('XADD', key, `${U64}-${U64}`, 'f', 'v');
        const full = await conn.command('XADD', key, '*', 'f', 'v');
        assert.equal(full.bytes.toString(), `-${resolveAddId(parseAddId(b('*')), MAX_ID, 1).error}\r\n`);
    }
    finally {
        await conn.command('DEL', key);
        conn.close();
    }
});
//# sourceMappingURL=stream-id.test.js.map