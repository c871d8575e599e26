// Faults of the definitions log against a real Wharf process: confirmed persistent
// messages are published to durable queues, the broker is stopped, the definitions log is
// damaged (a flipped byte, a cut in the middle of a record, a file of garbage, a record
// that no longer replays, a full disk during an append), the broker is started again and
// every confirmed message must be back, or its queue's data set aside intact and brought
// back by the operator procedure of docs/reliability.md ("Definitions log faults").
// Each scenario prints "confirmed N, recovered M". The full-disk scenario needs root (it
// mounts a small tmpfs) and skips with a message otherwise.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync, } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { closeQuietly, open, withTimeout } from '../helpers/amqp.js';
import { canControlWharf, EXTERNAL_SKIP, startWharf, uniqueName, } from '../helpers/brokers.js';
import { definitionsPath, flipByteInQueueRecord, rewriteMetaArguments, rewriteQueueArguments, truncateInQueueRecord, } from './definitions-file.js';
const N = 2000;
const GUEST = `Basic ${Buffer.from('guest:guest').toString('base64')}`;
function report(scenario, confirmed, recovered) {
    console.log(`[faults/definitions] ${scenario}: confirmed ${confirmed}, recovered ${recovered}`);
}
async function publishConfirmed(url, queue, n, args = {}) {
    const conn = await open(url);
    try {
        const ch = await conn.createConfirmChannel();
        await ch.assertQueue(queue, { durable: true, arguments: args });
        for (let i = 0; i < n; i++)
            ch.sendToQueue(queue, Buffer.from(`${queue}:${i}`), { persistent: true });
        await withTimeout(ch.waitForConfirms(), 20_000, `confirms of ${queue}`);
    }
    finally {
        await closeQuietly(conn);
    }
}
/** Takes every message of a classic queue and checks they are exactly the n published. */
async function recoverClassic(url, queue, n) {
    const conn = await open(url);
    try {
        const ch = await conn.createChannel();
        ch.on('error', () => { });
        let depth;
        try {
            depth = (await ch.checkQueue(queue)).messageCount;
        }
        catch {
            return 0; // 404: the queue is gone
        }
        const bodies = await take(conn, queue, depth, {});
        assert.deepEqual(bodies.sort(), expectedBodies(queue, n).sort(), `${queue} holds the messages published`);
        return bodies.length;
    }
    finally {
        await closeQuietly(conn);
    }
}
/** Reads a stream from its first offset; declare-ok reports no depth for streams. */
async function recoverStream(url, queue, n) {
    const conn = await open(url);
    try {
        const ch = await conn.createChannel();
        ch.on('error', () => { });
        try {
            await ch.checkQueue(queue);
        }
        catch {
            return 0;
        }
        const bodies = await take(conn, queue, n, { 'x-stream-offset': 'first' });
        assert.deepEqual(bodies, expectedBodies(queue, n), `${queue} holds the messages published, in order`);
        return bodies.length;
    }
    finally {
        await closeQuietly(conn);
    }
}
function expectedBodies(queue, n) {
    return Array.from({ length: n }, (_, i) => `${queue}:${i}`);
}
/** Consumes until `count` messages came (acking them), or nothing came for 2 s. */
async function take(conn, queue, count, args) {
    const ch = await conn.createChannel();
    await ch.prefetch(500);
    const bodies = [];
    await new Promise((resolve, reject) => {
        let idle = setTimeout(resolve, 2000);
        if (count === 0) {
            clearTimeout(idle);
            resolve();
            return;
        }
        ch.consume(queue, (m) => {
            if (!m)
                return;
            bodies.push(m.content.toString());
            ch.ack(m);
            clearTimeout(idle);
            if (bodies.length >= count)
                resolve();
            else
                idle = setTimeout(resolve, 2000);
        }, { arguments: args }).catch(reject);
    });
    return bodies;
}
/** Checksums of every file of every directory under root, keyed by relative path. */
function fileHashes(root) {
    const out = new Map();
    for (const dir of readdirSync(root)) {
        if (!statSync(join(root, dir)).isDirectory())
            continue; // the copy of a damaged definitions log
        for (const f of readdirSync(join(root, dir))) {
            if (f === 'meta')
                continue;
            out.set(`${dir}/${f}`, createHash('sha256')
                .update(readFileSync(join(root, dir, f)))
                .digest('hex'));
        }
    }
    return out;
}
function tempDataDir() {
    return mkdtempSync(join(tmpdir(), 'wharf-faults-defs-'));
}
/** Starts Wharf on dataDir and returns the error when it refuses to start. */
async function startOrError(dataDir, args = []) {
    return startWharf({ dataDir, args }).then((w) => w, (err) => err);
}
describe('definitions log faults', { skip: canControlWharf() ? false : EXTERNAL_SKIP, timeout: 120_000 }, () => {
    test('a flipped byte in a queue record costs no message, and later records are read', async () => {
        const dataDir = tempDataDir();
        let w;
        const [a, b] = [uniqueName('flip-a'), uniqueName('flip-b')];
        try {
            w = await startWharf({ dataDir });
            await publishConfirmed(w.url, a, N);
            await publishConfirmed(w.url, b, N); // its record comes after the damaged one
            await w.stop();
            flipByteInQueueRecord(definitionsPath(dataDir), a);
            w = await w.restart();
            const got = [await recoverClassic(w.url, a, N), await recoverClassic(w.url, b, N)];
            report('flipped byte in a queue record', 2 * N, got[0] + got[1]);
            assert.deepEqual(got, [N, N]);
            const out = w.output();
            assert.match(out, /definitions\.jsonl/, 'the damaged record is reported with its file');
            assert.match(out, /line \d+/, 'and its line');
        }
        finally {
            await w?.stop().catch(() => { });
            rmSync(dataDir, { recursive: true, force: true });
        }
    });
    test('a definitions log cut in the middle of a record costs no message', async () => {
        const dataDir = tempDataDir();
        let w;
        const [a, b] = [uniqueName('cut-a'), uniqueName('cut-b')];
        try {
            w = await startWharf({ dataDir });
            await publishConfirmed(w.url, a, N);
            await publishConfirmed(w.url, b, N);
            await w.stop();
            truncateInQueueRecord(definitionsPath(dataDir), a); // b's record is cut away too
            w = await w.restart();
            const got = [await recoverClassic(w.url, a, N), await recoverClassic(w.url, b, N)];
            report('definitions log cut in a record', 2 * N, got[0] + got[1]);
            assert.deepEqual(got, [N, N]);
        }
        finally {
            await w?.stop().catch(() => { });
            rmSync(dataDir, { recursive: true, force: true });
        }
    });
    test('a definitions log of garbage stops the start; --recover-definitions brings the queues back', async () => {
        const dataDir = tempDataDir();
        let w;
        const q = uniqueName('garbage');
        const config = join(dataDir, '..', `${q}.json`);
        try {
            w = await startWharf({ dataDir });
            await publishConfirmed(w.url, q, N);
            await w.stop();
            const path = definitionsPath(dataDir);
            const size = statSync(path).size;
            writeFileSync(path, Buffer.from(Array.from({ length: size }, (_, i) => (i * 7919 + 13) % 256)));
            const queues = join(dataDir, 'queues');
            const before = fileHashes(queues);
            w = await startOrError(dataDir);
            if (!(w instanceof Error)) {
                report('definitions log of garbage', N, await recoverClassic(w.url, q, N));
                assert.fail('Wharf started on a definitions log it could not read');
            }
            assert.match(w.message, /exited with code 1/);
            assert.match(w.message, /definitions\.jsonl/, 'the message names the file');
            assert.match(w.message, /--recover-definitions/, 'and the way out');
            assert.deepEqual(fileHashes(queues), before, 'a refused start changes no queue data');
            // the documented way out: start anyway, with an administrator from the config (guest
            // is not recreated on a data dir whose users could not be read)
            writeFileSync(config, JSON.stringify({ users: [{ name: 'ops', password: 'ops-pw', tags: ['administrator'] }] }));
            w = await startWharf({ dataDir, args: ['--recover-definitions', '--config', config] });
            const url = w.url.replace('guest:guest', 'ops:ops-pw');
            const got = await recoverClassic(url, q, N);
            report('definitions log of garbage, --recover-definitions', N, got);
            assert.equal(got, N);
            await assert.rejects(open(w.url), 'guest/guest was not recreated');
        }
        finally {
            if (w && !(w instanceof Error))
                await w.stop().catch(() => { });
            rmSync(dataDir, { recursive: true, force: true });
            rmSync(config, { force: true });
        }
    });
    test('a queue record that no longer replays keeps its data aside; the operator brings it back', async () => {
        const dataDir = tempDataDir();
        let w;
        const s = uniqueName('replay-fails');
        const STREAM = { 'x-queue-type': 'stream' };
        try {
            w = await startWharf({ dataDir });
            await publishConfirmed(w.url, s, N, STREAM);
            await w.stop();
            const queues = join(dataDir, 'queues');
            const before = [...fileHashes(queues).values()].sort();
            // as if a newer version refused an argument an older one accepted (the queue's
            // directory keeps its definition in its meta file too: the same argument there)
            const bad = { 'x-stream-max-segment-size-bytes': -5 };
            rewriteQueueArguments(definitionsPath(dataDir), s, bad);
            for (const d of readdirSync(queues))
                rewriteMetaArguments(join(queues, d), bad);
            w = await w.restart();
            const lostFound = join(dataDir, 'lost-and-found');
            assert.ok(existsSync(lostFound), `the stream's data was set aside:\n${w.output()}`);
            const aside = readdirSync(lostFound).filter((d) => statSync(join(lostFound, d)).isDirectory());
            assert.equal(aside.length, 1, `one directory set aside: ${aside.join(', ')}`);
            assert.deepEqual([...fileHashes(lostFound).values()].sort(), before, 'set aside intact');
            assert.match(w.output(), new RegExp(`queue '${s}' in vhost '/' could not be restored`), 'named');
            assert.match(w.output(), /moved to .*lost-and-found/, 'and where its data went');
            // docs/reliability.md: declare the queue again, stop, move the data files in, start
            const conn = await open(w.url);
            await (await conn.createChannel()).assertQueue(s, { durable: true, arguments: STREAM });
            await closeQuietly(conn);
            await w.stop();
            const target = readdirSync(queues).find((d) => d.endsWith('.stream'));
            assert.ok(target, 'the re-declared stream has its directory');
            for (const f of readdirSync(join(lostFound, aside[0]))) {
                if (f !== 'meta')
                    renameSync(join(lostFound, aside[0], f), join(queues, target, f));
            }
            w = await w.restart();
            const got = await recoverStream(w.url, s, N);
            report('queue record that no longer replays, restored by the operator', N, got);
            assert.equal(got, N);
        }
        finally {
            await w?.stop().catch(() => { });
            rmSync(dataDir, { recursive: true, force: true });
        }
    });
    test('a full disk fails a declare cleanly and loses no queue', async (t) => {
        if (process.getuid?.() !== 0)
            return t.skip('needs root to mount a tmpfs');
        const mnt = mkdtempSync(join(tmpdir(), 'wharf-faults-tmpfs-'));
        const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mnt], {
            encoding: 'utf8',
        });
        if (mounted.status !== 0) {
            rmSync(mnt, { recursive: true, force: true });
            return t.skip(`cannot mount a tmpfs: ${mounted.stderr.trim()}`);
        }
        let w;
        const dataDir = join(mnt, 'data');
        const filler = join(mnt, 'filler');
        const config = join(mnt, 'wharf.json');
        const [before, after] = [uniqueName('disk-before'), uniqueName('disk-after')];
        try {
            mkdirSync(dataDir);
            // no disk alarm: the point is what happens when a write really fails
            writeFileSync(config, JSON.stringify({ diskFreeLimit: 0, segmentSize: 1024 * 1024 }));
            w = await startWharf({ dataDir, args: ['--config', config] });
            await publishConfirmed(w.url, before, N);
            fillDisk(filler);
            // declares until one needs a new page of the definitions log and fails
            let failure;
            const conn = await open(w.url);
            const closed = new Promise((resolve) => conn.on('close', resolve));
            try {
                const ch = await conn.createChannel();
                ch.on('error', () => { });
                for (let i = 0; i < 200 && !failure; i++) {
                    await ch.assertQueue(uniqueName('fill'), { durable: true }).catch((err) => {
                        failure = err;
                    });
                }
            }
            finally {
                await closeQuietly(conn);
            }
            assert.ok(failure, 'a declare failed on the full disk');
            const closeErr = await withTimeout(closed, 5000, 'connection close');
            // the management API meets the same failure (a longer name: a bigger record)
            const res = await fetch(`http://127.0.0.1:${w.httpPort}/api/queues/%2F/${'f'.repeat(200)}`, {
                method: 'PUT',
                headers: { authorization: GUEST, 'content-type': 'application/json' },
                body: JSON.stringify({ durable: true }),
            });
            const answer = { status: res.status, body: (await res.json()) };
            rmSync(filler); // space is back
            await publishConfirmed(w.url, after, N);
            w = await w.restart();
            const got = [await recoverClassic(w.url, before, N), await recoverClassic(w.url, after, N)];
            report('full disk during a declare', 2 * N, got[0] + got[1]);
            assert.deepEqual(got, [N, N]);
            assert.doesNotMatch(w.output(), /damaged|incomplete/, 'the definitions log has no damaged record');
            assert.match(String(closeErr?.message), /541 \(INTERNAL-ERROR\).*ENOSPC/, 'a 541 naming the cause');
            assert.equal(answer.status, 500);
            assert.match(String(answer.body.reason), /ENOSPC/);
        }
        finally {
            await w?.stop().catch(() => { });
            spawnSync('umount', [mnt]);
            rmSync(mnt, { recursive: true, force: true });
        }
    });
});
/** Writes a file until the filesystem is full, to the last byte of its last page. */
function fillDisk(path) {
    let chunk = Buffer.alloc(1024 * 1024);
    const fd = openSync(path, 'a');
    try {
        for (;;) {
            try {
                writeSync(fd, chunk);
            }
            catch (err) {
                if (err.code !== 'ENOSPC')
                    throw err;
                if (chunk.length === 1)
                    return;
                chunk = Buffer.alloc(Math.max(1, chunk.length >> 4));
            }
        }
    }
    finally {
        closeSync(fd);
    }
}
//# sourceMappingURL=definitions.test.js.map