// Alerts and dead-letter replay against a real broker process: a queue with a
// dead-letter exchange has messages rejected; /api/alerts shows the DLQ and
// dead-letter-ratio alerts; POST .../replay moves them back (or elsewhere), keeping
// x-death; a filter that matches nothing leaves the DLQ alone; the Prometheus rules
// file carries every rule's expression.
import assert from 'node:assert/strict';
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are checked field by field */
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect } from 'amqplib';
import { DEFAULT_ALERT_RULES } from '../../src/broker/operations/alerts.js';
import { ruleExpression } from '../../src/http/alerts.js';
import { startWharf } from '../helpers/brokers.js';
let wharf;
let conn;
let ch;
const GUEST = `Basic ${Buffer.from('guest:guest').toString('base64')}`;
async function api(path, init = {}) {
    const headers = { authorization: GUEST };
    let body;
    if (init.body !== undefined) {
        body = JSON.stringify(init.body);
        headers['content-type'] = 'application/json';
    }
    const res = await fetch(`http://127.0.0.1:${wharf.httpPort}${path}`, {
        method: init.method ?? 'GET',
        headers,
        body,
    });
    const text = await res.text();
    const json = res.headers.get('content-type')?.startsWith('application/json');
    return { status: res.status, body: json && text ? JSON.parse(text) : text, headers: res.headers };
}
const tag = `${process.pid}`;
const SRC = `alerts-src-${tag}`;
const DLQ = `alerts-dlq-${tag}`;
const DLX = `alerts-dlx-${tag}`;
const OTHER = `alerts-other-${tag}`;
const TARGET_EX = `alerts-target-${tag}`;
async function queueInfo(name) {
    const r = await api(`/api/queues/%2F/${encodeURIComponent(name)}`);
    assert.equal(r.status, 200);
    return r.body;
}
async function waitFor(name, field, value) {
    for (let i = 0; i < 200; i++) {
        if ((await queueInfo(name))[field] === value)
            return;
        await sleep(25);
    }
    assert.fail(`${name}.${field} never became ${value}: ${JSON.stringify(await queueInfo(name))}`);
}
/** Takes every ready message of `queue` with basic.get and rejects it (dead-lettering it). */
async function rejectAll(queue, n) {
    for (let i = 0; i < n; i++) {
        const m = await ch.get(queue, { noAck: false });
        assert.ok(m, `message ${i} of ${queue}`);
        ch.nack(m, false, false);
    }
}
before(async () => {
    wharf = await startWharf();
    conn = await connect(wharf.url);
    ch = await conn.createChannel();
    await ch.assertExchange(DLX, 'direct', { durable: true });
    await ch.assertQueue(DLQ, { durable: true });
    await ch.bindQueue(DLQ, DLX, 'dead');
    await ch.assertQueue(SRC, {
        durable: true,
        arguments: { 'x-dead-letter-exchange': DLX, 'x-dead-letter-routing-key': 'dead' },
    });
    await ch.assertExchange(TARGET_EX, 'direct', { durable: true });
    await ch.assertQueue(OTHER, { durable: true });
    await ch.bindQueue(OTHER, TARGET_EX, 'again');
    for (let i = 0; i < 3; i++) {
        ch.sendToQueue(SRC, Buffer.from(`m${i}`), { persistent: true, headers: { kind: i === 0 ? 'a' : 'b' } });
    }
    await ch.checkQueue(SRC);
    await rejectAll(SRC, 3);
    await waitFor(DLQ, 'messages', 3);
});
after(async () => {
    await conn?.close().catch(() => { });
    await wharf?.stop();
});
describe('alerts and dead-letter replay over HTTP', () => {
    test('GET /api/alerts shows the DLQ depth and dead-letter ratio alerts', async () => {
        const r = await api('/api/alerts');
        assert.equal(r.status, 200);
        assert.ok(Array.isArray(r.body));
        const dlq = r.body.find((a) => a.rule === 'DeadLetterQueueNotEmpty' && a.queue === DLQ);
        assert.ok(dlq, JSON.stringify(r.body));
        assert.deepEqual({ severity: dlq.severity, vhost: dlq.vhost, value: dlq.value, threshold: dlq.threshold }, { severity: 'warning', vhost: '/', value: 3, threshold: 0 });
        assert.equal(typeof dlq.since, 'number');
        const ratio = r.body.find((a) => a.rule === 'DeadLetterRateHigh' && a.queue === SRC);
        assert.ok(ratio, JSON.stringify(r.body));
        assert.equal(ratio.value, 1);
        assert.equal(ratio.threshold, 0.01);
        // the source queue is not a dead-letter queue, the DLQ dead-letters nothing
        assert.ok(!r.body.some((a) => a.rule === 'DeadLetterQueueNotEmpty' && a.queue === SRC));
        assert.ok(!r.body.some((a) => a.rule.startsWith('DeadLetterRate') && a.queue === DLQ));
        // still firing later: the same `since`
        const again = await api('/api/alerts');
        const same = again.body.find((a) => a.rule === 'DeadLetterQueueNotEmpty' && a.queue === DLQ);
        assert.equal(same.since, dlq.since);
    });
    test('GET /api/alerts/rules lists the default rules', async () => {
        const r = await api('/api/alerts/rules');
        assert.equal(r.status, 200);
        assert.deepEqual(r.body, JSON.parse(JSON.stringify(DEFAULT_ALERT_RULES)));
    });
    test('GET /api/alerts/prometheus-rules is YAML with every rule expression', async () => {
        const r = await api('/api/alerts/prometheus-rules');
        assert.equal(r.status, 200);
        assert.match(r.headers.get('content-type') ?? '', /^text\/yaml/);
        const yaml = r.body;
        assert.match(yaml, /^groups:$/m);
        for (const rule of DEFAULT_ALERT_RULES) {
            assert.ok(yaml.includes(`- alert: ${JSON.stringify(rule.name)}\n`), rule.name);
            assert.ok(yaml.includes(`severity: ${JSON.stringify(rule.severity)}\n`));
            if (rule.metric === 'dlq_depth')
                continue;
            const expr = ruleExpression(rule, 5 * 60_000, new Map());
            assert.ok(yaml.includes(`expr: ${JSON.stringify(expr)}\n`), `${rule.name}: ${expr}\n${yaml}`);
        }
        assert.ok(yaml.includes('wharf_queue_messages_ready{queue=~\\".*\\"} > 10000'));
        assert.ok(yaml.includes('wharf_queue_oldest_message_age_seconds{queue=~\\".*\\"} > 1800'));
        assert.ok(yaml.includes('wharf_queue_messages_dead_lettered_total'));
        assert.ok(yaml.includes('wharf_queue_messages_published_total'));
        assert.ok(yaml.includes('wharf_queue_consumer_lag'));
        // the DLQ rule names the dead-letter queues of the current topology
        const dlqLine = yaml.split('\n').find((l) => l.includes('wharf_queue_messages{vhost='));
        assert.ok(dlqLine?.includes(DLQ), yaml);
        assert.ok(!dlqLine?.includes(SRC));
    });
    test('a filter that matches nothing moves nothing and leaves the DLQ intact', async () => {
        for (const body of [{ reason: 'expired' }, { header: { name: 'kind', value: 'zzz' } }]) {
            const r = await api(`/api/queues/%2F/${DLQ}/replay`, { method: 'POST', body });
            assert.equal(r.status, 200, JSON.stringify(r.body));
            assert.deepEqual(r.body, { moved: 0, skipped: 3, remaining: 3 });
        }
        const q = await queueInfo(DLQ);
        assert.equal(q.messages, 3);
        assert.equal(q.messages_ready, 3);
        assert.equal((await queueInfo(SRC)).messages, 0);
    });
    test('bad replay requests are 400, unknown queues 404', async () => {
        for (const body of [
            { count: 0 },
            { reason: 'nope' },
            { header: { value: 'x' } },
            { target: { exchange: 1 } },
        ]) {
            const r = await api(`/api/queues/%2F/${DLQ}/replay`, { method: 'POST', body });
            assert.equal(r.status, 400, JSON.stringify(body));
        }
        const nx = await api(`/api/queues/%2F/${DLQ}/replay`, {
            method: 'POST',
            body: { target: { exchange: 'no-such-exchange', routing_key: 'x' } },
        });
        assert.equal(nx.status, 400);
        assert.equal((await api(`/api/queues/%2F/no-such-queue-${tag}/replay`, { method: 'POST' })).status, 404);
        assert.equal((await queueInfo(DLQ)).messages, 3);
    });
    test("replay with reason 'rejected' moves them back to the source queue, x-death kept", async () => {
        const r = await api(`/api/queues/%2F/${DLQ}/replay`, { method: 'POST', body: { reason: 'rejected' } });
        assert.equal(r.status, 200, JSON.stringify(r.body));
        assert.deepEqual(r.body, { moved: 3, skipped: 0, remaining: 0 });
        assert.equal((await queueInfo(DLQ)).messages, 0);
        const src = await queueInfo(SRC);
        assert.equal(src.messages, 3);
        assert.equal(src.messages_ready, 3);
        const bodies = [];
        for (let i = 0; i < 3; i++) {
            const m = await ch.get(SRC, { noAck: false });
            assert.ok(m);
            bodies.push(m.content.toString());
            const xd = m.properties.headers?.['x-death'];
            assert.ok(Array.isArray(xd) && xd.length === 1, JSON.stringify(m.properties.headers));
            assert.equal(xd[0].queue, SRC);
            assert.equal(xd[0].reason, 'rejected');
            assert.equal(m.properties.deliveryMode, 2);
            // back into the DLQ for the next test
            ch.nack(m, false, false);
        }
        assert.deepEqual(bodies.sort(), ['m0', 'm1', 'm2']);
        await waitFor(DLQ, 'messages', 3);
        // the DLQ is not empty again: its alert fires
        const alerts = await api('/api/alerts');
        assert.ok(alerts.body.some((a) => a.rule === 'DeadLetterQueueNotEmpty' && a.queue === DLQ));
    });
    test('replay to a target exchange and routing key, with count and header filter', async () => {
        const r = await api(`/api/queues/%2F/${DLQ}/replay`, {
            method: 'POST',
            body: {
                count: 1,
                header: { name: 'kind', value: 'b' },
                target: { exchange: TARGET_EX, routing_key: 'again' },
            },
        });
        assert.equal(r.status, 200, JSON.stringify(r.body));
        assert.equal(r.body.moved, 1);
        assert.equal(r.body.remaining, 2);
        assert.equal((await queueInfo(OTHER)).messages, 1);
        const rest = await api(`/api/queues/%2F/${DLQ}/replay`, {
            method: 'POST',
            body: { target: { exchange: TARGET_EX, routing_key: 'again' } },
        });
        assert.deepEqual(rest.body, { moved: 2, skipped: 0, remaining: 0 });
        assert.equal((await queueInfo(OTHER)).messages, 3);
        assert.equal((await queueInfo(DLQ)).messages, 0);
        assert.equal((await queueInfo(SRC)).messages, 0);
        const kinds = [];
        for (let i = 0; i < 3; i++) {
            const m = await ch.get(OTHER, { noAck: true });
            assert.ok(m);
            kinds.push(String(m.properties.headers?.kind));
            const xd = m.properties.headers?.['x-death'];
            assert.ok(Array.isArray(xd) && xd[0].queue === SRC && xd[0].count === 2, JSON.stringify(xd));
        }
        // the header-filtered one went first
        assert.equal(kinds[0], 'b');
        const alerts = await api('/api/alerts');
        assert.ok(!alerts.body.some((a) => a.rule === 'DeadLetterQueueNotEmpty' && a.queue === DLQ));
    });
});
//# sourceMappingURL=alerts-http.test.js.map