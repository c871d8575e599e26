import { connect } from 'amqplib';
/** Connect with an 'error' listener so a server-side close never becomes an uncaught event. */
export async function open(url) {
    const conn = await withTimeout(connect(url), 5000, `connect to ${redact(url)}`);
    conn.on('error', () => { });
    return conn;
}
export async function openChannel(conn) {
    const ch = await conn.createChannel();
    ch.on('error', () => { });
    return ch;
}
/** Close, ignoring the errors of a connection the server already closed. */
export async function closeQuietly(conn) {
    if (!conn)
        return;
    try {
        await withTimeout(conn.close(), 3000, 'connection close');
    }
    catch {
        // already closed by the server, or the test is tearing down after a failure
    }
}
export function redact(url) {
    return url.replace(/\/\/[^@]*@/, '//');
}
export async function withTimeout(p, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    });
    try {
        return await Promise.race([p, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
export function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
/** Poll until pred() holds; throws with `what` after timeoutMs. */
export async function waitUntil(pred, timeoutMs, what) {
    const deadline = Date.now() + timeoutMs;
    while (!pred()) {
        if (Date.now() > deadline)
            throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
        await sleep(5);
    }
}
/**
 * Runs op on ch and reports whether the server closed the channel because of it. RPCs
 * reject with the close; for asynchronous methods (publish, ack, nack) a passive declare
 * of amq.direct follows as a barrier: the server handles a channel's methods in order, so
 * the barrier's reply (or the close in its place) tells whether op was accepted.
 */
export async function outcome(ch, op, timeoutMs = 3000) {
    try {
        await withTimeout((async () => {
            await op();
            await ch.checkExchange('amq.direct');
        })(), timeoutMs, 'server reply');
        return 'ok';
    }
    catch (err) {
        return closeFields(err);
    }
}
function closeFields(err) {
    const e = err;
    if (typeof e?.code !== 'number')
        throw new Error(`not a server close: ${e?.message ?? String(err)}`);
    return { code: e.code, classId: Number(e.classId ?? 0), methodId: Number(e.methodId ?? 0) };
}
/** Deletes queues and exchanges on a fresh connection; each on its own channel so 404s don't matter. */
export async function cleanup(url, what) {
    const conn = await open(url);
    try {
        for (const q of what.queues ?? []) {
            const ch = await openChannel(conn);
            await ch.deleteQueue(q).catch(() => { });
            await ch.close().catch(() => { });
        }
        for (const x of what.exchanges ?? []) {
            const ch = await openChannel(conn);
            await ch.deleteExchange(x).catch(() => { });
            await ch.close().catch(() => { });
        }
    }
    finally {
        await closeQuietly(conn);
    }
}
/** Consume until n messages arrived (or timeoutMs passed) and return them in arrival order. */
export async function consumeN(ch, queue, n, opts = {}) {
    const got = [];
    const { timeoutMs = 3000, ack = false, ...consumeOpts } = opts;
    const { consumerTag } = await ch.consume(queue, (m) => {
        if (!m)
            return;
        got.push(m);
        if (ack && !consumeOpts.noAck)
            ch.ack(m);
    }, consumeOpts);
    try {
        await waitUntil(() => got.length >= n, timeoutMs, `${n} messages from ${queue} (got ${got.length})`);
    }
    finally {
        await ch.cancel(consumerTag).catch(() => { });
    }
    return got;
}
/** Drain a queue with basic.get (no-ack) and return the bodies. */
export async function drainBodies(ch, queue) {
    const out = [];
    for (;;) {
        const m = await ch.get(queue, { noAck: true });
        if (!m)
            return out;
        out.push(m.content.toString());
    }
}
export function body(m) {
    return m.content.toString();
}
/** The properties a client saw, without the ones that were absent. */
export function definedProps(m) {
    const out = {};
    for (const [k, v] of Object.entries(m.properties))
        if (v !== undefined)
            out[k] = v;
    return out;
}
/** Delivery fields without the server-generated consumer tag. */
export function deliveryFields(m) {
    const { consumerTag: _tag, ...rest } = m.fields;
    return rest;
}
// amqplib has no API for the tx class, but its channel's rpc() sends any method by id.
const TX = {
    select: 0x5a000a,
    selectOk: 0x5a000b,
    commit: 0x5a0014,
    commitOk: 0x5a0015,
    rollback: 0x5a001e,
    rollbackOk: 0x5a001f,
};
export async function txSelect(ch) {
    await ch.rpc(TX.select, {}, TX.selectOk);
}
export async function txCommit(ch) {
    await ch.rpc(TX.commit, {}, TX.commitOk);
}
export async function txRollback(ch) {
    await ch.rpc(TX.rollback, {}, TX.rollbackOk);
}
//# sourceMappingURL=amqp.js.map