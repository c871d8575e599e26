// Wrong credentials and a refused virtual host fail connect() at once with the broker's
// own reply code and text (as plain amqplib reports them), on Wharf and on RabbitMQ,
// instead of being retried as a network failure; and the client announces amqplib's
// capabilities (authentication_failure_close among them), without which a broker answers
// a wrong password by dropping the socket.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import pino from 'pino';
import { WharfServer } from '../../src/server.js';
import { AccessRefusedError, Client, connect } from '../../src/client/index.js';
import { setupBrokers } from './support.js';
const brokers = await setupBrokers();
function withCredentials(url, user, pass, vhost) {
    const u = new URL(url);
    u.username = user;
    u.password = pass;
    if (vhost !== undefined)
        u.pathname = `/${encodeURIComponent(vhost)}`;
    return u.toString();
}
for (const broker of brokers) {
    describe(`refused connections on ${broker.name}`, () => {
        test('a wrong password rejects at once with 403 ACCESS_REFUSED, without retrying', async () => {
            const reconnecting = [];
            const client = new Client([withCredentials(broker.url, 'guest', 'not-the-password')], {
                initialAttempts: 5,
                reconnect: { initialDelayMs: 2000 },
            });
            client.on('reconnecting', (e) => reconnecting.push(e.attempt));
            const t0 = Date.now();
            const err = await client.start().then(() => assert.fail('connected with a wrong password'), (e) => e);
            const took = Date.now() - t0;
            assert.ok(err instanceof AccessRefusedError, `got ${String(err)}`);
            assert.equal(err.replyCode, 403);
            assert.match(err.replyText, /^ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN/);
            assert.equal(err.retriable, false);
            assert.doesNotMatch(err.message, /not-the-password/, 'the password is not in the message');
            // One attempt: a second would have waited the 2 s backoff first.
            assert.ok(took < 2000, `rejected after ${took} ms`);
            assert.deepEqual(reconnecting, []);
        });
        test('an unknown user is refused the same way', async () => {
            await assert.rejects(connect(withCredentials(broker.url, 'no-such-user-sdk', 'x'), {
                reconnect: { initialDelayMs: 2000 },
            }), (e) => e instanceof AccessRefusedError && e.replyCode === 403);
        });
        test('a virtual host that does not exist rejects at once with the broker reply code and text', async () => {
            const vhost = `no-such-vhost-${process.pid}`;
            const t0 = Date.now();
            const err = await connect(withCredentials(broker.url, 'guest', 'guest', vhost), {
                reconnect: { initialDelayMs: 2000 },
            }).then(() => assert.fail('opened a vhost that does not exist'), (e) => e);
            assert.ok(err instanceof AccessRefusedError, `got ${String(err)}`);
            assert.equal(err.replyCode, 530);
            assert.match(err.replyText, /^NOT_ALLOWED - .*vhost/);
            assert.ok(err.replyText.includes(vhost), err.replyText);
            assert.ok(Date.now() - t0 < 2000);
        });
    });
}
describe('client properties', () => {
    test("the client keeps amqplib's capabilities and adds its product and connection name", async (t) => {
        const dir = mkdtempSync(join(tmpdir(), 'wharf-sdk-caps-'));
        const server = new WharfServer({
            amqpPort: 0,
            httpPort: 0,
            host: '127.0.0.1',
            dataDir: dir,
            logger: pino({ level: 'silent' }),
        });
        await server.start();
        t.after(async () => {
            await server.stop();
            rmSync(dir, { recursive: true, force: true });
        });
        const c = await connect(`amqp://guest:guest@127.0.0.1:${server.amqpPort}`, {
            connectionName: 'caps-test',
        });
        t.after(() => c.close());
        const res = await fetch(`http://127.0.0.1:${server.httpPort}/api/connections`, {
            headers: { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` },
        });
        const conns = (await res.json());
        const props = conns.find((x) => x.client_properties.connection_name === 'caps-test')?.client_properties;
        assert.ok(props, JSON.stringify(conns));
        assert.equal(props.product, 'wharfmq/client');
        assert.deepEqual(props.capabilities, {
            publisher_confirms: true,
            exchange_exchange_bindings: true,
            'basic.nack': true,
            consumer_cancel_notify: true,
            'connection.blocked': true,
            authentication_failure_close: true,
        });
    });
});
//# sourceMappingURL=access-refused.test.js.map