// The handshake's limits: a client that says nothing (or stops half-way) is dropped
// after handshakeTimeout, frames before connection.tune-ok may not exceed the spec's
// minimum frame size, and tune-ok values out of range are refused with RabbitMQ's
// texts; accepted absurd values (heartbeat 65535, channel_max 0) do no harm.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import amqp from 'amqplib';
import * as M from '../../src/amqp/codec/generated.js';
import { methodFrame } from '../../src/amqp/codec/index.js';
import { waitUntil } from '../helpers/amqp.js';
import { startWharf } from '../helpers/brokers.js';
import { RawClient, rawFrame } from '../amqp/raw-client.js';
const HANDSHAKE_TIMEOUT_MS = 700;
const HEADER = Buffer.from('AMQP\x00\x00\x09\x01', 'latin1');
let wharf;
const configDir = mkdtempSync(join(tmpdir(), 'wharf-handshake-'));
before(async () => {
    const config = join(configDir, 'config.json');
    writeFileSync(config, JSON.stringify({ handshakeTimeout: HANDSHAKE_TIMEOUT_MS }));
    wharf = await startWharf({ args: ['--config', config] });
});
after(async () => {
    await wharf?.stop();
    rmSync(configDir, { recursive: true, force: true });
});
async function stillServing() {
    const conn = await amqp.connect(wharf.url);
    const ch = await conn.createChannel();
    await ch.assertQueue('', { exclusive: true });
    await conn.close();
}
/** Start-ok as guest with authentication_failure_close, then waits for connection.tune. */
async function untilTune() {
    const c = await RawClient.connect(wharf.amqpPort);
    c.send(HEADER);
    await c.waitMethod(M.CONNECTION_START);
    c.send(methodFrame(0, M.CONNECTION_START_OK, {
        clientProperties: { capabilities: { authentication_failure_close: true } },
        mechanism: 'PLAIN',
        response: '\0guest\0guest',
        locale: 'en_US',
    }));
    await c.waitMethod(M.CONNECTION_TUNE);
    return c;
}
async function tuneThenOpen(channelMax, frameMax, heartbeat) {
    const c = await untilTune();
    c.send(methodFrame(0, M.CONNECTION_TUNE_OK, { channelMax, frameMax, heartbeat }));
    c.send(methodFrame(0, M.CONNECTION_OPEN, { virtualHost: '/', capabilities: '', insist: false }));
    await c.until(() => c.closed || c.methods.some((m) => m.key === M.CONNECTION_OPEN_OK || m.key === M.CONNECTION_CLOSE), 3000, 'open-ok or close');
    return c;
}
describe('handshake timeout', () => {
    test('a client that connects and says nothing is dropped after handshakeTimeout, with a log line', async () => {
        const c = await RawClient.connect(wharf.amqpPort);
        const t0 = Date.now();
        await c.until(() => c.closed, HANDSHAKE_TIMEOUT_MS + 3000, 'the silent client to be dropped');
        const ms = Date.now() - t0;
        assert.ok(ms >= HANDSHAKE_TIMEOUT_MS - 50, `dropped after ${ms} ms`);
        assert.equal(Buffer.concat(c.raw).length, 0, 'nothing was sent to it');
        // the broker's log reaches us through a pipe, a moment after the socket closed
        await waitUntil(() => /handshake not completed within 700 ms/.test(wharf.output()), 3000, 'the log line');
    });
    test('a client that stops after the protocol header, or after start-ok, is dropped too', async () => {
        const a = await RawClient.connect(wharf.amqpPort);
        a.send(HEADER);
        const b = await untilTune();
        await a.until(() => a.closed, HANDSHAKE_TIMEOUT_MS + 3000, 'header-only client dropped');
        await b.until(() => b.closed, HANDSHAKE_TIMEOUT_MS + 3000, 'client stuck in tune dropped');
        await stillServing();
    });
    test('an open connection is not affected by the handshake timeout', async () => {
        const c = await RawClient.connect(wharf.amqpPort);
        await c.handshake();
        await new Promise((r) => setTimeout(r, HANDSHAKE_TIMEOUT_MS + 300));
        assert.equal(c.closed, false);
        c.end();
    });
});
describe('frames and tune-ok before the connection is open', () => {
    test('a frame above 4096 bytes before tune-ok closes with 501 FRAME_ERROR', async () => {
        const c = await RawClient.connect(wharf.amqpPort);
        c.send(HEADER);
        await c.waitMethod(M.CONNECTION_START);
        c.send(rawFrame(1, 0, Buffer.alloc(5000)));
        const close = await c.waitMethod(M.CONNECTION_CLOSE);
        assert.equal(close.args.replyCode, 501);
        assert.match(String(close.args.replyText), /frame size 5000 exceeds frame-max 4096/);
        await stillServing();
    });
    test('a frame header announcing 4 GiB before tune-ok: refused at once, nothing buffered', async () => {
        const c = await RawClient.connect(wharf.amqpPort);
        c.send(HEADER);
        await c.waitMethod(M.CONNECTION_START);
        c.send(Buffer.from([1, 0, 0, 0xff, 0xff, 0xff, 0xff]));
        assert.equal((await c.waitMethod(M.CONNECTION_CLOSE)).args.replyCode, 501);
    });
    test('frame_max above the server maximum: 530 with RabbitMQ text, naming connection.tune', async () => {
        const c = await tuneThenOpen(0, 1_000_000, 0);
        const close = c.methods.find((m) => m.key === M.CONNECTION_CLOSE);
        assert.ok(close, 'connection.close');
        assert.equal(close.args.replyCode, 530);
        assert.equal(close.args.replyText, 'NOT_ALLOWED - negotiated frame_max = 1000000 is higher than the maximum allowed value (131072)');
        assert.equal(close.args.classId, 10);
        assert.equal(close.args.methodId, 30);
        c.end();
    });
    test('frame_max below 4096: 530 with RabbitMQ text', async () => {
        const c = await tuneThenOpen(0, 100, 0);
        const close = c.methods.find((m) => m.key === M.CONNECTION_CLOSE);
        assert.equal(close?.args.replyText, 'NOT_ALLOWED - negotiated frame_max = 100 is lower than the minimum allowed value (4096)');
        c.end();
    });
    test('channel_max 0 or 65535 and heartbeat 65535 are taken (clamped to the server maximum)', async () => {
        for (const [channelMax, heartbeat] of [
            [0, 0],
            [65535, 65535],
        ]) {
            const c = await tuneThenOpen(channelMax, 0, heartbeat);
            assert.ok(c.methods.some((m) => m.key === M.CONNECTION_OPEN_OK), JSON.stringify(c.methods));
            await c.openChannel(1);
            c.end();
        }
        await stillServing();
    });
});
//# sourceMappingURL=handshake.test.js.map