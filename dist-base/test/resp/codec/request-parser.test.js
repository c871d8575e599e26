// The RESP request parser: byte-at-a-time and randomly chunked input give the same commands as
// whole input; protocol errors carry Redis's exact replies, checked against the real Redis 7.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RespProtocolErrorCode, RespRequestParser, splitInlineArgs, } from '../../../src/resp/codec/index.js';
import { Rng } from '../../codec/random.js';
import { encodeCommand, RawRedis } from './redis-raw.js';
function recorder() {
    const events = [];
    return {
        events,
        parser: (o) => new RespRequestParser({
            onCommand: (args) => events.push(['cmd', ...args.map((a) => a.toString('latin1'))]),
            onProtocolError: (e) => events.push(['error', e.code, e.reply === null ? null : e.reply.toString('latin1')]),
        }, o),
    };
}
function feed(input, sizes, options) {
    const r = recorder();
    const p = r.parser(options);
    for (let i = 0, pos = 0; pos < input.length; i++) {
        const n = Math.max(1, sizes(i));
        // A fresh buffer per chunk, as a socket gives them; the parser may keep slices.
        p.push(Buffer.from(input.subarray(pos, pos + n)));
        pos += n;
    }
    return r.events;
}
const BIG = Buffer.alloc(100_000, 'z');
const BINARY = Buffer.from([0, 13, 10, 42, 36, 255, 13, 10]);
function sample() {
    return Buffer.concat([
        encodeCommand(['PING']),
        Buffer.from('PING\r\n'),
        Buffer.from('\r\n'), // an empty inline line: no command
        Buffer.from('*0\r\n*-1\r\n'), // counts <= 0: no command
        encodeCommand(['XADD', 'k', '*', 'f', BINARY]),
        Buffer.from('set "a b" \'c\\\'d\' "\\x41\\n"\n'), // inline, LF only
        encodeCommand(['ECHO', BIG]),
        encodeCommand(['ECHO', '']),
        Buffer.from('  xlen   key  \r\n'),
    ]);
}
const EXPECTED = [
    ['cmd', 'PING'],
    ['cmd', 'PING'],
    ['cmd', 'XADD', 'k', '*', 'f', BINARY.toString('latin1')],
    ['cmd', 'set', 'a b', "c'd", 'A\n'],
    ['cmd', 'ECHO', BIG.toString('latin1')],
    ['cmd', 'ECHO', ''],
    ['cmd', 'xlen', 'key'],
];
test('whole, byte-at-a-time and randomly chunked input give the same commands', () => {
    const input = sample();
    assert.deepEqual(feed(input, () => input.length), EXPECTED);
    assert.deepEqual(feed(input, () => 1), EXPECTED);
    for (let seed = 1; seed <= 200; seed++) {
        const rng = new Rng(seed);
        const events = feed(input, () => (rng.bool() ? rng.int(1, 8) : rng.int(1, 40_000)));
        assert.deepEqual(events, EXPECTED, `seed ${seed}`);
    }
});
test('pipelined random commands survive random chunking (seeded)', () => {
    for (let seed = 1; seed <= 50; seed++) {
        const rng = new Rng(seed * 7919);
        const cmds = [];
        for (let i = 0; i < 40; i++) {
            const n = rng.int(1, 6);
            const args = [];
            for (let j = 0; j < n; j++)
                args.push(rng.bytes(rng.pick([0, 1, 2, 13, 100, 5000])));
            if (args[0].length === 0)
                args[0] = Buffer.from('x');
            cmds.push(args);
        }
        const input = Buffer.concat(cmds.map((c) => encodeCommand(c)));
        const expected = cmds.map((c) => ['cmd', ...c.map((a) => a.toString('latin1'))]);
        assert.deepEqual(feed(input, () => rng.int(1, 3000)), expected, `seed ${seed * 7919}`);
    }
});
test('arguments inside one chunk are slices of it; a straddling one is copied once', () => {
    const chunk = encodeCommand(['GET', 'key']);
    const seen = [];
    const p = new RespRequestParser({ onCommand: (a) => seen.push(...a), onProtocolError: assert.fail });
    p.push(chunk);
    assert.equal(seen[1].buffer, chunk.buffer);
    seen.length = 0;
    const big = encodeCommand(['SET', 'k', Buffer.alloc(1000, 1)]);
    p.push(big.subarray(0, 500));
    p.push(big.subarray(500));
    assert.equal(seen[2].length, 1000);
    assert.notEqual(seen[2].buffer, big.buffer);
});
test('pause holds input after the current command; resume parses it', () => {
    const events = [];
    const p = new RespRequestParser({
        onCommand: (a) => {
            events.push(a[0].toString());
            if (a[0].toString() === 'XREAD')
                p.pause();
        },
        onProtocolError: assert.fail,
    });
    p.push(Buffer.concat([encodeCommand(['PING']), encodeCommand(['XREAD']), encodeCommand(['ECHO', 'a'])]));
    p.push(Buffer.from('PING\r\n'));
    assert.deepEqual(events, ['PING', 'XREAD']);
    p.resume();
    assert.deepEqual(events, ['PING', 'XREAD', 'ECHO', 'PING']);
});
// Each bad input, with the commands Redis runs before it fails. The expected error line is
// Redis's own text; the differential test below checks it against the real server too.
const BAD = [
    {
        name: 'count not a number',
        input: Buffer.from('PING\r\n*x\r\n'),
        before: 1,
        code: 'invalid mbulk count',
        reply: 'invalid multibulk length',
    },
    {
        name: 'count with leading zero',
        input: Buffer.from('*01\r\n'),
        before: 0,
        code: 'invalid mbulk count',
        reply: 'invalid multibulk length',
    },
    {
        name: 'empty count',
        input: Buffer.from('*\r\n'),
        before: 0,
        code: 'invalid mbulk count',
        reply: 'invalid multibulk length',
    },
    {
        name: 'count too big',
        input: Buffer.from('*2147483648\r\n'),
        before: 0,
        code: 'invalid mbulk count',
        reply: 'invalid multibulk length',
    },
    {
        name: 'no $',
        input: Buffer.from('*1\r\n+PING\r\n'),
        before: 0,
        code: 'expected $ but got something else',
        reply: "expected '$', got '+'",
    },
    {
        name: 'empty bulk header',
        input: Buffer.from('*1\r\n\r\n'),
        before: 0,
        code: 'expected $ but got something else',
        reply: "expected '$', got ' '",
    },
    {
        name: 'negative bulk',
        input: Buffer.from('*1\r\n$-1\r\n'),
        before: 0,
        code: 'invalid bulk length',
        reply: 'invalid bulk length',
    },
    {
        name: 'bulk over 512 MiB',
        input: Buffer.from('*1\r\n$536870913\r\n'),
        before: 0,
        code: 'invalid bulk length',
        reply: 'invalid bulk length',
    },
    {
        name: 'unbalanced quotes',
        input: Buffer.from('PING\r\nSET a "foo\r\n'),
        before: 1,
        code: 'unbalanced quotes in inline request',
        reply: 'unbalanced quotes in request',
    },
    {
        name: 'closing quote not followed by a space',
        input: Buffer.from("ECHO 'a'b\r\n"),
        before: 0,
        code: 'unbalanced quotes in inline request',
        reply: 'unbalanced quotes in request',
    },
    {
        name: 'inline line over 64 KiB',
        input: Buffer.alloc(64 * 1024 + 1, 'a'),
        before: 0,
        code: 'too big inline request',
        reply: 'too big inline request',
    },
    {
        name: 'count line over 64 KiB',
        input: Buffer.concat([Buffer.from('*'), Buffer.alloc(64 * 1024 + 1, '1')]),
        before: 0,
        code: 'too big mbulk count string',
        reply: 'too big mbulk count string',
    },
    {
        name: 'bulk header over 64 KiB',
        input: Buffer.concat([Buffer.from('*1\r\n$'), Buffer.alloc(64 * 1024 + 1, '1')]),
        before: 0,
        code: 'too big bulk count string',
        reply: 'too big bulk count string',
    },
];
test('protocol errors: Redis texts, commands before them kept, same at any chunking', () => {
    for (const b of BAD) {
        const whole = feed(b.input, () => b.input.length);
        const expected = [...whole.slice(0, b.before), ['error', b.code, `-ERR Protocol error: ${b.reply}\r\n`]];
        assert.deepEqual(whole, expected, b.name);
        assert.equal(whole.slice(0, b.before).every((e) => e[0] === 'cmd'), true, b.name);
        assert.deepEqual(feed(b.input, () => 1), expected, `${b.name}, byte at a time`);
        // Nothing is parsed after an error.
        const after = feed(Buffer.concat([
            b.input,
            b.input.length > 60000 ? Buffer.from('\n') : Buffer.alloc(0),
            encodeCommand(['PING']),
        ]), () => 7);
        assert.deepEqual(after.at(-1)?.[0], 'error', b.name);
    }
});
test('limits are checked before allocating: an announced 512 MiB bulk costs what arrived', () => {
    const before = process.memoryUsage().arrayBuffers;
    const r = recorder();
    const p = r.parser();
    for (let i = 0; i < 20; i++)
        p.push(Buffer.from(i === 0 ? '*1\r\n$536870912\r\nab' : 'cd'));
    assert.deepEqual(r.events, []);
    assert.ok(process.memoryUsage().arrayBuffers - before < 16 * 1024 * 1024);
    const capped = feed(Buffer.from('*2\r\n$10\r\n0123456789\r\n$60\r\n'), () => 100, { maxCommandBytes: 100 });
    assert.deepEqual(capped, [['error', RespProtocolErrorCode.QUERY_BUFFER_LIMIT, null]]);
    const args = feed(Buffer.from('*11\r\n'), () => 100, { maxMultibulkLength: 10 });
    assert.deepEqual(args, [
        ['error', 'invalid mbulk count', '-ERR Protocol error: invalid multibulk length\r\n'],
    ]);
});
test('before authentication, Redis refuses more than 10 arguments and bulks over 16 KiB', () => {
    const r = recorder();
    const p = r.parser();
    p.authenticated = false;
    p.push(Buffer.from('*11\r\n'));
    assert.deepEqual(r.events, [
        ['error', 'unauth mbulk count', '-ERR Protocol error: unauthenticated multibulk length\r\n'],
    ]);
    const r2 = recorder();
    const p2 = r2.parser();
    p2.authenticated = false;
    p2.push(Buffer.from('*1\r\n$16385\r\n'));
    assert.deepEqual(r2.events, [
        ['error', 'unauth bulk length', '-ERR Protocol error: unauthenticated bulk length\r\n'],
    ]);
});
test('inline splitting follows sdssplitargs', () => {
    const s = (x) => splitInlineArgs(Buffer.from(x, 'latin1'))?.map((b) => b.toString('latin1')) ?? null;
    assert.deepEqual(s(''), []);
    assert.deepEqual(s('   '), []);
    assert.deepEqual(s('a  b\tc'), ['a', 'b', 'c']);
    assert.deepEqual(s('"a\\tb\\x4a\\xZZ\\q"'), ['a\tbJxZZq']);
    assert.deepEqual(s("'it\\'s' x"), ["it's", 'x']);
    assert.deepEqual(s('a"b c"d'), null);
    assert.deepEqual(s('a"b c" d'), ['ab c', 'd']);
    assert.deepEqual(s("'\\n'"), ['\\n']);
    assert.deepEqual(s('"abc'), null);
    assert.deepEqual(s('"abc\\'), null);
    assert.deepEqual(s('a\x0bb'), ['a\x0bb']); // \v separates only where blanks are skipped
    assert.deepEqual(s('a\x00b c'), ['a']); // C strings end at NUL
});
test('differential: the real Redis 7 answers each bad input with the same bytes', async (t) => {
    const probe = await RawRedis.open();
    if (probe === null) {
        t.skip('no Redis on 127.0.0.1:6379');
        return;
    }
    probe.close();
    for (const b of BAD) {
        const conn = (await RawRedis.open());
        try {
            conn.write(b.input);
            const all = await conn.untilClosed();
            const expected = Buffer.concat([
                Buffer.from('+PONG\r\n'.repeat(b.before)),
                Buffer.from(`-ERR Protocol error: ${b.reply}\r\n`),
            ]);
            assert.equal(all.toString('latin1'), expected.toString('latin1'), b.name);
        }
        finally {
            conn.close();
        }
    }
});
//# sourceMappingURL=request-parser.test.js.map