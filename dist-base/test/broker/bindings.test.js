// Binding bookkeeping through the engine: what routes while a deleted queue's bindings
// are still being cleared, exchange deletion both ways, auto-delete exchanges, the
// definitions log and export, and a seeded fuzz of topology changes against a model.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { amqpPropertiesFormat } from '../../src/amqp/index.js';
import { exportVhostDefinitions } from '../../src/broker/definitions/definitions-io.js';
import { topicWords } from '../../src/broker/exchanges/topic-trie.js';
import { Broker } from '../../src/broker/index.js';
import { waitUntil } from '../helpers/amqp.js';
const exOpts = (durable, extra = {}) => ({
    durable,
    autoDelete: false,
    internal: false,
    arguments: {},
    ...extra,
});
const qOpts = (durable) => ({
    passive: false,
    durable,
    exclusive: false,
    autoDelete: false,
    arguments: {},
});
const msg = (exchange, routingKey) => ({
    exchange,
    routingKey,
    properties: Buffer.from([0, 0]),
    body: Buffer.from('x'),
    persistent: false,
    timestamp: Date.now(),
});
function routed(v, exchange, key) {
    const out = [];
    v.publish(msg(exchange, key), out);
    return out.map((q) => q.name).sort();
}
async function withBroker(fn) {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-bindings-'));
    const b = new Broker({ dataDir: dir, format: amqpPropertiesFormat });
    try {
        b.open();
        await fn(b, dir);
    }
    finally {
        await b.close();
        rmSync(dir, { recursive: true, force: true });
    }
}
describe('bindings', () => {
    test('a deleted queue gets nothing while its bindings are cleared; the alternate exchange does', () => withBroker(async (b) => {
        const v = b.vhost('/');
        v.declareExchange('ae', 'fanout', exOpts(false), false);
        v.declareExchange('t', 'topic', exOpts(false, { arguments: { 'alternate-exchange': 'ae' } }), false);
        v.declareQueue('big', qOpts(false));
        v.declareQueue('caught', qOpts(false));
        v.bindQueue('caught', 'ae', '', {});
        for (let i = 0; i < 30_000; i++)
            v.bindQueue('big', 't', `k.${i}`, {});
        assert.deepEqual(routed(v, 't', 'k.5'), ['big']);
        v.deleteQueue('big', false, false);
        assert.equal(v.bindingIndex.clearing, true, '30 000 bindings take more than one slice');
        assert.equal(v.exchange('t').bindingCount, 0, 'the exchange has no binding left at once');
        // the last binding made is among the last cleared
        assert.deepEqual(routed(v, 't', 'k.29999'), ['caught'], 'unroutable now: to the alternate exchange');
        // a new queue of the same name, bound with the same key, is a new binding
        v.declareQueue('big', qOpts(false));
        v.bindQueue('big', 't', 'k.5', {});
        assert.deepEqual(routed(v, 't', 'k.5'), ['big']);
        await waitUntil(() => !v.bindingIndex.clearing, 10_000, 'clearing done');
        assert.deepEqual(routed(v, 't', 'k.5'), ['big']);
        assert.deepEqual(routed(v, 't', 'k.6'), ['caught']);
        assert.deepEqual([...v.bindingIndex.to(v.queue('big'))].map((x) => x.routingKey), ['k.5']);
    }));
    test('deleting an exchange removes its bindings both ways and records one exchange.delete', () => withBroker(async (b, dir) => {
        const v = b.vhost('/');
        v.declareExchange('src', 'direct', exOpts(true), false);
        v.declareExchange('mid', 'fanout', exOpts(true), false);
        v.declareQueue('q', qOpts(true));
        v.bindExchange('mid', 'src', 'k', {});
        // durable: each bind is an fsync'd definitions append, so a few hundred only
        for (let i = 0; i < 300; i++)
            v.bindQueue('q', 'mid', `m${i}`, {});
        v.bindQueue('q', 'src', 'direct', {});
        assert.deepEqual(routed(v, 'src', 'k'), ['q']);
        v.deleteExchange('mid', false);
        assert.equal(v.exchange('src').bindingCount, 1, 'the binding src -> mid went with mid');
        assert.deepEqual(routed(v, 'src', 'k'), []);
        assert.deepEqual(routed(v, 'src', 'direct'), ['q']);
        assert.deepEqual([...v.bindingIndex.to(v.queue('q'))].map((x) => x.source.name), ['src'], "mid's bindings are not listed for q, even before they are cleared");
        const log = readFileSync(join(dir, 'definitions.jsonl'), 'utf8');
        assert.equal((log.match(/"op":"unbind"/g) ?? []).length, 0, 'no unbind record per binding');
        assert.equal((log.match(/"op":"exchange.delete"/g) ?? []).length, 1);
        await waitUntil(() => !v.bindingIndex.clearing, 10_000, 'clearing done');
        // replayed: the same topology comes back
        await b.close();
        const again = new Broker({ dataDir: dir, format: amqpPropertiesFormat });
        again.open();
        try {
            const v2 = again.vhost('/');
            assert.equal(v2.exchanges.has('mid'), false);
            assert.deepEqual(routed(v2, 'src', 'direct'), ['q']);
            assert.deepEqual(routed(v2, 'src', 'k'), []);
            assert.equal(v2.exchange('src').bindingCount, 1);
        }
        finally {
            await again.close();
        }
    }));
    test('queue deletion records one queue.delete, and a restart brings back only live bindings', () => withBroker(async (b, dir) => {
        const v = b.vhost('/');
        v.declareExchange('t', 'topic', exOpts(true), false);
        v.declareQueue('gone', qOpts(true));
        v.declareQueue('kept', qOpts(true));
        for (let i = 0; i < 300; i++)
            v.bindQueue('gone', 't', `g.${i}.#`, {});
        v.bindQueue('kept', 't', 'g.#', {});
        v.unbindQueue('gone', 't', 'g.0.#', {});
        v.deleteQueue('gone', false, false);
        const log = readFileSync(join(dir, 'definitions.jsonl'), 'utf8');
        assert.equal((log.match(/"op":"unbind"/g) ?? []).length, 1, 'only the explicit unbind');
        assert.equal((log.match(/"op":"queue.delete"/g) ?? []).length, 1);
        await b.close();
        const again = new Broker({ dataDir: dir, format: amqpPropertiesFormat });
        again.open();
        try {
            const v2 = again.vhost('/');
            assert.equal(v2.exchange('t').bindingCount, 1);
            assert.deepEqual(routed(v2, 't', 'g.7.x'), ['kept']);
            // compacted at boot: the log now holds just the live topology
            const compacted = readFileSync(join(dir, 'definitions.jsonl'), 'utf8');
            assert.equal((compacted.match(/"op":"bind"/g) ?? []).length, 1);
        }
        finally {
            await again.close();
        }
    }));
    test('an auto-delete exchange goes with its last binding, by unbind, queue or exchange deletion', () => withBroker((b) => {
        const v = b.vhost('/');
        const auto = exOpts(false, { autoDelete: true });
        v.declareQueue('q', qOpts(false));
        v.declareExchange('a1', 'topic', auto, false);
        v.bindQueue('q', 'a1', 'x', {});
        v.bindQueue('q', 'a1', 'y', {});
        v.unbindQueue('q', 'a1', 'x', {});
        assert.equal(v.exchanges.has('a1'), true);
        v.unbindQueue('q', 'a1', 'y', {});
        assert.equal(v.exchanges.has('a1'), false, 'last unbind');
        v.declareExchange('a2', 'fanout', auto, false);
        assert.equal(v.exchanges.has('a2'), true, 'never bound: stays');
        // outer -> inner -> many queues bindings; deleting the queue cascades
        v.declareExchange('outer', 'fanout', auto, false);
        v.declareExchange('inner', 'direct', auto, false);
        v.bindExchange('inner', 'outer', '', {});
        v.declareQueue('many', qOpts(false));
        for (let i = 0; i < 10_000; i++)
            v.bindQueue('many', 'inner', `k${i}`, {});
        v.deleteQueue('many', false, false);
        assert.equal(v.exchanges.has('inner'), false);
        assert.equal(v.exchanges.has('outer'), false);
        // an exchange it is bound to as a destination only does not count
        v.declareExchange('a3', 'fanout', auto, false);
        v.declareExchange('plain', 'fanout', exOpts(false), false);
        v.bindExchange('a3', 'plain', '', {});
        v.unbindExchange('a3', 'plain', '', {});
        assert.equal(v.exchanges.has('a3'), true);
    }));
    test('a restart replays auto-delete exchanges as they were, deleting none by itself', () => withBroker(async (b, dir) => {
        const v = b.vhost('/');
        const auto = exOpts(true, { autoDelete: true });
        v.declareExchange('kept', 'topic', auto, false);
        v.declareExchange('went', 'topic', auto, false);
        v.declareQueue('durable', qOpts(true));
        v.declareQueue('transient', qOpts(false));
        v.bindQueue('durable', 'kept', 'a', {});
        v.bindQueue('transient', 'kept', 'b', {}); // not recorded: the queue is transient
        v.unbindQueue('durable', 'kept', 'a', {});
        assert.equal(v.exchanges.has('kept'), true, 'still bound to the transient queue');
        v.bindQueue('durable', 'went', 'a', {});
        v.unbindQueue('durable', 'went', 'a', {});
        assert.equal(v.exchanges.has('went'), false);
        await b.close();
        const again = new Broker({ dataDir: dir, format: amqpPropertiesFormat });
        again.open();
        try {
            const v2 = again.vhost('/');
            assert.equal(v2.exchanges.has('kept'), true, 'replaying its bind and unbind does not delete it');
            assert.equal(v2.exchanges.has('went'), false);
        }
        finally {
            await again.close();
        }
    }));
    test('if-unused exchange deletion counts bindings exactly, deleted queues excluded at once', () => withBroker((b) => {
        const v = b.vhost('/');
        v.declareExchange('x', 'direct', exOpts(false), false);
        v.declareQueue('q', qOpts(false));
        for (let i = 0; i < 10_000; i++)
            v.bindQueue('q', 'x', `k${i}`, {});
        assert.throws(() => v.deleteExchange('x', true), /in use/);
        v.deleteQueue('q', false, false);
        v.deleteExchange('x', true);
        assert.equal(v.exchanges.has('x'), false);
    }));
    test('definitions export leaves out bindings of a queue deleted a moment ago', () => withBroker((b) => {
        const v = b.vhost('/');
        // a transient exchange: its bindings are exported but not recorded (no fsync each)
        v.declareExchange('t', 'topic', exOpts(false), false);
        v.declareQueue('q', qOpts(true));
        for (let i = 0; i < 20_000; i++)
            v.bindQueue('q', 't', `k.${i}`, {});
        v.deleteQueue('q', false, false);
        v.declareQueue('q', qOpts(true));
        v.bindQueue('q', 't', 'fresh', {});
        assert.equal(v.bindingIndex.clearing, true);
        const doc = exportVhostDefinitions(v);
        assert.deepEqual(doc.bindings.map((x) => x.routing_key), ['fresh']);
    }));
    test('fuzz: random binds, unbinds and deletions route as a model says', async () => {
        const patterns = ['a', 'b', 'a.b', '*', '#', 'a.*', '#.b', 'a.#', '*.b', ''];
        const keys = ['', 'a', 'b', 'a.b', 'b.b', 'a.a.b', 'c'];
        const matches = (type, pattern, key) => {
            if (type === 'fanout')
                return true;
            if (type === 'direct')
                return pattern === key;
            const p = topicWords(pattern);
            const w = topicWords(key);
            const go = (i, j) => i === p.length
                ? j === w.length
                : p[i] === '#'
                    ? go(i + 1, j) || (j < w.length && go(i, j + 1))
                    : j < w.length && (p[i] === '*' || p[i] === w[j]) && go(i + 1, j + 1);
            return go(0, 0);
        };
        let seed = 42;
        const rand = (n) => {
            seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
            return (seed >>> 8) % n;
        };
        await withBroker(async (b) => {
            const v = b.vhost('/');
            const types = ['topic', 'direct', 'fanout'];
            const exchanges = types.map((t) => `x-${t}`);
            const queues = ['q0', 'q1', 'q2', 'q3'];
            types.forEach((t, i) => v.declareExchange(exchanges[i], t, exOpts(false), false));
            for (const q of queues)
                v.declareQueue(q, qOpts(false));
            const model = new Set(); // `${exchange} ${queue} ${pattern}`
            for (let step = 0; step < 2000; step++) {
                const x = exchanges[rand(3)];
                const q = queues[rand(4)];
                const p = patterns[rand(patterns.length)];
                const op = rand(20);
                if (op < 10) {
                    v.bindQueue(q, x, p, {});
                    model.add(`${x} ${q} ${p}`);
                }
                else if (op < 16) {
                    v.unbindQueue(q, x, p, {});
                    model.delete(`${x} ${q} ${p}`);
                }
                else if (op < 19) {
                    v.deleteQueue(q, false, false);
                    v.declareQueue(q, qOpts(false));
                    for (const m of [...model])
                        if (m.split(' ')[1] === q)
                            model.delete(m);
                }
                else {
                    // a queue with enough bindings to be cleared over several turns
                    for (let i = 0; i < 2000; i++)
                        v.bindQueue(q, x, `bulk.${i}`, {});
                    v.deleteQueue(q, false, false);
                    v.declareQueue(q, qOpts(false));
                    for (const m of [...model])
                        if (m.split(' ')[1] === q)
                            model.delete(m);
                }
                if (step % 50 === 0)
                    await new Promise((r) => setImmediate(r)); // let clearing run
                for (const [i, t] of types.entries()) {
                    const key = keys[rand(keys.length)];
                    const want = new Set();
                    for (const m of model) {
                        const [mx, mq, mp] = m.split(' ');
                        if (mx === exchanges[i] && matches(t, mp, key))
                            want.add(mq);
                    }
                    assert.deepEqual(routed(v, exchanges[i], key), [...want].sort(), `step ${step}, ${t} '${key}'`);
                }
            }
            for (const [i] of types.entries()) {
                const n = [...model].filter((m) => m.startsWith(`${exchanges[i]} `)).length;
                assert.equal(v.exchange(exchanges[i]).bindingCount, n);
            }
        });
    });
});
//# sourceMappingURL=bindings.test.js.map