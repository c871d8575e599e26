// startWharf(): a broker inside the test process, with the defaults a test wants, isolated
// from any other instance, and gone without a trace after close().
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import amqp from 'amqplib';
import { startWharf } from 'wharfmq';
import { closeQuietly, open, openChannel, waitUntil, withTimeout } from '../helpers/amqp.js';
const GUEST = `Basic ${Buffer.from('guest:guest').toString('base64')}`;
async function getJson(url) {
    const res = await fetch(url, { headers: { authorization: GUEST } });
    assert.equal(res.status, 200, `${url}: ${res.status}`);
    return res.json();
}
/** Polls basic.get until a message comes (or the deadline passes). */
async function getOne(ch, queue, ms = 3000) {
    const deadline = Date.now() + ms;
    for (;;) {
        const m = await ch.get(queue, { noAck: true });
        if (m)
            return String(m.content);
        if (Date.now() > deadline)
            throw new Error(`no message on ${queue} within ${ms} ms`);
        await new Promise((r) => setTimeout(r, 5));
    }
}
/** Handles and requests still active once everything started has been closed. */
async function settledResources() {
    // A closed server's handle and an fs request whose callback resolved close() are released
    // on the loop's next turn.
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    return process.getActiveResourcesInfo().sort();
}
test('startWharf gives working AMQP and HTTP URLs on free ports, a temp data dir removed by close()', async () => {
    const before = await settledResources();
    const wharf = await startWharf();
    let conn;
    try {
        assert.match(wharf.amqpUrl, /^amqp:\/\/127\.0\.0\.1:\d+$/);
        assert.match(wharf.httpUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
        assert.notEqual(new URL(wharf.amqpUrl).port, '5672');
        assert.match(wharf.kafkaBootstrap ?? '', /^127\.0\.0\.1:\d+$/);
        assert.notEqual(wharf.kafkaBootstrap, '127.0.0.1:9092');
        assert.match(wharf.sqsEndpoint ?? '', /^http:\/\/127\.0\.0\.1:\d+$/);
        assert.match(wharf.respUrl ?? '', /^redis:\/\/127\.0\.0\.1:\d+$/);
        assert.deepEqual(wharf.listeners.map((l) => l.protocol), ['amqp', 'http', 'resp', 'kafka', 'sqs']);
        assert.ok(wharf.dataDir && existsSync(wharf.dataDir), 'a data dir exists while it runs');
        // guest/guest is the clients' default: the URL carries no credentials
        conn = await open(wharf.amqpUrl);
        const ch = await openChannel(conn);
        const q = `embedded.${randomUUID()}`;
        await ch.assertQueue(q, { durable: true });
        ch.sendToQueue(q, Buffer.from('hello'), { persistent: true });
        assert.equal(await getOne(ch, q), 'hello');
        const overview = (await getJson(`${wharf.httpUrl}/api/overview`));
        assert.equal(overview.object_totals.queues, 1);
    }
    finally {
        await closeQuietly(conn);
        await wharf.close();
    }
    assert.equal(existsSync(wharf.dataDir), false, 'the temp data dir is removed');
    await wharf.close(); // a second close is harmless
    assert.deepEqual(await settledResources(), before, 'no handle, timer or request left behind');
});
test('two instances share nothing: a message published on one is not on the other; closing one leaves the other working', async () => {
    const a = await startWharf();
    const b = await startWharf();
    let ca;
    let cb;
    try {
        assert.notEqual(a.amqpUrl, b.amqpUrl);
        assert.notEqual(a.dataDir, b.dataDir);
        const q = `embedded.shared-name.${randomUUID()}`;
        ca = await open(a.amqpUrl);
        cb = await open(b.amqpUrl);
        const cha = await openChannel(ca);
        const chb = await openChannel(cb);
        await cha.assertQueue(q);
        await chb.assertQueue(q);
        cha.sendToQueue(q, Buffer.from('only on a'));
        assert.equal(await getOne(cha, q), 'only on a');
        cha.sendToQueue(q, Buffer.from('still only on a'));
        await waitUntil(() => a.server.broker.vhost('/').queues.get(q).count === 1, 3000, 'the message on a');
        assert.equal((await chb.checkQueue(q)).messageCount, 0, 'b never saw it');
        assert.equal(b.server.broker.vhost('/').queues.get(q).count, 0);
        await closeQuietly(ca);
        ca = undefined;
        await a.close();
        // b goes on: publish, consume, and its management API answers
        chb.sendToQueue(q, Buffer.from('b after a closed'));
        assert.equal(await getOne(chb, q), 'b after a closed');
        const queues = (await getJson(`${b.httpUrl}/api/queues`));
        assert.deepEqual(queues.map((x) => x.name), [q]);
        await assert.rejects(withTimeout(amqp.connect(a.amqpUrl), 3000, 'connect to a closed Wharf'));
    }
    finally {
        await closeQuietly(ca);
        await closeQuietly(cb);
        await a.close();
        await b.close();
    }
});
test("storage 'memory': no data dir; durable queues work within the run and are gone in the next", async () => {
    const first = await startWharf({ storage: 'memory' });
    const q = `embedded.memory.${randomUUID()}`;
    let conn;
    try {
        assert.equal(first.dataDir, undefined);
        assert.equal(first.server.broker.storage.kind, 'memory');
        conn = await open(first.amqpUrl);
        const ch = await conn.createConfirmChannel();
        ch.on('error', () => { });
        await ch.assertQueue(q, { durable: true, arguments: { 'x-max-priority': 3 } });
        await ch.assertQueue(`${q}.stream`, { durable: true, arguments: { 'x-queue-type': 'stream' } });
        for (let i = 0; i < 3; i++)
            ch.sendToQueue(q, Buffer.from(`m${i}`), { persistent: true, priority: i });
        ch.sendToQueue(`${q}.stream`, Buffer.from('s'), { persistent: true });
        await ch.waitForConfirms();
        assert.equal(await getOne(ch, q), 'm2', 'priorities apply');
    }
    finally {
        await closeQuietly(conn);
        await first.close();
    }
    const second = await startWharf({ storage: 'memory' });
    try {
        assert.equal(second.server.broker.vhost('/').queues.has(q), false, 'nothing survives a memory broker');
    }
    finally {
        await second.close();
    }
});
test('options are checked as the config file is, and a failed start leaves no listener behind', async () => {
    await assert.rejects(startWharf({ amqpPort: 'x' }), /startWharf options: 'amqpPort' must be a port number/);
    await assert.rejects(startWharf({ storage: 'tape' }), /startWharf options: 'storage' must be 'disk' or 'memory'/);
    const running = await startWharf({ storage: 'memory', httpPort: false });
    try {
        assert.throws(() => running.httpUrl, /no HTTP listener \(httpPort: false\)/);
        const port = Number(new URL(running.amqpUrl).port);
        await assert.rejects(startWharf({ storage: 'memory', amqpPort: port }), /AMQP port \d+ is already in use/);
    }
    finally {
        await running.close();
    }
});
test('a config file is read as wharf serve --config reads it; the options given win over it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-config-'));
    const config = join(dir, 'wharf.json');
    writeFileSync(config, JSON.stringify({ storage: 'memory', heartbeat: 7, httpPort: false }));
    try {
        const wharf = await startWharf({ config, heartbeat: 9 });
        try {
            assert.equal(wharf.dataDir, undefined, 'storage from the file');
            assert.deepEqual(wharf.listeners.map((l) => l.protocol), ['amqp', 'resp', 'kafka', 'sqs'], 'httpPort false from the file');
            assert.equal(wharf.server.options.heartbeat, 9, 'the option wins over the file');
        }
        finally {
            await wharf.close();
        }
        writeFileSync(config, JSON.stringify({ amqpPortt: 1 }));
        await assert.rejects(startWharf({ config }), /config file '.*wharf\.json': unknown setting 'amqpPortt'/);
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
//# sourceMappingURL=start-wharf.test.js.map