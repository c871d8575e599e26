// A confirmed delayed message survives a release that fails (its queue's disk fails under
// it) and a shutdown that comes while it is held: the held copy stays until a queue has
// the message on disk, and failed releases are retried with a logged backoff.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import amqp from 'amqplib';
import { DelayedExchange } from '../../src/broker/topology/delayed-exchange.js';
import { uniqueName } from '../helpers/brokers.js';
import { breakOpenFiles, CAN_BREAK_FILES } from '../helpers/broken-files.js';
import { queueDirs, startInProcess, until } from '../helpers/in-process.js';
const SKIP = CAN_BREAK_FILES ? false : 'needs /proc/self/fd and /dev/full (Linux)';
async function declare(w) {
    const conn = await amqp.connect(w.url);
    try {
        const ch = await conn.createChannel();
        const ex = uniqueName('dx');
        const q = uniqueName('dq');
        await ch.assertExchange(ex, 'x-delayed-message', {
            durable: true,
            arguments: { 'x-delayed-type': 'direct' },
        });
        const before = queueDirs(w.dataDir);
        await ch.assertQueue(q, { durable: true });
        const added = [...queueDirs(w.dataDir)].filter((d) => !before.has(d));
        assert.equal(added.length, 1, 'the declare created one queue directory');
        await ch.bindQueue(q, ex, 'k');
        return { ex, q, qDir: added[0] };
    }
    finally {
        await conn.close();
    }
}
async function publishDelayed(w, ex, body, delay) {
    const conn = await amqp.connect(w.url);
    try {
        const ch = await conn.createConfirmChannel();
        ch.publish(ex, 'k', Buffer.from(body), { persistent: true, headers: { 'x-delay': delay } });
        await ch.waitForConfirms();
    }
    finally {
        await conn.close();
    }
}
/** Consumes `q` until `body` arrived (or fails after ms); returns every body seen. */
async function receive(w, q, body, ms) {
    const conn = await amqp.connect(w.url);
    try {
        const ch = await conn.createChannel();
        const seen = [];
        await ch.consume(q, (m) => m && seen.push(m.content.toString()), { noAck: true });
        await until(() => seen.includes(body), ms, `'${body}' in ${q}`);
        // anything that would come twice comes with the same release: give it a moment to show
        await ch.assertQueue(q, { durable: true });
        return seen;
    }
    finally {
        await conn.close();
    }
}
function delayedExchange(w, name) {
    const ex = w.server.broker.vhost('/').exchanges.get(name);
    assert.ok(ex instanceof DelayedExchange);
    return ex;
}
describe('delayed messages and faults', { skip: SKIP }, () => {
    test('a release whose queue fails to sync keeps the held copy and is retried after a logged backoff', async () => {
        const w = await startInProcess();
        try {
            const { ex, q, qDir } = await declare(w);
            // broken before the publish, so the release (whenever the timer fires) meets a broken queue
            assert.ok(breakOpenFiles(qDir) > 0, "the queue's files were open");
            await publishDelayed(w, ex, 'kept', 200);
            const dx = delayedExchange(w, ex);
            await until(() => dx.retrying === 1, 5000, 'the failed release to be kept for a retry');
            assert.ok(w.warnings.some((l) => /could not be released.*retrying in \d+ ms \(attempt 1\)/.test(l)), w.warnings.join('\n'));
            // the retry meets the queue still broken (it now refuses appends): kept again, not dropped
            const second = /could not be released \(queue '[^']+' could not store it\).*\(attempt 2\)/;
            await until(() => w.warnings.some((l) => second.test(l)), 5000, 'the retry to fail and be kept');
            assert.equal(dx.retrying, 1);
            // the operator replaces the broken queue: the retry delivers there
            const conn = await amqp.connect(w.url);
            const ch = await conn.createChannel();
            await ch.deleteQueue(q);
            await ch.assertQueue(q, { durable: true });
            await ch.bindQueue(q, ex, 'k');
            await conn.close();
            const seen = await receive(w, q, 'kept', 10_000);
            assert.deepEqual(seen, ['kept']);
            await until(() => dx.retrying === 0 && dx.held === 0, 2000, 'the held copy to go');
        }
        finally {
            await w.stop();
            w.remove();
        }
    });
    test('a release that failed is still held after a restart, and delivered then', async () => {
        let w = await startInProcess();
        try {
            const { ex, q, qDir } = await declare(w);
            assert.ok(breakOpenFiles(qDir) > 0, "the queue's files were open");
            await publishDelayed(w, ex, 'survivor', 150);
            const dx = delayedExchange(w, ex);
            await until(() => dx.retrying === 1, 5000, 'the failed release to be kept for a retry');
            w = await w.restart(); // the broken queue's close fails and is reported; the held copy stays
            const seen = await receive(w, q, 'survivor', 10_000);
            assert.deepEqual(seen, ['survivor']);
        }
        finally {
            await w.stop();
            w.remove();
        }
    });
    test('a shutdown while a message is held never releases it into closing queues', async () => {
        let w = await startInProcess();
        try {
            const { ex, q } = await declare(w);
            const delay = 300;
            const dueAt = Date.now() + delay;
            await publishDelayed(w, ex, 'held-at-shutdown', delay);
            await w.stop();
            // past the due time (and the held log's ack flush after it), with the old broker object still in the process
            await new Promise((r) => setTimeout(r, Math.max(0, dueAt - Date.now()) + 500));
            w = await startInProcess(w.dataDir);
            const seen = await receive(w, q, 'held-at-shutdown', 5000);
            assert.deepEqual(seen, ['held-at-shutdown']);
        }
        finally {
            await w.stop();
            w.remove();
        }
    });
});
//# sourceMappingURL=delayed-faults.test.js.map