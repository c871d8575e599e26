// Connecting: a list of URLs tried in turn, a clear failure when none answers, the
// closed client refusing work, and connection.blocked surfaced (on Wharf, whose resource
// alarm this test can raise in-process; the shared RabbitMQ's alarms are not ours to
// set off, so the blocked test does not run against it).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import pino from 'pino';
import { WharfServer } from '../../src/server.js';
import { uniqueName } from '../helpers/brokers.js';
import { ClientClosedError, connect } from '../../src/client/index.js';
import { raw, setupBrokers, sleep, waitFor } from './support.js';
const brokers = await setupBrokers();
const DEAD = 'amqp://guest:guest@127.0.0.1:1';
for (const broker of brokers) {
    describe(`connection on ${broker.name}`, () => {
        test('tries the URLs in turn and reports the one it reached, without credentials', async (t) => {
            const c = await connect([DEAD, broker.url], { reconnect: { initialDelayMs: 10 } });
            t.after(() => c.close());
            assert.equal(c.connected, true);
            assert.equal(c.url, broker.url.replace('guest:guest@', ''));
        });
        test('connect rejects after initialAttempts when nothing answers', async () => {
            const t0 = Date.now();
            await assert.rejects(connect(DEAD, { initialAttempts: 2, reconnect: { initialDelayMs: 20 } }), /ECONNREFUSED/);
            assert.ok(Date.now() - t0 < 5000);
        });
        test('a closed client refuses publishes, consumers and requests', async (t) => {
            const c = await connect(broker.url);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-closed');
            r.cleanup(t, [q]);
            await c.declareQueue(q);
            const closed = [];
            c.on('closed', () => closed.push('closed'));
            await c.close();
            assert.deepEqual(closed, ['closed']);
            assert.equal(c.connected, false);
            await assert.rejects(c.publish('', q, 1), ClientClosedError);
            await assert.rejects(c.consume(q, () => { }), ClientClosedError);
            await assert.rejects(c.request(q, 1), ClientClosedError);
            await c.close(); // idempotent
        });
    });
}
describe('connection.blocked', () => {
    test('blocked and unblocked are surfaced; a publish waits through the block', async (t) => {
        if (brokers.some((b) => b.name === 'rabbitmq')) {
            t.diagnostic('RabbitMQ: not run (raising its resource alarm would disturb the shared broker)');
        }
        const dir = mkdtempSync(join(tmpdir(), 'wharf-sdk-blocked-'));
        const server = new WharfServer({
            amqpPort: 0,
            httpPort: 0,
            host: '127.0.0.1',
            dataDir: dir,
            logger: pino({ level: 'silent' }),
        });
        await server.start();
        t.after(async () => {
            await server.stop();
            rmSync(dir, { recursive: true, force: true });
        });
        const c = await connect(`amqp://guest:guest@127.0.0.1:${server.amqpPort}`);
        t.after(() => c.close({ deadlineMs: 1000 }));
        const events = [];
        c.on('blocked', (e) => events.push(`blocked:${e.reason}`));
        c.on('unblocked', () => events.push('unblocked'));
        const q = uniqueName('sdk-blocked');
        await c.declareQueue(q, { durable: false });
        server.broker.resources.setLimits({ diskFreeLimit: Number.MAX_SAFE_INTEGER });
        // As on RabbitMQ, a connection is told it is blocked when it next publishes.
        let confirmed = false;
        const pending = c.publish('', q, 'during').then(() => (confirmed = true));
        await waitFor(() => c.blocked, 5000, 'blocked');
        await sleep(300);
        assert.equal(confirmed, false, 'not taken in while blocked');
        server.broker.resources.setLimits({ diskFreeLimit: 0 });
        await pending;
        await waitFor(() => !c.blocked, 5000, 'unblocked');
        assert.deepEqual(events, ['blocked:low on disk', 'unblocked']);
    });
});
//# sourceMappingURL=connection.test.js.map