// Limits, each refused with RabbitMQ's code and text: the node's connection limit
// (connection_max), channels per connection (channel_max), message size; and the
// per-connection bound on publishes awaiting confirms, which pushes back (the socket
// is not read) instead of refusing.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import amqp from 'amqplib';
import pino from 'pino';
import * as M from '../../src/amqp/codec/generated.js';
import { methodFrame } from '../../src/amqp/codec/index.js';
import { WharfServer } from '../../src/server.js';
import { waitUntil } from '../helpers/amqp.js';
import { RABBIT_SKIP, rabbitUrl, startWharf } from '../helpers/brokers.js';
import { RawClient, rawFrame } from '../amqp/raw-client.js';
const configDir = mkdtempSync(join(tmpdir(), 'wharf-limits-'));
after(() => rmSync(configDir, { recursive: true, force: true }));
function config(name, cfg) {
    const path = join(configDir, name);
    writeFileSync(path, JSON.stringify(cfg));
    return path;
}
/** amqplib's error text when a connection or channel is closed by the server. */
function closedWith(emitter) {
    return new Promise((resolve) => emitter.once('error', (e) => resolve(e.message)));
}
/** A raw connection to `port` as guest with the given channel_max (default: the server's), opened. */
async function rawOpen(port, channelMax) {
    const c = await RawClient.connect(port);
    c.send(Buffer.from('AMQP\x00\x00\x09\x01', 'latin1'));
    await c.waitMethod(M.CONNECTION_START);
    c.send(methodFrame(0, M.CONNECTION_START_OK, {
        clientProperties: { capabilities: { authentication_failure_close: true } },
        mechanism: 'PLAIN',
        response: '\0guest\0guest',
        locale: 'en_US',
    }));
    const tune = await c.waitMethod(M.CONNECTION_TUNE);
    c.send(methodFrame(0, M.CONNECTION_TUNE_OK, {
        channelMax: channelMax ?? tune.args.channelMax,
        frameMax: tune.args.frameMax,
        heartbeat: 0,
    }));
    c.send(methodFrame(0, M.CONNECTION_OPEN, { virtualHost: '/', capabilities: '', insist: false }));
    await c.waitMethod(M.CONNECTION_OPEN_OK);
    return c;
}
/** Opens n channels, then one more; resolves to the connection.close it gets. */
async function oneChannelTooMany(port, n, channelMax) {
    const c = await rawOpen(port, channelMax);
    try {
        for (let i = 1; i <= n; i++)
            await c.openChannel(i * 7); // numbers do not matter, the count does
        c.send(methodFrame(n * 7 + 7, M.CHANNEL_OPEN, { outOfBand: '' }));
        return (await c.waitMethod(M.CONNECTION_CLOSE)).args;
    }
    finally {
        c.end();
    }
}
describe('connection limit (connectionMax, RabbitMQ connection_max)', () => {
    let wharf;
    before(async () => {
        wharf = await startWharf({ args: ['--config', config('conn.json', { connectionMax: 3 })] });
    });
    after(async () => {
        await wharf?.stop();
    });
    test('the connection over the limit gets 530 NOT_ALLOWED at connection.open; a freed slot is usable', async () => {
        const open = await Promise.all([1, 2, 3].map(() => amqp.connect(wharf.url)));
        // amqplib reports a close instead of open-ok without its text; the raw client reads it
        await assert.rejects(amqp.connect(wharf.url), /Expected ConnectionOpenOk; got <ConnectionClose/);
        const raw = await RawClient.connect(wharf.amqpPort);
        await assert.rejects(raw.handshake());
        const close = await raw.waitMethod(M.CONNECTION_CLOSE);
        assert.deepEqual([close.args.replyCode, close.args.classId, close.args.methodId], [530, 10, 40]);
        assert.equal(close.args.replyText, 'NOT_ALLOWED - connection refused: node connection limit (3) is reached');
        raw.end();
        // the broker's log reaches us through a pipe, a moment after the socket closed
        await waitUntil(() => /connection refused: node connection limit \(3\) is reached/.test(wharf.output()), 3000, 'the log line');
        await open[0].close();
        const again = await amqp.connect(wharf.url);
        await again.close();
        await Promise.all(open.slice(1).map((c) => c.close()));
    });
});
describe('channel_max, message size and frame size, compared with RabbitMQ', () => {
    let wharf;
    let rabbit;
    before(async () => {
        [wharf, rabbit] = await Promise.all([
            startWharf({ args: ['--config', config('small.json', { channelMax: 4, maxMessageSize: 1000 })] }),
            rabbitUrl(),
        ]);
    });
    after(async () => {
        await wharf?.stop();
    });
    test('the server channelMax: one channel too many gets 530 with RabbitMQ text', async () => {
        const close = await oneChannelTooMany(wharf.amqpPort, 4, 0); // 0: the server's 4 applies
        assert.equal(close.replyCode, 530);
        assert.equal(close.replyText, 'NOT_ALLOWED - number of channels opened (4) has reached the negotiated channel_max (4)');
    });
    test('a negotiated channel_max of 3: the same code and text as RabbitMQ', async (t) => {
        const ours = await oneChannelTooMany(wharf.amqpPort, 3, 3);
        assert.equal(ours.replyCode, 530);
        assert.equal(ours.replyText, 'NOT_ALLOWED - number of channels opened (3) has reached the negotiated channel_max (3)');
        if (!rabbit)
            return t.skip(RABBIT_SKIP);
        const theirs = await oneChannelTooMany(5672, 3, 3);
        assert.deepEqual([ours.replyCode, ours.replyText], [theirs.replyCode, theirs.replyText]);
    });
    test('a message over maxMessageSize closes the channel with 406 and RabbitMQ text; the connection lives', async () => {
        const conn = await amqp.connect(wharf.url);
        try {
            const ch = await conn.createChannel();
            const q = await ch.assertQueue('', { exclusive: true });
            const closed = closedWith(ch);
            ch.sendToQueue(q.queue, Buffer.alloc(1001));
            assert.equal(await closed, 'Channel closed by server: 406 (PRECONDITION-FAILED) with message "PRECONDITION_FAILED - message size 1001 is larger than configured max size 1000"');
            const ch2 = await conn.createChannel();
            ch2.sendToQueue(q.queue, Buffer.alloc(1000));
            await ch2.checkQueue(q.queue);
        }
        finally {
            await conn.close();
        }
    });
    test('a frame over the negotiated frame_max: 501 FRAME_ERROR on both brokers', async (t) => {
        const code = async (port) => {
            const c = await rawOpen(port);
            try {
                await c.openChannel(1);
                c.send(rawFrame(3, 1, Buffer.alloc(200_000)));
                return (await c.waitMethod(M.CONNECTION_CLOSE)).args.replyCode;
            }
            finally {
                c.end();
            }
        };
        assert.equal(await code(wharf.amqpPort), 501);
        if (!rabbit)
            return t.skip(RABBIT_SKIP);
        assert.equal(await code(5672), 501);
    });
});
describe('default message size limit (128 MiB), compared with RabbitMQ', () => {
    test('128 MiB + 1 byte: the same 406 text on both brokers', { timeout: 60_000 }, async (t) => {
        const [wharf, rabbit] = await Promise.all([startWharf(), rabbitUrl()]);
        const body = Buffer.alloc(128 * 1024 * 1024 + 1);
        const refusal = async (url) => {
            const conn = await amqp.connect(url);
            try {
                const ch = await conn.createChannel();
                const q = await ch.assertQueue('', { exclusive: true });
                const closed = closedWith(ch);
                ch.sendToQueue(q.queue, body);
                return await closed;
            }
            finally {
                await conn.close();
            }
        };
        try {
            const ours = await refusal(wharf.url);
            assert.match(ours, /406 \(PRECONDITION-FAILED\).*message size 134217729 is larger than configured max size 134217728/);
            if (!rabbit)
                return t.skip(RABBIT_SKIP);
            assert.equal(ours, await refusal(rabbit));
        }
        finally {
            await wharf.stop();
        }
    });
});
describe('publishes awaiting confirms per connection (maxUnconfirmedBytesPerConnection)', () => {
    const LIMIT = 256 * 1024;
    const SIZE = 16 * 1024;
    const COUNT = 200; // 3.2 MB, far over the limit
    test('past the limit the connection is not read (state "flow") until confirms drain; nothing is lost', async () => {
        // In-process, so the test can hold the queue's fsyncs: the disk is made "slow".
        const dir = mkdtempSync(join(tmpdir(), 'wharf-unconfirmed-'));
        const server = new WharfServer({
            amqpPort: 0,
            httpPort: 0,
            host: '127.0.0.1',
            dataDir: dir,
            maxUnconfirmedBytesPerConnection: LIMIT,
            logger: pino({ level: 'silent' }),
        });
        await server.start();
        const conn = await amqp.connect(`amqp://guest:guest@127.0.0.1:${server.amqpPort}`);
        try {
            const ch = await conn.createConfirmChannel();
            await ch.assertQueue('unconfirmed-q', { durable: true });
            const queue = server.broker.vhost('/').queues.get('unconfirmed-q');
            const held = [];
            const realSync = queue.sync.bind(queue);
            queue.sync = (cb) => held.push(() => realSync(cb));
            let confirmed = 0;
            for (let i = 0; i < COUNT; i++) {
                ch.sendToQueue('unconfirmed-q', Buffer.alloc(SIZE, i), { persistent: true }, (err) => {
                    if (!err)
                        confirmed++;
                });
            }
            await new Promise((r) => setTimeout(r, 500));
            const session = [...server.broker.sessions][0];
            assert.equal(session.state, 'flow');
            assert.equal(confirmed, 0);
            // taken in: up to the limit, plus the one message that crossed it
            assert.ok(queue.count <= LIMIT / SIZE + 1, `${queue.count} messages taken in while over the limit`);
            assert.ok(queue.count >= LIMIT / SIZE, `${queue.count} messages taken in`);
            // the disk catches up: everything is taken in and confirmed
            queue.sync = realSync;
            for (const release of held.splice(0))
                release();
            await ch.waitForConfirms();
            assert.equal(confirmed, COUNT);
            assert.equal(queue.count, COUNT);
            assert.equal(session.state, 'running');
        }
        finally {
            await conn.close().catch(() => { });
            await server.stop();
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
//# sourceMappingURL=limits.test.js.map