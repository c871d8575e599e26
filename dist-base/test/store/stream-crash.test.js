import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { StreamLog } from '../../src/store/index.js';
import { killAfterProgress, rm, tempDir } from './helpers.js';
const child = join(dirname(fileURLToPath(import.meta.url)), 'stream-crash-child.js');
test('StreamLog: SIGKILL during synced appends: every synced offset is recovered with its content', { timeout: 30_000 }, async () => {
    const dir = tempDir();
    try {
        let seqBase = 0;
        let prevNext = 0;
        const allSynced = new Map();
        for (let round = 0; round < 2; round++) {
            const proc = spawn(process.execPath, [child, dir, String(seqBase)], {
                stdio: ['ignore', 'pipe', 'inherit'],
            });
            let text = '';
            proc.stdout.setEncoding('utf8');
            proc.stdout.on('data', (s) => (text += s));
            await killAfterProgress(proc, () => text);
            let synced = 0;
            for (const line of text.split('\n').slice(0, -1)) {
                const [, off, seq] = line.split(' ');
                allSynced.set(Number(off), Number(seq));
                synced++;
            }
            assert.ok(synced > 100, `child synced only ${synced} records`);
            const warnings = [];
            const log = StreamLog.open(dir, { segmentSize: 256 * 1024, onWarning: (m) => warnings.push(m) });
            assert.ok(log.nextOffset >= prevNext, 'offsets never go back below what a previous run recovered');
            const found = new Map();
            let prev = -1;
            const r = log.reader(0);
            for (let v = r.next(); v; v = r.next()) {
                assert.ok(v.offset > prev, 'recovered in offset order');
                prev = v.offset;
                assert.equal(v.flags & 1, 1, 'no transient record survives');
                found.set(v.offset, v.head.toString() + ' ' + v.body.toString('latin1', 0, 12));
            }
            let missing = 0;
            for (const [off, seq] of allSynced) {
                const got = found.get(off);
                if (got === undefined)
                    missing++;
                else
                    assert.ok(got.startsWith(`h${seq} #${seq}#`), `offset ${off} holds seq ${seq}: ${got}`);
            }
            assert.equal(missing, 0, `${missing} synced records lost`);
            console.log(`# stream crash round ${round}: ${synced} synced, ${found.size} recovered, next offset ` +
                `${log.nextOffset}, ${warnings.length} repairs`);
            prevNext = log.nextOffset;
            seqBase += 10_000_000;
            await log.close();
        }
    }
    finally {
        rm(dir);
    }
});
//# sourceMappingURL=stream-crash.test.js.map