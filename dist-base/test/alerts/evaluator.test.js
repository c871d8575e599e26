// AlertEvaluator in-process, against a real Broker: a low depth threshold fires and
// clears, keeps its `since`, honours the queue name pattern; the broker owns an
// evaluator with the default rules; dead-letter queues are found through bindings.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { amqpPropertiesFormat } from '../../src/amqp/index.js';
import { AlertEvaluator, DEFAULT_ALERT_RULES, deadLetterQueues, } from '../../src/broker/operations/alerts.js';
import { Broker } from '../../src/broker/index.js';
const qopts = { passive: false, durable: false, exclusive: false, autoDelete: false, arguments: {} };
const msg = (routingKey, exchange = '') => ({
    exchange,
    routingKey,
    properties: Buffer.from([0, 0]),
    body: Buffer.from('x'),
    persistent: false,
    timestamp: Date.now(),
});
describe('AlertEvaluator', () => {
    let dir;
    let broker;
    let v;
    const out = [];
    before(() => {
        dir = mkdtempSync(join(tmpdir(), 'wharf-alerts-'));
        broker = new Broker({ dataDir: dir, format: amqpPropertiesFormat });
        broker.open();
        v = broker.vhost('/');
    });
    after(async () => {
        await broker.close();
        rmSync(dir, { recursive: true, force: true });
    });
    test('the broker owns an evaluator with the default rules', () => {
        assert.ok(broker.alerts instanceof AlertEvaluator);
        assert.deepEqual(broker.alerts.rules, DEFAULT_ALERT_RULES);
        const depth = DEFAULT_ALERT_RULES.filter((r) => r.metric === 'depth').map((r) => [
            r.severity,
            r.threshold,
        ]);
        assert.deepEqual(depth, [
            ['warning', 10_000],
            ['critical', 100_000],
        ]);
    });
    test('a low depth threshold fires, keeps its since, and clears', () => {
        const rules = [
            { name: 'Deep', severity: 'critical', pattern: 'ev-.*', metric: 'depth', threshold: 2 },
        ];
        const ev = new AlertEvaluator(broker.vhosts, rules);
        v.declareQueue('ev-a', qopts);
        v.declareQueue('other-ev-a', qopts); // the pattern is anchored: no match
        for (let i = 0; i < 2; i++)
            v.publish(msg('ev-a'), out);
        for (let i = 0; i < 5; i++)
            v.publish(msg('other-ev-a'), out);
        assert.deepEqual(ev.evaluate(1000), []);
        v.publish(msg('ev-a'), out);
        assert.deepEqual(ev.evaluate(2000), [
            { rule: 'Deep', severity: 'critical', vhost: '/', queue: 'ev-a', value: 3, threshold: 2, since: 2000 },
        ]);
        v.publish(msg('ev-a'), out);
        const later = ev.evaluate(3000);
        assert.equal(later.length, 1);
        assert.equal(later[0].value, 4);
        assert.equal(later[0].since, 2000);
        assert.deepEqual(ev.alerts, later);
        const q = v.queues.get('ev-a');
        for (let i = 0; i < 2; i++) {
            const t = q.get(false);
            q.ack(t.position, t.level);
        }
        assert.deepEqual(ev.evaluate(4000), []);
        assert.deepEqual(ev.alerts, []);
    });
    test('consumer lag needs consumers; bad rules are refused', () => {
        const ev = new AlertEvaluator(broker.vhosts, [
            { name: 'Lag', severity: 'warning', pattern: 'ev-a', metric: 'consumer_lag', threshold: 0 },
        ]);
        assert.deepEqual(ev.evaluate(1), []);
        assert.throws(() => new AlertEvaluator(broker.vhosts, [
            { name: 'x', severity: 'warning', pattern: '(', metric: 'depth', threshold: 1 },
        ]), /bad pattern/);
        assert.throws(() => new AlertEvaluator(broker.vhosts, [
            { name: 'x', severity: 'warning', metric: 'nope', threshold: 1 },
        ]), /metric/);
    });
    test('dead-letter queues are the queues bound to a DLX (direct: the DL routing key)', () => {
        v.declareExchange('ev-dlx', 'direct', { durable: false, autoDelete: false, internal: false, arguments: {} }, false);
        v.declareQueue('ev-dlq', qopts);
        v.declareQueue('ev-not-dlq', qopts);
        v.bindQueue('ev-dlq', 'ev-dlx', 'dead', {});
        v.bindQueue('ev-not-dlq', 'ev-dlx', 'alive', {});
        v.declareQueue('ev-src', {
            ...qopts,
            arguments: { 'x-dead-letter-exchange': 'ev-dlx', 'x-dead-letter-routing-key': 'dead' },
        });
        assert.deepEqual([...deadLetterQueues(v)], ['ev-dlq']);
        const ev = new AlertEvaluator(broker.vhosts, [
            { name: 'DLQ', severity: 'warning', metric: 'dlq_depth', threshold: 0 },
            { name: 'DLRatio', severity: 'warning', metric: 'dead_letter_ratio', threshold: 0.01 },
        ]);
        assert.deepEqual(ev.evaluate(10), []);
        v.publish(msg('ev-src'), out);
        v.publish(msg('ev-src'), out);
        const src = v.queues.get('ev-src');
        const t = src.get(false);
        src.reject(t.position, t.level, false);
        const alerts = ev.evaluate(20).map((a) => [a.rule, a.queue, a.value]);
        assert.deepEqual(alerts.sort(), [
            ['DLQ', 'ev-dlq', 1],
            ['DLRatio', 'ev-src', 0.5],
        ]);
    });
    test('a processing rate that falls by more than half while messages wait fires ProcessingRateDrop', () => {
        const rules = [
            {
                name: 'Drop',
                severity: 'warning',
                pattern: 'rate-.*',
                metric: 'processing_rate_drop',
                threshold: 0.5,
            },
        ];
        // 10 s evaluations, a 60 s baseline and a 20 s recent window; at least 1 msg/s to count
        const ev = new AlertEvaluator(broker.vhosts, rules, {
            intervalMs: 10_000,
            windowMs: 60_000,
            recentMs: 20_000,
        });
        v.declareQueue('rate-a', qopts);
        const q = v.queues.get('rate-a');
        let t = 1_000_000;
        // `perTick` messages published and as many fetched every 10 s, plus a backlog of `backlog`
        const tick = (perTick, backlog) => {
            for (let i = 0; i < perTick + backlog; i++)
                v.publish(msg('rate-a'), out);
            for (let i = 0; i < perTick; i++) {
                const taken = q.get(false);
                q.ack(taken.position, taken.level);
            }
            t += 10_000;
            return ev.evaluate(t);
        };
        // steady 50 per 10 s (5 msg/s) with nothing left waiting: no alert, and no history yet
        for (let i = 0; i < 9; i++)
            assert.deepEqual(tick(50, 0), []);
        // the consumer slows to 10 per 10 s while messages pile up: 1 - 1/5 = 0.8 once the
        // recent window holds only the slow ticks
        assert.deepEqual(tick(10, 40), []); // the recent window still holds one fast tick
        const fired = tick(10, 40);
        assert.equal(fired.length, 1, JSON.stringify(fired));
        assert.equal(fired[0].rule, 'Drop');
        assert.ok(Math.abs(fired[0].value - 0.8) < 1e-9, String(fired[0].value));
        // nothing waiting: a slow consumer of a quiet queue is no problem
        q.purge();
        assert.deepEqual(tick(10, 0), []);
        // a queue whose baseline was under 1 msg/s never fires
        v.declareQueue('rate-slow', qopts);
        const slow = v.queues.get('rate-slow');
        for (let i = 0; i < 12; i++) {
            v.publish(msg('rate-slow'), out);
            v.publish(msg('rate-slow'), out);
            if (i < 8) {
                const taken = slow.get(false);
                slow.ack(taken.position, taken.level);
            }
            t += 10_000;
            assert.deepEqual(ev.evaluate(t).filter((a) => a.queue === 'rate-slow'), []);
        }
        v.deleteQueue('rate-a', false, false);
        v.deleteQueue('rate-slow', false, false);
    });
});
//# sourceMappingURL=evaluator.test.js.map