// Deadlines of streams (EXPIRE, PEXPIRE, EXPIREAT, PEXPIREAT) are durable: after a restart on the same data
// directory PEXPIRETIME answers the exact 64-bit deadline Redis keeps, and a stream whose deadline passes
// after the restart is deleted then, as Redis deletes a key whose deadline passed while it was down.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { RawRedis } from './codec/redis-raw.js';
import { startRespWharf, until } from './support.js';
test('stream deadlines survive a restart: exact PEXPIRETIME, deletion at the deadline', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wharf-resp-expiry-'));
    const far = `far-${randomBytes(4).toString('hex')}`;
    const soon = `soon-${randomBytes(4).toString('hex')}`;
    const kept = `kept-${randomBytes(4).toString('hex')}`;
    try {
        let w = await startRespWharf({ dataDir });
        let r = (await RawRedis.open(w.port));
        for (const k of [far, soon, kept])
            await r.command('XADD', k, '1-1', 'a', '1');
        // beyond 2^53: only an exact integer keeps it
        assert.equal((await r.command('PEXPIREAT', far, '9223372036854775807')).bytes.toString(), ':1\r\n');
        assert.equal((await r.command('PEXPIRE', soon, '1500')).bytes.toString(), ':1\r\n');
        assert.equal((await r.command('EXPIRE', kept, '100')).bytes.toString(), ':1\r\n');
        assert.equal((await r.command('PERSIST', kept)).bytes.toString(), ':1\r\n');
        r.close();
        await w.close();
        w = await startRespWharf({ dataDir });
        r = (await RawRedis.open(w.port));
        try {
            assert.equal((await r.command('PEXPIRETIME', far)).bytes.toString(), ':9223372036854775807\r\n');
            assert.equal((await r.command('TTL', kept)).bytes.toString(), ':-1\r\n');
            await until(async () => (await r.command('EXISTS', soon)).bytes.toString() === ':0\r\n', 10_000);
            assert.equal((await r.command('PTTL', soon)).bytes.toString(), ':-2\r\n');
            assert.equal((await r.command('EXISTS', far, kept)).bytes.toString(), ':2\r\n');
            assert.match((await r.command('INFO', 'keyspace')).bytes.toString(), /expires=1,/);
        }
        finally {
            r.close();
            await w.close();
        }
    }
    finally {
        rmSync(dataDir, { recursive: true, force: true });
    }
});
//# sourceMappingURL=expiry-restart.test.js.map