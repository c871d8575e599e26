// Flow control: during a memory or disk alarm a publishing connection is blocked (told
// connection.blocked, no longer read), consumers keep draining, and everything resumes
// when the alarm clears. The broker runs in-process so the test can move the limits;
// the client talks to it over a real socket.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import amqp from 'amqplib';
import pino from 'pino';
import { WharfServer } from '../../src/server.js';
test('a disk alarm blocks publishers with connection.blocked; consumers drain; clearing resumes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-flow-'));
    const server = new WharfServer({
        amqpPort: 0,
        httpPort: 0,
        host: '127.0.0.1',
        dataDir: dir,
        logger: pino({ level: 'silent' }),
    });
    await server.start();
    const url = `amqp://guest:guest@127.0.0.1:${server.amqpPort}`;
    const pubConn = await amqp.connect(url);
    const subConn = await amqp.connect(url);
    try {
        const pub = await pubConn.createConfirmChannel();
        const sub = await subConn.createChannel();
        const q = 'flow-q';
        await pub.assertQueue(q, { durable: false });
        pub.sendToQueue(q, Buffer.from('before'));
        await pub.waitForConfirms();
        const events = [];
        pubConn.on('blocked', (reason) => events.push(`blocked:${reason}`));
        pubConn.on('unblocked', () => events.push('unblocked'));
        server.broker.resources.setLimits({ diskFreeLimit: Number.MAX_SAFE_INTEGER });
        assert.deepEqual([...server.broker.resources.alarms], ['disk']);
        let confirmed = false;
        pub.sendToQueue(q, Buffer.from('during'), {}, () => (confirmed = true));
        await new Promise((r) => setTimeout(r, 300));
        assert.deepEqual(events, ['blocked:low on disk']);
        assert.equal(confirmed, false, 'a blocked publish is not taken in');
        // consumers are not blocked: the message from before the alarm is delivered
        const got = [];
        await sub.consume(q, (m) => m && got.push(m.content.toString()), { noAck: true });
        await new Promise((r) => setTimeout(r, 200));
        assert.deepEqual(got, ['before']);
        server.broker.resources.setLimits({ diskFreeLimit: 0 });
        await pub.waitForConfirms();
        await new Promise((r) => setTimeout(r, 100));
        assert.deepEqual(events, ['blocked:low on disk', 'unblocked']);
        assert.deepEqual(got, ['before', 'during']);
    }
    finally {
        await pubConn.close().catch(() => { });
        await subConn.close().catch(() => { });
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
    }
});
//# sourceMappingURL=flow-control.test.js.map