// Shared by the security suites: the management API as a given user, AMQP operations
// reduced to RabbitMQ's reply code and text, connection.open over a raw socket (amqplib
// does not keep the close text of a refused open), and rabbitmqctl for the reference
// broker.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked field by field */
import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'amqplib';
import * as M from '../../src/amqp/codec/generated.js';
import { methodFrame } from '../../src/amqp/codec/index.js';
import { RawClient } from '../amqp/raw-client.js';
import { withTimeout } from '../helpers/amqp.js';
export const enc = encodeURIComponent;
export const GUEST = { user: 'guest', password: 'guest' };
export async function api(httpPort, path, init = {}) {
    const headers = {};
    const as = init.as === undefined ? GUEST : init.as;
    if (as)
        headers.authorization = `Basic ${Buffer.from(`${as.user}:${as.password}`).toString('base64')}`;
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);
    if (body !== undefined)
        headers['content-type'] = 'application/json';
    const res = await fetch(`http://127.0.0.1:${httpPort}${path}`, {
        method: init.method ?? 'GET',
        headers,
        body,
    });
    const text = await res.text();
    let parsed = text;
    try {
        parsed = text ? JSON.parse(text) : undefined;
    }
    catch {
        // not JSON: keep the text
    }
    return { status: res.status, body: parsed, headers: res.headers };
}
/** Fails the test with the answer when the status is not the expected one. */
export function expectStatus(r, status, what) {
    const ok = Array.isArray(status) ? status.includes(r.status) : r.status === status;
    if (!ok)
        throw new Error(`${what}: expected ${String(status)}, got ${r.status} ${JSON.stringify(r.body)}`);
}
export function amqpUrl(port, as, vhost, host = '127.0.0.1') {
    return `amqp://${enc(as.user)}:${enc(as.password)}@${host}:${port}/${enc(vhost)}`;
}
export async function openAs(port, as, vhost) {
    const conn = await withTimeout(connect(amqpUrl(port, as, vhost)), 8000, `connect as ${as.user}`);
    conn.on('error', () => { });
    return conn;
}
/** The reply code and text of an amqplib error raised by a channel or connection close. */
export function closeText(err) {
    const e = err;
    const m = /with message "([\s\S]*)"/.exec(e?.message ?? '');
    if (typeof e?.code !== 'number' || !m)
        return `not a server close: ${e?.message ?? String(err)}`;
    return `${e.code} ${m[1]}`;
}
/** Waits for the server to close `conn` and returns its code and text. */
export function closedWith(conn) {
    return new Promise((resolve) => conn.once('close', (err) => resolve(err ? closeText(err) : 'closed cleanly')));
}
/**
 * Runs op on a fresh channel of conn, then a passive declare of amq.direct as a barrier
 * (needs no permission; the server handles a channel's methods in order), and reports
 * how the server answered.
 */
export async function tryOp(conn, op) {
    let ch;
    try {
        ch = await conn.createChannel();
    }
    catch (err) {
        return closeText(err);
    }
    ch.on('error', () => { });
    try {
        await withTimeout((async () => {
            await op(ch);
            await ch.checkExchange('amq.direct');
        })(), 5000, 'server reply');
        await ch.close().catch(() => { });
        return 'ok';
    }
    catch (err) {
        return closeText(err);
    }
}
/**
 * Logs in with PLAIN and opens `vhost` over a raw socket: 'ok', or the code and text of
 * the connection.close the server sent instead (authentication_failure_close is
 * announced, so a refused login is a close too).
 */
export async function openResult(port, as, vhost) {
    const c = await RawClient.connect(port);
    try {
        const closed = () => c.methods.find((m) => m.key === M.CONNECTION_CLOSE);
        const result = () => {
            const m = closed();
            return `${String(m.args.replyCode)} ${String(m.args.replyText)}`;
        };
        c.send(Buffer.from('AMQP\x00\x00\x09\x01', 'latin1'));
        await c.waitMethod(M.CONNECTION_START, 5000);
        c.send(methodFrame(0, M.CONNECTION_START_OK, {
            clientProperties: { capabilities: { authentication_failure_close: true } },
            mechanism: 'PLAIN',
            response: Buffer.from(`\u0000${as.user}\u0000${as.password}`, 'utf8').toString('latin1'),
            locale: 'en_US',
        }));
        await c.until(() => closed() !== undefined || c.methods.some((m) => m.key === M.CONNECTION_TUNE), 10_000);
        if (closed())
            return result();
        const tune = c.methods.find((m) => m.key === M.CONNECTION_TUNE);
        c.send(methodFrame(0, M.CONNECTION_TUNE_OK, {
            channelMax: tune.args.channelMax,
            frameMax: tune.args.frameMax,
            heartbeat: 0,
        }));
        c.send(methodFrame(0, M.CONNECTION_OPEN, { virtualHost: vhost, capabilities: '', insist: false }));
        await c.until(() => closed() !== undefined || c.methods.some((m) => m.key === M.CONNECTION_OPEN_OK), 10_000);
        return closed() ? result() : 'ok';
    }
    finally {
        c.end();
    }
}
// ---- rabbitmqctl ----------------------------------------------------------------------
let ctlCache;
/** True when rabbitmqctl runs and reaches the local node (it needs root). */
export function hasRabbitmqctl() {
    ctlCache ??= spawnSync('rabbitmqctl', ['-q', 'status'], { stdio: 'ignore', timeout: 60_000 }).status === 0;
    return ctlCache;
}
/** Runs one rabbitmqctl command (with `input` on its stdin); rejects with its output when it fails. */
export function rabbitmqctlWith(input, ...args) {
    return new Promise((resolve, reject) => {
        const child = execFile('rabbitmqctl', ['-q', ...args], { timeout: 60_000 }, (err, stdout, stderr) => {
            if (err)
                reject(new Error(`rabbitmqctl ${args.join(' ')}: ${err.message}\n${stdout}${stderr}`));
            else
                resolve(stdout);
        });
        child.stdin?.end(input ?? '');
    });
}
export const rabbitmqctl = (...args) => rabbitmqctlWith(undefined, ...args);
/**
 * `rabbitmqctl import_definitions` of a document. The CLI runs as the rabbitmq user (its
 * wrapper su's) and 3.10 refuses "-" for stdin, so the file goes where that user can read it.
 */
export async function rabbitImport(doc) {
    const file = join(tmpdir(), `wharf-sec-${randomBytes(6).toString('hex')}.json`);
    writeFileSync(file, JSON.stringify(doc), { mode: 0o644 });
    try {
        await rabbitmqctl('import_definitions', file);
    }
    finally {
        rmSync(file, { force: true });
    }
}
/** Runs commands one after the other, continuing past failures (for cleanup). */
export async function rabbitmqctlAll(commands) {
    for (const c of commands)
        await rabbitmqctl(...c).catch(() => { });
}
//# sourceMappingURL=support.js.map