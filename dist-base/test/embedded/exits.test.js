// close() releases every port, timer and file handle: a program that starts Wharf, uses it
// and closes it ends by itself (the runner would otherwise need --test-force-exit), and has
// nothing active left but what it had before the start.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../helpers/brokers.js';
const CHILD = join(repoRoot, 'dist', 'test', 'embedded', 'exits-child.js');
/** a closed Wharf's process has nothing left to wait for: it ends well within this */
const DEADLINE_MS = 20_000;
function runChild(storage) {
    return new Promise((resolve, reject) => {
        const started = Date.now();
        const child = spawn(process.execPath, [CHILD, storage], { stdio: ['ignore', 'pipe', 'pipe'] });
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
            resolve({ code, killed, ms: Date.now() - started, out });
        });
    });
}
for (const storage of ['disk', 'memory']) {
    test(`a process that starts and closes Wharf (storage ${storage}) exits by itself with nothing left active`, async () => {
        const run = await runChild(storage);
        assert.equal(run.killed, false, `still running after ${DEADLINE_MS} ms:\n${run.out}`);
        assert.equal(run.code, 0, run.out);
        const line = run.out.split('\n').find((l) => l.startsWith('{"storage"'));
        assert.ok(line, run.out);
        const report = JSON.parse(line);
        assert.deepEqual(report.statuses, [200, 200]);
        assert.deepEqual(report.after, report.before, 'active resources after close() are those before start');
    });
}
//# sourceMappingURL=exits.test.js.map