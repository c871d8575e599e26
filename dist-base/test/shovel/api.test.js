// Shovels made and removed as RabbitMQ's dynamic shovels, against real Wharf processes
// (Wharf to Wharf, so these run without RabbitMQ): PUT/GET/DELETE
// /api/parameters/shovel/{vhost}/{name} with RabbitMQ's validation errors and codes, the
// listings, /api/shovels in RabbitMQ's shape with credentials removed, who may do what,
// messages moving with the x-shovelled headers, reconnect-delay 0, definitions export and
// import, and a shovel that resumes after a restart.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked field by field */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { closeQuietly, consumeN, open, openChannel } from '../helpers/amqp.js';
import { canControlWharf, EXTERNAL_SKIP, startWharf, uniqueName, } from '../helpers/brokers.js';
import { api, expectStatus } from '../security/support.js';
import { publishNumbered, putShovel, shovelStatus, waitFor, wharfQueueMessages } from './support.js';
const VALID = (destPort, src, dest) => ({
    'src-protocol': 'amqp091',
    'src-uri': 'amqp://',
    'src-queue': src,
    'dest-protocol': 'amqp091',
    'dest-uri': `amqp://guest:guest@127.0.0.1:${destPort}`,
    'dest-queue': dest,
});
async function makeUser(w, name, tags, vhostAccess) {
    const as = { user: name, password: `${name}-pw` };
    expectStatus(await api(w.httpPort, `/api/users/${name}`, { method: 'PUT', body: { password: as.password, tags } }), 201, `create user ${name}`);
    if (vhostAccess) {
        const body = { configure: '.*', write: '.*', read: '.*' };
        expectStatus(await api(w.httpPort, `/api/permissions/%2F/${name}`, { method: 'PUT', body }), [201, 204], 'grant');
    }
    return as;
}
describe('shovels through the management API', { skip: canControlWharf() ? false : EXTERNAL_SKIP }, () => {
    let w;
    let dest;
    before(async () => {
        [w, dest] = await Promise.all([startWharf(), startWharf()]);
    });
    after(async () => {
        await Promise.all([w?.stop(), dest?.stop()]);
    });
    test('validation errors as RabbitMQ answers them', async () => {
        const put = (path, body) => api(w.httpPort, path, { method: 'PUT', body });
        let r = await put('/api/parameters/shovel/%2F/bad', {
            value: { 'src-uri': 'amqp://', 'ack-mode': 'maybe' },
        });
        assert.equal(r.status, 400);
        assert.deepEqual(r.body, {
            error: 'bad_request',
            reason: "Validation failed\n\nMust specify 'src-exchange' or 'src-queue'\n" +
                'Key "dest-uri" not found in bad\n' +
                'ack-mode should be one of [<<"no-ack">>,<<"on-publish">>,<<"on-confirm">>], actually was <<"maybe">>\n',
        });
        r = await put('/api/parameters/shovel/%2F/bad', {
            value: { ...VALID(1, 'a', 'b'), 'dest-uri': 'ftp://x' },
        });
        assert.equal(r.body.reason, 'Validation failed\n\n"ftp://x" not a valid URI: {{unexpected_uri_scheme,"ftp"},"ftp://x"}\n');
        r = await put('/api/parameters/shovel/%2F/bad', { component: 'shovel' });
        assert.deepEqual([r.status, r.body.reason], [400, '[{key_missing,value}]']);
        r = await put('/api/parameters/federation-upstream/%2F/up', { value: { uri: 'amqp://x' } });
        assert.deepEqual([r.status, r.body.reason], [400, 'Validation failed\n\ncomponent federation-upstream not found\n']);
        r = await put('/api/parameters/shovel/no-such-vhost/s', { value: VALID(1, 'a', 'b') });
        assert.deepEqual([r.status, r.body], [404, { error: 'not_found', reason: 'vhost_not_found' }]);
        assert.equal((await api(w.httpPort, '/api/parameters/shovel/%2F/bad')).status, 404, 'nothing was made');
    });
    test('created 201, unchanged or updated 204; listed, read and deleted like any runtime parameter', async () => {
        const name = uniqueName('param');
        const value = { ...VALID(1, 'nowhere', 'nowhere'), 'reconnect-delay': 0 };
        const path = `/api/parameters/shovel/%2F/${name}`;
        expectStatus(await api(w.httpPort, path, { method: 'PUT', body: { value } }), 201, 'create');
        expectStatus(await api(w.httpPort, path, { method: 'PUT', body: { value } }), 204, 'same again');
        const one = await api(w.httpPort, path);
        assert.deepEqual(one.body, { value, vhost: '/', component: 'shovel', name });
        for (const list of ['/api/parameters', '/api/parameters/shovel', '/api/parameters/shovel/%2F']) {
            const r = await api(w.httpPort, list);
            assert.ok(r.body.some((p) => p.name === name && p.component === 'shovel'), list);
        }
        assert.equal((await api(w.httpPort, '/api/parameters/shovel/nope')).status, 404, 'unknown vhost');
        expectStatus(await api(w.httpPort, path, { method: 'DELETE' }), 204, 'delete');
        assert.equal((await api(w.httpPort, path, { method: 'DELETE' })).status, 404, 'deleted twice');
        assert.equal(await shovelStatus(w.httpPort, name), undefined, 'its shovel stopped');
    });
    test('who may: policymakers and administrators write, monitors read status, others are refused', async () => {
        const monitor = await makeUser(w, uniqueName('mon'), 'monitoring', true);
        const plain = await makeUser(w, uniqueName('mgmt'), 'management', true);
        const maker = await makeUser(w, uniqueName('pm'), 'policymaker', true);
        const outsider = await makeUser(w, uniqueName('pmx'), 'policymaker', false);
        const name = uniqueName('perm');
        const body = { value: { ...VALID(1, 'x', 'y'), 'reconnect-delay': 0 } };
        const path = `/api/parameters/shovel/%2F/${name}`;
        let r = await api(w.httpPort, path, { method: 'PUT', body, as: monitor });
        assert.deepEqual([r.status, r.body.reason], [401, 'User not authorised to access object']);
        r = await api(w.httpPort, path, { method: 'PUT', body, as: outsider });
        assert.deepEqual([r.status, r.body.reason], [401, 'User not authorised to access object']);
        expectStatus(await api(w.httpPort, path, { method: 'PUT', body, as: maker }), 201, 'policymaker');
        expectStatus(await api(w.httpPort, '/api/shovels', { as: monitor }), 200, 'monitor reads status');
        r = await api(w.httpPort, '/api/shovels', { as: plain });
        assert.deepEqual([r.status, r.body.reason], [401, 'Not monitor user']);
        // a local URI names a vhost the acting user must be allowed into (validate_params_user)
        expectStatus(await api(w.httpPort, '/api/vhosts/closed', { method: 'PUT', body: {} }), 201, 'vhost');
        r = await api(w.httpPort, `/api/parameters/shovel/%2F/${uniqueName('v')}`, {
            method: 'PUT',
            body: { value: { ...body.value, 'src-uri': 'amqp:///closed' } },
            as: maker,
        });
        assert.deepEqual([r.status, r.body.reason], [400, `Validation failed\n\nuser "${maker.user}" may not connect to vhost "closed"\n`]);
        expectStatus(await api(w.httpPort, path, { method: 'DELETE', as: maker }), 204, 'delete');
        expectStatus(await api(w.httpPort, '/api/vhosts/closed', { method: 'DELETE' }), 204, 'vhost gone');
    });
    test('messages move Wharf to Wharf; status in RabbitMQ shape without credentials; x-shovelled headers', async () => {
        const name = uniqueName('w2w');
        const src = uniqueName('w2w-src');
        const target = uniqueName('w2w-dest');
        await putShovel(w.httpPort, name, {
            ...VALID(dest.amqpPort, src, target),
            'add-forward-headers': true,
            'dest-add-timestamp-header': true,
            'dest-publish-properties': { app_id: 'shovelled' },
        });
        const status = await waitFor(async () => {
            const s = await shovelStatus(w.httpPort, name);
            return s?.state === 'running' ? s : undefined;
        }, 10_000, () => 'the shovel running');
        assert.deepEqual({
            ...status,
            node: typeof status.node,
            timestamp: /^\d{4}-\d\d-\d\d \d{1,2}:\d\d:\d\d$/.test(status.timestamp),
        }, {
            node: 'string',
            timestamp: true,
            name,
            vhost: '/',
            type: 'dynamic',
            state: 'running',
            src_uri: 'amqp://',
            src_protocol: 'amqp091',
            dest_protocol: 'amqp091',
            dest_uri: `amqp://127.0.0.1:${dest.amqpPort}`,
            src_queue: src,
            dest_queue: target,
            blocked_status: 'running',
            remaining: 'unlimited',
            remaining_unacked: 'unlimited',
            pending: 0,
            forwarded: 0,
            messages_moved: 0,
            duplicates_risked: 0,
            restarts: 0,
            last_error: null,
            last_error_time: null,
        });
        assert.ok(!JSON.stringify((await api(w.httpPort, '/api/shovels')).body).includes('guest:guest'));
        const conn = await open(w.url);
        const there = await open(dest.url);
        try {
            const ch = await openChannel(conn);
            for (let i = 0; i < 10; i++)
                ch.sendToQueue(src, Buffer.from(`m${i}`), { persistent: true, headers: { n: i } });
            const got = await consumeN(await openChannel(there), target, 10, { timeoutMs: 10_000, ack: true });
            assert.deepEqual(got.map((m) => m.content.toString()), Array.from({ length: 10 }, (_, i) => `m${i}`), 'in order');
            const h = got[0].properties.headers;
            assert.equal(got[0].properties.appId, 'shovelled');
            assert.equal(got[0].properties.deliveryMode, 2);
            assert.equal(h.n, 0);
            assert.ok(Math.abs(Number(h['x-shovelled-timestamp']) - Date.now() / 1000) < 60);
            assert.deepEqual(h['x-shovelled'], [
                {
                    'shovelled-by': status.node,
                    'shovel-type': 'dynamic',
                    'shovel-name': name,
                    'shovel-vhost': '/',
                    'src-uri': 'amqp://',
                    'dest-uri': `amqp://127.0.0.1:${dest.amqpPort}`,
                    'src-queue': src,
                    'dest-queue': target,
                },
            ]);
        }
        finally {
            await closeQuietly(conn);
            await closeQuietly(there);
        }
        const after = await shovelStatus(w.httpPort, name);
        assert.deepEqual([after.forwarded, after.messages_moved], [10, 10]);
        // RabbitMQ's restart and delete endpoints
        expectStatus(await api(w.httpPort, `/api/shovels/vhost/%2F/${name}/restart`, { method: 'DELETE' }), 204, 'restart');
        const param = await api(w.httpPort, `/api/shovels/vhost/%2F/${name}`);
        assert.equal(param.body.value['src-queue'], src);
        expectStatus(await api(w.httpPort, `/api/shovels/vhost/%2F/${name}`, { method: 'DELETE' }), 204, 'delete');
        assert.equal((await api(w.httpPort, `/api/parameters/shovel/%2F/${name}`)).status, 404);
        assert.equal((await api(w.httpPort, `/api/shovels/vhost/%2F/${name}`, { method: 'DELETE' })).status, 404);
    });
    test('a failing shovel reports its error; reconnect-delay 0 leaves it terminated; predeclared queues', async () => {
        const name = uniqueName('dead');
        // port 1 on loopback: nothing listens, the connection is refused at once
        await putShovel(w.httpPort, name, { ...VALID(1, uniqueName('dead-src'), 'x'), 'reconnect-delay': 0 });
        const s = await waitFor(async () => {
            const st = await shovelStatus(w.httpPort, name);
            return st?.state === 'terminated' ? st : undefined;
        }, 10_000, () => 'terminated');
        assert.match(s.reason, /connecting to the destination: .*ECONNREFUSED.*reconnect-delay 0: not restarted/);
        assert.match(s.last_error, /ECONNREFUSED/);
        assert.equal(s.restarts, 0);
        expectStatus(await api(w.httpPort, `/api/parameters/shovel/%2F/${name}`, { method: 'DELETE' }), 204, 'delete');
        // dest-predeclared: a missing destination queue is an error, never declared
        const pre = uniqueName('predeclared');
        const missing = uniqueName('missing');
        await putShovel(w.httpPort, pre, {
            ...VALID(dest.amqpPort, uniqueName('pre-src'), missing),
            'dest-predeclared': true,
            'reconnect-delay': 0,
        });
        const p = await waitFor(async () => {
            const st = await shovelStatus(w.httpPort, pre);
            return st?.state === 'terminated' ? st : undefined;
        }, 10_000, () => 'terminated');
        assert.match(p.reason, new RegExp(`declaring the destination: .*404.*${missing}`));
        assert.equal((await api(dest.httpPort, `/api/queues/%2F/${missing}`)).status, 404, 'not declared');
        expectStatus(await api(w.httpPort, `/api/parameters/shovel/%2F/${pre}`, { method: 'DELETE' }), 204, 'delete');
    });
    test('ack modes on-publish and no-ack, a numeric src-delete-after, and the rate limit', async () => {
        for (const mode of ['on-publish', 'no-ack']) {
            const name = uniqueName(mode);
            const src = uniqueName(`${mode}-src`);
            const target = uniqueName(`${mode}-dest`);
            await publishNumbered(w.url, src, 0, 100);
            await putShovel(w.httpPort, name, { ...VALID(dest.amqpPort, src, target), 'ack-mode': mode });
            await waitFor(async () => (await wharfQueueMessages(dest.httpPort, target).catch(() => 0)) === 100, 10_000, () => `${mode}: 100 moved`);
            assert.equal(await wharfQueueMessages(w.httpPort, src), 0, `${mode}: nothing left at the source`);
            expectStatus(await api(w.httpPort, `/api/parameters/shovel/%2F/${name}`, { method: 'DELETE' }), 204, 'delete');
        }
        // exactly N, then it deletes itself; what is left stays
        const name = uniqueName('seven');
        const src = uniqueName('seven-src');
        const target = uniqueName('seven-dest');
        await publishNumbered(w.url, src, 0, 20);
        await putShovel(w.httpPort, name, { ...VALID(dest.amqpPort, src, target), 'src-delete-after': 7 });
        await waitFor(async () => (await api(w.httpPort, `/api/parameters/shovel/%2F/${name}`)).status === 404, 10_000, () => 'the shovel to delete itself after 7');
        assert.deepEqual([await wharfQueueMessages(dest.httpPort, target), await wharfQueueMessages(w.httpPort, src)], [7, 13]);
        // the rate limit: 300 messages at 200/s (one second's worth at once, then 200/s) take at least 0.5 s
        const limited = uniqueName('limited');
        const lsrc = uniqueName('limited-src');
        const ltarget = uniqueName('limited-dest');
        await publishNumbered(w.url, lsrc, 0, 300);
        const started = Date.now();
        await putShovel(w.httpPort, limited, {
            ...VALID(dest.amqpPort, lsrc, ltarget),
            'x-max-messages-per-second': 200,
            'src-delete-after': 'queue-length',
        });
        await waitFor(async () => (await api(w.httpPort, `/api/parameters/shovel/%2F/${limited}`)).status === 404, 20_000, () => 'the rate-limited shovel to finish');
        const took = Date.now() - started;
        assert.ok(took >= 450, `300 messages at 200/s took ${took} ms`);
        assert.equal(await wharfQueueMessages(dest.httpPort, ltarget), 300);
    });
    test('from an exchange, to the exchange and routing key each message had', async () => {
        const name = uniqueName('x2x');
        const target = uniqueName('x2x-dest');
        const conn = await open(w.url);
        const there = await open(dest.url);
        try {
            const dch = await openChannel(there);
            await dch.assertQueue(target, { durable: true });
            await dch.bindQueue(target, 'amq.topic', 'orders.*');
            await putShovel(w.httpPort, name, {
                'src-uri': 'amqp://',
                'src-exchange': 'amq.topic',
                'src-exchange-key': 'orders.#',
                'dest-uri': `amqp://guest:guest@127.0.0.1:${dest.amqpPort}`,
            });
            await waitFor(async () => (await shovelStatus(w.httpPort, name))?.state === 'running', 10_000, () => 'running');
            const status = await shovelStatus(w.httpPort, name);
            assert.deepEqual([status.src_exchange, status.src_exchange_key, status.src_queue], ['amq.topic', 'orders.#', undefined]);
            const ch = await openChannel(conn);
            ch.publish('amq.topic', 'orders.new', Buffer.from('routed'));
            ch.publish('amq.topic', 'invoices.new', Buffer.from('not bound at the source'));
            const got = await consumeN(dch, target, 1, { timeoutMs: 10_000, ack: true });
            assert.equal(got[0].content.toString(), 'routed');
            assert.deepEqual([got[0].fields.exchange, got[0].fields.routingKey], ['amq.topic', 'orders.new']);
        }
        finally {
            await closeQuietly(conn);
            await closeQuietly(there);
            await api(w.httpPort, `/api/parameters/shovel/%2F/${name}`, { method: 'DELETE' });
        }
    });
    test('its source connection closed from the management API: it restarts and goes on', async () => {
        const name = uniqueName('reconnect');
        const src = uniqueName('reconnect-src');
        const target = uniqueName('reconnect-dest');
        await putShovel(w.httpPort, name, { ...VALID(dest.amqpPort, src, target), 'reconnect-delay': 0.1 });
        await waitFor(async () => (await shovelStatus(w.httpPort, name))?.state === 'running', 10_000, () => 'running');
        const conns = (await api(w.httpPort, '/api/connections')).body;
        const mine = conns.find((c) => c.client_properties?.connection_name === `Shovel ${name}`);
        assert.ok(mine, 'the shovel is a named client connection');
        assert.equal(mine.user, 'guest', 'acting as the user who made it');
        expectStatus(await api(w.httpPort, `/api/connections/${encodeURIComponent(mine.name)}`, { method: 'DELETE' }), 204, 'close');
        const back = await waitFor(async () => {
            const s = await shovelStatus(w.httpPort, name);
            return s?.state === 'running' && s.restarts >= 1 ? s : undefined;
        }, 10_000, () => 'running again');
        assert.match(back.last_error, /source connection closed/);
        await publishNumbered(w.url, src, 0, 50);
        await waitFor(async () => (await wharfQueueMessages(dest.httpPort, target).catch(() => 0)) === 50, 10_000, () => '50 moved');
        expectStatus(await api(w.httpPort, `/api/parameters/shovel/%2F/${name}`, { method: 'DELETE' }), 204, 'delete');
    });
    test('definitions: exported as RabbitMQ parameters, imported into another Wharf, where they run', async () => {
        const name = uniqueName('defs');
        const src = uniqueName('defs-src');
        const value = { ...VALID(dest.amqpPort, src, uniqueName('defs-dest')), 'prefetch-count': 50 };
        await putShovel(w.httpPort, name, value);
        const doc = (await api(w.httpPort, '/api/definitions')).body;
        const item = doc.parameters.find((p) => p.name === name);
        assert.deepEqual(item, { value, vhost: '/', component: 'shovel', name });
        const perVhost = (await api(w.httpPort, '/api/definitions/%2F')).body;
        assert.ok(perVhost.parameters.some((p) => p.name === name));
        const third = await startWharf();
        try {
            // an invalid shovel fails the whole import, which then changes nothing
            const broken = { ...doc, parameters: [{ ...item, value: { ...value, 'ack-mode': 'never' } }] };
            const bad = await api(third.httpPort, '/api/definitions', { method: 'POST', body: broken });
            assert.equal(bad.status, 400);
            assert.match(bad.body.reason, /ack-mode should be one of/);
            assert.equal((await api(third.httpPort, `/api/parameters/shovel/%2F/${name}`)).status, 404);
            expectStatus(await api(third.httpPort, '/api/definitions', { method: 'POST', body: doc }), 204, 'import');
            const imported = await api(third.httpPort, `/api/parameters/shovel/%2F/${name}`);
            assert.deepEqual(imported.body, item);
            await waitFor(async () => (await shovelStatus(third.httpPort, name))?.state === 'running', 10_000, () => 'the imported shovel running');
            const again = (await api(third.httpPort, '/api/definitions')).body;
            assert.deepEqual(again.parameters.find((p) => p.name === name), item, 'exported again identically');
        }
        finally {
            await third.stop();
            await api(w.httpPort, `/api/parameters/shovel/%2F/${name}`, { method: 'DELETE' });
        }
    });
    test('a shovel is durable: after a restart it runs again and moves what arrived meanwhile', async () => {
        const name = uniqueName('durable');
        const src = uniqueName('durable-src');
        const target = uniqueName('durable-dest');
        await putShovel(w.httpPort, name, VALID(dest.amqpPort, src, target));
        await waitFor(async () => (await shovelStatus(w.httpPort, name))?.state === 'running', 10_000, () => 'running');
        w = await w.restart();
        await waitFor(async () => (await shovelStatus(w.httpPort, name))?.state === 'running', 10_000, () => 'running again');
        const conn = await open(w.url);
        const there = await open(dest.url);
        try {
            const ch = await openChannel(conn);
            ch.sendToQueue(src, Buffer.from('after the restart'), { persistent: true });
            const got = await consumeN(await openChannel(there), target, 1, { timeoutMs: 10_000, ack: true });
            assert.equal(got[0].content.toString(), 'after the restart');
        }
        finally {
            await closeQuietly(conn);
            await closeQuietly(there);
        }
        expectStatus(await api(w.httpPort, `/api/parameters/shovel/%2F/${name}`, { method: 'DELETE' }), 204, 'delete');
    });
});
//# sourceMappingURL=api.test.js.map