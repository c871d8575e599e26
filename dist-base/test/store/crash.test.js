import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { SegmentLog } from '../../src/store/index.js';
import { killAfterProgress, rm, tempDir } from './helpers.js';
const child = join(dirname(fileURLToPath(import.meta.url)), 'crash-child.js');
test('SIGKILL during synced appends: every record reported synced is recovered', {
    timeout: 30_000,
}, async () => {
    const dir = tempDir();
    try {
        for (let round = 0; round < 2; round++) {
            const proc = spawn(process.execPath, [child, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
            let text = '';
            proc.stdout.setEncoding('utf8');
            proc.stdout.on('data', (s) => (text += s));
            await killAfterProgress(proc, () => text);
            const synced = new Map();
            const acked = new Set();
            for (const line of text.split('\n').slice(0, -1)) {
                const [kind, pos, seq] = line.split(' ');
                if (kind === 'S')
                    synced.set(Number(pos), Number(seq));
                else
                    acked.add(Number(pos));
            }
            assert.ok(synced.size > 100, `child synced only ${synced.size} records`);
            const warnings = [];
            const log = SegmentLog.open(dir, { segmentSize: 256 * 1024, onWarning: (m) => warnings.push(m) });
            const found = new Map();
            let prev = -1;
            for (let r = log.shift(); r; r = log.shift()) {
                assert.ok(log.lastPosition > prev, 'recovered in order');
                prev = log.lastPosition;
                assert.equal(r.flags & 1, 1, 'no transient record survives');
                found.set(log.lastPosition, r.body.toString('latin1', 0, 12));
            }
            let missing = 0;
            for (const [pos, seq] of synced) {
                const body = found.get(pos);
                if (body === undefined) {
                    if (!acked.has(pos))
                        missing++;
                }
                else
                    assert.ok(body.startsWith(`#${seq}#`), `record at ${pos} holds seq ${seq}`);
            }
            assert.equal(missing, 0, `${missing} synced records lost`);
            console.log(`# crash round ${round}: ${synced.size} synced, ${acked.size} acked, ${found.size} recovered, ` +
                `${warnings.length} repairs`);
            // Ack what was recovered so the next round starts from a log with history but a short backlog.
            for (const pos of found.keys())
                log.ack(pos);
            await log.close();
        }
    }
    finally {
        rm(dir);
    }
});
//# sourceMappingURL=crash.test.js.map