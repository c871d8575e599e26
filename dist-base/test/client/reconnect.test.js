// Reconnects without losing a confirmed message. Publishing with confirms and consuming
// run all along while the connection is cut under them:
// - on both brokers, by a TCP proxy that drops every socket and refuses new ones for a
//   moment (also checks that topology, including a server-named subscriber queue, and
//   consumers come back);
// - on Wharf, by restarting the broker on the same data dir and port, after SIGTERM
//   and after SIGKILL.
// The invariant: every id whose publish resolved is eventually consumed (duplicates are
// allowed: at-least-once), and no publish rejects.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { startWharf, uniqueName } from '../helpers/brokers.js';
import { connect } from '../../src/client/index.js';
import { raw, setupBrokers, sleep, TcpProxy, waitFor } from './support.js';
import { freePort } from '../helpers/ports.js';
const brokers = await setupBrokers();
/** Publishes with `lanes` publishes in flight until stopped; consumes the same queue. */
async function stream(c, queue, lanes = 64) {
    const confirmed = new Set();
    const consumed = new Set();
    const failures = [];
    const work = await c.workQueue(queue);
    await work.consume(async (m) => {
        consumed.add(m.payload.id);
    }, { concurrency: 8, prefetch: 64 });
    let running = true;
    let next = 0;
    const lane = async () => {
        while (running) {
            const id = `m-${next++}`;
            try {
                await work.publish({ id, pad: 'x'.repeat(200) }, { messageId: id });
                confirmed.add(id);
            }
            catch (err) {
                failures.push(err);
                await sleep(10);
            }
        }
    };
    const all = Promise.all(Array.from({ length: lanes }, lane));
    return {
        confirmed,
        consumed,
        failures,
        republished: () => c.metrics.counter('republished_total'),
        stop: async () => {
            running = false;
            await all;
        },
    };
}
async function assertNoneLost(s, t, timeoutMs = 30_000) {
    await s.stop();
    const missing = () => [...s.confirmed].filter((id) => !s.consumed.has(id));
    await waitFor(() => missing().length === 0, timeoutMs, `all confirmed messages consumed (missing ${missing().length})`).catch((err) => {
        throw new Error(`${err.message}; first missing: ${missing().slice(0, 5).join(', ')}`);
    });
    assert.deepEqual(s.failures.map((e) => e.message), [], 'no publish rejected');
    assert.ok(s.confirmed.size > 50, `enough traffic to mean something (${s.confirmed.size})`);
    t.diagnostic(`${s.confirmed.size} confirmed, ${s.consumed.size} distinct consumed, ${s.republished()} re-sent after reconnect`);
}
for (const broker of brokers) {
    describe(`reconnect through a dropped network on ${broker.name}`, () => {
        test('confirmed messages survive; topology and consumers come back', async (t) => {
            const proxy = await TcpProxy.start(broker.url);
            t.after(() => proxy.stop());
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-reconnect');
            const ex = uniqueName('sdk-reconnect-fanout');
            r.cleanup(t, [q, `${q}.dlq`], [ex]);
            const c = await connect(proxy.url(broker.url), { reconnect: { initialDelayMs: 50, maxDelayMs: 300 } });
            t.after(() => c.close({ deadlineMs: 2000 }));
            const events = [];
            for (const e of ['connected', 'disconnected', 'reconnecting'])
                c.on(e, () => events.push(e));
            c.on('error', () => { });
            const events$ = await c.pubsub(ex);
            const fanned = [];
            const sub = await events$.subscribe((m) => void fanned.push(m.payload));
            const firstQueue = sub.queue;
            const s = await stream(c, q);
            await sleep(400);
            proxy.pause();
            proxy.cut();
            await sleep(400);
            proxy.resume();
            await waitFor(() => c.connected && events.includes('connected'), 10_000, 'reconnected');
            await sleep(400);
            await assertNoneLost(s, t);
            assert.ok(events.includes('disconnected'));
            assert.ok(events.includes('reconnecting'));
            // The exclusive subscriber queue died with the old connection; a new one is bound.
            assert.notEqual(sub.queue, firstQueue);
            await events$.publish(7);
            await waitFor(() => fanned.includes(7), 5000, 'fanout after reconnect');
            assert.ok(c.metrics.counter('reconnects_total') >= 1);
        });
    });
}
describe('reconnect across a Wharf restart', () => {
    for (const how of ['SIGTERM', 'SIGKILL']) {
        test(`${how}: every confirmed message is consumed after the restart`, { timeout: 90_000 }, async (t) => {
            const port = await freePort();
            let wharf = await startWharf({ args: ['--amqp-port', String(port)] });
            if (wharf.external) {
                t.skip('WHARF_URL is set: cannot restart the broker');
                return;
            }
            t.after(() => wharf.kill());
            const c = await connect(wharf.url, {
                reconnect: { initialDelayMs: 50, maxDelayMs: 500 },
                publishTimeoutMs: 60_000,
            });
            t.after(() => c.close({ deadlineMs: 2000 }));
            c.on('error', () => { });
            let reconnected = 0;
            c.on('connected', (e) => {
                if (e.reconnect)
                    reconnected++;
            });
            const s = await stream(c, uniqueName('sdk-restart'));
            await sleep(500);
            if (how === 'SIGKILL')
                await wharf.kill();
            wharf = await wharf.restart();
            assert.equal(wharf.amqpPort, port);
            await waitFor(() => reconnected > 0, 20_000, 'reconnected');
            await sleep(500);
            await assertNoneLost(s, t);
        });
    }
});
//# sourceMappingURL=reconnect.test.js.map