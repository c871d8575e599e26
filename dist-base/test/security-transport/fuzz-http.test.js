// Seeded fuzz of the management API's write endpoints: every PUT, POST and DELETE route
// the HTTP layer exports (found by reading its route tables, so new endpoints are
// covered without editing this file) gets random JSON, JSON of the wrong shape,
// non-JSON text, binary bytes, an empty body and an oversized one. Each answer must be
// a client error or a success, never a 5xx; the broker must not crash and must still
// serve AMQP and HTTP afterwards. WHARF_FUZZ_SEED replays another sequence.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import amqp from 'amqplib';
import { startWharf } from '../helpers/brokers.js';
const SEED = Number(process.env.WHARF_FUZZ_SEED ?? 0x0ddba11);
const BODIES_PER_ROUTE = 40;
const TIME_BUDGET_MS = 60_000;
const here = dirname(fileURLToPath(import.meta.url));
const httpDir = join(here, '../../src/http');
/** Every write route of the HTTP layer: exports named *Routes that hold [method, pattern, fn] rows. */
async function writeRoutes() {
    const routes = [];
    for (const file of readdirSync(httpDir).filter((f) => f.endsWith('.js'))) {
        const mod = (await import(pathToFileURL(join(httpDir, file)).href));
        for (const [name, value] of Object.entries(mod)) {
            if (!name.endsWith('Routes') || !Array.isArray(value))
                continue;
            for (const r of value) {
                if (Array.isArray(r) && typeof r[0] === 'string' && typeof r[1] === 'string' && r[0] !== 'GET')
                    routes.push(r);
            }
        }
    }
    const seen = new Set();
    return routes.filter(([m, p]) => !seen.has(`${m} ${p}`) && seen.add(`${m} ${p}`));
}
function prng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** Field names the API reads somewhere, so random objects hit real code paths. */
const FIELDS = [
    'durable',
    'auto_delete',
    'internal',
    'arguments',
    'type',
    'routing_key',
    'properties_key',
    'pattern',
    'definition',
    'priority',
    'apply-to',
    'payload',
    'payload_encoding',
    'properties',
    'count',
    'ackmode',
    'encoding',
    'truncate',
    'requeue',
    'password',
    'password_hash',
    'tags',
    'configure',
    'write',
    'read',
    'vhost',
    'name',
    'queues',
    'exchanges',
    'bindings',
    'policies',
    'users',
    'vhosts',
    'permissions',
    'destination',
    'destination_type',
    'source',
    'value',
    'component',
    'x-message-ttl',
    'x-max-length',
    'x-dead-letter-exchange',
    'x-queue-type',
    'max-connections',
    'max-queues',
    'description',
    'limit',
    'headers',
    'delivery_mode',
    'hashing_algorithm',
    'target',
    'reason',
    'x-overflow',
    'x-max-priority',
];
class Gen {
    rnd;
    constructor(rnd) {
        this.rnd = rnd;
    }
    int(n) {
        return Math.floor(this.rnd() * n);
    }
    pick(xs) {
        return xs[this.int(xs.length)];
    }
    text(max) {
        let s = '';
        for (let i = this.int(max + 1); i > 0; i--)
            s += String.fromCharCode(this.pick([32 + this.int(95), this.int(0x3000)]));
        return s;
    }
    json(depth = 0) {
        switch (this.int(depth > 3 ? 7 : 10)) {
            case 0:
                return null;
            case 1:
                return this.int(2) === 0;
            case 2:
                return this.pick([0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.5, this.int(1e6)]);
            case 3:
                return this.text(30);
            case 4:
                return this.pick(['', '/', '%2F', 'amq.direct', 'true', '1', '__proto__', 'constructor']);
            case 5:
                return this.pick([
                    'classic',
                    'quorum',
                    'stream',
                    'direct',
                    'fanout',
                    'topic',
                    'headers',
                    'x-delayed-message',
                ]);
            case 6:
                return this.pick([
                    'queues',
                    'exchanges',
                    'all',
                    'auto',
                    'string',
                    'base64',
                    'ack_requeue_true',
                    'reject_requeue_false',
                ]);
            case 7:
                return Array.from({ length: this.int(5) }, () => this.json(depth + 1));
            default: {
                const o = {};
                for (let i = this.int(7); i > 0; i--)
                    o[this.int(3) === 0 ? this.text(12) : this.pick(FIELDS)] = this.json(depth + 1);
                return o;
            }
        }
    }
    /** A body and its content type: mostly JSON objects, then everything else. */
    body() {
        switch (this.int(12)) {
            case 0:
                return { body: Buffer.alloc(0), type: 'application/json' };
            case 1:
                return { body: Buffer.from(this.text(200)), type: this.pick(['text/plain', 'application/json']) };
            case 2: {
                const b = Buffer.alloc(this.int(2000));
                for (let i = 0; i < b.length; i++)
                    b[i] = this.int(256);
                return { body: b, type: 'application/octet-stream' };
            }
            case 3: {
                const full = JSON.stringify(this.json());
                return { body: Buffer.from(full.slice(0, this.int(full.length + 1))), type: 'application/json' };
            }
            case 4:
                return { body: Buffer.from('{"a":'.repeat(5000)), type: 'application/json' }; // deep and unfinished
            case 5:
                return { body: Buffer.from(`[${'['.repeat(3000)}${']'.repeat(3000)}]`), type: 'application/json' };
            default:
                return { body: Buffer.from(JSON.stringify(this.json())), type: 'application/json' };
        }
    }
    /**
     * A path for the route: names are random, so no existing user or vhost is touched; vhost
     * '/' half the time, except where that would delete or limit '/' itself (vhost routes).
     */
    path(pattern) {
        const spareRoot = pattern.startsWith('/api/vhost');
        return pattern
            .split('/')
            .map((part) => {
            if (!part.startsWith(':'))
                return part;
            if ((part === ':props' || (part === ':vhost' && !spareRoot)) && this.int(2) === 0)
                return encodeURIComponent(part === ':vhost' ? '/' : '~');
            return encodeURIComponent(`fuzz-${this.text(8)}`);
        })
            .join('/');
    }
}
function send(port, method, path, body, type) {
    return new Promise((resolve, reject) => {
        const req = request({
            host: '127.0.0.1',
            port,
            method,
            path,
            headers: {
                'content-type': type,
                'content-length': body.length,
                authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}`,
            },
            timeout: 10_000,
        }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('timeout', () => req.destroy(new Error('timeout')));
        // a body over the limit may be cut off with 413 while it is still being sent
        req.on('error', (err) => err.code === 'EPIPE' || err.code === 'ECONNRESET' ? resolve(413) : reject(err));
        req.end(body);
    });
}
let wharf;
before(async () => {
    wharf = await startWharf();
});
after(async () => {
    await wharf?.stop();
});
test('management API write endpoints: random and malformed bodies never get a 5xx', { timeout: 180_000 }, async (t) => {
    const routes = await writeRoutes();
    assert.ok(routes.length >= 10, `found only ${routes.length} write routes`);
    const g = new Gen(prng(SEED));
    const statuses = new Map();
    const fives = [];
    const notImplemented = new Set();
    const t0 = Date.now();
    let sent = 0;
    for (const [method, pattern] of routes) {
        for (let i = 0; i < BODIES_PER_ROUTE && Date.now() - t0 < TIME_BUDGET_MS; i++) {
            const path = g.path(pattern);
            const { body, type } = g.body();
            const status = await send(wharf.httpPort, method, path, body, type);
            sent++;
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            // 501 is an endpoint that says it is not built yet: no crash, but listed
            if (status === 501)
                notImplemented.add(`${method} ${pattern}`);
            else if (status >= 500)
                fives.push(`${method} ${path} ${JSON.stringify(body.subarray(0, 80).toString())} -> ${status}`);
        }
        // one oversized body per route (over the 16 MiB limit)
        const status = await send(wharf.httpPort, method, g.path(pattern), Buffer.alloc(17 * 1024 * 1024, 0x20), 'application/json');
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500 && status !== 501)
            fives.push(`${method} ${pattern} (17 MiB body) -> ${status}`);
    }
    t.diagnostic(`${routes.length} write routes, ${sent} random bodies in ${Date.now() - t0} ms`);
    t.diagnostic(`statuses: ${[...statuses]
        .sort()
        .map(([s, n]) => `${s}: ${n}`)
        .join(', ')}`);
    if (notImplemented.size > 0)
        t.diagnostic(`not implemented (501): ${[...notImplemented].join(', ')}`);
    assert.deepEqual(fives, [], 'no 5xx answers');
    for (const s of statuses.keys())
        assert.ok([200, 201, 204, 400, 401, 404, 405, 413, 501].includes(s), `status ${s}`);
    // still serving: HTTP and AMQP
    const r = await fetch(`http://127.0.0.1:${wharf.httpPort}/api/overview`, {
        headers: { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` },
    });
    assert.equal(r.status, 200);
    const conn = await amqp.connect(wharf.url);
    const ch = await conn.createChannel();
    await ch.assertQueue('', { exclusive: true });
    await conn.close();
    assert.doesNotMatch(wharf.output(), /management API request failed/);
    assert.equal(await wharf.stop(), 0);
});
//# sourceMappingURL=fuzz-http.test.js.map