// A queue whose disk fails under it (its descriptors broken, see broken-files.ts): a
// transaction that published to it must not be committed (RabbitMQ's answer to a queue
// that could not take a transaction's message: channel error 406 "partial tx completion"
// on tx.commit), and a publisher confirm must be a basic.nack. Other queues go on.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import amqp from 'amqplib';
import { txCommit, txSelect } from '../helpers/amqp.js';
import { uniqueName } from '../helpers/brokers.js';
import { breakOpenFiles, CAN_BREAK_FILES } from '../helpers/broken-files.js';
import { queueDirs, startInProcess } from '../helpers/in-process.js';
const SKIP = CAN_BREAK_FILES ? false : 'needs /proc/self/fd and /dev/full (Linux)';
/** Declares a durable queue and breaks its files; returns its name. */
async function brokenQueue(w, ch) {
    const q = uniqueName('broken');
    const before = queueDirs(w.dataDir);
    await ch.assertQueue(q, { durable: true });
    const dirs = [...queueDirs(w.dataDir)].filter((d) => !before.has(d));
    assert.equal(dirs.length, 1);
    assert.ok(breakOpenFiles(dirs[0]) > 0, "the queue's files were open");
    return q;
}
describe('a failed sync', { skip: SKIP }, () => {
    test('fails tx.commit with 406 partial tx completion instead of commit-ok', async () => {
        const w = await startInProcess();
        const conn = await amqp.connect(w.url);
        try {
            const setup = await conn.createChannel();
            const q = await brokenQueue(w, setup);
            const healthy = uniqueName('healthy');
            await setup.assertQueue(healthy, { durable: true });
            const tx = await conn.createChannel();
            const closed = new Promise((resolve) => tx.once('error', resolve));
            await txSelect(tx);
            tx.sendToQueue(q, Buffer.from('in-tx'), { persistent: true });
            tx.sendToQueue(healthy, Buffer.from('in-tx'), { persistent: true });
            await assert.rejects(txCommit(tx), /406.*partial tx completion/);
            assert.match((await closed).message, /406.*partial tx completion/);
            // the channel went, the connection stays, the other queue works
            const after = await conn.createChannel();
            assert.equal((await after.checkQueue(healthy)).messageCount, 1);
            const tx2 = await conn.createChannel();
            await txSelect(tx2);
            tx2.sendToQueue(healthy, Buffer.from('second'), { persistent: true });
            await txCommit(tx2);
            assert.equal((await after.checkQueue(healthy)).messageCount, 2);
        }
        finally {
            await conn.close().catch(() => { });
            await w.stop();
            w.remove();
        }
    });
    test('turns a publisher confirm into basic.nack, while other queues still confirm', async () => {
        const w = await startInProcess();
        const conn = await amqp.connect(w.url);
        try {
            const setup = await conn.createChannel();
            const q = await brokenQueue(w, setup);
            const healthy = uniqueName('healthy');
            await setup.assertQueue(healthy, { durable: true });
            const ch = await conn.createConfirmChannel();
            const outcome = (queue) => new Promise((resolve) => ch.sendToQueue(queue, Buffer.from('c'), { persistent: true }, (err) => resolve(err ? 'nack' : 'ack')));
            assert.equal(await outcome(q), 'nack');
            assert.equal(await outcome(healthy), 'ack');
            assert.equal(await outcome(q), 'nack', 'the broken queue keeps failing');
            // a transient message needs no sync: acked even on the broken queue
            const transient = await new Promise((resolve) => ch.sendToQueue(q, Buffer.from('t'), { persistent: false }, (err) => resolve(err ? 'nack' : 'ack')));
            assert.equal(transient, 'ack');
        }
        finally {
            await conn.close().catch(() => { });
            await w.stop();
            w.remove();
        }
    });
});
//# sourceMappingURL=sync-failure.test.js.map