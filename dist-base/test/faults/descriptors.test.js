// Running out of file descriptors. A real Wharf process under `ulimit -n 256` with 600 durable queues that
// have a TTL and traffic stays up, serves a fresh client, and keeps every confirmed message across a
// restart. In-process, with the budget of queue-file descriptors held busy, a queue declaration is refused
// with a channel error and a publish waits (no nack) until descriptors are free again.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect as tcpConnect } from 'node:net';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import pino from 'pino';
import { WharfServer } from '../../src/server.js';
import { closeQuietly, open, waitUntil, withTimeout } from '../helpers/amqp.js';
import { startWharf, uniqueName } from '../helpers/brokers.js';
const QUEUES = 600;
const FD_LIMIT = 256;
test(`${QUEUES} durable queues with a TTL under ulimit -n ${FD_LIMIT}: the broker stays up and loses nothing confirmed`, { timeout: 120_000 }, async (t) => {
    let wharf = await startWharf({ fdLimit: FD_LIMIT });
    let conn;
    let fresh;
    const prefix = uniqueName('fds');
    const names = Array.from({ length: QUEUES }, (_, i) => `${prefix}-${i}`);
    try {
        conn = await open(wharf.url);
        let closed = false;
        conn.on('close', () => (closed = true));
        let ch = await conn.createConfirmChannel();
        ch.on('error', () => { });
        const declared = [];
        const refusals = [];
        for (const q of names) {
            try {
                await ch.assertQueue(q, { durable: true, arguments: { 'x-message-ttl': 600_000 } });
                declared.push(q);
            }
            catch (err) {
                // A refusal must be a channel error with a clear text, never a closed connection.
                refusals.push(err.message);
                assert.match(err.message, /406 \(PRECONDITION-FAILED\).*too many open files/);
                ch = await conn.createConfirmChannel();
                ch.on('error', () => { });
            }
        }
        // Traffic on every queue in one burst: a message that expires at once (the expiry timers and the
        // watermark writes they cause) and two that stay.
        const confirmed = new Map();
        let nacks = 0;
        await withTimeout(Promise.all(declared.flatMap((q) => [
            new Promise((resolve) => ch.sendToQueue(q, Buffer.from('expires'), { persistent: true, expiration: '20' }, () => resolve())),
            ...[1, 2].map((k) => new Promise((resolve) => ch.sendToQueue(q, Buffer.from(`${q}/${k}`), { persistent: true }, (err) => {
                if (err)
                    nacks++;
                else
                    confirmed.set(q, (confirmed.get(q) ?? 0) + 1);
                resolve();
            }))),
        ])), 60_000, 'confirms of the burst');
        const total = [...confirmed.values()].reduce((a, b) => a + b, 0);
        t.diagnostic(`declared ${declared.length} (${refusals.length} refused), confirmed ${total}, nacked ${nacks}`);
        assert.ok(declared.length > QUEUES / 2, `declared ${declared.length}`);
        // The expiring messages go (their timers run under the same descriptor shortage).
        const probe = await conn.createChannel();
        probe.on('error', () => { });
        const ready = async (q) => (await probe.checkQueue(q)).messageCount;
        const deadline = Date.now() + 20_000;
        for (const q of declared) {
            while ((await ready(q)) !== (confirmed.get(q) ?? 0)) {
                assert.ok(Date.now() < deadline, `queue ${q}: ${await ready(q)} messages, ${confirmed.get(q) ?? 0} confirmed`);
                await new Promise((r) => setTimeout(r, 20));
            }
        }
        assert.equal(closed, false, 'the publishing connection stayed open');
        process.kill(wharf.pid, 0); // still running
        // A fresh client is served.
        fresh = await open(wharf.url);
        const fch = await fresh.createConfirmChannel();
        const q = uniqueName('fds-fresh');
        await fch.assertQueue(q, { durable: true });
        fch.sendToQueue(q, Buffer.from('hello'), { persistent: true });
        await fch.waitForConfirms();
        assert.equal(((await fch.get(q, { noAck: true })) || undefined)?.content.toString(), 'hello');
        await fch.deleteQueue(q);
        await closeQuietly(fresh);
        await closeQuietly(conn);
        fresh = conn = undefined;
        assert.equal(await wharf.stop(), 0, `clean exit:\n${wharf.output().slice(-3000)}`);
        wharf = await wharf.restart();
        conn = await open(wharf.url);
        const rch = await conn.createChannel();
        let recovered = 0;
        for (const name of declared) {
            const n = (await rch.checkQueue(name)).messageCount;
            assert.equal(n, confirmed.get(name) ?? 0, `queue ${name} after the restart`);
            recovered += n;
        }
        const line = `confirmed ${total}, recovered ${recovered}`;
        t.diagnostic(line);
        console.log(`descriptors (ulimit -n ${FD_LIMIT}, ${declared.length} queues): ${line}`);
        for (const name of declared)
            await rch.deleteQueue(name);
    }
    finally {
        await closeQuietly(fresh);
        await closeQuietly(conn);
        if (wharf)
            await wharf.stop().catch(() => wharf?.kill());
    }
});
test('with every queue-file descriptor busy, queue.declare is refused with 406 and a publish waits, not nacked', { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-fds-'));
    const lines = [];
    const sink = new Writable({
        write(chunk, _enc, done) {
            lines.push(chunk.toString());
            done();
        },
    });
    const server = new WharfServer({
        amqpPort: 0,
        httpPort: 0,
        host: '127.0.0.1',
        dataDir: dir,
        fileHandleLimit: 4,
        logger: pino({ level: 'warn' }, sink),
    });
    await server.start();
    const url = `amqp://guest:guest@127.0.0.1:${server.amqpPort}`;
    let conn;
    const hog = [];
    const files = server.broker.files;
    // Another user of the same budget whose descriptors are all busy (it never gives any back).
    const hogger = files.holder(() => { });
    try {
        conn = await open(url);
        let closed = false;
        conn.on('close', () => (closed = true));
        const ch = await conn.createConfirmChannel();
        ch.on('error', () => { });
        await ch.assertQueue('a', { durable: true });
        ch.sendToQueue('a', Buffer.from('1'), { persistent: true });
        await ch.waitForConfirms();
        // Take every descriptor of the budget (queue a's idle ones are closed to make room) until refused.
        assert.throws(() => {
            for (;;)
                hog.push(hogger.open('/dev/null', 0, undefined, false));
        }, /too many open files/);
        assert.equal(hog.length, files.limit);
        const refused = await conn.createChannel();
        refused.on('error', () => { });
        await assert.rejects(refused.assertQueue('b', { durable: true }), (err) => {
            assert.match(err.message, /406 \(PRECONDITION-FAILED\) with message "PRECONDITION_FAILED - cannot open queue 'b' in vhost '\/': too many open files/);
            return true;
        });
        assert.ok(lines.some((l) => l.includes('out of file descriptors for queue files')), lines.join(''));
        let outcome;
        ch.sendToQueue('a', Buffer.from('2'), { persistent: true }, (err) => (outcome = err ? 'nack' : 'ack'));
        await waitUntil(() => files.waiting > 0, 5000, 'the write waiting for a descriptor');
        assert.equal(outcome, undefined, 'neither confirmed nor nacked while it waits');
        const metrics = await (await fetch(`http://127.0.0.1:${server.httpPort}/metrics`)).text();
        assert.match(metrics, /^wharf_store_open_files_limit 4$/m);
        assert.match(metrics, /^wharf_store_open_files_waiting 1$/m);
        assert.match(metrics, /^wharf_store_open_files_refused_total [1-9]/m);
        for (const fd of hog.splice(0))
            hogger.close(fd);
        await waitUntil(() => outcome !== undefined, 5000, 'the confirm');
        assert.equal(outcome, 'ack');
        const again = await conn.createChannel();
        await again.assertQueue('b', { durable: true });
        assert.equal((await again.checkQueue('a')).messageCount, 2);
        assert.equal(closed, false, 'the connection stayed open throughout');
    }
    finally {
        for (const fd of hog)
            hogger.close(fd);
        await closeQuietly(conn);
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
    }
});
test('connections past the descriptor limit are turned away; the broker stays up and serves clients after', { timeout: 60_000 }, async (t) => {
    const wharf = await startWharf({ fdLimit: 128 });
    const sockets = [];
    let conn;
    try {
        conn = await open(wharf.url);
        const ch = await conn.createConfirmChannel();
        ch.on('error', () => { });
        const q = uniqueName('fds-accept');
        await ch.assertQueue(q, { durable: true });
        ch.sendToQueue(q, Buffer.from('before'), { persistent: true });
        await ch.waitForConfirms();
        // Raw TCP connections until the broker has no descriptor left: libuv then accepts and closes at once.
        let turnedAway = 0;
        for (let i = 0; i < 400 && turnedAway < 5; i++) {
            const s = tcpConnect(wharf.amqpPort, '127.0.0.1');
            s.on('error', () => { });
            const opened = Date.now();
            s.on('close', () => {
                if (Date.now() - opened < 2000)
                    turnedAway++;
            });
            sockets.push(s);
            await new Promise((r) => setTimeout(r, 2));
        }
        t.diagnostic(`${sockets.length} connections opened, ${turnedAway} turned away`);
        assert.ok(turnedAway > 0, 'the broker ran out of descriptors');
        // Work on an existing connection meanwhile gets an answer (a confirm or a nack), never a crash.
        let answered = false;
        ch.sendToQueue(q, Buffer.from('during'), { persistent: true }, () => (answered = true));
        await waitUntil(() => answered, 10_000, 'a confirm or a nack');
        // Timers run meanwhile too (the resource monitor reads /proc every second): hold the shortage for longer.
        await new Promise((r) => setTimeout(r, 1500));
        for (const s of sockets.splice(0))
            s.destroy();
        process.kill(wharf.pid, 0);
        // the broker frees the descriptors as it reads each close, which on a busy machine can
        // take a moment after ours: until then a new connection is still turned away
        const fresh = await openWithin(wharf.url, 10_000);
        try {
            const fch = await fresh.createConfirmChannel();
            fch.sendToQueue(q, Buffer.from('after'), { persistent: true });
            await fch.waitForConfirms();
            assert.ok((await fch.checkQueue(q)).messageCount >= 2);
            await fch.deleteQueue(q);
        }
        finally {
            await closeQuietly(fresh);
        }
        assert.doesNotMatch(wharf.output(), /\n\s+at \S+ \(/, 'no stack trace: nothing was thrown uncaught');
    }
    finally {
        for (const s of sockets)
            s.destroy();
        await closeQuietly(conn);
        assert.equal(await wharf.stop(), 0, wharf.output().slice(-2000));
    }
});
/** Connects, trying again while the broker turns connections away, up to `ms`. */
async function openWithin(url, ms) {
    const until = Date.now() + ms;
    for (;;) {
        try {
            return await open(url);
        }
        catch (err) {
            if (Date.now() > until)
                throw err;
            await new Promise((r) => setTimeout(r, 200));
        }
    }
}
//# sourceMappingURL=descriptors.test.js.map