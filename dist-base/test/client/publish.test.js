// Confirmed publishing against both brokers: the envelope the SDK fills in, mandatory
// returns and nacks as rejected publishes, many publishes in flight, schema checks, and
// a channel error that fails only the publish that caused it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { uniqueName } from '../helpers/brokers.js';
import { PublishError, SchemaValidationError } from '../../src/client/index.js';
import { client, raw, setupBrokers } from './support.js';
const brokers = await setupBrokers();
for (const broker of brokers) {
    describe(`publish on ${broker.name}`, () => {
        test('resolves on confirm; fills the envelope; persistent JSON by default', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-pub');
            r.cleanup(t, [q]);
            await c.declareQueue(q);
            await c.publish('', q, { hello: 'world' }, {
                type: 'greeting.sent',
                correlationId: 'corr-1',
                schemaVersion: 3,
                headers: { tenant: 'acme' },
            });
            const m = await r.get(q);
            const p = m.properties;
            assert.match(String(p.messageId), /^[0-9a-f-]{36}$/);
            assert.equal(p.type, 'greeting.sent');
            assert.equal(p.correlationId, 'corr-1');
            assert.equal(p.contentType, 'application/json');
            assert.equal(p.deliveryMode, 2);
            const ts = Number(p.timestamp);
            assert.ok(Math.abs(ts - Date.now() / 1000) < 60, `timestamp in seconds: ${ts}`);
            assert.equal(p.headers?.['x-schema-version'], 3);
            assert.equal(p.headers?.tenant, 'acme');
            assert.match(String(p.headers?.traceparent), /^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
            assert.deepEqual(JSON.parse(m.content.toString()), { hello: 'world' });
        });
        test('strings go as text/plain, Buffers as octet-stream, persistent: false as transient', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-pub-types');
            r.cleanup(t, [q]);
            await c.declareQueue(q);
            await c.publish('', q, 'plain words', { messageId: 'fixed-id' });
            await c.publish('', q, Buffer.from([1, 2, 3]), { persistent: false });
            const a = await r.get(q);
            assert.equal(a.properties.contentType, 'text/plain');
            assert.equal(a.properties.messageId, 'fixed-id');
            assert.equal(a.content.toString(), 'plain words');
            const b = await r.get(q);
            assert.equal(b.properties.contentType, 'application/octet-stream');
            assert.equal(b.properties.deliveryMode, 1);
            assert.deepEqual([...b.content], [1, 2, 3]);
        });
        test('an unroutable mandatory message rejects its publish and emits returned', async (t) => {
            const c = await client(broker.url, t);
            const returned = [];
            c.on('returned', (e) => returned.push(e));
            const q = uniqueName('sdk-nowhere');
            await assert.rejects(c.publish('', q, { x: 1 }, { messageId: 'lost-1' }), (err) => {
                assert.ok(err instanceof PublishError);
                assert.equal(err.reason, 'unroutable');
                assert.match(err.message, /312|NO_ROUTE/);
                return true;
            });
            assert.equal(returned.length, 1);
            assert.equal(returned[0].messageId, 'lost-1');
            // mandatory: false lets it go
            await c.publish('', q, { x: 1 }, { mandatory: false });
            // the publishes around a returned one are unaffected
            const ok = uniqueName('sdk-pub-ok');
            const r = await raw(broker.url, t);
            r.cleanup(t, [ok]);
            await c.declareQueue(ok);
            const results = await c.publishMany([
                { exchange: '', routingKey: ok, payload: 1 },
                { exchange: '', routingKey: q, payload: 2 },
                { exchange: '', routingKey: ok, payload: 3 },
            ]);
            assert.deepEqual(results.map((x) => x.status), ['fulfilled', 'rejected', 'fulfilled']);
        });
        test('a nack (reject-publish overflow) rejects with reason nack', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-full');
            r.cleanup(t, [q]);
            await c.declareQueue(q, { maxLength: 1, arguments: { 'x-overflow': 'reject-publish' } });
            await c.publish('', q, 'first');
            await assert.rejects(c.publish('', q, 'second'), (err) => err instanceof PublishError && err.reason === 'nack');
        });
        test('many publishes in flight at once, all confirmed, window respected', async (t) => {
            const c = await client(broker.url, t, { maxInFlight: 64 });
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-many');
            r.cleanup(t, [q]);
            await c.declareQueue(q);
            const n = 2000;
            let maxPending = 0;
            const publishes = Array.from({ length: n }, (_, i) => {
                const p = c.publish('', q, { i });
                maxPending = Math.max(maxPending, c.pendingPublishes);
                return p;
            });
            const timer = setInterval(() => (maxPending = Math.max(maxPending, c.pendingPublishes)), 1);
            await Promise.all(publishes);
            clearInterval(timer);
            assert.ok(maxPending <= 64, `at most 64 in flight, saw ${maxPending}`);
            assert.equal(await r.count(q), n);
            assert.equal(c.metrics.counter('published_total'), n);
        });
        test('a Standard Schema (zod) checks the payload before it is sent', async (t) => {
            const c = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-schema');
            r.cleanup(t, [q]);
            await c.declareQueue(q);
            const Order = z.object({ id: z.string(), amount: z.number().positive() });
            await c.publish('', q, { id: 'o-1', amount: 5 }, { schema: Order });
            await assert.rejects(c.publish('', q, { id: 'o-2', amount: -1 }, { schema: Order }), (err) => err instanceof SchemaValidationError && /amount/.test(err.message));
            assert.equal(await r.count(q), 1);
        });
        test("a channel error (missing exchange) rejects that publish with the broker's reason", async (t) => {
            const c = await client(broker.url, t);
            await assert.rejects(c.publish(uniqueName('sdk-no-such-exchange'), 'k', 1), (err) => {
                assert.ok(err instanceof PublishError);
                assert.equal(err.reason, 'closed');
                assert.match(err.message, /404|NOT_FOUND/);
                return true;
            });
        });
        test('publishing goes on after a channel error', async (t) => {
            const c = await client(broker.url, t, { publishTimeoutMs: 3000 });
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-after-404');
            r.cleanup(t, [q]);
            await c.declareQueue(q);
            await c.publish(uniqueName('sdk-no-such-exchange'), 'k', 1).catch(() => { });
            await c.publish('', q, 'still fine');
            assert.equal(await r.count(q), 1);
        });
    });
}
//# sourceMappingURL=publish.test.js.map