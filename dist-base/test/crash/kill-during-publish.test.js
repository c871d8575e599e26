// Crash tests: stop Wharf (SIGKILL or SIGTERM) while clients publish with confirms or
// ack, restart it on the same data dir, and check the durability contract:
// - every confirmed message is there after restart, exactly once unless flagged redelivered;
// - unconfirmed messages may or may not be there, but nothing that was never sent appears;
// - an acked message may come back only flagged redelivered.
// Needs a broker process of its own, so it skips when WHARF_URL is set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closeQuietly, open, sleep, withTimeout } from '../helpers/amqp.js';
import { canControlWharf, EXTERNAL_SKIP, startWharf, uniqueName, } from '../helpers/brokers.js';
const WINDOW = 500; // outstanding unconfirmed publishes
const PUBLISH_LIMIT_MS = 10_000; // publishing stops after this, whatever happens
const TEST_TIMEOUT_MS = 60_000;
/**
 * Publishes persistent messages numbered 1, 2, ... (body and message-id both carry the
 * number) with at most WINDOW unconfirmed, until stop() is called, the connection dies, or
 * PUBLISH_LIMIT_MS passes.
 */
function startPublishing(ch, queue) {
    const log = { sent: new Set(), confirmed: new Set(), unconfirmed: new Set() };
    let stopped = false;
    let outstanding = 0;
    let wake;
    const deadline = Date.now() + PUBLISH_LIMIT_MS;
    ch.on('close', () => {
        stopped = true;
        wake?.();
    });
    const done = (async () => {
        let seq = 0;
        while (!stopped && Date.now() < deadline) {
            if (outstanding >= WINDOW) {
                // Wait for a confirm (or the channel's death), but never longer than 100 ms.
                await new Promise((r) => {
                    wake = r;
                    setTimeout(r, 100);
                });
                continue;
            }
            const id = ++seq;
            try {
                ch.sendToQueue(queue, Buffer.from(String(id)), { persistent: true, messageId: String(id) }, (err) => {
                    outstanding--;
                    (err ? log.unconfirmed : log.confirmed).add(id);
                    wake?.();
                });
            }
            catch {
                break; // the channel is closed: the broker went away
            }
            log.sent.add(id);
            outstanding++;
            if (id % 100 === 0)
                await new Promise((r) => setImmediate(r));
        }
    })();
    return {
        log,
        stop: async () => {
            stopped = true;
            wake?.();
            await done;
        },
        done,
    };
}
/** Consume and ack everything in the queue until it stays empty for 500 ms (10 s at most). */
async function drainAfterRestart(url, queue) {
    const conn = await open(url);
    try {
        const ch = await conn.createChannel();
        await ch.prefetch(1000);
        const got = [];
        let last = Date.now();
        await ch.consume(queue, (m) => {
            if (!m)
                return;
            got.push({
                id: Number(m.content.toString()),
                redelivered: m.fields.redelivered,
                body: m.content.toString(),
                messageId: m.properties.messageId,
                deliveryMode: m.properties.deliveryMode,
            });
            ch.ack(m);
            last = Date.now();
        }, { noAck: false });
        const deadline = Date.now() + 10_000;
        while (Date.now() < deadline) {
            await sleep(100);
            if (Date.now() - last < 500)
                continue;
            const { messageCount } = await ch.checkQueue(queue);
            if (messageCount === 0)
                break;
        }
        await ch.deleteQueue(queue);
        return got;
    }
    finally {
        await closeQuietly(conn);
    }
}
function checkIntegrity(deliveries, sent) {
    for (const d of deliveries) {
        assert.ok(sent.has(d.id), `message ${d.body} was never published`);
        assert.equal(d.messageId, String(d.id), `properties of message ${d.id} survived`);
        assert.equal(d.deliveryMode, 2, `message ${d.id} is still persistent`);
    }
}
/** Every confirmed id present; at most one copy of an id without the redelivered flag. */
function checkConfirmedOnce(deliveries, confirmed) {
    const plain = new Map();
    const seen = new Set();
    for (const d of deliveries) {
        seen.add(d.id);
        if (!d.redelivered)
            plain.set(d.id, (plain.get(d.id) ?? 0) + 1);
    }
    const lost = [...confirmed].filter((id) => !seen.has(id));
    assert.deepEqual(lost.slice(0, 20), [], `${lost.length} confirmed messages lost (first 20 shown)`);
    const dup = [...plain].filter(([, n]) => n > 1).map(([id]) => id);
    assert.deepEqual(dup.slice(0, 20), [], `${dup.length} messages delivered twice without redelivered`);
}
/** Runs body with a started broker, always stopping whatever broker is current at the end. */
async function withWharf(body) {
    let wharf = await startWharf();
    try {
        await body(() => wharf, (w) => {
            wharf = w;
        });
    }
    finally {
        await wharf.kill().catch(() => { });
    }
}
async function confirmChannel(conn) {
    const ch = await conn.createConfirmChannel();
    ch.on('error', () => { });
    return ch;
}
test('SIGKILL during confirmed publishing loses no confirmed message', {
    timeout: TEST_TIMEOUT_MS,
}, async (t) => {
    if (!canControlWharf())
        return t.skip(EXTERNAL_SKIP);
    await withWharf(async (current, replace) => {
        const queue = uniqueName('wharf-crash');
        const conn = await open(current().url);
        const ch = await confirmChannel(conn);
        await ch.assertQueue(queue, { durable: true });
        const pub = startPublishing(ch, queue);
        await sleep(1500);
        await current().kill();
        await withTimeout(pub.done, PUBLISH_LIMIT_MS + 2000, 'publisher to notice the broker died');
        await closeQuietly(conn);
        const { sent, confirmed } = pub.log;
        t.diagnostic(`sent ${sent.size}, confirmed ${confirmed.size}, unconfirmed ${pub.log.unconfirmed.size}`);
        assert.ok(confirmed.size > 0, 'some messages were confirmed before the kill');
        replace(await current().restart());
        const deliveries = await drainAfterRestart(current().url, queue);
        t.diagnostic(`after restart: ${deliveries.length} deliveries`);
        checkIntegrity(deliveries, sent);
        checkConfirmedOnce(deliveries, confirmed);
        assert.equal(await current().stop(), 0, 'clean exit after recovery');
    });
});
test('SIGTERM during confirmed publishing: clean exit, nothing confirmed lost, nothing redelivered', {
    timeout: TEST_TIMEOUT_MS,
}, async (t) => {
    if (!canControlWharf())
        return t.skip(EXTERNAL_SKIP);
    await withWharf(async (current, replace) => {
        const queue = uniqueName('wharf-crash');
        const conn = await open(current().url);
        const ch = await confirmChannel(conn);
        await ch.assertQueue(queue, { durable: true });
        const pub = startPublishing(ch, queue);
        await sleep(1000);
        const code = await current().stop();
        assert.equal(code, 0, `SIGTERM exits with 0:\n${current().output()}`);
        await withTimeout(pub.done, PUBLISH_LIMIT_MS + 2000, 'publisher to notice the shutdown');
        await closeQuietly(conn);
        const { sent, confirmed } = pub.log;
        t.diagnostic(`sent ${sent.size}, confirmed ${confirmed.size}`);
        assert.ok(confirmed.size > 0, 'some messages were confirmed before the shutdown');
        replace(await current().restart());
        const deliveries = await drainAfterRestart(current().url, queue);
        checkIntegrity(deliveries, sent);
        checkConfirmedOnce(deliveries, confirmed);
        const flagged = deliveries.filter((d) => d.redelivered).map((d) => d.id);
        assert.deepEqual(flagged.slice(0, 20), [], `${flagged.length} never-delivered messages came back with redelivered=true (first 20 shown)`);
        assert.equal(await current().stop(), 0, 'clean exit after recovery');
    });
});
test('SIGKILL after acking half: no unacked message lost, acked ones only come back redelivered', {
    timeout: TEST_TIMEOUT_MS,
}, async (t) => {
    if (!canControlWharf())
        return t.skip(EXTERNAL_SKIP);
    const TOTAL = 2000;
    await withWharf(async (current, replace) => {
        const queue = uniqueName('wharf-crash');
        const conn = await open(current().url);
        const ch = await confirmChannel(conn);
        await ch.assertQueue(queue, { durable: true });
        for (let id = 1; id <= TOTAL; id++) {
            ch.sendToQueue(queue, Buffer.from(String(id)), { persistent: true, messageId: String(id) });
            if (id % WINDOW === 0)
                await ch.waitForConfirms();
        }
        await ch.waitForConfirms();
        const sent = new Set(Array.from({ length: TOTAL }, (_, i) => i + 1));
        // Ack messages 1..TOTAL/2 as they arrive; hold the rest unacked; kill right after the
        // last ack left the client, so some acks may not have reached the broker.
        const consumer = await conn.createChannel();
        consumer.on('error', () => { });
        await consumer.prefetch(200);
        const acked = new Set();
        const delivered = new Set();
        let killing;
        await consumer.consume(queue, (m) => {
            if (!m || killing)
                return;
            const id = Number(m.content.toString());
            delivered.add(id);
            if (id > TOTAL / 2)
                return;
            consumer.ack(m);
            acked.add(id);
            if (acked.size === TOTAL / 2)
                killing = current().kill();
        });
        const deadline = Date.now() + 10_000;
        while (!killing && Date.now() < deadline)
            await sleep(10);
        assert.ok(killing, `acked ${acked.size} of ${TOTAL / 2} before the deadline`);
        await killing;
        await closeQuietly(conn);
        t.diagnostic(`acked ${acked.size}, delivered ${delivered.size} before the kill`);
        replace(await current().restart());
        const deliveries = await drainAfterRestart(current().url, queue);
        checkIntegrity(deliveries, sent);
        const unacked = new Set([...sent].filter((id) => !acked.has(id)));
        checkConfirmedOnce(deliveries, unacked);
        const ackedBackUnflagged = deliveries.filter((d) => acked.has(d.id) && !d.redelivered).map((d) => d.id);
        assert.deepEqual(ackedBackUnflagged.slice(0, 20), [], `${ackedBackUnflagged.length} acked messages came back without redelivered (first 20 shown)`);
        const seenTwice = deliveries.length - new Set(deliveries.map((d) => d.id)).size;
        assert.equal(seenTwice, 0, 'one life of the broker delivers each message once');
        t.diagnostic(`after restart: ${deliveries.length} deliveries, ${deliveries.length - unacked.size} acked came back`);
        assert.equal(await current().stop(), 0, 'clean exit after recovery');
    });
});
//# sourceMappingURL=kill-during-publish.test.js.map