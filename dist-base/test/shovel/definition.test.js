// The pure parts of shovels: a definition's validation in RabbitMQ's texts and order
// (rabbit_shovel_parameters, rabbit_amqp091_shovel, rabbit_parameter_validation), its
// defaults, AMQP URIs as amqp_uri reads them, the in-order confirm window and the rate
// limit. The expected texts are RabbitMQ's format strings filled in as Erlang prints them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfirmWindow } from '../../src/shovel/confirm-window.js';
import { parseShovel, validateShovel } from '../../src/shovel/definition.js';
import { RateLimit } from '../../src/shovel/rate-limit.js';
import { parseUri, safeUri, UriError } from '../../src/shovel/uri.js';
const anyone = () => true;
const BASE = { 'src-uri': 'amqp://', 'src-queue': 'a', 'dest-uri': 'amqp://h', 'dest-queue': 'b' };
describe('shovel definition validation', () => {
    test('a minimal definition is valid', () => {
        assert.deepEqual(validateShovel('s', BASE, 'guest', anyone), []);
    });
    test('missing mandatory keys and source, in RabbitMQ order', () => {
        assert.deepEqual(validateShovel('my-shovel', { 'dest-queue': 'b' }, undefined, anyone), [
            "Must specify 'src-exchange' or 'src-queue'",
            'Key "dest-uri" not found in my-shovel',
            'Key "src-uri" not found in my-shovel',
        ]);
    });
    test('structural errors first, then unrecognised terms, then per-key checks in reverse', () => {
        const problems = validateShovel('s1', {
            ...BASE,
            'src-exchange': 'x',
            'dest-exchange': 'y',
            'ack-mode': 'sometimes',
            'src-delete-after': -1,
            'prefetch-count': '10',
            zzz: 1,
            aaa: 'v',
        }, undefined, anyone);
        assert.deepEqual(problems, [
            "Cannot specify 'src-exchange' and 'src-queue'",
            "Cannot specify 'dest-exchange' and 'dest-queue'",
            'Unrecognised terms [{<<"aaa">>,<<"v">>},{<<"zzz">>,1}] in s1',
            'src-delete-after should be a number greater than or equal to 0, "never" or "queue-length", actually was -1',
            'prefetch-count should be a number, actually was <<"10">>',
            'ack-mode should be one of [<<"no-ack">>,<<"on-publish">>,<<"on-confirm">>], actually was <<"sometimes">>',
        ]);
    });
    test('no-ack with a numerical delete-after, legacy key included', () => {
        assert.deepEqual(validateShovel('s', { ...BASE, 'ack-mode': 'no-ack', 'delete-after': 5 }, undefined, anyone), ["Cannot specify 'no-ack' and numerical 'delete-after'"]);
        assert.deepEqual(validateShovel('s', { ...BASE, 'ack-mode': 'no-ack', 'src-delete-after': 'queue-length' }, undefined, anyone), []);
    });
    test('types: booleans, binaries, queue names, lists of URIs, protocols, the rate limit', () => {
        const problems = validateShovel('s', {
            ...BASE,
            'dest-queue': 'q'.repeat(256),
            'add-forward-headers': 'yes',
            'src-exchange-key': 5,
            'src-protocol': 'amqp10',
            'dest-uri': ['amqp://a', 7],
            'x-max-messages-per-second': 0,
        }, undefined, anyone);
        assert.deepEqual(problems, [
            'x-max-messages-per-second should be a number greater than 0, actually was 0',
            'add-forward-headers should be boolean, actually was <<"yes">>',
            'dest-queue should be less than 255 bytes, actually was 256',
            'dest-uri should be binary, actually was 7',
            'src-exchange-key should be binary, actually was 5',
            'src-protocol should be one of [<<"amqp091">>], actually was <<"amqp10">>',
        ]);
    });
    test('URIs: amqp_uri errors, and a local vhost the user may not use', () => {
        assert.deepEqual(validateShovel('s', { ...BASE, 'src-uri': 'http://x' }, undefined, anyone), [
            '"http://x" not a valid URI: {{unexpected_uri_scheme,"http"},"http://x"}',
        ]);
        const deny = (user, vhost) => !(user === 'bob' && vhost === 'secret');
        assert.deepEqual(validateShovel('s', { ...BASE, 'src-uri': 'amqp:///secret' }, 'bob', deny), [
            'user "bob" may not connect to vhost "secret"',
        ]);
        // a definitions file at start acts as no user: not checked, as RabbitMQ's 'none'
        assert.deepEqual(validateShovel('s', { ...BASE, 'src-uri': 'amqp:///secret' }, undefined, deny), []);
        // a remote URI is not the local broker's business
        assert.deepEqual(validateShovel('s', { ...BASE, 'src-uri': 'amqp://h/secret' }, 'bob', deny), []);
    });
    test('publish properties are checked as RabbitMQ validate_properties', () => {
        assert.deepEqual(validateShovel('s', { ...BASE, 'dest-publish-properties': { delivery_mode: 'two', colour: 'red' } }, undefined, anyone), [
            'Unrecognised terms [{<<"colour">>,<<"red">>}] in dest-publish-properties',
            'delivery_mode should be a number, actually was <<"two">>',
        ]);
    });
    test('a value that is not an object', () => {
        assert.deepEqual(validateShovel('s', 'amqp://', undefined, anyone), ['s not a list <<"amqp://">>']);
    });
    test("defaults are RabbitMQ's, and legacy keys are read", () => {
        const d = parseShovel(BASE);
        assert.equal(d.ackMode, 'on-confirm');
        assert.equal(d.prefetch, 1000);
        assert.equal(d.reconnectDelay, 5);
        assert.equal(d.deleteAfter, 'never');
        assert.equal(d.addForwardHeaders, false);
        assert.equal(d.maxPerSecond, undefined);
        assert.deepEqual(d.srcUris, ['amqp://']);
        const legacy = parseShovel({
            ...BASE,
            'delete-after': 'queue-length',
            'prefetch-count': 10,
            'add-forward-headers': true,
        });
        assert.equal(legacy.deleteAfter, 'queue-length');
        assert.equal(legacy.prefetch, 10);
        assert.equal(legacy.addForwardHeaders, true);
        const current = parseShovel({ ...legacy, 'src-delete-after': 3, 'src-prefetch-count': 20 });
        assert.equal(current.deleteAfter, 3);
        assert.equal(current.prefetch, 20);
    });
});
describe('AMQP URIs', () => {
    test('an empty host is the local broker; the path is the vhost', () => {
        assert.deepEqual([parseUri('amqp://'), parseUri('amqp:///v%2Fh'), parseUri('amqp://u:p%40ss@/x')].map((p) => [
            p.local,
            p.vhost,
            p.username,
            p.password,
        ]), [
            [true, '/', undefined, undefined],
            [true, 'v/h', undefined, undefined],
            [true, 'x', 'u', 'p@ss'],
        ]);
        const remote = parseUri('amqps://user:pw@[::1]:5671/%2F?heartbeat=10');
        assert.deepEqual([remote.local, remote.tls, remote.host, remote.port, remote.vhost], [false, true, '::1', 5671, '/']);
    });
    test('errors as amqp_uri reports them', () => {
        const term = (uri) => {
            try {
                parseUri(uri);
                return 'ok';
            }
            catch (err) {
                assert.ok(err instanceof UriError);
                return err.term;
            }
        };
        assert.equal(term('http://x'), '{{unexpected_uri_scheme,"http"},"http://x"}');
        assert.equal(term('amqp://:5672'), '{port_requires_host,"amqp://:5672"}');
        assert.equal(term('amqp://h:70000'), '{{port_out_of_range,70000},"amqp://h:70000"}');
        assert.equal(term('amqp://h/a/b'), '{{invalid_vhost,"a/b"},"amqp://h/a/b"}');
        assert.equal(term('nonsense'), '{{unable_to_parse_uri,malformed},"nonsense"}');
    });
    test('credentials and the query never show (remove_credentials)', () => {
        assert.equal(safeUri('amqp://user:secret@host:10000/vhost?heartbeat=5'), 'amqp://host:10000/vhost');
        assert.equal(safeUri('amqp://'), 'amqp://');
        assert.equal(safeUri('amqps://u:p@h'), 'amqps://h');
    });
});
describe('confirm window', () => {
    test('confirms become one ack per run, in order; a nack breaks the run', () => {
        const w = new ConfirmWindow();
        const ids = [1, 2, 3, 4, 5, 6].map((tag) => w.push(tag));
        const told = [];
        const drain = () => w.drain((t) => told.push(`ack<=${t}`), (t) => told.push(`nack ${t}`));
        w.settle(ids[1], true);
        assert.deepEqual(drain(), { acked: 0, nacked: 0 }); // 1 still waits
        w.settle(ids[0], true);
        w.settle(ids[2], false);
        w.settle(ids[3], true);
        w.settle(ids[5], true);
        assert.deepEqual(drain(), { acked: 3, nacked: 1 });
        assert.deepEqual(told, ['ack<=2', 'nack 3', 'ack<=4']);
        assert.equal(w.size, 2);
        w.settle(ids[4], true);
        drain();
        assert.deepEqual(told.slice(3), ['ack<=6']);
        assert.equal(w.size, 0);
    });
    test('ids survive compaction; after clear, old ids are ignored', () => {
        const w = new ConfirmWindow();
        let acked = 0;
        for (let i = 1; i <= 5000; i++) {
            w.settle(w.push(i), true);
            acked += w.drain(() => { }, () => { }).acked;
        }
        assert.equal(acked, 5000);
        const late = w.push(5001);
        w.clear();
        w.settle(late, true);
        assert.equal(w.size, 0);
        const fresh = w.push(1);
        w.settle(fresh, true);
        const told = [];
        w.drain((t) => told.push(t), () => { });
        assert.deepEqual(told, [1]);
    });
});
describe('rate limit', () => {
    test('a full bucket of one second, then one message per 1/rate', () => {
        let now = 0;
        const r = new RateLimit(4, () => now);
        assert.deepEqual([r.take(), r.take(), r.take(), r.take()], [0, 0, 0, 0]);
        assert.equal(r.take(), 250);
        now = 250;
        assert.equal(r.take(), 0);
        now = 100_000; // a long idle spell is capped at one second's worth
        for (let i = 0; i < 4; i++)
            assert.equal(r.take(), 0);
        assert.ok(r.take() > 0);
    });
    test('below one message per second', () => {
        let now = 0;
        const r = new RateLimit(0.5, () => now);
        assert.equal(r.take(), 0);
        assert.equal(r.take(), 2000);
        now = 2000;
        assert.equal(r.take(), 0);
    });
});
//# sourceMappingURL=definition.test.js.map