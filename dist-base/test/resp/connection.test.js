// The RESP front's connection layer through real sockets and real clients: the handshake each client
// sends, pipelining and inline commands, AUTH against Wharf's users, and malformed input closing only
// the connection that sent it. Replies are compared byte for byte with a private redis-server 7.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { RawRedis } from './codec/redis-raw.js';
import { hasRedisCli, hasRedisPy, hasRedisServer, NO_REDIS_CLI, NO_REDIS_PY, NO_REDIS_SERVER, python, run, startPrivateRedis, startRespWharf, } from './support.js';
let w;
before(async () => {
    w = await startRespWharf();
});
after(async () => {
    await w.close();
});
async function raw(port = w.port) {
    const r = await RawRedis.open(port);
    assert.ok(r, 'connects');
    return r;
}
describe('RESP listener', () => {
    test('startWharf reports the RESP listener as respUrl', () => {
        assert.equal(w.wharf.respUrl, `redis://127.0.0.1:${w.port}`);
    });
    test('inline commands, as typed into telnet', async () => {
        const r = await raw();
        try {
            r.write('PING\r\n');
            assert.equal((await r.reply()).bytes.toString(), '+PONG\r\n');
            r.write('ECHO "hello world"\n');
            assert.equal((await r.reply()).bytes.toString(), '$11\r\nhello world\r\n');
        }
        finally {
            r.close();
        }
    });
    test('a pipeline of 500 commands is answered in order', async () => {
        const r = await raw();
        try {
            let out = '';
            for (let i = 0; i < 500; i++)
                out += `*2\r\n$4\r\nECHO\r\n$${String(i).length}\r\n${i}\r\n`;
            r.write(out);
            for (let i = 0; i < 500; i++)
                assert.equal((await r.reply()).bytes.toString(), `$${String(i).length}\r\n${i}\r\n`);
        }
        finally {
            r.close();
        }
    });
    test("malformed RESP gets Redis's protocol error and closes only that connection", async () => {
        const bad = await raw();
        const good = await raw();
        try {
            bad.write('*1\r\n$x\r\n');
            const rest = await bad.untilClosed();
            assert.equal(rest.toString(), '-ERR Protocol error: invalid bulk length\r\n');
            assert.equal((await good.command('PING')).bytes.toString(), '+PONG\r\n');
        }
        finally {
            bad.close();
            good.close();
        }
    });
    test('QUIT answers +OK, then closes; nothing after it runs', async () => {
        const r = await raw();
        r.write('QUIT\r\nPING\r\n');
        assert.equal((await r.untilClosed()).toString(), '+OK\r\n');
    });
    test('RESET goes back to RESP2 and clears the name', async () => {
        const r = await raw();
        try {
            await r.command('HELLO', '3', 'SETNAME', 'before');
            assert.equal((await r.command('RESET')).bytes.toString(), '+RESET\r\n');
            assert.equal((await r.command('CLIENT', 'GETNAME')).bytes.toString(), '$-1\r\n');
        }
        finally {
            r.close();
        }
    });
});
describe('RESP connection commands against a private redis-server 7', { skip: !hasRedisServer() && NO_REDIS_SERVER }, () => {
    let ref;
    before(async () => {
        ref = await startPrivateRedis();
    });
    after(async () => {
        await ref?.stop();
    });
    /** Sends the same commands to both over fresh connections; the replies must be the same bytes. */
    async function same(commands, normalize = (b) => b.toString('latin1')) {
        const a = await raw(w.port);
        const b = await raw(ref.port);
        try {
            for (const cmd of commands) {
                const mine = normalize((await a.command(...cmd)).bytes);
                const theirs = normalize((await b.command(...cmd)).bytes);
                assert.equal(mine, theirs, `${cmd.join(' ')}`);
            }
        }
        finally {
            a.close();
            b.close();
        }
    }
    const ids = (b) => b.toString('latin1').replace(/:(\d+)\r\n/g, ':N\r\n');
    test('PING, ECHO, SELECT, unknown commands and arity errors', async () => {
        await same([
            ['PING'],
            ['PING', 'hello'],
            ['PING', 'a', 'b'],
            ['ECHO', 'x y'],
            ['ECHO'],
            ['SELECT', '0'],
            ['SELECT', 'x'],
            ['SELECT', '99'],
            ['SELECT', '-1'],
            ['NOSUCHCOMMAND', 'a', 'b'],
            ['nosuch'],
            ['CLIENT', 'NOSUCH'],
            ['CLIENT', 'SETNAME', 'a b'],
            ['CLIENT', 'SETNAME', 'ok-name'],
            ['CLIENT', 'GETNAME'],
            ['CLIENT', 'SETNAME', ''],
            ['CLIENT', 'GETNAME'],
            ['CLIENT', 'LIST', 'TYPE', 'nonsense'],
            ['AUTH', 'a', 'b', 'c'],
        ]);
    });
    test('HELLO in RESP2 and RESP3, its errors, and RESP3 nulls', async () => {
        await same([
            ['HELLO', '4'],
            ['HELLO', 'x'],
            ['HELLO', '3', 'FOO'],
            ['HELLO', '2', 'SETNAME', 'a', 'b'],
            ['HELLO', '3'],
            ['CLIENT', 'GETNAME'],
            ['PING'],
            ['HELLO', '2', 'SETNAME', 'named'],
            ['CLIENT', 'GETNAME'],
            ['HELLO'],
        ], ids);
    });
});
describe('RESP AUTH against Wharf users', () => {
    let secured;
    before(async () => {
        secured = await startRespWharf({
            users: [
                { name: 'guest', password: 'guest' },
                { name: 'app', password: 's3cret', loopbackOnly: false },
                { name: 'outsider', password: 'pw', loopbackOnly: false, permissions: {} },
            ],
            respRequireAuth: true,
            respDefaultUser: 'app',
        });
    });
    after(async () => {
        await secured.close();
    });
    test('with respRequireAuth every command but AUTH/HELLO/QUIT/RESET gets NOAUTH', async () => {
        const r = await raw(secured.port);
        try {
            assert.equal((await r.command('PING')).bytes.toString(), '-NOAUTH Authentication required.\r\n');
            assert.match((await r.command('HELLO', '3')).bytes.toString(), /^-NOAUTH HELLO must be called/);
            assert.equal((await r.command('AUTH', 'app', 'wrong')).bytes.toString(), '-WRONGPASS invalid username-password pair or user is disabled.\r\n');
            assert.equal((await r.command('AUTH', 'app', 's3cret')).bytes.toString(), '+OK\r\n');
            assert.equal((await r.command('PING')).bytes.toString(), '+PONG\r\n');
        }
        finally {
            r.close();
        }
    });
    test('one-argument AUTH logs in the configured default user', async () => {
        const r = await raw(secured.port);
        try {
            assert.equal((await r.command('AUTH', 's3cret')).bytes.toString(), '+OK\r\n');
            assert.match((await r.command('CLIENT', 'LIST')).bytes.toString(), /user=app /);
        }
        finally {
            r.close();
        }
    });
    test('HELLO 3 AUTH logs in and switches protocol in one command', async () => {
        const r = await raw(secured.port);
        try {
            const hello = (await r.command('HELLO', '3', 'AUTH', 'app', 's3cret', 'SETNAME', 'n1')).bytes.toString();
            assert.match(hello, /^%7\r\n\$6\r\nserver\r\n/);
            assert.equal((await r.command('CLIENT', 'GETNAME')).bytes.toString(), '$2\r\nn1\r\n');
            assert.equal((await r.command('CLIENT', 'SETNAME', '')).bytes.toString(), '+OK\r\n');
            assert.equal((await r.command('CLIENT', 'GETNAME')).bytes.toString(), '_\r\n');
        }
        finally {
            r.close();
        }
    });
    test('a user without access to the vhost is refused with NOPERM', async () => {
        const r = await raw(secured.port);
        try {
            assert.match((await r.command('AUTH', 'outsider', 'pw')).bytes.toString(), /^-NOPERM /);
            assert.equal((await r.command('PING')).bytes.toString(), '-NOAUTH Authentication required.\r\n');
        }
        finally {
            r.close();
        }
    });
    test('redis-py with a username and password', { skip: !hasRedisPy() && NO_REDIS_PY }, async () => {
        const r = await python(`import os, redis
r = redis.Redis(port=int(os.environ['PORT']), username='app', password='s3cret')
assert r.ping() is True
try:
    redis.Redis(port=int(os.environ['PORT']), username='app', password='bad').ping()
    raise SystemExit('bad password accepted')
except (redis.exceptions.AuthenticationError, redis.exceptions.ResponseError):
    pass
print('ok')
`, secured.port);
        assert.equal(r.stdout.trim(), 'ok', r.stderr);
    });
});
describe('real clients', () => {
    test('redis-cli: commands, INFO and RESP3 (-3)', { skip: !hasRedisCli() && NO_REDIS_CLI }, async () => {
        const cli = (...args) => run('redis-cli', ['-p', String(w.port), ...args]);
        assert.equal((await cli('PING')).stdout, 'PONG\n');
        assert.equal((await cli('ECHO', 'hi there')).stdout, 'hi there\n');
        assert.match((await cli('INFO')).stdout, /\r?\nloading:0\r?\n/);
        assert.match((await cli('INFO', 'server')).stdout, /redis_version:7\.0\.15/);
        assert.equal((await cli('FOO', 'bar')).stdout, "ERR unknown command 'FOO', with args beginning with: 'bar' \n\n");
        assert.match((await cli('-3', 'HELLO')).stdout, /^proto 3$/m);
        // redis-cli reads commands from stdin, one per line, pipelined
        const piped = await run('redis-cli', ['-p', String(w.port)], 'PING\nCLIENT SETNAME cli\nCLIENT GETNAME\n');
        assert.equal(piped.stdout, 'PONG\nOK\ncli\n');
    });
    test('redis-py 4.3.4 (Debian): ping, echo, names, info, a pipeline', { skip: !hasRedisPy() && NO_REDIS_PY }, async () => {
        const r = await python(`import os, redis
r = redis.Redis(port=int(os.environ['PORT']))
assert r.ping() is True
assert r.echo('x') == b'x'
assert r.client_setname('py') is True
assert r.client_getname() == 'py'
assert isinstance(r.client_id(), int)
info = r.info()
assert info['redis_version'] == '7.0.15' and info['loading'] == 0
p = r.pipeline(transaction=False)
for i in range(100):
    p.echo(str(i))
assert p.execute() == [str(i).encode() for i in range(100)]
try:
    r.execute_command('NOSUCH')
    raise SystemExit('no error')
except redis.exceptions.ResponseError as e:
    assert str(e).startswith("unknown command 'NOSUCH'"), str(e)
print('ok')
`, w.port);
        assert.equal(r.stdout.trim(), 'ok', r.stderr);
    });
    test('ioredis 6: HELLO 3 handshake, ready check, pipeline; and RESP2', async () => {
        for (const protocol of [3, 2]) {
            const r = new Redis({
                port: w.port,
                host: '127.0.0.1',
                lazyConnect: true,
                protocol,
                connectionName: 'io',
            });
            try {
                await r.connect();
                assert.equal(r.status, 'ready');
                assert.equal(await r.ping(), 'PONG');
                assert.equal(await r.client('GETNAME'), 'io');
                const list = (await r.client('LIST'));
                assert.match(list, new RegExp(`name=io .* resp=${protocol} lib-name=ioredis`));
                const p = r.pipeline();
                for (let i = 0; i < 50; i++)
                    p.echo(String(i));
                const res = await p.exec();
                assert.deepEqual(res?.map(([, v]) => v), Array.from({ length: 50 }, (_, i) => String(i)));
            }
            finally {
                r.disconnect();
            }
        }
    });
});
//# sourceMappingURL=connection.test.js.map