// Graceful shutdown on both brokers: close() stops consuming, lets a running handler
// finish and ack, waits for publishes still awaiting their confirm, and the opt-in
// signal handler does the same on a signal.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uniqueName } from '../helpers/brokers.js';
import { connect } from '../../src/client/index.js';
import { deferred, raw, setupBrokers, sleep, waitFor } from './support.js';
const brokers = await setupBrokers();
for (const broker of brokers) {
    describe(`shutdown on ${broker.name}`, () => {
        test('close() lets the running handler finish and ack, and takes no new messages', async (t) => {
            const c = await connect(broker.url);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-shutdown');
            const out = uniqueName('sdk-shutdown-out');
            r.cleanup(t, [q, `${q}.dlq`, out]);
            const work = await c.workQueue(q);
            await c.declareQueue(out);
            const started = deferred();
            const finished = [];
            await work.consume(async (m) => {
                started.resolve();
                await sleep(300);
                // A draining handler may still publish; close() waits for its confirm.
                await c.publish('', out, `done ${m.payload}`);
                finished.push(m.payload);
            }, { prefetch: 5 });
            for (const p of ['a', 'b', 'c'])
                await work.publish(p);
            await started.promise;
            const t0 = Date.now();
            await c.close({ deadlineMs: 5000 });
            assert.ok(Date.now() - t0 >= 250, 'waited for the handler');
            assert.deepEqual(finished, ['a'], 'only the running handler finished');
            // 'a' was acked; 'b' and 'c' (prefetched, not started) went back to the queue.
            await waitFor(async () => (await r.count(q)) === 2, 5000, 'two requeued');
            const b = await r.get(q);
            assert.equal(b.content.toString(), 'b');
            assert.equal((await r.get(out)).content.toString(), 'done a');
        });
        test('close() waits for publishes still awaiting their confirm', async (t) => {
            const c = await connect(broker.url);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-shutdown-pub');
            r.cleanup(t, [q]);
            await c.declareQueue(q);
            const results = Array.from({ length: 300 }, (_, i) => c.publish('', q, { i }));
            await c.close({ deadlineMs: 10_000 });
            const settled = await Promise.allSettled(results);
            assert.deepEqual(settled.filter((s) => s.status === 'rejected'), []);
            assert.equal(await r.count(q), 300);
        });
        test('shutdownOnSignals closes the client on the signal', async (t) => {
            const c = await connect(broker.url);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-signal');
            r.cleanup(t, [q, `${q}.dlq`]);
            const work = await c.workQueue(q);
            const done = [];
            const started = deferred();
            await work.consume(async (m) => {
                started.resolve();
                await sleep(200);
                done.push(m.payload);
            });
            const signalled = [];
            // SIGUSR2, not SIGTERM: the test runner's helpers own SIGTERM in this process.
            const remove = c.shutdownOnSignals({
                signals: ['SIGUSR2'],
                exit: false,
                deadlineMs: 5000,
                onSignal: (s) => signalled.push(s),
            });
            t.after(remove);
            const closed = deferred();
            c.on('closed', () => closed.resolve());
            await work.publish('in flight');
            await started.promise;
            process.kill(process.pid, 'SIGUSR2');
            await closed.promise;
            assert.deepEqual(signalled, ['SIGUSR2']);
            assert.deepEqual(done, ['in flight']);
            assert.equal(await r.count(q), 0);
        });
    });
}
//# sourceMappingURL=shutdown.test.js.map