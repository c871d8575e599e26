// Golden bytes: stream commands run against the real Redis 7 over a raw socket in RESP2 and
// RESP3; each reply is parsed and written back through ReplyWriter, which must give Redis's
// exact bytes. Where the logical value does not depend on the protocol, the RESP3 value written
// in RESP2 mode must also give the RESP2 capture byte for byte (the same API serves both).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseStreamId, ReplyWriter } from '../../../src/resp/codec/index.js';
import { RawRedis, uniquePrefix } from './redis-raw.js';
import { serialise, writeValue } from './resp-value.js';
function scenario(k, k2) {
    return [
        { args: ['XADD', k, '1-1', 'f', 'v'], crossProtocol: true },
        { args: ['XADD', k, '2-1', 'a', 'b', 'c', 'd'], crossProtocol: true },
        { args: ['XADD', k, '3-*', 'x', 'y'], crossProtocol: true },
        { args: ['XADD', k, '*', 'x', 'y'] },
        { args: ['XADD', k, '1-1', 'x', 'y'], crossProtocol: true },
        { args: ['XADD', k, '0-0', 'x', 'y'], crossProtocol: true },
        { args: ['XADD', k2, 'NOMKSTREAM', '*', 'x', 'y'], crossProtocol: true },
        { args: ['XLEN', k], crossProtocol: true },
        { args: ['XRANGE', k, '-', '3'], crossProtocol: true },
        { args: ['XRANGE', k, '(1-1', '+', 'COUNT', '2'], crossProtocol: true },
        { args: ['XREVRANGE', k, '3-0', '-', 'COUNT', '1'], crossProtocol: true },
        { args: ['XRANGE', k, 'nope', '+'], crossProtocol: true },
        { args: ['XRANGE', k, '(18446744073709551615-18446744073709551615', '+'], crossProtocol: true },
        { args: ['XREAD', 'COUNT', '2', 'STREAMS', k, '0'] },
        { args: ['XREAD', 'BLOCK', '10', 'STREAMS', k, '$'] },
        { args: ['XGROUP', 'CREATE', k, 'g', '0'], crossProtocol: true },
        { args: ['XGROUP', 'CREATE', k, 'g', '0'], crossProtocol: true },
        { args: ['XGROUP', 'CREATE', k2, 'g', '$'], crossProtocol: true },
        { args: ['XREADGROUP', 'GROUP', 'g', 'alice', 'COUNT', '2', 'STREAMS', k, '>'] },
        { args: ['XREADGROUP', 'GROUP', 'nogroup', 'alice', 'STREAMS', k, '>'], crossProtocol: true },
        { args: ['XREADGROUP', 'GROUP', 'g', 'alice', 'STREAMS', k, '$'], crossProtocol: true },
        { args: ['XPENDING', k, 'g'], crossProtocol: true },
        { args: ['XPENDING', k, 'g', '-', '+', '10'] },
        { args: ['XPENDING', k, 'g', 'IDLE', '0', '-', '+', '10', 'alice'] },
        { args: ['XDEL', k, '2-1'], crossProtocol: true },
        { args: ['XREADGROUP', 'GROUP', 'g', 'alice', 'STREAMS', k, '0'] },
        { args: ['XCLAIM', k, 'g', 'bob', '0', '1-1'] },
        { args: ['XCLAIM', k, 'g', 'bob', '0', '1-1', 'JUSTID'], crossProtocol: true },
        { args: ['XAUTOCLAIM', k, 'g', 'carol', '0', '0-0', 'COUNT', '10'] },
        { args: ['XACK', k, 'g', '1-1', '9-9'], crossProtocol: true },
        { args: ['XINFO', 'STREAM', k] },
        { args: ['XINFO', 'STREAM', k, 'FULL', 'COUNT', '5'] },
        { args: ['XINFO', 'GROUPS', k] },
        { args: ['XINFO', 'CONSUMERS', k, 'g'] },
        { args: ['XTRIM', k, 'MAXLEN', '=', '1'], crossProtocol: true },
        { args: ['XSETID', k, '1-0'], crossProtocol: true },
        { args: ['XADD', k], crossProtocol: true },
        { args: ['TYPE', k], crossProtocol: true },
        { args: ['EXISTS', k, k2], crossProtocol: true },
        { args: ['COMMAND', 'INFO', 'xadd', 'xlen', 'nosuchcommand'], crossProtocol: true },
        { args: ['DEL', k, k2], crossProtocol: true },
    ];
}
/**
 * Writes a RESP3 value in RESP2 mode, which is how the front will use one writer for both:
 * maps become flat arrays, sets arrays, and `_` the RESP2 null the command uses.
 */
function asResp2(v, nullArray) {
    const w = new ReplyWriter(2, 64);
    const write = (x) => {
        if (x.t === '_') {
            if (nullArray)
                w.nullArray();
            else
                w.null();
        }
        else if (x.t === '*' && x.v !== null) {
            w.array(x.v.length);
            x.v.forEach(write);
        }
        else if (x.t === '%') {
            w.map(x.v.length);
            for (const [a, b] of x.v) {
                write(a);
                write(b);
            }
        }
        else if (x.t === '~') {
            w.set(x.v.length);
            x.v.forEach(write);
        }
        else
            writeValue(w, x);
    };
    write(v);
    return w.take();
}
async function run(protocol, prefix) {
    const conn = await RawRedis.open();
    if (conn === null)
        return null;
    const replies = [];
    try {
        if (protocol === 3) {
            const hello = await conn.command('HELLO', '3');
            // The HELLO reply itself (a map with strings, integers and an array) round-trips too.
            assert.equal(serialise(hello.value, 3).toString('latin1'), hello.bytes.toString('latin1'));
        }
        for (const s of scenario(`${prefix}s`, `${prefix}none`))
            replies.push(await conn.command(...s.args));
    }
    finally {
        // Delete whatever a failed step left behind.
        await conn.command('DEL', `${prefix}s`, `${prefix}none`).catch(() => { });
        conn.close();
    }
    return replies;
}
test('every reply re-serialises to the exact bytes Redis sent, RESP2 and RESP3', async (t) => {
    const prefix = uniquePrefix();
    const r2 = await run(2, prefix);
    if (r2 === null) {
        t.skip('no Redis on 127.0.0.1:6379');
        return;
    }
    const r3 = (await run(3, prefix));
    const steps = scenario('k', 'k2');
    const types3 = new Set();
    for (let i = 0; i < steps.length; i++) {
        const name = steps[i].args.join(' ');
        assert.equal(serialise(r2[i].value, 2).toString('latin1'), r2[i].bytes.toString('latin1'), `RESP2 ${name}`);
        assert.equal(serialise(r3[i].value, 3).toString('latin1'), r3[i].bytes.toString('latin1'), `RESP3 ${name}`);
        for (const c of r3[i].bytes.toString('latin1').matchAll(/(?:^|\r\n)([%~_*$:+-])/g))
            types3.add(c[1]);
        if (steps[i].crossProtocol) {
            const nullArray = steps[i].args[0] === 'XREAD';
            assert.equal(asResp2(r3[i].value, nullArray).toString('latin1'), r2[i].bytes.toString('latin1'), `RESP3→2 ${name}`);
        }
    }
    // The scenario covered maps, sets and nulls in RESP3, and both RESP2 nulls.
    for (const ty of ['%', '~', '_', '*', '$', ':', '+', '-'])
        assert.ok(types3.has(ty), `RESP3 type ${ty} seen`);
    const all2 = Buffer.concat(r2.map((r) => r.bytes)).toString('latin1');
    assert.ok(all2.includes('*-1\r\n') && all2.includes('$-1\r\n'), 'both RESP2 nulls seen');
});
test('writer: each type in both protocols', () => {
    const both = (f) => {
        const a = new ReplyWriter(2, 8);
        const b = new ReplyWriter(3, 8);
        f(a);
        f(b);
        return [a.take().toString('latin1'), b.take().toString('latin1')];
    };
    assert.deepEqual(both((w) => w.simple('OK')), ['+OK\r\n', '+OK\r\n']);
    assert.deepEqual(both((w) => w.error('ERR bad\r\nthing')), ['-ERR bad  thing\r\n', '-ERR bad  thing\r\n']);
    assert.deepEqual(both((w) => w.integer(-(2 ** 53 - 1))), [':-9007199254740991\r\n', ':-9007199254740991\r\n']);
    assert.deepEqual(both((w) => w.integer(2n ** 63n - 1n)), [':9223372036854775807\r\n', ':9223372036854775807\r\n']);
    assert.deepEqual(both((w) => w.bulk('héllo')), ['$6\r\nhéllo\r\n', '$6\r\nhéllo\r\n'].map((s) => Buffer.from(s).toString('latin1')));
    assert.deepEqual(both((w) => w.null()), ['$-1\r\n', '_\r\n']);
    assert.deepEqual(both((w) => w.nullArray()), ['*-1\r\n', '_\r\n']);
    assert.deepEqual(both((w) => w.map(1).bulk('a').integer(1)), ['*2\r\n$1\r\na\r\n:1\r\n', '%1\r\n$1\r\na\r\n:1\r\n']);
    assert.deepEqual(both((w) => w.set(0)), ['*0\r\n', '~0\r\n']);
    assert.deepEqual(both((w) => w.push(1).bulk('x')), ['*1\r\n$1\r\nx\r\n', '>1\r\n$1\r\nx\r\n']);
    assert.deepEqual(both((w) => w.double(1.5)), ['$3\r\n1.5\r\n', ',1.5\r\n']);
    assert.deepEqual(both((w) => w.double(0.1)), ['$19\r\n0.10000000000000001\r\n', ',0.10000000000000001\r\n']);
    assert.deepEqual(both((w) => w.double(-Infinity)), ['$4\r\n-inf\r\n', ',-inf\r\n']);
    assert.deepEqual(both((w) => w.double(1e20)), ['$5\r\n1e+20\r\n', ',1e+20\r\n']);
    assert.deepEqual(both((w) => w.double(2 ** -20)), ['$19\r\n9.5367431640625e-07\r\n', ',9.5367431640625e-07\r\n']);
    assert.deepEqual(both((w) => w.double(2 ** -10)), ['$12\r\n0.0009765625\r\n', ',0.0009765625\r\n']);
    assert.deepEqual(both((w) => w.boolean(true)), [':1\r\n', '#t\r\n']);
    assert.deepEqual(both((w) => w.verbatim('hi')), ['$2\r\nhi\r\n', '=6\r\ntxt:hi\r\n']);
    assert.deepEqual(both((w) => w.bigNumber(2n ** 70n)), ['$22\r\n1180591620717411303424\r\n', '(1180591620717411303424\r\n']);
    for (const n of [
        0,
        7,
        10,
        -1,
        -10,
        2 ** 31 - 1,
        2 ** 31,
        2 ** 32 + 5,
        -(2 ** 31),
        Number.MAX_SAFE_INTEGER,
    ]) {
        assert.deepEqual(both((w) => w.integer(n)), [`:${n}\r\n`, `:${n}\r\n`]);
        assert.deepEqual(both((w) => w.array(Math.abs(n))), [`*${Math.abs(n)}\r\n`, `*${Math.abs(n)}\r\n`]);
    }
    assert.throws(() => new ReplyWriter().integer(0.5), RangeError);
    for (const id of [
        '0-0',
        '1700000000000-5',
        '9007199254740991-4294967296',
        '18446744073709551615-18446744073709551615',
    ]) {
        const parsed = parseStreamId(Buffer.from(id));
        assert.ok(parsed.ok);
        assert.deepEqual(both((w) => w.bulkStreamId(parsed.id)), [`$${id.length}\r\n${id}\r\n`, `$${id.length}\r\n${id}\r\n`]);
    }
    // Growth: many elements in one batch, one buffer.
    const w = new ReplyWriter(2, 4);
    w.array(1000);
    for (let i = 0; i < 1000; i++)
        w.bulk(Buffer.alloc(i % 50, 'x'));
    const out = w.take();
    assert.equal(out.subarray(0, 8).toString(), '*1000\r\n$');
    assert.equal(w.length, 0);
});
test('doubles format as Redis 7.0 (%.17g) across magnitudes', async (t) => {
    const conn = await RawRedis.open();
    if (conn === null) {
        t.skip('no Redis on 127.0.0.1:6379');
        return;
    }
    const key = `${uniquePrefix()}z`;
    try {
        await conn.command('HELLO', '3');
        // ZSCORE replies with a double: the server's own formatting of each value.
        for (const x of [
            '0',
            '1',
            '0.1',
            '1e20',
            '1e17',
            '1e16',
            '123456789.123',
            '1e-4',
            '1.5e-5',
            '3.3e-300',
            '1.7976931348623157e308',
        ]) {
            await conn.command('ZADD', key, x, 'm');
            const r = await conn.command('ZSCORE', key, 'm');
            assert.equal(r.value.t, ',');
            const w = new ReplyWriter(3);
            w.double(Number(x));
            assert.equal(w.take().toString(), r.bytes.toString(), x);
        }
    }
    finally {
        await conn.command('DEL', key);
        conn.close();
    }
});
//# sourceMappingURL=golden.test.js.map