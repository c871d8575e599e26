// Repeated SIGKILL of a real Wharf process under mixed load. Each round publishes with
// confirms to a classic durable queue, a quorum queue, a priority queue, a stream and a
// delayed exchange, while consumers ack some deliveries, nack some with requeue and
// dead-letter some (nack without requeue into a dead-letter queue); the broker is killed
// at a random moment and restarted on the same data dir. Then every confirmed message
// that was not acked must be there: exactly once, or flagged redelivered (an acked one
// may only come back flagged); a dead-lettered one in the work queue or the dead-letter
// queue; a delayed one released into its queue (at-least-once: a kill between a release
// and the removal of its held copy may release it twice, counted and printed); a stream
// keeps every confirmed message exactly once. Bounded: ROUNDS rounds of about
// LOAD_MS of load each, the whole test within TEST_TIMEOUT_MS.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closeQuietly, open, sleep } from '../helpers/amqp.js';
import { canControlWharf, EXTERNAL_SKIP, startWharf, uniqueName, } from '../helpers/brokers.js';
const ROUNDS = 10;
const LOAD_MS = [400, 900]; // the kill comes at a random moment in this range
const WINDOW = 100; // unconfirmed publishes per target
const MAX_DELAY_MS = 1500; // delayed messages are held 50..MAX_DELAY_MS ms
const TEST_TIMEOUT_MS = 240_000;
const TARGETS = ['classic', 'quorum', 'priority', 'stream', 'delayed', 'work'];
function newLog() {
    const per = () => new Map(TARGETS.map((t) => [t, new Set()]));
    return { sent: per(), confirmed: per(), acked: per(), deadLettered: new Set() };
}
/** Small seeded PRNG (mulberry32), so a failing round can be replayed from its seed. */
function rng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
async function declare(url, n) {
    const conn = await open(url);
    try {
        const ch = await conn.createChannel();
        await ch.assertQueue(n.classic, { durable: true });
        await ch.assertQueue(n.quorum, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
        await ch.assertQueue(n.priority, { durable: true, arguments: { 'x-max-priority': 5 } });
        await ch.assertQueue(n.stream, { durable: true, arguments: { 'x-queue-type': 'stream' } });
        await ch.assertQueue(n.delayed, { durable: true });
        await ch.assertExchange(n.delayedExchange, 'x-delayed-message', {
            durable: true,
            arguments: { 'x-delayed-type': 'direct' },
        });
        await ch.bindQueue(n.delayed, n.delayedExchange, 'k');
        await ch.assertQueue(n.dlq, { durable: true });
        await ch.assertQueue(n.work, {
            durable: true,
            arguments: { 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': n.dlq },
        });
    }
    finally {
        await closeQuietly(conn);
    }
}
/** Publishes to one target with confirms until the channel dies or `stop` says so. */
function publishLoop(ch, target, round, n, log, random, stopped) {
    let outstanding = 0;
    let dead = false;
    let wake;
    ch.on('close', () => {
        dead = true;
        wake?.();
    });
    const sent = log.sent.get(target);
    const confirmed = log.confirmed.get(target);
    return (async () => {
        for (let seq = 1; !dead && !stopped(); seq++) {
            if (outstanding >= WINDOW) {
                await new Promise((r) => {
                    wake = r;
                    setTimeout(r, 50);
                });
                seq--;
                continue;
            }
            const id = `${round}:${target}:${seq}`;
            const body = Buffer.from(id);
            const done = (err) => {
                outstanding--;
                if (!err)
                    confirmed.add(id);
                wake?.();
            };
            const props = { persistent: true, messageId: id };
            try {
                if (target === 'delayed') {
                    const delay = 50 + Math.floor(random() * (MAX_DELAY_MS - 50));
                    ch.publish(n.delayedExchange, 'k', body, { ...props, headers: { 'x-delay': delay } }, done);
                }
                else if (target === 'priority') {
                    ch.sendToQueue(n.priority, body, { ...props, priority: seq % 6 }, done);
                }
                else {
                    ch.sendToQueue(n[target], body, props, done);
                }
            }
            catch {
                break; // the channel is closed: the broker went away
            }
            sent.add(id);
            outstanding++;
            if (seq % 50 === 0)
                await new Promise((r) => setImmediate(r));
        }
    })();
}
/**
 * A consumer during the load: on first delivery it acks about 60 %, nacks about 20 %
 * with requeue and leaves the rest unacked (a work-queue consumer dead-letters those
 * 20 % instead and requeues another 20 %); a redelivery is acked.
 */
async function consumeLoad(conn, queue, target, log, random) {
    const ch = await conn.createChannel();
    ch.on('error', () => { });
    await ch.prefetch(50);
    const acked = log.acked.get(target);
    await ch.consume(queue, (m) => {
        if (!m)
            return;
        const id = m.content.toString();
        const r = random();
        try {
            if (m.fields.redelivered || r < 0.6) {
                ch.ack(m);
                acked.add(id);
            }
            else if (r < 0.8) {
                if (target === 'work') {
                    ch.nack(m, false, false);
                    log.deadLettered.add(id);
                }
                else
                    ch.nack(m, false, true);
            }
            else if (target === 'work')
                ch.nack(m, false, true);
            // else: left unacked; the kill returns it
        }
        catch {
            // the channel went with the broker
        }
    });
}
/** Consumes and acks everything in `queue` until it stays empty (quiet for 300 ms), 15 s at most. */
async function drain(ch, queue) {
    const got = [];
    let last = Date.now();
    const { consumerTag } = await ch.consume(queue, (m) => {
        if (!m)
            return;
        got.push({ id: m.content.toString(), redelivered: m.fields.redelivered });
        ch.ack(m);
        last = Date.now();
    }, { noAck: false });
    const deadline = Date.now() + 15_000;
    for (;;) {
        await sleep(50);
        if (Date.now() > deadline)
            throw new Error(`draining ${queue} did not finish in 15 s`);
        if (Date.now() - last < 300)
            continue;
        if ((await ch.checkQueue(queue)).messageCount === 0)
            break;
    }
    await ch.cancel(consumerTag);
    return got;
}
/** Waits until every id of `want` was delivered from `queue` (acking all), then until it is quiet. */
async function drainUntil(ch, queue, want, ms, args = {}) {
    const got = [];
    const seen = new Set();
    let last = Date.now();
    const { consumerTag } = await ch.consume(queue, (m) => {
        if (!m)
            return;
        got.push({ id: m.content.toString(), redelivered: m.fields.redelivered });
        seen.add(m.content.toString());
        ch.ack(m);
        last = Date.now();
    }, { noAck: false, arguments: args });
    const deadline = Date.now() + ms;
    while (Date.now() < deadline && ([...want].some((id) => !seen.has(id)) || Date.now() - last < 300)) {
        await sleep(50);
    }
    await ch.cancel(consumerTag);
    return got;
}
/** Confirmed-and-not-acked ids of a queue must be present; unflagged duplicates and acked ones unflagged are errors. */
function checkQueue(name, got, sent, mustHave, acked, c) {
    const plain = new Map();
    const ids = new Set();
    for (const d of got) {
        if (!sent.has(d.id))
            c.problems.push(`${name}: ${d.id} was never published`);
        ids.add(d.id);
        if (!d.redelivered)
            plain.set(d.id, (plain.get(d.id) ?? 0) + 1);
        if (acked.has(d.id)) {
            c.ackedBack++;
            if (!d.redelivered)
                c.problems.push(`${name}: acked ${d.id} came back without redelivered`);
        }
    }
    for (const [id, k] of plain)
        if (k > 1)
            c.problems.push(`${name}: ${id} delivered ${k} times unflagged`);
    for (const id of mustHave) {
        c.mustSurvive++;
        if (ids.has(id))
            c.recovered++;
        else
            c.problems.push(`${name}: confirmed ${id} lost`);
    }
}
test('repeated SIGKILL under mixed load loses no confirmed message', { timeout: TEST_TIMEOUT_MS }, async (t) => {
    if (!canControlWharf())
        return t.skip(EXTERNAL_SKIP);
    const p = uniqueName('kill');
    const n = {
        classic: `${p}-classic`,
        quorum: `${p}-quorum`,
        priority: `${p}-priority`,
        stream: `${p}-stream`,
        delayed: `${p}-delayed`,
        delayedExchange: `${p}-dx`,
        work: `${p}-work`,
        dlq: `${p}-dlq`,
    };
    let wharf = await startWharf();
    const streamSent = new Set();
    const streamConfirmed = new Set();
    let totalSurvive = 0;
    let totalRecovered = 0;
    try {
        await declare(wharf.url, n);
        for (let round = 1; round <= ROUNDS; round++) {
            const seed = (Date.now() ^ (round * 0x9e3779b9)) >>> 0;
            const random = rng(seed);
            const log = newLog();
            // ---- load, then SIGKILL at a random moment
            const pubConn = await open(wharf.url);
            const subConn = await open(wharf.url);
            let stop = false;
            const publishers = [];
            for (const target of TARGETS) {
                const ch = await pubConn.createConfirmChannel();
                ch.on('error', () => { });
                publishers.push(publishLoop(ch, target, round, n, log, random, () => stop));
            }
            for (const target of ['classic', 'quorum', 'priority', 'work']) {
                await consumeLoad(subConn, n[target], target, log, random);
            }
            await sleep(LOAD_MS[0] + Math.floor(random() * (LOAD_MS[1] - LOAD_MS[0])));
            await wharf.kill();
            stop = true;
            await Promise.all(publishers);
            await closeQuietly(pubConn);
            await closeQuietly(subConn);
            // ---- restart and check
            wharf = await wharf.restart();
            const conn = await open(wharf.url);
            const c = { mustSurvive: 0, recovered: 0, problems: [], ackedBack: 0, delayedDuplicates: 0 };
            try {
                const ch = await conn.createChannel();
                ch.on('error', () => { });
                await ch.prefetch(500);
                const notAcked = (target) => new Set([...log.confirmed.get(target)].filter((id) => !log.acked.get(target).has(id)));
                for (const target of ['classic', 'quorum', 'priority']) {
                    const got = await drain(ch, n[target]);
                    checkQueue(target, got, log.sent.get(target), notAcked(target), log.acked.get(target), c);
                }
                // work queue: a confirmed, unacked message is in the work queue or (dead-lettered) in the DLQ
                const work = await drain(ch, n.work);
                const dlq = await drain(ch, n.dlq);
                const workIds = new Set(work.map((d) => d.id));
                const dlqOnlyOnce = dlq.filter((d) => !workIds.has(d.id));
                checkQueue('work+dlq', [...work, ...dlqOnlyOnce], log.sent.get('work'), notAcked('work'), log.acked.get('work'), c);
                for (const d of dlq) {
                    if (!log.deadLettered.has(d.id))
                        c.problems.push(`dlq: ${d.id} was never dead-lettered`);
                }
                const dlqPlain = new Map();
                for (const d of dlq)
                    dlqPlain.set(d.id, (dlqPlain.get(d.id) ?? 0) + 1);
                for (const [id, k] of dlqPlain)
                    if (k > 1)
                        c.problems.push(`dlq: ${id} dead-lettered ${k} times`);
                for (const d of work) {
                    if (dlqPlain.has(d.id) && !d.redelivered)
                        c.problems.push(`work: dead-lettered ${d.id} back unflagged`);
                }
                // delayed: every confirmed held message is released once its delay is over (after the restart)
                const delayedConfirmed = log.confirmed.get('delayed');
                const delayed = await drainUntil(ch, n.delayed, delayedConfirmed, MAX_DELAY_MS + 10_000);
                const delayedIds = new Map();
                for (const d of delayed) {
                    if (!log.sent.get('delayed').has(d.id))
                        c.problems.push(`delayed: ${d.id} was never published`);
                    delayedIds.set(d.id, (delayedIds.get(d.id) ?? 0) + 1);
                }
                for (const k of delayedIds.values())
                    if (k > 1)
                        c.delayedDuplicates += k - 1;
                for (const id of delayedConfirmed) {
                    c.mustSurvive++;
                    if (delayedIds.has(id))
                        c.recovered++;
                    else
                        c.problems.push(`delayed: confirmed ${id} lost`);
                }
                // stream: everything confirmed in every round so far, each exactly once
                for (const id of log.sent.get('stream'))
                    streamSent.add(id);
                for (const id of log.confirmed.get('stream'))
                    streamConfirmed.add(id);
                // a stream is never empty, so "quiet" cannot mean drained: read until every confirmed
                // id arrived (or 30 s passed, which then reports the missing ones as lost)
                const stream = await drainUntil(ch, n.stream, streamConfirmed, 30_000, {
                    'x-stream-offset': 'first',
                });
                const streamIds = new Map();
                for (const d of stream) {
                    if (!streamSent.has(d.id))
                        c.problems.push(`stream: ${d.id} was never published`);
                    streamIds.set(d.id, (streamIds.get(d.id) ?? 0) + 1);
                }
                for (const [id, k] of streamIds)
                    if (k > 1)
                        c.problems.push(`stream: ${id} stored ${k} times`);
                for (const id of log.confirmed.get('stream')) {
                    c.mustSurvive++;
                    if (streamIds.has(id))
                        c.recovered++;
                }
                for (const id of streamConfirmed)
                    if (!streamIds.has(id))
                        c.problems.push(`stream: confirmed ${id} lost`);
            }
            finally {
                await closeQuietly(conn);
            }
            const confirmed = TARGETS.reduce((s, x) => s + log.confirmed.get(x).size, 0);
            console.log(`round ${round}: confirmed ${confirmed}, recovered ${c.recovered}` +
                ` (of ${c.mustSurvive} confirmed and not acked; ${c.ackedBack} acked came back flagged,` +
                ` ${c.delayedDuplicates} delayed released twice; seed ${seed})`);
            totalSurvive += c.mustSurvive;
            totalRecovered += c.recovered;
            assert.deepEqual(c.problems.slice(0, 20), [], `round ${round} (seed ${seed}): ${c.problems.length} problems`);
            assert.ok(confirmed > 0, `round ${round}: some messages were confirmed before the kill`);
        }
        console.log(`all rounds: ${totalRecovered} of ${totalSurvive} confirmed, unacked messages recovered`);
        assert.equal(await wharf.stop(), 0, 'clean exit after the last recovery');
    }
    finally {
        await wharf.kill().catch(() => { });
    }
});
//# sourceMappingURL=sigkill-mixed.test.js.map