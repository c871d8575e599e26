// examples/testing/: the same order service tested under node:test, Vitest and Jest, each with
// an in-process Wharf started in a before-all hook, and the single-process app that embeds
// Wharf. Each runner is run as a user runs it and must pass and end by itself: no
// --test-force-exit, no --forceExit, within a deadline.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers/brokers.js';
const DEADLINE_MS = 120_000;
function run(args, extraEnv = {}) {
    const env = { ...process.env, ...extraEnv };
    // this file runs under `node --test`: a nested runner must not think it is one of its children
    delete env.NODE_TEST_CONTEXT;
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        let killed = false;
        const timer = setTimeout(() => {
            killed = true;
            child.kill('SIGKILL');
        }, DEADLINE_MS);
        child.once('error', reject);
        child.once('close', (code) => {
            clearTimeout(timer);
            resolve({ code, killed, out });
        });
    });
}
function assertPassedAndExited(r, passed) {
    assert.equal(r.killed, false, `still running after ${DEADLINE_MS} ms:\n${r.out}`);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, passed, r.out);
}
test('node:test runs the order service tests and exits by itself', { timeout: DEADLINE_MS + 10_000 }, async () => {
    const r = await run(['--test', 'dist/examples/testing/node-test/']);
    assertPassedAndExited(r, /# pass 2\n# fail 0/);
});
test('Vitest runs the order service tests (TypeScript source) and exits by itself', { timeout: DEADLINE_MS + 10_000 }, async () => {
    const r = await run(['node_modules/vitest/vitest.mjs', 'run', '--dir', 'examples/testing/vitest'], {
        NO_COLOR: '1',
    });
    assertPassedAndExited(r, /Tests\s+2 passed \(2\)/);
});
test('Jest (native ESM) runs the order service tests and exits by itself', { timeout: DEADLINE_MS + 10_000 }, async () => {
    const r = await run([
        '--experimental-vm-modules',
        'node_modules/jest/bin/jest.js',
        '--config',
        'examples/testing/jest/jest.config.json',
    ]);
    assertPassedAndExited(r, /Tests:\s+2 passed, 2 total/);
    assert.doesNotMatch(r.out, /did not exit|open handle/i, r.out);
});
test('the embedded-broker app ships its orders, and again after a restart on the same data dir', { timeout: 2 * DEADLINE_MS }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-embedded-app-'));
    try {
        for (const round of [1, 2]) {
            const r = await run(['dist/examples/testing/embedded-app.js', dir]);
            assert.equal(r.killed, false, `round ${round} still running:\n${r.out}`);
            assert.equal(r.code, 0, `round ${round}:\n${r.out}`);
            assert.match(r.out.trimEnd().split('\n').at(-1), /^OK: 3 orders placed and shipped/, r.out);
        }
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
//# sourceMappingURL=testing.test.js.map