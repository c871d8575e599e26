// Request-reply over direct reply-to on both brokers: round trip with correlation,
// remote errors as rejected promises, timeouts, AbortSignal, unroutable requests, and
// many requests in flight from one client.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { uniqueName } from '../helpers/brokers.js';
import { PermanentError, RemoteError, RequestError, SchemaValidationError } from '../../src/client/index.js';
import { client, raw, setupBrokers, sleep } from './support.js';
const brokers = await setupBrokers();
for (const broker of brokers) {
    describe(`request-reply on ${broker.name}`, () => {
        test('request resolves with the reply; many in flight are matched by correlation id', async (t) => {
            const server = await client(broker.url, t);
            const caller = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-rpc');
            r.cleanup(t, [q]);
            await server.respond(q, async (m) => {
                await sleep(Math.random() * 10);
                return { sum: m.payload.a + m.payload.b };
            }, { concurrency: 4 });
            const replies = await Promise.all(Array.from({ length: 30 }, (_, i) => caller.request(q, { a: i, b: 1 })));
            assert.deepEqual(replies.map((x) => x.sum), Array.from({ length: 30 }, (_, i) => i + 1));
        });
        test('a handler error comes back as a rejected RemoteError with the remote message', async (t) => {
            const server = await client(broker.url, t);
            const caller = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-rpc-err');
            r.cleanup(t, [q]);
            await server.respond(q, (m) => {
                if (m.payload === 'perm')
                    throw new PermanentError('unknown account');
                throw new TypeError(`cannot handle ${m.payload}`);
            });
            await assert.rejects(caller.request(q, 'x'), (err) => {
                assert.ok(err instanceof RemoteError);
                assert.equal(err.message, 'cannot handle x');
                assert.equal(err.remoteName, 'TypeError');
                assert.equal(err.permanent, false);
                return true;
            });
            await assert.rejects(caller.request(q, 'perm'), (err) => err instanceof RemoteError && err.permanent);
        });
        test('timeout, abort and unroutable requests reject with RequestError', async (t) => {
            const caller = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-rpc-silent');
            r.cleanup(t, [q]);
            await caller.declareQueue(q); // nobody answers
            const t0 = Date.now();
            await assert.rejects(caller.request(q, 1, { timeoutMs: 200 }), (err) => err instanceof RequestError && err.reason === 'timeout');
            assert.ok(Date.now() - t0 >= 190);
            // The expired request does not linger in the queue: its TTL is the timeout.
            await sleep(200);
            assert.equal(await r.count(q), 0);
            const ac = new AbortController();
            const pending = caller.request(q, 2, { timeoutMs: 5000, signal: ac.signal });
            setTimeout(() => ac.abort(), 50);
            await assert.rejects(pending, (err) => err instanceof RequestError && err.reason === 'aborted');
            await assert.rejects(caller.request(uniqueName('sdk-rpc-nobody'), 3, { timeoutMs: 5000 }), (err) => err instanceof RequestError && err.reason === 'unroutable');
        });
        test('reply schemas check what comes back', async (t) => {
            const server = await client(broker.url, t);
            const caller = await client(broker.url, t);
            const r = await raw(broker.url, t);
            const q = uniqueName('sdk-rpc-schema');
            r.cleanup(t, [q]);
            await server.respond(q, (m) => (m.payload === 'good' ? { ok: true } : { ok: 'maybe' }));
            const Reply = z.object({ ok: z.boolean() });
            assert.deepEqual(await caller.request(q, 'good', { replySchema: Reply }), { ok: true });
            await assert.rejects(caller.request(q, 'bad', { replySchema: Reply }), SchemaValidationError);
        });
    });
}
//# sourceMappingURL=rpc.test.js.map