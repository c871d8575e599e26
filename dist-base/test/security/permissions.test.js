// Permissions on Wharf alone, beyond what the differential suite compares: a change is
// seen by the next operation of channels already open (and deleting a user closes its
// connections), and what pika, a second real client, sees of refusals.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { canControlWharf, EXTERNAL_SKIP, hasPika, PYTHON, repoRoot, startWharf, } from '../helpers/brokers.js';
import { api, closedWith, expectStatus, openAs, tryOp } from './support.js';
const skip = canControlWharf() ? false : EXTERNAL_SKIP;
const V = 'sec-perm';
describe('permissions on Wharf', { skip }, () => {
    let w;
    const u = { user: 'perm-user', password: 'p4ss' };
    const setPermissions = async (spec) => expectStatus(await api(w.httpPort, `/api/permissions/${V}/${u.user}`, { method: 'PUT', body: spec }), [201, 204], 'permissions');
    before(async () => {
        w = await startWharf();
        expectStatus(await api(w.httpPort, `/api/vhosts/${V}`, { method: 'PUT', body: {} }), 201, 'vhost');
        expectStatus(await api(w.httpPort, `/api/users/${u.user}`, {
            method: 'PUT',
            body: { password: u.password, tags: '' },
        }), 201, 'user');
        await setPermissions({ configure: '^py-', write: '^py-', read: '^py-' });
    });
    after(async () => {
        await w?.stop();
    });
    test('a permission change applies to the next operation of an open channel', async () => {
        await setPermissions({ configure: '.*', write: '.*', read: '.*' });
        const conn = await openAs(w.amqpPort, u, V);
        try {
            const ch = await conn.createChannel();
            await ch.assertExchange('live-ex', 'fanout', { durable: false });
            await ch.assertQueue('live-q', { durable: false });
            await ch.bindQueue('live-q', 'live-ex', '');
            ch.publish('live-ex', '', Buffer.from('1'));
            await ch.checkQueue('live-q');
            // write revoked while the channel (and its cached decision for live-ex) is open
            await setPermissions({ configure: '.*', write: '^nothing$', read: '.*' });
            const closed = new Promise((resolve) => ch.once('error', resolve));
            ch.publish('live-ex', '', Buffer.from('2'));
            const err = (await closed);
            assert.match(err.message, /403 \(ACCESS-REFUSED\).*access to exchange 'live-ex' in vhost 'sec-perm' refused for user 'perm-user'/);
            // granted again: a new channel publishes
            await setPermissions({ configure: '.*', write: '.*', read: '.*' });
            assert.equal(await tryOp(conn, (c) => c.publish('live-ex', '', Buffer.from('3'))), 'ok');
            const reader = await conn.createChannel();
            const got = [];
            for (let m = await reader.get('live-q', { noAck: true }); m; m = await reader.get('live-q', { noAck: true })) {
                got.push(m.content.toString());
            }
            assert.deepEqual(got, ['1', '3']);
        }
        finally {
            await conn.close().catch(() => { });
            await setPermissions({ configure: '^py-', write: '^py-', read: '^py-' });
        }
    });
    test('clearing the permissions leaves open connections; new ones are refused', async () => {
        const other = { user: 'perm-other', password: 'o' };
        await api(w.httpPort, `/api/users/${other.user}`, { method: 'PUT', body: { password: 'o', tags: '' } });
        await api(w.httpPort, `/api/permissions/${V}/${other.user}`, {
            method: 'PUT',
            body: { configure: '.*', write: '.*', read: '.*' },
        });
        const conn = await openAs(w.amqpPort, other, V);
        try {
            expectStatus(await api(w.httpPort, `/api/permissions/${V}/${other.user}`, { method: 'DELETE' }), 204, 'clear');
            // as in RabbitMQ, the connection stays; what it does is checked against no permissions
            assert.equal(await tryOp(conn, (ch) => ch.assertQueue('anything', { durable: false })), `403 ACCESS_REFUSED - access to queue 'anything' in vhost '${V}' refused for user '${other.user}'`);
            await assert.rejects(openAs(w.amqpPort, other, V));
            const closed = closedWith(conn);
            expectStatus(await api(w.httpPort, `/api/users/${other.user}`, { method: 'DELETE' }), 204, 'delete');
            assert.equal(await closed, `320 CONNECTION_FORCED - user '${other.user}' is deleted`);
        }
        finally {
            await conn.close().catch(() => { });
        }
    });
    test('pika sees the refusals with their codes and texts', { timeout: 30_000 }, async (t) => {
        if (!hasPika())
            return t.skip(`pika is not importable by ${PYTHON} (apt-get install python3-pika)`);
        const script = join(repoRoot, 'test/security/py/access.py');
        const args = [script, '127.0.0.1', String(w.amqpPort), u.user, u.password, V, '/'];
        const out = await new Promise((resolve, reject) => {
            const child = spawn(PYTHON, args, { stdio: ['ignore', 'pipe', 'pipe'] });
            let stdout = '';
            let stderr = '';
            child.stdout.on('data', (d) => (stdout += d.toString()));
            child.stderr.on('data', (d) => (stderr += d.toString()));
            child.once('error', reject);
            child.once('close', (code) => code === 0 ? resolve(stdout) : reject(new Error(`exit ${code}: ${stderr}`)));
        });
        const r = JSON.parse(out.trim().split('\n').pop());
        assert.equal(r['declare allowed'], 'ok');
        assert.equal(r['declare refused'], `403 ACCESS_REFUSED - access to queue 'denied-q' in vhost '${V}' refused for user '${u.user}'`);
        assert.equal(r['publish refused'], `403 ACCESS_REFUSED - access to exchange 'amq.fanout' in vhost '${V}' refused for user '${u.user}'`);
        assert.match(r['open forbidden vhost'], /ProbableAccessDeniedError.*530.*access to vhost '\/' refused for user 'perm-user'/);
        assert.match(r['wrong password'], /ProbableAuthenticationError.*ACCESS_REFUSED - Login was refused/);
    });
});
//# sourceMappingURL=permissions.test.js.map