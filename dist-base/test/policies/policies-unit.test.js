// Policy validation, matching and the argument/policy combination rules (src/broker/topology/policies.ts),
// checked against RabbitMQ 3.10's rules as its source states them (rabbit_policy,
// rabbit_policies, rabbit_amqqueue_process, rabbit_quorum_queue, rabbit_stream_queue).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { alternateExchange, matchPolicy, parsePolicy, PolicyError, queueSettings, sortedPolicies, streamRetention, } from '../../src/broker/topology/policies.js';
const policy = (name, pattern, definition, extra = {}) => parsePolicy('/', name, { pattern, definition, ...extra });
function reason(fn) {
    try {
        fn();
    }
    catch (err) {
        assert.ok(err instanceof PolicyError, String(err));
        return err.message;
    }
    assert.fail('expected a PolicyError');
}
describe('policy validation (RabbitMQ texts)', () => {
    test('defaults: priority 0, apply-to all', () => {
        const p = policy('p', '^a', { 'max-length': 1 });
        assert.equal(p.priority, 0);
        assert.equal(p.applyTo, 'all');
    });
    test('unknown keys are not recognised policy settings', () => {
        assert.equal(reason(() => policy('p', '.*', { 'max-length': 1, foo: 'bar', zap: 2 })), 'Validation failed\n\n[{<<"foo">>,<<"bar">>},{<<"zap">>,2}] are not recognised policy settings\n');
    });
    test('bad values name the value as Erlang prints it', () => {
        const cases = [
            [{ 'max-length': -1 }, '-1 is not a valid maximum length'],
            [{ 'max-length': 'x' }, '<<"x">> is not a valid maximum length'],
            [{ 'max-length-bytes': 1.5 }, '1.5 is not a valid maximum length in bytes'],
            [{ 'message-ttl': -5 }, '-5 is not a valid message TTL'],
            [{ expires: 0 }, '0 is not a valid queue expiry'],
            [{ overflow: 'drop-tail' }, '<<"drop-tail">> is not a valid overflow value'],
            [{ 'dead-letter-exchange': 5 }, '5 is not a valid dead letter exchange name'],
            [{ 'dead-letter-routing-key': true }, 'true is not a valid dead letter routing key'],
            [{ 'delivery-limit': -1 }, '-1 is not a valid delivery limit'],
            [{ 'max-age': '0D' }, '<<"0D">> is not a valid max age'],
            [{ 'max-age': '7days' }, '<<"7days">> is not a valid max age'],
            [{ 'queue-mode': 'eager' }, '<<"eager">> is not a valid queue-mode value'],
            [{ 'alternate-exchange': null }, 'null is not a valid alternate exchange name'],
            [
                { 'ha-params': 2 },
                'ha-mode must be specified to specify ha-params, ha-sync-mode or ha-promote-on-shutdown',
            ],
            [{ 'ha-mode': 'exactly', 'ha-params': 0 }, 'ha-mode="exactly" takes an integer, 0 given'],
        ];
        for (const [def, why] of cases) {
            assert.equal(reason(() => policy('p', '.*', def)), `Validation failed\n\n${why}\n`, JSON.stringify(def));
        }
    });
    test('accepted: every key Wharf applies, and the RabbitMQ keys it accepts without effect', () => {
        policy('p', '.*', {
            'max-length': 0,
            'max-length-bytes': 10,
            overflow: 'reject-publish-dlx',
            'message-ttl': 0,
            expires: 1,
            'dead-letter-exchange': '',
            'dead-letter-routing-key': 'k',
            'delivery-limit': 3,
            'max-age': '7D',
            'queue-mode': 'lazy',
            'alternate-exchange': 'ae',
            'queue-version': 2,
            'ha-mode': 'all',
            'ha-sync-mode': 'automatic',
        });
    });
    test('empty definition, bad pattern, apply-to and priority are all reported, in RabbitMQ order', () => {
        assert.equal(reason(() => parsePolicy('/', 'p', { pattern: '(', definition: {}, priority: 'high', applyTo: 'topics' })), 'Validation failed\n\n' +
            'no policy provided\n' +
            "apply-to 'topics' unrecognised; should be one of: 'queues', 'classic_queues',  'quorum_queues', " +
            "'streams', 'exchanges', or 'all'\n" +
            `pattern should be regular expression but is invalid: ${regexError('(')}\n` +
            'priority should be a number, actually was <<"high">>\n');
        assert.match(reason(() => policy('p', '.*', [])), /definition must be a dictionary/);
        assert.match(reason(() => parsePolicy('/', 'p', { pattern: 7, definition: { expires: 1 } })), /pattern should be a binary but was 7/);
    });
});
function regexError(p) {
    try {
        new RegExp(p);
    }
    catch (err) {
        return err.message;
    }
    return '';
}
describe('policy matching', () => {
    const q = { kind: 'queue', type: 'classic' };
    const ex = { kind: 'exchange' };
    test('highest priority wins; equal priorities: the name that sorts first', () => {
        const low = policy('low', '^orders', { 'max-length': 1 }, { priority: 1 });
        const high = policy('high', '^orders\\.', { 'max-length': 2 }, { priority: 5 });
        const b = policy('b', '.*', { 'max-length': 3 }, { priority: 5 });
        assert.equal(matchPolicy([low, high, b], 'orders.eu', q)?.name, 'b');
        assert.equal(matchPolicy([low, high], 'orders.eu', q)?.name, 'high');
        assert.equal(matchPolicy([low, high], 'ordersX', q)?.name, 'low');
        assert.equal(matchPolicy([low, high], 'x.orders', q), undefined, 'the pattern is a regex, ^ anchors');
        assert.equal(matchPolicy([policy('any', 'rder', { 'max-length': 1 })], 'orders', q)?.name, 'any');
    });
    test('apply-to: queues, exchanges, all, and per queue type', () => {
        const onQueues = policy('q', '.*', { 'max-length': 1 }, { applyTo: 'queues' });
        const onExchanges = policy('x', '.*', { 'alternate-exchange': 'ae' }, { applyTo: 'exchanges' });
        const onQuorum = policy('qq', '.*', { 'max-length': 1 }, { applyTo: 'quorum_queues' });
        assert.equal(matchPolicy([onQueues, onExchanges], 'a', ex)?.name, 'x');
        assert.equal(matchPolicy([onQueues, onExchanges], 'a', q)?.name, 'q');
        assert.equal(matchPolicy([onQuorum], 'a', q), undefined);
        assert.equal(matchPolicy([onQuorum], 'a', { kind: 'queue', type: 'quorum' })?.name, 'qq');
        assert.equal(matchPolicy([policy('s', '.*', { 'max-age': '1h' }, { applyTo: 'streams' })], 'a', q), undefined);
    });
    test('a policy with a key the queue type does not support does not apply to it at all (3.10)', () => {
        const withLimit = policy('dl', '.*', { 'max-length': 5, 'delivery-limit': 3 }, { priority: 9 });
        const plain = policy('plain', '.*', { 'max-length': 7 });
        assert.equal(matchPolicy([withLimit, plain], 'a', q)?.name, 'plain', 'classic: no delivery-limit');
        assert.equal(matchPolicy([withLimit, plain], 'a', { kind: 'queue', type: 'quorum' })?.name, 'dl');
        const lazy = policy('lazy', '.*', { 'queue-mode': 'lazy' });
        assert.equal(matchPolicy([lazy], 'a', { kind: 'queue', type: 'quorum' }), undefined);
        assert.equal(matchPolicy([plain], 'a', { kind: 'queue', type: 'stream' }), undefined);
        assert.equal(matchPolicy([withLimit], 'a', ex)?.name, 'dl', 'exchanges take any policy');
    });
    test('listing order: priority ascending, then name', () => {
        const ps = [
            policy('c', '.*', { expires: 1 }, { priority: 2 }),
            policy('b', '.*', { expires: 1 }, { priority: 1 }),
            policy('a', '.*', { expires: 1 }, { priority: 2 }),
        ];
        assert.deepEqual(sortedPolicies(ps).map((p) => p.name), ['b', 'a', 'c']);
    });
});
describe('effective settings: arguments and policy', () => {
    const def = {
        'max-length': 10,
        'max-length-bytes': 1000,
        'message-ttl': 5000,
        expires: 60000,
        'dead-letter-exchange': 'pol-dlx',
        'dead-letter-routing-key': 'pol-rk',
        overflow: 'reject-publish',
        'delivery-limit': 4,
    };
    test('policy alone', () => {
        assert.deepEqual(queueSettings({}, def), {
            deadLetterExchange: 'pol-dlx',
            deadLetterRoutingKey: 'pol-rk',
            messageTtl: 5000,
            expiresMs: 60000,
            maxLength: 10,
            maxLengthBytes: 1000,
            overflow: 'reject-publish',
            deliveryLimit: undefined,
        });
    });
    test('classic: limits take the minimum, dead-letter target and overflow the argument', () => {
        const args = {
            'x-max-length': 20,
            'x-max-length-bytes': 500,
            'x-message-ttl': 100n,
            'x-expires': 90000,
            'x-dead-letter-exchange': 'arg-dlx',
            'x-overflow': 'drop-head',
        };
        assert.deepEqual(queueSettings(args, def), {
            deadLetterExchange: 'arg-dlx',
            deadLetterRoutingKey: 'pol-rk',
            messageTtl: 100,
            expiresMs: 60000,
            maxLength: 10,
            maxLengthBytes: 500,
            overflow: 'drop-head',
            deliveryLimit: undefined,
        });
    });
    test('quorum: the policy wins for overflow and expires; delivery-limit takes the minimum', () => {
        const args = {
            'x-queue-type': 'quorum',
            'x-overflow': 'drop-head',
            'x-expires': 1000,
            'x-delivery-limit': 9,
        };
        const s = queueSettings(args, def);
        assert.equal(s.overflow, 'reject-publish');
        assert.equal(s.expiresMs, 60000);
        assert.equal(s.deliveryLimit, 4);
        assert.equal(queueSettings({ ...args, 'x-delivery-limit': 2 }, def).deliveryLimit, 2);
    });
    test('streams: the policy wins for max-age and max-length-bytes', () => {
        assert.deepEqual(streamRetention({ 'x-max-age': '1D', 'x-max-length-bytes': 5 }, { 'max-age': '1h' }), {
            maxAgeMs: 3_600_000,
            maxBytes: 5,
        });
        assert.deepEqual(streamRetention({}, undefined), { maxAgeMs: undefined, maxBytes: undefined });
    });
    test('exchanges: the alternate-exchange argument wins over the policy', () => {
        assert.equal(alternateExchange({ 'alternate-exchange': 'arg' }, { 'alternate-exchange': 'pol' }), 'arg');
        assert.equal(alternateExchange({}, { 'alternate-exchange': 'pol' }), 'pol');
        assert.equal(alternateExchange({}, undefined), undefined);
    });
});
//# sourceMappingURL=policies-unit.test.js.map