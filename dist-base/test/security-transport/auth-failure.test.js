// Failed logins: answered with 403 ACCESS_REFUSED (connection.close for clients that
// announce authentication_failure_close, a dropped socket for the others, as RabbitMQ
// does), only after a delay against password guessing that holds up no other client,
// and logged with the reason the client is not told.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import amqp from 'amqplib';
import * as M from '../../src/amqp/codec/generated.js';
import { encodeTable, methodFrame } from '../../src/amqp/codec/index.js';
import { waitUntil } from '../helpers/amqp.js';
import { RABBIT_SKIP, rabbitUrl, startWharf } from '../helpers/brokers.js';
import { RawClient } from '../amqp/raw-client.js';
const DELAY_MS = 1000; // the default authFailureDelay
const REFUSED_PLAIN = 'ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN. For details see the broker logfile.';
let wharf;
let rabbit;
before(async () => {
    [wharf, rabbit] = await Promise.all([startWharf(), rabbitUrl()]);
});
after(async () => {
    await wharf?.stop();
});
const badUrl = (url) => url.replace('guest:guest@', 'guest:wrong@');
/** amqplib's error for a refused login, and how long it took. */
async function refusedLogin(url) {
    const t0 = Date.now();
    try {
        const c = await amqp.connect(badUrl(url));
        await c.close();
    }
    catch (err) {
        return { message: err.message, ms: Date.now() - t0 };
    }
    throw new Error('the login was accepted');
}
async function startOk(caps, mechanism, response) {
    const c = await RawClient.connect(wharf.amqpPort);
    c.send(Buffer.from('AMQP\x00\x00\x09\x01', 'latin1'));
    await c.waitMethod(M.CONNECTION_START);
    c.send(methodFrame(0, M.CONNECTION_START_OK, {
        clientProperties: { capabilities: caps },
        mechanism,
        response,
        locale: 'en_US',
    }));
    return c;
}
describe('failed logins', () => {
    test('amqplib (authentication_failure_close) gets 403 ACCESS_REFUSED after the delay', async (t) => {
        const { message, ms } = await refusedLogin(wharf.url);
        assert.match(message, /403 \(ACCESS-REFUSED\)/);
        assert.ok(message.includes(REFUSED_PLAIN), message);
        assert.ok(ms >= DELAY_MS - 50 && ms < DELAY_MS + 1500, `answered after ${ms} ms`);
        t.diagnostic(`failed login answered after ${ms} ms (delay ${DELAY_MS} ms)`);
    });
    test('the same code and text as RabbitMQ', async (t) => {
        if (!rabbit)
            return t.skip(RABBIT_SKIP);
        const [ours, theirs] = await Promise.all([refusedLogin(wharf.url), refusedLogin(rabbit)]);
        assert.equal(ours.message, theirs.message);
    });
    test('the delay holds up no one else: a good login completes meanwhile', async () => {
        const failing = refusedLogin(wharf.url);
        await new Promise((r) => setTimeout(r, 100));
        const t0 = Date.now();
        const conn = await amqp.connect(wharf.url);
        const ch = await conn.createChannel();
        await ch.checkQueue((await ch.assertQueue('', { exclusive: true })).queue);
        const ms = Date.now() - t0;
        await conn.close();
        assert.ok(ms < DELAY_MS / 2, `a good login took ${ms} ms while another one was refused`);
        await failing;
    });
    test('many failed logins at once are all delayed, in parallel', async () => {
        const t0 = Date.now();
        const results = await Promise.all(Array.from({ length: 20 }, () => refusedLogin(wharf.url)));
        const total = Date.now() - t0;
        for (const r of results)
            assert.ok(r.ms >= DELAY_MS - 50, `one answered after ${r.ms} ms`);
        assert.ok(total < DELAY_MS * 3, `20 parallel failures took ${total} ms`);
    });
    test('a log line names the user, the mechanism, the peer and the reason', async () => {
        await refusedLogin(wharf.url);
        // the broker's log reaches us through a pipe, not ordered with the socket's close
        await waitUntil(() => wharf.output().includes('"authentication failed"'), 3000, 'the log line');
        const line = wharf
            .output()
            .split('\n')
            .find((l) => l.includes('"authentication failed"'));
        assert.ok(line, wharf.output());
        const rec = JSON.parse(line);
        assert.equal(rec.user, 'guest');
        assert.equal(rec.mechanism, 'PLAIN');
        assert.equal(rec.remote, '127.0.0.1');
        // the cause, as RabbitMQ logs it (the client is told less)
        assert.equal(rec.reason, "user 'guest' - invalid credentials");
    });
    test('AMQPLAIN: the text names AMQPLAIN', async () => {
        const c = await startOk({ authentication_failure_close: true }, 'AMQPLAIN', encodeTable({ LOGIN: 'guest', PASSWORD: 'wrong' }).toString('latin1'));
        const close = await c.waitMethod(M.CONNECTION_CLOSE, DELAY_MS + 2000);
        assert.equal(close.args.replyCode, 403);
        assert.match(String(close.args.replyText), /authentication mechanism AMQPLAIN\./);
        c.end();
    });
    test('a client without authentication_failure_close: no close method, the socket drops after the delay', async () => {
        const t0 = Date.now();
        const c = await startOk({}, 'PLAIN', '\0guest\0wrong');
        await c.until(() => c.closed, DELAY_MS + 2000, 'the socket to close');
        const ms = Date.now() - t0;
        assert.ok(ms >= DELAY_MS - 50, `dropped after ${ms} ms`);
        assert.ok(!c.methods.some((m) => m.key === M.CONNECTION_CLOSE || m.key === M.CONNECTION_TUNE));
    });
    test('an unknown mechanism: 503 COMMAND_INVALID after the delay', async () => {
        const t0 = Date.now();
        const c = await startOk({ authentication_failure_close: true }, 'SCRAM-SHA-1', 'x');
        const close = await c.waitMethod(M.CONNECTION_CLOSE, DELAY_MS + 2000);
        assert.ok(Date.now() - t0 >= DELAY_MS - 50);
        assert.equal(close.args.replyCode, 503);
        assert.equal(close.args.replyText, "COMMAND_INVALID - unknown authentication mechanism 'SCRAM-SHA-1'");
        c.end();
    });
    test('frames sent after a refused start-ok are not acted on', async () => {
        const c = await startOk({ authentication_failure_close: true }, 'PLAIN', '\0guest\0wrong');
        c.send(methodFrame(0, M.CONNECTION_TUNE_OK, { channelMax: 10, frameMax: 131072, heartbeat: 0 }));
        c.send(methodFrame(0, M.CONNECTION_OPEN, { virtualHost: '/', capabilities: '', insist: false }));
        const close = await c.waitMethod(M.CONNECTION_CLOSE, DELAY_MS + 2000);
        assert.equal(close.args.replyCode, 403);
        assert.ok(!c.methods.some((m) => m.key === M.CONNECTION_OPEN_OK));
        c.end();
    });
});
//# sourceMappingURL=auth-failure.test.js.map