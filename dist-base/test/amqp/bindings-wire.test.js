// Issue 11, item 9 over the wire: many bindings made by a client cost the same each, and
// the management API lists a queue's bindings from the queue's side. The engine-level
// test (test/broker/bindings-scale) goes to 100 000; this one makes 20 000 with amqplib.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closeQuietly, open } from '../helpers/amqp.js';
import { startWharf, uniqueName } from '../helpers/brokers.js';
const N = 20_000;
const CHANNELS = 4;
const SLICE = 2_000;
let wharf;
before(async () => {
    wharf = await startWharf();
});
after(async () => {
    await wharf?.stop();
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
test(`${N} topic bindings over AMQP: the last ones cost what the first did; listing and deletion`, async (t) => {
    const conn = await open(wharf.url);
    try {
        const chans = [];
        for (let i = 0; i < CHANNELS; i++)
            chans.push(await conn.createChannel());
        const x = uniqueName('wharf-test-bulk');
        const q = uniqueName('wharf-test-bulk');
        await chans[0].assertExchange(x, 'topic', { durable: false, autoDelete: true });
        await chans[0].assertQueue(q, { durable: false });
        const times = [];
        for (let s = 0; s < N / SLICE; s++) {
            const t0 = performance.now();
            // one bind in flight per channel: amqplib waits for each bind-ok
            await Promise.all(chans.map(async (ch, c) => {
                for (let i = s * SLICE + c; i < (s + 1) * SLICE; i += CHANNELS)
                    await ch.bindQueue(q, x, `a.${i}.#`);
            }));
            times.push(performance.now() - t0);
        }
        t.diagnostic(`ms per ${SLICE} binds: ${times.map((x) => x.toFixed(0)).join(' ')}`);
        const first = median(times.slice(0, 3));
        const last = median(times.slice(-3));
        assert.ok(last < 3 * first + 50, `first ${first.toFixed(0)} ms, last ${last.toFixed(0)} ms per ${SLICE}`);
        const auth = `Basic ${Buffer.from('guest:guest').toString('base64')}`;
        const api = `http://127.0.0.1:${wharf.httpPort}/api/queues/%2F/${encodeURIComponent(q)}/bindings`;
        const res = await fetch(api, { headers: { authorization: auth } });
        assert.equal(res.status, 200);
        const listed = (await res.json());
        assert.equal(listed.length, N + 1, 'every binding and the default exchange one');
        assert.equal(listed.filter((b) => b.source === x).length, N);
        const ch = chans[0];
        await ch.publish(x, 'a.123.z', Buffer.from('routed'));
        await ch.deleteQueue(q);
        // the exchange was auto-delete: its last binding went with the queue
        const gone = await open(wharf.url);
        try {
            const probe = await gone.createChannel();
            probe.on('error', () => { });
            await assert.rejects(probe.checkExchange(x), /404/);
        }
        finally {
            await closeQuietly(gone);
        }
    }
    finally {
        await closeQuietly(conn);
    }
});
//# sourceMappingURL=bindings-wire.test.js.map