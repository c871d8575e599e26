// Policies end to end on a real broker process: the management API (RabbitMQ's shapes and
// validation texts), their dynamic effect on existing queues and exchanges checked over
// AMQP with amqplib, persistence across a restart, and definitions export/import.
// RabbitMQ on 127.0.0.1:5672 has no management plugin here, so there is no differential
// run: the expectations are RabbitMQ 3.10's documented and source-stated behaviour.
import assert from 'node:assert/strict';
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked field by field */
import { after, before, describe, test } from 'node:test';
import amqp from 'amqplib';
import { canControlWharf, EXTERNAL_SKIP, startWharf } from '../helpers/brokers.js';
const GUEST = `Basic ${Buffer.from('guest:guest').toString('base64')}`;
const enc = encodeURIComponent;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function api(w, path, init = {}) {
    const headers = { authorization: GUEST };
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);
    if (body !== undefined)
        headers['content-type'] = 'application/json';
    const res = await fetch(`http://127.0.0.1:${w.httpPort}${path}`, {
        method: init.method ?? 'GET',
        headers,
        body,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
async function eventually(check, what, timeoutMs = 3000) {
    const until = Date.now() + timeoutMs;
    while (!(await check())) {
        if (Date.now() > until)
            assert.fail(`timed out waiting for ${what}`);
        await sleep(25);
    }
}
describe('policies', { skip: canControlWharf() ? false : EXTERNAL_SKIP }, () => {
    let w;
    let conn;
    let ch;
    before(async () => {
        w = await startWharf();
        conn = await amqp.connect(w.url);
        ch = await conn.createConfirmChannel();
    });
    after(async () => {
        await conn?.close().catch(() => { });
        await w?.stop();
    });
    const put = (name, body) => api(w, `/api/policies/%2F/${enc(name)}`, { method: 'PUT', body });
    const del = (name) => api(w, `/api/policies/%2F/${enc(name)}`, { method: 'DELETE' });
    const queue = async (name) => (await api(w, `/api/queues/%2F/${enc(name)}`)).body;
    const depth = async (name) => (await ch.checkQueue(name)).messageCount;
    async function fill(q, n, from = 0) {
        for (let i = from; i < from + n; i++)
            ch.sendToQueue(q, Buffer.from(`m${i}`));
        await ch.waitForConfirms();
    }
    async function fanoutDlq(prefix) {
        const dlx = `${prefix}-dlx`;
        const dlq = `${prefix}-dlq`;
        await ch.assertExchange(dlx, 'fanout', { durable: false });
        await ch.assertQueue(dlq, { durable: false });
        await ch.bindQueue(dlq, dlx, '');
        return [dlx, dlq];
    }
    test('create, read, update, list and delete with RabbitMQ status codes and shapes', async () => {
        const created = await put('crud', { pattern: '^crud\\.', definition: { 'max-length': 5 } });
        assert.equal(created.status, 201);
        assert.equal(created.body, undefined);
        assert.deepEqual((await api(w, '/api/policies/%2F/crud')).body, {
            vhost: '/',
            name: 'crud',
            pattern: '^crud\\.',
            'apply-to': 'all',
            definition: { 'max-length': 5 },
            priority: 0,
        });
        assert.equal((await put('crud', { pattern: '^crud\\.', definition: { 'max-length': 5 } })).status, 204, 'the same policy again');
        const updated = await put('crud', {
            pattern: '^crud\\.',
            definition: { 'max-length': 7 },
            priority: 3,
            'apply-to': 'queues',
        });
        assert.equal(updated.status, 204);
        assert.equal((await put('crud-b', { pattern: 'x', definition: { expires: 1000 }, priority: 1 })).status, 201);
        const all = (await api(w, '/api/policies')).body;
        assert.deepEqual(all.map((p) => [p.name, p.priority, p['apply-to']]), [
            ['crud-b', 1, 'all'],
            ['crud', 3, 'queues'],
        ], 'sorted by priority, as RabbitMQ lists them');
        assert.deepEqual((await api(w, '/api/policies/%2F')).body, all);
        assert.equal((await del('crud')).status, 204);
        assert.equal((await del('crud-b')).status, 204);
        assert.equal((await api(w, '/api/policies/%2F/crud')).status, 404);
        assert.equal((await del('crud')).status, 404);
        assert.deepEqual((await api(w, '/api/policies')).body, []);
        assert.equal((await api(w, '/api/policies/nope')).status, 404);
        const noVhost = await api(w, '/api/policies/nope/p', {
            method: 'PUT',
            body: { pattern: '.*', definition: {} },
        });
        assert.deepEqual(noVhost, { status: 404, body: { error: 'not_found', reason: 'vhost_not_found' } });
    });
    test('validation errors are 400 with RabbitMQ reasons; nothing is created', async () => {
        const unknown = await put('bad', { pattern: '.*', definition: { 'max-length': 1, 'x-max-length': 2 } });
        assert.deepEqual(unknown, {
            status: 400,
            body: {
                error: 'bad_request',
                reason: 'Validation failed\n\n[{<<"x-max-length">>,2}] are not recognised policy settings\n',
            },
        });
        const value = await put('bad', { pattern: '.*', definition: { 'message-ttl': -1 } });
        assert.equal(value.status, 400);
        assert.equal(value.body.reason, 'Validation failed\n\n-1 is not a valid message TTL\n');
        const applyTo = await put('bad', { pattern: '.*', definition: { expires: 5 }, 'apply-to': 'nope' });
        assert.equal(applyTo.status, 400);
        assert.match(applyTo.body.reason, /apply-to 'nope' unrecognised/);
        const missing = await put('bad', { definition: { expires: 5 } });
        assert.deepEqual(missing.body, { error: 'bad_request', reason: '[{key_missing,pattern}]' });
        const empty = await put('bad', { pattern: '.*', definition: {} });
        assert.equal(empty.body.reason, 'Validation failed\n\nno policy provided\n');
        assert.equal((await api(w, '/api/policies/%2F/bad')).status, 404);
    });
    test('a max-length policy trims an existing queue at once (drop-head, oldest first)', async () => {
        const q = 'pol-maxlen';
        await ch.assertQueue(q, { durable: false });
        await fill(q, 100);
        assert.equal((await put('maxlen', { pattern: '^pol-maxlen$', definition: { 'max-length': 10 } })).status, 201);
        const info = await queue(q);
        assert.equal(info.messages, 10, 'trimmed before the PUT answered');
        assert.equal(info.policy, 'maxlen');
        assert.equal(info.operator_policy, null);
        assert.deepEqual(info.effective_policy_definition, { 'max-length': 10 });
        assert.deepEqual(info.arguments, {}, 'the arguments stay as declared');
        const first = await ch.get(q, { noAck: true });
        assert.ok(first);
        assert.equal(first.content.toString(), 'm90');
        await fill(q, 5, 100);
        assert.equal(await depth(q), 10, 'the limit holds for new publishes');
        assert.equal((await del('maxlen')).status, 204);
        const after = await queue(q);
        assert.equal(after.policy, null);
        assert.deepEqual(after.effective_policy_definition, {});
        await fill(q, 5, 200);
        assert.equal(await depth(q), 15, 'no limit once the policy is gone');
        await ch.deleteQueue(q);
    });
    test('a max-length-bytes policy counts body bytes of ready messages', async () => {
        const q = 'pol-maxbytes';
        await ch.assertQueue(q, { durable: false });
        for (let i = 0; i < 10; i++)
            ch.sendToQueue(q, Buffer.alloc(100, i));
        await ch.waitForConfirms();
        await put('maxbytes', { pattern: '^pol-maxbytes$', definition: { 'max-length-bytes': 450 } });
        assert.equal(await depth(q), 4);
        const m = await ch.get(q, { noAck: true });
        assert.ok(m);
        assert.equal(m.content[0], 6, 'the oldest went first');
        await del('maxbytes');
        await ch.deleteQueue(q);
    });
    test('a message-ttl policy expires what is already older, and later messages on schedule', async () => {
        const q = 'pol-ttl';
        await ch.assertQueue(q, { durable: false });
        await fill(q, 3);
        await sleep(250);
        await put('ttl', { pattern: '^pol-ttl$', definition: { 'message-ttl': 200 } });
        assert.equal((await queue(q)).messages, 0, 'older than the TTL: gone at once');
        await fill(q, 2);
        assert.equal(await depth(q), 2);
        await eventually(async () => (await depth(q)) === 0, 'the TTL to expire new messages');
        await del('ttl');
        await fill(q, 1);
        await sleep(300);
        assert.equal(await depth(q), 1, 'no TTL once the policy is gone');
        await ch.deleteQueue(q);
    });
    test('a dead-letter-exchange policy makes later rejects dead-letter; dropping it stops that', async () => {
        const q = 'pol-dlx-work';
        const [dlx, dlq] = await fanoutDlq('pol-dlx');
        await ch.assertQueue(q, { durable: false });
        await fill(q, 2);
        await put('dlx', { pattern: '^pol-dlx-work$', definition: { 'dead-letter-exchange': dlx } });
        const m = await ch.get(q);
        assert.ok(m);
        ch.nack(m, false, false);
        await eventually(async () => (await depth(dlq)) === 1, 'the rejected message in the DLQ');
        const dead = await ch.get(dlq, { noAck: true });
        assert.ok(dead);
        const death = dead.properties.headers['x-death'][0];
        assert.equal(death.reason, 'rejected');
        assert.equal(death.queue, q);
        await del('dlx');
        const m2 = await ch.get(q);
        assert.ok(m2);
        ch.nack(m2, false, false);
        await eventually(async () => (await depth(q)) === 0, 'the reject');
        await sleep(50);
        assert.equal(await depth(dlq), 0, 'no dead-lettering without the policy');
        await ch.deleteQueue(q);
    });
    test('max-length with a dead-letter exchange from the policy dead-letters what it drops (maxlen)', async () => {
        const q = 'pol-maxlen-dlx';
        const [dlx, dlq] = await fanoutDlq('pol-maxlen');
        await ch.assertQueue(q, { durable: false });
        await fill(q, 5);
        await put('maxlen-dlx', {
            pattern: '^pol-maxlen-dlx$',
            definition: { 'max-length': 2, 'dead-letter-exchange': dlx, 'dead-letter-routing-key': 'dropped' },
        });
        assert.equal(await depth(q), 2);
        await eventually(async () => (await depth(dlq)) === 3, 'three dropped messages in the DLQ');
        const dead = await ch.get(dlq, { noAck: true });
        assert.ok(dead);
        assert.equal(dead.content.toString(), 'm0');
        assert.equal(dead.fields.routingKey, 'dropped', 'the policy dead-letter routing key');
        assert.equal(dead.properties.headers['x-death'][0].reason, 'maxlen');
        await del('maxlen-dlx');
        await ch.deleteQueue(q);
    });
    test('an expires policy deletes an unused queue', async () => {
        const q = 'pol-expires';
        await ch.assertQueue(q, { durable: false });
        await put('expires', { pattern: '^pol-expires$', definition: { expires: 300 } });
        assert.equal((await api(w, `/api/queues/%2F/${q}`)).status, 200);
        await eventually(async () => (await api(w, `/api/queues/%2F/${q}`)).status === 404, 'the queue to expire');
        await del('expires');
    });
    test('argument and policy both set: the smaller limit applies', async () => {
        const q = 'pol-min';
        await ch.assertQueue(q, { durable: false, arguments: { 'x-max-length': 5 } });
        await put('min', { pattern: '^pol-min$', definition: { 'max-length': 3 } });
        await fill(q, 10);
        assert.equal(await depth(q), 3, 'policy 3 < argument 5');
        await put('min', { pattern: '^pol-min$', definition: { 'max-length': 8 } });
        await fill(q, 10);
        assert.equal(await depth(q), 5, 'argument 5 < policy 8');
        await del('min');
        await ch.deleteQueue(q);
    });
    test('argument and policy both set: the dead-letter-exchange argument wins', async () => {
        const q = 'pol-argwins';
        const [argDlx, argDlq] = await fanoutDlq('pol-arg');
        const [polDlx, polDlq] = await fanoutDlq('pol-pol');
        await ch.assertQueue(q, { durable: false, arguments: { 'x-dead-letter-exchange': argDlx } });
        await put('argwins', { pattern: '^pol-argwins$', definition: { 'dead-letter-exchange': polDlx } });
        assert.equal((await queue(q)).policy, 'argwins');
        await fill(q, 1);
        const m = await ch.get(q);
        assert.ok(m);
        ch.reject(m, false);
        await eventually(async () => (await depth(argDlq)) === 1, "the argument's DLQ");
        assert.equal(await depth(polDlq), 0);
        await del('argwins');
        await ch.deleteQueue(q);
    });
    test('of several matching policies the highest priority applies; deleting it falls back', async () => {
        const q = 'pol-prio.orders';
        await ch.assertQueue(q, { durable: false });
        await put('prio-low', { pattern: '^pol-prio\\.', definition: { 'max-length': 2 }, priority: 1 });
        await put('prio-high', { pattern: 'orders$', definition: { 'max-length': 4 }, priority: 5 });
        await put('prio-other', { pattern: '^nomatch$', definition: { 'max-length': 1 }, priority: 9 });
        assert.equal((await queue(q)).policy, 'prio-high');
        await fill(q, 10);
        assert.equal(await depth(q), 4);
        await del('prio-high');
        assert.equal((await queue(q)).policy, 'prio-low');
        assert.equal(await depth(q), 2, 'the fallback policy trims at once');
        await del('prio-low');
        await del('prio-other');
        await ch.deleteQueue(q);
    });
    test('apply-to exchanges with alternate-exchange: unroutable messages go there', async () => {
        const x = 'pol-ae-source';
        const ae = 'pol-ae';
        const aeq = 'pol-ae-q';
        await ch.assertExchange(x, 'direct', { durable: false });
        await ch.assertExchange(ae, 'fanout', { durable: false });
        await ch.assertQueue(aeq, { durable: false });
        await ch.bindQueue(aeq, ae, '');
        // a queue-only policy does not touch exchanges
        await put('ae-queues', {
            pattern: '^pol-ae-source$',
            definition: { 'alternate-exchange': ae },
            'apply-to': 'queues',
        });
        ch.publish(x, 'nowhere', Buffer.from('lost'));
        await ch.waitForConfirms();
        assert.equal(await depth(aeq), 0);
        const ex0 = (await api(w, `/api/exchanges/%2F/${x}`)).body;
        assert.equal('policy' in ex0, false, 'no policy key while none applies, as RabbitMQ');
        await put('ae', {
            pattern: '^pol-ae-source$',
            definition: { 'alternate-exchange': ae },
            'apply-to': 'exchanges',
        });
        assert.equal((await api(w, `/api/exchanges/%2F/${x}`)).body.policy, 'ae');
        ch.publish(x, 'nowhere', Buffer.from('saved'));
        await ch.waitForConfirms();
        assert.equal(await depth(aeq), 1);
        const m = await ch.get(aeq, { noAck: true });
        assert.ok(m);
        assert.equal(m.content.toString(), 'saved');
        await del('ae');
        await del('ae-queues');
        ch.publish(x, 'nowhere', Buffer.from('lost again'));
        await ch.waitForConfirms();
        assert.equal(await depth(aeq), 0);
        await ch.deleteExchange(x);
    });
    test('quorum queues: delivery-limit from a policy dead-letters a poison message', async () => {
        const q = 'pol-quorum';
        const [dlx, dlq] = await fanoutDlq('pol-quorum');
        await ch.assertQueue(q, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
        // a classic-only key would keep the policy off quorum queues; this one fits them
        await put('poison', {
            pattern: '^pol-quorum$',
            definition: { 'delivery-limit': 1, 'dead-letter-exchange': dlx },
            'apply-to': 'quorum_queues',
        });
        assert.equal((await queue(q)).policy, 'poison');
        await fill(q, 1);
        for (let i = 0; i < 2; i++) {
            const m = await ch.get(q);
            assert.ok(m, `delivery ${i + 1}`);
            ch.nack(m, false, true);
            await sleep(50);
        }
        await eventually(async () => (await depth(dlq)) === 1, 'the poison message in the DLQ');
        assert.equal(await depth(q), 0);
        const dead = await ch.get(dlq, { noAck: true });
        assert.ok(dead);
        assert.equal(dead.properties.headers['x-death'][0].reason, 'delivery_limit');
        await del('poison');
        await ch.deleteQueue(q);
    });
    test('streams: a max-length-bytes policy overrides the argument and drops old segments', async () => {
        const q = 'pol-stream';
        await ch.assertQueue(q, {
            durable: true,
            arguments: {
                'x-queue-type': 'stream',
                'x-stream-max-segment-size-bytes': 1000,
                'x-max-length-bytes': 1_000_000,
            },
        });
        for (let i = 0; i < 60; i++)
            ch.sendToQueue(q, Buffer.alloc(100, i));
        await ch.waitForConfirms();
        assert.equal((await queue(q)).messages, 60);
        // a classic-only key keeps a policy off streams (RabbitMQ 3.10's unsupported policies)
        await put('stream-classic', { pattern: '^pol-stream$', definition: { 'max-length': 1 }, priority: 9 });
        await put('stream', {
            pattern: '^pol-stream$',
            definition: { 'max-length-bytes': 2500 },
            'apply-to': 'streams',
        });
        assert.equal((await queue(q)).policy, 'stream');
        await eventually(async () => (await queue(q)).messages < 30, 'retention to drop old segments');
        await del('stream');
        await del('stream-classic');
        await ch.deleteQueue(q);
    });
    test('definitions: export lists policies; import sets and applies them', async () => {
        await put('defs', {
            pattern: '^pol-defs',
            definition: { 'max-length': 1 },
            priority: 2,
            'apply-to': 'queues',
        });
        const doc = (await api(w, '/api/definitions')).body;
        assert.deepEqual(doc.policies, [
            {
                vhost: '/',
                name: 'defs',
                pattern: '^pol-defs',
                'apply-to': 'queues',
                definition: { 'max-length': 1 },
                priority: 2,
            },
        ]);
        assert.deepEqual((await api(w, '/api/definitions/%2F')).body.policies, doc.policies);
        await del('defs');
        const imported = await api(w, '/api/definitions', {
            method: 'POST',
            body: {
                policies: doc.policies,
                queues: [{ name: 'pol-defs-q', vhost: '/', durable: true, auto_delete: false, arguments: {} }],
            },
        });
        assert.equal(imported.status, 204);
        assert.deepEqual((await api(w, '/api/policies')).body, doc.policies);
        assert.equal((await queue('pol-defs-q')).policy, 'defs', 'queues imported alongside get the policy');
        const bad = await api(w, '/api/definitions/%2F', {
            method: 'POST',
            body: { policies: [{ name: 'bad', pattern: '.*', definition: { nope: 1 } }] },
        });
        assert.equal(bad.status, 400);
        assert.match(bad.body.reason, /policy 'bad': Validation failed/);
        assert.equal((await api(w, '/api/policies/%2F/bad')).status, 404);
    });
    test('policies survive a restart and apply to recovered queues', async () => {
        await ch.assertQueue('pol-durable', { durable: true });
        await put('durable', { pattern: '^pol-durable$', definition: { 'max-length': 3 } });
        await put('gone', { pattern: '^pol-durable$', definition: { 'max-length': 1 }, priority: -1 });
        await del('gone');
        await conn.close();
        w = await w.restart();
        conn = await amqp.connect(w.url);
        ch = await conn.createConfirmChannel();
        const names = (await api(w, '/api/policies')).body.map((p) => p.name).sort();
        assert.deepEqual(names, ['defs', 'durable']);
        assert.equal((await queue('pol-durable')).policy, 'durable');
        assert.equal((await queue('pol-defs-q')).policy, 'defs');
        await fill('pol-durable', 5);
        assert.equal(await depth('pol-durable'), 3);
    });
});
//# sourceMappingURL=policies.test.js.map