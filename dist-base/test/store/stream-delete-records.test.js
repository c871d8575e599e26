// StreamLog.deleteRecordsBefore (Kafka's DeleteRecords): the log start offset moves forward, is durable
// across a reopen, whole segments below it are freed, and readers, read() and timestamps start at it.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { StreamLog } from '../../src/store/index.js';
import { files, rm, tempDir } from './helpers.js';
const body = (i) => Buffer.from(`record-${i}`.padEnd(200, '.'));
const tick = () => new Promise((r) => setImmediate(r));
async function settle(log) {
    await log.syncPromise();
    for (let i = 0; i < 5; i++)
        await tick();
    await log.syncPromise();
}
describe('StreamLog.deleteRecordsBefore', () => {
    const dirs = [];
    after(() => {
        for (const d of dirs)
            rm(d);
    });
    for (const durable of [true, false]) {
        test(`moves the start, frees whole segments, reads start there (${durable ? 'durable' : 'memory'})`, async () => {
            const dir = tempDir();
            dirs.push(dir);
            const log = StreamLog.open(dir, { durable, segmentSize: 2048 });
            for (let i = 0; i < 50; i++)
                log.append(1, 1000 + i, Buffer.alloc(0), body(i));
            await settle(log);
            const segsBefore = durable ? files(dir, '.seg').length : 0;
            assert.equal(log.firstOffset, 0);
            assert.equal(log.deleteRecordsBefore(23), 23);
            await settle(log);
            assert.equal(log.firstOffset, 23);
            // reads and new readers start at the start offset
            assert.equal(log.read(0, 1)[0].offset, 23);
            const r = log.reader(5);
            assert.equal(r.next().offset, 23);
            r.close();
            assert.equal(log.offsetForTimestamp(0), 23);
            assert.equal(log.offsetForTimestamp(1030), 30);
            // never backwards; clamped to the high watermark
            assert.equal(log.deleteRecordsBefore(10), 23);
            if (durable) {
                assert.ok(files(dir, '.seg').length < segsBefore, 'segments below were freed');
                await log.close();
                const again = StreamLog.open(dir, { durable, segmentSize: 2048 });
                assert.equal(again.firstOffset, 23, 'the start offset survives a reopen');
                assert.equal(again.nextOffset, 50);
                assert.equal(again.deleteRecordsBefore(1000), 50, 'everything: up to the end');
                assert.equal(again.firstOffset, 50);
                assert.deepEqual(again.read(0, 1 << 20), []);
                assert.equal(again.append(1, 2000, Buffer.alloc(0), body(50)), 50);
                await again.syncPromise();
                assert.equal(again.read(0, 1 << 20)[0].offset, 50);
                await again.close();
            }
            else {
                assert.equal(log.deleteRecordsBefore(1000), 50);
                assert.equal(log.firstOffset, 50);
                await log.close();
            }
        });
    }
});
//# sourceMappingURL=stream-delete-records.test.js.map