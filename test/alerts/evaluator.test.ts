// AlertEvaluator in-process, against a real Broker: a low depth threshold fires and
// clears, keeps its `since`, honours the queue name pattern; the broker owns an
// evaluator with the default rules; dead-letter queues are found through bindings.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { amqpPropertiesFormat } from '../../src/amqp/index.js';
import {
  type AlertRule,
  AlertEvaluator,
  DEFAULT_ALERT_RULES,
  deadLetterQueues,
} from '../../src/broker/alerts.js';
import { Broker, type Message, type PublishTarget, type VHost } from '../../src/broker/index.js';

const qopts = { passive: false, durable: false, exclusive: false, autoDelete: false, arguments: {} };

const msg = (routingKey: string, exchange = ''): Message => ({
  exchange,
  routingKey,
  properties: Buffer.from([0, 0]),
  body: Buffer.from('x'),
  persistent: false,
  timestamp: Date.now(),
});

describe('AlertEvaluator', () => {
  let dir: string;
  let broker: Broker;
  let v: VHost;
  const out: PublishTarget[] = [];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'wharf-alerts-'));
    broker = new Broker({ dataDir: dir, format: amqpPropertiesFormat });
    broker.open();
    v = broker.vhost('/')!;
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
    const rules: AlertRule[] = [
      { name: 'Deep', severity: 'critical', pattern: 'ev-.*', metric: 'depth', threshold: 2 },
    ];
    const ev = new AlertEvaluator(broker.vhosts, rules);
    v.declareQueue('ev-a', qopts);
    v.declareQueue('other-ev-a', qopts); // the pattern is anchored: no match
    for (let i = 0; i < 2; i++) v.publish(msg('ev-a'), out);
    for (let i = 0; i < 5; i++) v.publish(msg('other-ev-a'), out);
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
    const q = v.queues.get('ev-a')!;
    for (let i = 0; i < 2; i++) {
      const t = q.get(false)!;
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
    assert.throws(
      () =>
        new AlertEvaluator(broker.vhosts, [
          { name: 'x', severity: 'warning', pattern: '(', metric: 'depth', threshold: 1 },
        ]),
      /bad pattern/,
    );
    assert.throws(
      () =>
        new AlertEvaluator(broker.vhosts, [
          { name: 'x', severity: 'warning', metric: 'nope' as never, threshold: 1 },
        ]),
      /metric/,
    );
  });

  test('dead-letter queues are the queues bound to a DLX (direct: the DL routing key)', () => {
    v.declareExchange(
      'ev-dlx',
      'direct',
      { durable: false, autoDelete: false, internal: false, arguments: {} },
      false,
    );
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
    const src = v.queues.get('ev-src')!;
    const t = src.get(false)!;
    src.reject(t.position, t.level, false);
    const alerts = ev.evaluate(20).map((a) => [a.rule, a.queue, a.value]);
    assert.deepEqual(alerts.sort(), [
      ['DLQ', 'ev-dlq', 1],
      ['DLRatio', 'ev-src', 0.5],
    ]);
  });
});
