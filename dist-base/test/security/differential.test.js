// Identity and access, differential: the same users, vhosts, permissions, topic
// permissions and limits on Wharf (through its management API) and on the RabbitMQ 3.10
// on 127.0.0.1:5672 (through `rabbitmqctl import_definitions`), the same AMQP operations
// as a restricted user on both, and the reply codes and texts compared one by one.
// Everything created on RabbitMQ is uniquely named and deleted afterwards, pass or fail;
// guest and vhost '/' are never touched there.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { connect } from 'amqplib';
import { rabbitUrl, startWharf } from '../helpers/brokers.js';
import { hashPassword } from '../../src/broker/identity/password.js';
import { definitions, names, run, U_PERMISSIONS, U_TOPIC } from './scenario.js';
import { amqpUrl, api, closedWith, enc, expectStatus, hasRabbitmqctl, openAs, rabbitmqctl, rabbitImport, rabbitmqctlAll, } from './support.js';
const RABBIT_PORT = 5672;
/** The same state as definitions(n), made through the dedicated management endpoints. */
async function setUpWharf(w, n) {
    const put = async (path, body) => expectStatus(await api(w.httpPort, path, { method: 'PUT', body }), [201, 204], `PUT ${path}`);
    for (const v of [n.v, n.v2, n.vl, n.vc])
        await put(`/api/vhosts/${enc(v)}`, {});
    for (const a of [n.u, n.s, n.ul])
        await put(`/api/users/${enc(a.user)}`, { password: a.password, tags: '' });
    const full = { configure: '.*', write: '.*', read: '.*' };
    await put(`/api/users/${enc(n.imp.user)}`, { password: n.imp.password, tags: 'impersonator' });
    await put(`/api/permissions/${enc(n.v)}/${enc(n.imp.user)}`, full);
    await put(`/api/permissions/${enc(n.v)}/${enc(n.u.user)}`, U_PERMISSIONS);
    for (const v of [n.v, n.vl, n.vc])
        await put(`/api/permissions/${enc(v)}/${enc(n.s.user)}`, full);
    await put(`/api/permissions/${enc(n.vl)}/${enc(n.ul.user)}`, full);
    await put(`/api/topic-permissions/${enc(n.v)}/${enc(n.u.user)}`, U_TOPIC);
    await put(`/api/vhost-limits/${enc(n.vl)}/max-queues`, { value: 2 });
    await put(`/api/vhost-limits/${enc(n.vc)}/max-connections`, { value: 1 });
    await put(`/api/user-limits/${enc(n.ul.user)}/max-connections`, { value: 1 });
    await put(`/api/user-limits/${enc(n.ul.user)}/max-channels`, { value: 2 });
}
describe('identity and access: Wharf and RabbitMQ answer alike', { timeout: 240_000 }, async () => {
    const rabbit = await rabbitUrl();
    const ctl = rabbit !== null && hasRabbitmqctl();
    const skip = rabbit === null
        ? 'RabbitMQ not reachable on 127.0.0.1:5672'
        : !ctl
            ? 'rabbitmqctl not usable (it needs root)'
            : false;
    const n = names();
    /** users and vhosts made on RabbitMQ by the deletion test */
    const extra = { users: [], vhosts: [] };
    let w;
    before(async () => {
        w = await startWharf();
        await setUpWharf(w, n);
        if (!skip)
            await rabbitImport(definitions(n));
    });
    after(async () => {
        await w?.stop();
        if (skip)
            return;
        await rabbitmqctlAll([
            ...[n.v, n.v2, n.vl, n.vc, ...extra.vhosts].map((v) => ['delete_vhost', v]),
            ...[n.u, n.s, n.ul, n.imp].map((a) => ['delete_user', a.user]),
            ...extra.users.map((u) => ['delete_user', u]),
        ]);
    });
    test('every permission check, topic permission and limit: same code and text', { skip }, async () => {
        const [onWharf, onRabbit] = [await run(w.amqpPort, n), await run(RABBIT_PORT, n)];
        assert.equal(onWharf.length, onRabbit.length);
        const differences = onWharf
            .map(([label, r], i) => ({ label, wharf: r, rabbitmq: onRabbit[i][1] }))
            .filter((d) => d.wharf !== d.rabbitmq);
        assert.deepEqual(differences, [], JSON.stringify(differences, null, 2));
        // and the answers are the refusals intended, not both brokers failing alike
        const byLabel = new Map(onWharf);
        assert.equal(byLabel.get('queue.declare allowed'), 'ok');
        assert.equal(byLabel.get('queue.declare refused (configure)'), `403 ACCESS_REFUSED - access to queue 'other-q2' in vhost '${n.v}' refused for user '${n.u.user}'`);
        assert.equal(byLabel.get('basic.publish to the default exchange (amq.default)'), `403 ACCESS_REFUSED - access to exchange 'amq.default' in vhost '${n.v}' refused for user '${n.u.user}'`);
        assert.equal(byLabel.get('topic: publish with a refused key'), `403 ACCESS_REFUSED - access to topic 'someone-else.x' in exchange 'u-topic' in vhost '${n.v}' refused for user '${n.u.user}'`);
        assert.equal(byLabel.get('connection.open of a vhost without permissions'), `530 NOT_ALLOWED - access to vhost '${n.v2}' refused for user '${n.u.user}'`);
        assert.equal(byLabel.get('connection.open of a missing vhost'), `530 NOT_ALLOWED - vhost ${n.v}-missing not found`);
    });
    test('deleting a user or a vhost closes its connections with 320', { skip }, async () => {
        const results = {};
        for (const [broker, port] of [
            ['wharf', w.amqpPort],
            ['rabbitmq', RABBIT_PORT],
        ]) {
            const who = { user: `${n.u.user}-del-${broker}`, password: n.u.password };
            const vhost = `${n.v}-del-${broker}`;
            const full = { configure: '.*', write: '.*', read: '.*' };
            const doc = {
                users: [{ name: who.user, password_hash: hashPassword(who.password), tags: [] }],
                vhosts: [{ name: vhost }],
                permissions: [
                    { user: who.user, vhost, ...full },
                    { user: n.s.user, vhost, ...full },
                ],
            };
            if (broker === 'wharf') {
                expectStatus(await api(w.httpPort, '/api/definitions', { method: 'POST', body: doc }), 204, 'setup');
            }
            else {
                extra.users.push(who.user);
                extra.vhosts.push(vhost);
                await rabbitImport(doc);
            }
            const byUser = closedWith(await openAs(port, who, vhost));
            const byVhost = closedWith(await openAs(port, n.s, vhost));
            if (broker === 'wharf') {
                expectStatus(await api(w.httpPort, `/api/users/${enc(who.user)}`, { method: 'DELETE' }), 204, 'user');
                assert.equal(await byUser, `320 CONNECTION_FORCED - user '${who.user}' is deleted`);
                expectStatus(await api(w.httpPort, `/api/vhosts/${enc(vhost)}`, { method: 'DELETE' }), 204, 'vhost');
            }
            else {
                await rabbitmqctl('delete_user', who.user);
                await byUser;
                await rabbitmqctl('delete_vhost', vhost);
            }
            results[broker] = [await byUser, await byVhost].map((r) => r.replace(who.user, '<user>').replace(vhost, '<vhost>'));
        }
        // RabbitMQ's vhost deletion races two events: the connections see "is deleted" or "is down"
        assert.deepEqual(results.rabbitmq.map((r) => r.replace(/is down$/, 'is deleted')), results.wharf);
        assert.deepEqual(results.wharf, [
            "320 CONNECTION_FORCED - user '<user>' is deleted",
            "320 CONNECTION_FORCED - vhost '<vhost>' is deleted",
        ]);
    });
    test('a password hash made by RabbitMQ logs in on Wharf (export_definitions -> import)', { skip }, async () => {
        // rabbitmqctl 3.10 has no hash_password: add_user hashes, export_definitions shows it
        const user = `${n.u.user}-hashed`;
        const password = 'rabbit-made secret';
        extra.users.push(user);
        await rabbitmqctl('add_user', user, password);
        await rabbitmqctl('set_user_tags', user, 'management');
        const exported = JSON.parse(await rabbitmqctl('export_definitions', '-'));
        const made = exported.users.find((u) => u.name === user);
        assert.ok(made, "the user is in RabbitMQ's export");
        const doc = {
            users: [made],
            permissions: [{ user, vhost: n.v, configure: '.*', write: '.*', read: '.*' }],
        };
        expectStatus(await api(w.httpPort, '/api/definitions', { method: 'POST', body: doc }), 204, 'import');
        const conn = await connect(amqpUrl(w.amqpPort, { user, password }, n.v));
        await conn.close();
        const whoami = await api(w.httpPort, '/api/whoami', { as: { user, password } });
        assert.deepEqual(whoami.body, { name: user, tags: ['management'] });
        assert.equal((await api(w.httpPort, '/api/whoami', { as: { user, password: 'wrong' } })).status, 401);
        // and Wharf exports the hash unchanged
        const back = (await api(w.httpPort, `/api/users/${enc(user)}`)).body;
        assert.equal(back.password_hash, made.password_hash);
    });
});
//# sourceMappingURL=differential.test.js.map