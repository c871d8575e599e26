// Bad input closes the offending connection with the right AMQP reply code, and the
// broker keeps serving everyone else.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import amqp from 'amqplib';
import * as M from '../../src/amqp/codec/generated.js';
import { methodFrame } from '../../src/amqp/codec/index.js';
import { startWharf } from '../helpers/brokers.js';
import { RawClient, rawFrame } from './raw-client.js';
let wharf;
before(async () => {
    wharf = await startWharf();
});
after(async () => {
    await wharf?.stop();
});
async function closeCode(c) {
    const m = await c.waitMethod(M.CONNECTION_CLOSE);
    return {
        code: m.args.replyCode,
        classId: m.args.classId,
        methodId: m.args.methodId,
    };
}
/** The broker still serves a real client: publish and get one message. */
async function stillServing() {
    const conn = await amqp.connect(wharf.url);
    try {
        const ch = await conn.createChannel();
        const q = await ch.assertQueue('', { exclusive: true });
        ch.sendToQueue(q.queue, Buffer.from('alive'));
        let m = false;
        for (let i = 0; i < 50 && !m; i++) {
            m = await ch.get(q.queue, { noAck: true });
            if (!m)
                await new Promise((r) => setTimeout(r, 10));
        }
        assert.ok(m, 'message came back');
        assert.equal(m.content.toString(), 'alive');
    }
    finally {
        await conn.close();
    }
}
describe('bad input', () => {
    test('a wrong protocol header is answered with AMQP 0-9-1 and the socket closes', async () => {
        const c = await RawClient.connect(wharf.amqpPort);
        c.send(Buffer.from('AMQP\x01\x01\x00\x0a', 'latin1'));
        await c.until(() => c.closed, 3000, 'close');
        assert.deepEqual(Buffer.concat(c.raw), Buffer.from('AMQP\x00\x00\x09\x01', 'latin1'));
        await stillServing();
    });
    test('garbage instead of a header (an HTTP request) gets the same answer', async () => {
        const c = await RawClient.connect(wharf.amqpPort);
        c.send(Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
        await c.until(() => c.closed, 3000, 'close');
        assert.deepEqual(Buffer.concat(c.raw), Buffer.from('AMQP\x00\x00\x09\x01', 'latin1'));
    });
    test('a bad frame-end closes the connection with 501 FRAME_ERROR', async () => {
        const c = await RawClient.connect(wharf.amqpPort);
        await c.handshake();
        c.send(rawFrame(1, 1, Buffer.from([0, 20, 0, 10, 0]), 0x00));
        assert.equal((await closeCode(c)).code, 501);
        await stillServing();
    });
    test('a frame larger than frame_max closes with 501 FRAME_ERROR', async () => {
        const c = await RawClient.connect(wharf.amqpPort);
        await c.handshake();
        c.send(rawFrame(3, 1, Buffer.alloc(200_000)));
        assert.equal((await closeCode(c)).code, 501);
        await stillServing();
    });
    test('an unknown frame type closes with 501 FRAME_ERROR', async () => {
        const c = await RawClient.connect(wharf.amqpPort);
        await c.handshake();
        c.send(rawFrame(7, 0, Buffer.alloc(4)));
        assert.equal((await closeCode(c)).code, 501);
    });
    test('an unknown class/method closes with 540 NOT_IMPLEMENTED', async () => {
        const c = await RawClient.connect(wharf.amqpPort);
        await c.handshake();
        await c.openChannel(1);
        c.send(rawFrame(1, 1, Buffer.from([0x03, 0xe7, 0x00, 0x01])));
        assert.equal((await closeCode(c)).code, 540);
    });
    test('a truncated field table closes with 501 FRAME_ERROR naming queue.declare, as RabbitMQ', async () => {
        const c = await RawClient.connect(wharf.amqpPort);
        await c.handshake();
        await c.openChannel(1);
        const good = methodFrame(1, M.QUEUE_DECLARE, {
            ticket: 0,
            queue: 'q',
            passive: false,
            durable: false,
            exclusive: false,
            autoDelete: false,
            nowait: false,
            arguments: { 'x-a': 'b' },
        });
        // claim a longer table than the frame holds
        const payload = Buffer.from(good.subarray(7, good.length - 1));
        payload.writeUInt32BE(1000, payload.length - 4 - 8);
        c.send(rawFrame(1, 1, payload));
        const close = await closeCode(c);
        assert.equal(close.code, 501);
        assert.deepEqual([close.classId, close.methodId], [50, 10]);
    });
    test('a method on a channel that was never opened closes with 504 CHANNEL_ERROR', async () => {
        const c = await RawClient.connect(wharf.amqpPort);
        await c.handshake();
        c.send(methodFrame(5, M.BASIC_QOS, { prefetchSize: 0, prefetchCount: 1, global: false }));
        assert.equal((await closeCode(c)).code, 504);
    });
    test('a content body without a header closes with 505 UNEXPECTED_FRAME', async () => {
        const c = await RawClient.connect(wharf.amqpPort);
        await c.handshake();
        await c.openChannel(1);
        c.send(rawFrame(3, 1, Buffer.from('body')));
        assert.equal((await closeCode(c)).code, 505);
    });
    test('a method where a content header is due closes with 505 UNEXPECTED_FRAME', async () => {
        const c = await RawClient.connect(wharf.amqpPort);
        await c.handshake();
        await c.openChannel(1);
        c.send(methodFrame(1, M.BASIC_PUBLISH, {
            ticket: 0,
            exchange: '',
            routingKey: 'x',
            mandatory: false,
            immediate: false,
        }));
        c.send(methodFrame(1, M.BASIC_QOS, { prefetchSize: 0, prefetchCount: 1, global: false }));
        assert.equal((await closeCode(c)).code, 505);
    });
    test('methods before connection.open close with 503 COMMAND_INVALID', async () => {
        const c = await RawClient.connect(wharf.amqpPort);
        c.send(Buffer.from('AMQP\x00\x00\x09\x01', 'latin1'));
        await c.waitMethod(M.CONNECTION_START);
        c.send(methodFrame(0, M.CONNECTION_OPEN, { virtualHost: '/', capabilities: '', insist: false }));
        assert.equal((await closeCode(c)).code, 503);
    });
    test('wrong password: 403 ACCESS_REFUSED via authentication_failure_close', async () => {
        const c = await RawClient.connect(wharf.amqpPort);
        c.send(Buffer.from('AMQP\x00\x00\x09\x01', 'latin1'));
        await c.waitMethod(M.CONNECTION_START);
        c.send(methodFrame(0, M.CONNECTION_START_OK, {
            clientProperties: { capabilities: { authentication_failure_close: true } },
            mechanism: 'PLAIN',
            response: '\u0000guest\u0000wrong',
            locale: 'en_US',
        }));
        assert.equal((await closeCode(c)).code, 403);
    });
    test('an unknown vhost is refused with 530 NOT_ALLOWED', async () => {
        await assert.rejects(amqp.connect(`${wharf.url}/nope`), /ConnectionClose/);
        const c = await RawClient.connect(wharf.amqpPort);
        await assert.rejects(c.handshake('nope'), /timed out/);
        assert.equal((await closeCode(c)).code, 530);
    });
    test('a flood of random frames from one connection: it is closed, everyone else is served', async () => {
        const c = await RawClient.connect(wharf.amqpPort);
        await c.handshake();
        await c.openChannel(1);
        let seed = 42;
        const rnd = () => {
            seed = (seed * 1103515245 + 12345) & 0x7fffffff;
            return seed;
        };
        const junk = Buffer.alloc(4 * 1024 * 1024);
        for (let i = 0; i < junk.length; i++)
            junk[i] = rnd() & 0xff;
        c.send(junk);
        await c.until(() => c.closed || c.methods.some((m) => m.key === M.CONNECTION_CLOSE), 5000, 'close');
        await stillServing();
    });
});
//# sourceMappingURL=bad-input.test.js.map