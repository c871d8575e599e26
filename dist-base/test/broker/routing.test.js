import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { amqpPropertiesFormat } from '../../src/amqp/index.js';
import { headersMatch, matchMode } from '../../src/broker/exchanges/headers-match.js';
import { TopicTrie } from '../../src/broker/exchanges/topic-trie.js';
import { Broker } from '../../src/broker/index.js';
function m(pattern, key) {
    const trie = new TopicTrie();
    trie.add(pattern, { destination: 'bound' });
    const out = new Set();
    trie.match(key, out);
    return out.has('bound');
}
describe('topic matching', () => {
    const cases = [
        ['a.b.c', 'a.b.c', true],
        ['a.*.c', 'a.b.c', true],
        ['a.*.c', 'a.c', false],
        ['a.*', 'a', false],
        ['*', '', false],
        ['#', '', true],
        ['#', 'a.b.c', true],
        ['a.#', 'a', true],
        ['a.#', 'a.b.c', true],
        ['#.c', 'c', true],
        ['#.c', 'a.b.c', true],
        ['a.#.b', 'a.b', true],
        ['a.#.b', 'a.x.y.b', true],
        ['a.#.b', 'a.x.y.c', false],
        ['#.#', 'a', true],
        ['#.*.#', '', false],
        ['#.*.#', 'a', true],
        ['*.*', 'a.', true], // "a." is two words, the second empty
        ['a..b', 'a..b', true],
        ['a.*.b', 'a..b', true],
        ['', '', true],
        ['', 'a', false],
        ['a.b', 'a.b.c', false],
        ['*.#', 'a', true],
        ['#.a.#.a.#', 'x.a.y.a.z', true],
        ['#.a.#.a.#', 'x.a.y', false],
    ];
    for (const [pattern, key, want] of cases) {
        test(`'${pattern}' ${want ? 'matches' : 'does not match'} '${key}'`, () => assert.equal(m(pattern, key), want));
    }
});
describe('headers matching', () => {
    const h = { a: 1, b: 'two', 'x-c': true };
    test('all: every non-x- key must match', () => {
        assert.equal(headersMatch({ 'x-match': 'all', a: 1, b: 'two' }, 'all', h), true);
        assert.equal(headersMatch({ 'x-match': 'all', a: 1, b: 'three' }, 'all', h), false);
        assert.equal(headersMatch({ a: 1, 'x-c': false }, 'all', h), true, 'x- keys ignored');
    });
    test('any: one match is enough; x- keys ignored', () => {
        assert.equal(headersMatch({ 'x-match': 'any', a: 2, b: 'two' }, 'any', h), true);
        assert.equal(headersMatch({ 'x-match': 'any', a: 2, 'x-c': true }, 'any', h), false);
    });
    test('all-with-x and any-with-x compare x- keys too', () => {
        assert.equal(headersMatch({ a: 1, 'x-c': true }, 'all-with-x', h), true);
        assert.equal(headersMatch({ a: 1, 'x-c': false }, 'all-with-x', h), false);
        assert.equal(headersMatch({ a: 2, 'x-c': true }, 'any-with-x', h), true);
    });
    test('void binding value matches presence; missing headers match nothing but empty all', () => {
        assert.equal(headersMatch({ a: null }, 'all', h), true);
        assert.equal(headersMatch({ z: null }, 'all', h), false);
        assert.equal(headersMatch({ a: 1 }, 'all', undefined), false);
        assert.equal(headersMatch({}, 'all', undefined), true);
        assert.equal(headersMatch({}, 'any', h), false);
    });
    test('numbers compare across int widths, bigint included', () => {
        assert.equal(headersMatch({ a: 1n }, 'all', h), true);
    });
    test('matchMode validates x-match', () => {
        assert.equal(matchMode({}), 'all');
        assert.equal(matchMode({ 'x-match': 'any-with-x' }), 'any-with-x');
        assert.equal(matchMode({ 'x-match': 'some' }), undefined);
    });
});
describe('vhost routing graph', () => {
    const msg = (exchange, routingKey) => ({
        exchange,
        routingKey,
        properties: Buffer.from([0, 0]),
        body: Buffer.from('x'),
        persistent: false,
        timestamp: Date.now(),
    });
    function withBroker(fn) {
        const dir = mkdtempSync(join(tmpdir(), 'wharf-routing-'));
        const b = new Broker({ dataDir: dir, format: amqpPropertiesFormat });
        try {
            b.open();
            fn(b);
        }
        finally {
            void b.close().finally(() => rmSync(dir, { recursive: true, force: true }));
        }
    }
    const opts = { durable: false, autoDelete: false, internal: false, arguments: {} };
    const qopts = { passive: false, durable: false, exclusive: false, autoDelete: false, arguments: {} };
    test('exchange-to-exchange chains and cycles route each queue once', () => {
        withBroker((b) => {
            const v = b.vhost('/');
            v.declareExchange('e1', 'topic', opts, false);
            v.declareExchange('e2', 'fanout', opts, false);
            v.declareQueue('q1', qopts);
            v.declareQueue('q2', qopts);
            v.bindExchange('e2', 'e1', 'a.#', {});
            v.bindExchange('e1', 'e2', '', {}); // cycle
            v.bindQueue('q1', 'e1', 'a.b', {});
            v.bindQueue('q2', 'e2', '', {});
            const out = [];
            v.publish(msg('e1', 'a.b'), out);
            assert.deepEqual(out.map((q) => q.name).sort(), ['q1', 'q2']);
            v.publish(msg('e1', 'z'), out);
            assert.deepEqual(out, []);
        });
    });
    test('extra (CC) keys reach only what they match, also through e2e hops', () => {
        withBroker((b) => {
            const v = b.vhost('/');
            v.declareExchange('d', 'direct', opts, false);
            v.declareExchange('inner', 'direct', opts, false);
            v.declareQueue('qa', qopts);
            v.declareQueue('qb', qopts);
            v.bindExchange('inner', 'd', 'a', {});
            v.bindQueue('qa', 'inner', 'a', {});
            v.bindQueue('qb', 'inner', 'b', {});
            const out = [];
            // key b reaches d but not inner: qb must not get the message via the hop made for a
            v.publish(msg('d', 'a'), out, ['b']);
            assert.deepEqual(out.map((q) => q.name), ['qa']);
        });
    });
});
//# sourceMappingURL=routing.test.js.map