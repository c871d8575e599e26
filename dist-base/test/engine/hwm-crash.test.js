// SIGKILL while a stream is appended to without syncs and read by a committed reader (stream-log.ts,
// invariant 2): every record the committed reader was shown is still at its offset after the restart, and no
// offset it saw is handed out again. The child's uncommitted reader shows what the watermark protects from.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { amqpPropertiesFormat } from '../../src/amqp/index.js';
import { Broker, StreamFormat } from '../../src/broker/index.js';
import { killAfterProgress } from '../store/helpers.js';
const child = join(dirname(fileURLToPath(import.meta.url)), 'hwm-crash-child.js');
test('SIGKILL: offsets a committed reader saw keep their records and are never reused', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-hwm-crash-'));
    try {
        const seen = new Map();
        let seqBase = 0;
        for (let round = 0; round < 3; round++) {
            const proc = spawn(process.execPath, [child, dir, String(seqBase)], {
                stdio: ['ignore', 'pipe', 'inherit'],
            });
            let text = '';
            proc.stdout.setEncoding('utf8');
            proc.stdout.on('data', (s) => (text += s));
            await killAfterProgress(proc, () => text, 2000);
            let committedEnd = 0;
            const loose = new Map();
            let fresh = 0;
            for (const line of text.split('\n').slice(0, -1)) {
                const [kind, a, b, c] = line.split(' ');
                if (kind === 'C') {
                    seen.set(Number(a), { count: Number(b), seq: Number(c) });
                    committedEnd = Math.max(committedEnd, Number(a) + Number(b));
                    fresh++;
                }
                else
                    loose.set(Number(a), Number(b));
            }
            assert.ok(fresh > 50, `the committed reader saw only ${fresh} records`);
            const broker = new Broker({ dataDir: dir, format: amqpPropertiesFormat });
            broker.open();
            try {
                const p = broker.streams('/').get('s').partition(0);
                assert.ok(p.nextOffset >= committedEnd, `next offset ${p.nextOffset} < ${committedEnd} seen committed`);
                assert.equal(p.highWatermark, p.nextOffset, 'what recovery found is committed');
                const found = new Map();
                for (let o = p.firstOffset; o < p.nextOffset;) {
                    const batch = p.read(o, 1 << 20);
                    if (batch.length === 0)
                        break;
                    for (const r of batch) {
                        found.set(r.offset, {
                            count: r.count,
                            seq: Number(/^#(\d+)#/.exec(r.body.toString('latin1', 0, 16))[1]),
                        });
                        o = r.offset + r.count;
                    }
                }
                for (const [off, want] of seen)
                    assert.deepEqual(found.get(off), want, `offset ${off} after round ${round}`);
                // what an uncommitted reader was told and the crash took back (its offsets may now be reused)
                let lostLoose = 0;
                for (const [off, s] of loose)
                    if (found.get(off)?.seq !== s)
                        lostLoose++;
                // a new append after the restart lands past everything the committed reader saw
                const o = p.appendBatch(StreamFormat.kafka, Date.now(), 1, Buffer.alloc(0), Buffer.from(`#${seqBase + 9_999_999}#`));
                assert.ok(o >= committedEnd);
                await p.syncPromise();
                seen.set(o, { count: 1, seq: seqBase + 9_999_999 });
                console.log(`# round ${round}: committed reader saw ${fresh} records (end ${committedEnd}), next offset after ` +
                    `recovery ${p.nextOffset}; the uncommitted reader saw ${loose.size}, ${lostLoose} of them lost`);
            }
            finally {
                await broker.close();
            }
            seqBase += 10_000_000;
        }
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
//# sourceMappingURL=hwm-crash.test.js.map