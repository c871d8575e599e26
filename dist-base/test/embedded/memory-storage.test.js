// storage 'memory' writes no file anywhere: a program using a memory Wharf in every way that
// writes files on disk storage runs with an empty working directory and an empty TMPDIR, and
// both are still empty afterwards. It also shows a failed start removes its temp data dir.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers/brokers.js';
const CHILD = join(repoRoot, 'dist', 'test', 'embedded', 'memory-child.js');
test('a memory Wharf writes nothing in the working directory or TMPDIR; a failed start removes its temp dir', async () => {
    const root = mkdtempSync(join(tmpdir(), 'wharf-memory-test-'));
    const cwd = join(root, 'cwd');
    const tmp = join(root, 'tmp');
    mkdirSync(cwd);
    mkdirSync(tmp);
    try {
        const { code, out } = await new Promise((resolve, reject) => {
            const child = spawn(process.execPath, [CHILD], {
                cwd,
                env: { ...process.env, TMPDIR: tmp },
                stdio: ['ignore', 'pipe', 'pipe'],
            });
            let out = '';
            child.stdout.on('data', (d) => (out += d));
            child.stderr.on('data', (d) => (out += d));
            const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
            child.once('error', reject);
            child.once('close', (c) => {
                clearTimeout(timer);
                resolve({ code: c, out });
            });
        });
        assert.equal(code, 0, out);
        const report = JSON.parse(out.split('\n').find((l) => l.startsWith('{"failed"')) ?? '{}');
        assert.match(report.failed, /AMQP port \d+ is already in use/, out);
        assert.equal(report.dataDir, null);
        assert.equal(report.userPut, 201);
        assert.equal(report.dead, 1, 'the rejected message was dead-lettered');
        assert.deepEqual(readdirSync(cwd), [], 'nothing written in the working directory');
        assert.deepEqual(readdirSync(tmp), [], 'nothing left in TMPDIR');
    }
    finally {
        rmSync(root, { recursive: true, force: true });
    }
});
//# sourceMappingURL=memory-storage.test.js.map