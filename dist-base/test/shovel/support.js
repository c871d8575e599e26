// Shared by the shovel suites: making shovels through the management API, reading their
// status, publishing numbered persistent messages, and counting what arrived where.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are read field by field */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { closeQuietly, open, sleep } from '../helpers/amqp.js';
import { repoRoot } from '../helpers/brokers.js';
import { api, expectStatus } from '../security/support.js';
const CLI = resolve(repoRoot, 'dist/src/cli/main.js');
/** Runs the `wharf` CLI as a child process against `w`'s management API. */
export function cli(w, args, timeoutMs = 30_000) {
    return new Promise((done, fail) => {
        const child = spawn(process.execPath, [CLI, ...args, '--url', `http://127.0.0.1:${w.httpPort}`], {
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d.toString()));
        child.stderr.on('data', (d) => (stderr += d.toString()));
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            fail(new Error(`wharf ${args.join(' ')} did not finish\n${stdout}\n${stderr}`));
        }, timeoutMs);
        child.once('close', (code) => {
            clearTimeout(timer);
            done({ code, stdout, stderr });
        });
    });
}
export const enc = encodeURIComponent;
export async function putShovel(httpPort, name, value, vhost = '/') {
    const r = await api(httpPort, `/api/parameters/shovel/${enc(vhost)}/${enc(name)}`, {
        method: 'PUT',
        body: { value },
    });
    expectStatus(r, [201, 204], `PUT shovel ${name}`);
}
/** The shovel's entry in GET /api/shovels, or undefined when it is not listed. */
export async function shovelStatus(httpPort, name, vhost = '/') {
    const r = await api(httpPort, `/api/shovels/${enc(vhost)}`);
    expectStatus(r, 200, 'GET /api/shovels');
    return r.body.find((s) => s.name === name);
}
/** Polls `probe` until it answers something truthy; fails with `what` after `ms`. */
export async function waitFor(probe, ms, what) {
    const deadline = Date.now() + ms;
    for (;;) {
        const v = await probe();
        if (v)
            return v;
        if (Date.now() > deadline)
            throw new Error(`timed out after ${ms} ms waiting for ${what()}`);
        await sleep(50);
    }
}
/** Publishes persistent messages with message ids from..to-1 (confirmed in batches of 1000). */
export async function publishNumbered(url, queue, from, to) {
    const conn = await open(url);
    try {
        const ch = await conn.createConfirmChannel();
        await ch.assertQueue(queue, { durable: true });
        const body = Buffer.alloc(100, 'x');
        for (let i = from; i < to; i++) {
            ch.sendToQueue(queue, body, { persistent: true, messageId: String(i) });
            if ((i - from) % 1000 === 999)
                await ch.waitForConfirms();
        }
        await ch.waitForConfirms();
    }
    finally {
        await closeQuietly(conn);
    }
}
/** A queue's message count (ready only), by a passive declare. */
export async function depth(conn, queue) {
    const ch = await conn.createChannel();
    ch.on('error', () => { });
    try {
        return (await ch.checkQueue(queue)).messageCount;
    }
    finally {
        await ch.close().catch(() => { });
    }
}
/**
 * Takes every message of `queue` (no-ack) until `expected` distinct ids arrived and the
 * queue stayed empty a moment, and tallies them against ids 0..expected-1.
 */
export async function drainTally(url, queue, expected, ms) {
    const conn = await open(url);
    const seen = new Uint8Array(expected);
    let total = 0;
    let distinct = 0;
    let stray = 0;
    try {
        const ch = await conn.createChannel();
        await ch.prefetch(5000);
        await ch.consume(queue, (m) => {
            if (!m)
                return;
            total++;
            const id = Number(m.properties.messageId);
            if (!(id >= 0 && id < expected))
                stray++;
            else if (seen[id]++ === 0)
                distinct++;
            ch.ack(m);
        }, { noAck: false });
        await waitFor(async () => distinct >= expected, ms, () => `${expected} ids from ${queue} (got ${distinct})`);
        // anything still coming (a duplicate published last) is counted too
        let last = -1;
        while (last !== total) {
            last = total;
            await sleep(300);
        }
        if (stray > 0)
            throw new Error(`${stray} message(s) without a known id in ${queue}`);
    }
    finally {
        await closeQuietly(conn);
    }
    const missing = [];
    for (let i = 0; i < expected && missing.length < 20; i++)
        if (seen[i] === 0)
            missing.push(i);
    return { total, distinct, duplicates: total - distinct, missing };
}
/** The queue's total messages (ready + unacked) on a Wharf, through its API. */
export async function wharfQueueMessages(httpPort, queue) {
    const r = await api(httpPort, `/api/queues/%2F/${enc(queue)}`);
    expectStatus(r, 200, `GET queue ${queue}`);
    return Number(r.body.messages);
}
//# sourceMappingURL=support.js.map