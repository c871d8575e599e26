import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { amqpPropertiesFormat } from '../../src/amqp/index.js';
import { Broker } from '../../src/broker/index.js';
import { Metrics } from '../../src/http/metrics.js';
const qopts = { passive: false, durable: false, exclusive: false, autoDelete: false, arguments: {} };
const msg = (routingKey, body = 'x') => ({
    exchange: '',
    routingKey,
    properties: Buffer.from([0, 0]),
    body: Buffer.from(body),
    persistent: false,
    timestamp: Date.now(),
});
import { parse } from '../helpers/prometheus.js';
function family(sample, type) {
    return type.has(sample) ? sample : sample.replace(/_(bucket|sum|count)$/, '');
}
function value(samples, name, labels = {}) {
    const s = samples.find((x) => x.name === name && Object.entries(labels).every(([k, v]) => x.labels[k] === v));
    return s?.value;
}
describe('Prometheus metrics', () => {
    let dir;
    let broker;
    let v;
    before(() => {
        dir = mkdtempSync(join(tmpdir(), 'wharf-metrics-'));
        broker = new Broker({ dataDir: dir, format: amqpPropertiesFormat });
        broker.open();
        v = broker.vhost('/');
    });
    after(async () => {
        await broker.close();
        rmSync(dir, { recursive: true, force: true });
    });
    test('queue depth and published counter are exact', async () => {
        v.declareQueue('m1', qopts);
        const out = [];
        for (let i = 0; i < 7; i++)
            v.publish(msg('m1', 'hello'), out);
        const metrics = new Metrics(broker);
        const { samples, type } = parse(await metrics.render());
        const q = { vhost: '/', queue: 'm1' };
        assert.equal(value(samples, 'wharf_queue_messages_ready', q), 7);
        assert.equal(value(samples, 'wharf_queue_messages_unacked', q), 0);
        assert.equal(value(samples, 'wharf_queue_messages', q), 7);
        assert.ok(value(samples, 'wharf_queue_messages_bytes', q) >= 7 * 5);
        assert.equal(value(samples, 'wharf_queue_consumers', q), 0);
        assert.ok(value(samples, 'wharf_queue_oldest_message_age_seconds', q) >= 0);
        assert.equal(value(samples, 'wharf_queue_messages_published_total', q), 7);
        assert.equal(value(samples, 'wharf_queue_messages_delivered_total', q), 0);
        assert.equal(type.get('wharf_queue_messages_published_total'), 'counter');
        assert.equal(type.get('wharf_queue_messages_ready'), 'gauge');
        assert.ok(value(samples, 'wharf_queues') >= 1);
        assert.equal(value(samples, 'wharf_connections'), 0);
        assert.equal(value(samples, 'wharf_channels'), 0);
        assert.equal(value(samples, 'wharf_alarm', { resource: 'memory' }), 0);
        assert.equal(value(samples, 'wharf_alarm', { resource: 'disk' }), 0);
        assert.ok(value(samples, 'wharf_disk_free_bytes') > 0);
        assert.ok(value(samples, 'wharf_process_resident_memory_bytes') > 0);
        // values are read afresh at each scrape, not accumulated
        const g = v.queues.get('m1');
        v.publish(msg('m1'), out);
        const again = parse(await metrics.render()).samples;
        assert.equal(value(again, 'wharf_queue_messages_published_total', q), 8, 'scrapes do not accumulate');
        assert.equal(value(again, 'wharf_queue_messages_ready', q), g.ready);
        v.deleteQueue('m1', false, false);
    });
    test('an empty queue reports oldest message age 0', async () => {
        v.declareQueue('empty', qopts);
        const { samples } = parse(await new Metrics(broker).render());
        assert.equal(value(samples, 'wharf_queue_oldest_message_age_seconds', { queue: 'empty' }), 0);
        v.deleteQueue('empty', false, false);
    });
    test('several instances in one process register without conflict', async () => {
        const a = new Metrics(broker);
        const b = new Metrics(broker);
        const dir2 = mkdtempSync(join(tmpdir(), 'wharf-metrics-2-'));
        const other = new Broker({ dataDir: dir2, format: amqpPropertiesFormat });
        try {
            other.open();
            other.vhost('/').declareQueue('only-here', qopts);
            const c = new Metrics(other);
            const [ta, tb, tc] = await Promise.all([a.render(), b.render(), c.render()]);
            assert.ok(ta.includes('wharf_queues'));
            assert.ok(tb.includes('wharf_queues'));
            assert.ok(tc.includes('queue="only-here"'));
            assert.ok(!ta.includes('queue="only-here"'), 'registries are separate');
            assert.match(a.contentType, /^text\/plain/);
        }
        finally {
            await other.close();
            rmSync(dir2, { recursive: true, force: true });
        }
    });
    test("a deleted queue's series disappear", async () => {
        const metrics = new Metrics(broker);
        v.declareQueue('doomed', qopts);
        v.publish(msg('doomed'), []);
        let text = await metrics.render();
        assert.ok(text.includes('queue="doomed"'));
        v.deleteQueue('doomed', false, false);
        text = await metrics.render();
        assert.ok(!text.includes('queue="doomed"'), 'no series left for the deleted queue');
    });
    test('output is well-formed exposition text', async () => {
        v.declareQueue('fmt "quoted" \\ name', qopts);
        const text = await new Metrics(broker).render();
        const { samples, help, type } = parse(text);
        assert.ok(samples.length > 0);
        for (const s of samples) {
            const f = family(s.name, type);
            assert.ok(type.has(f), `no TYPE line for ${s.name}`);
            assert.ok(help.has(f), `no HELP line for ${s.name}`);
            assert.ok(s.name.startsWith('wharf_'), `unprefixed metric ${s.name}`);
        }
        for (const name of [
            'wharf_queue_messages_ready',
            'wharf_queue_messages_unacked',
            'wharf_queue_messages',
            'wharf_queue_messages_bytes',
            'wharf_queue_consumers',
            'wharf_queue_oldest_message_age_seconds',
            'wharf_queue_messages_published_total',
            'wharf_queue_messages_delivered_total',
            'wharf_queue_messages_acked_total',
            'wharf_queue_messages_redelivered_total',
            'wharf_queue_messages_dead_lettered_total',
            'wharf_connections',
            'wharf_channels',
            'wharf_queues',
            'wharf_process_resident_memory_bytes',
            'wharf_disk_free_bytes',
            'wharf_alarm',
            'wharf_process_cpu_seconds_total',
        ]) {
            assert.ok(type.has(name), `missing ${name}`);
        }
        v.deleteQueue('fmt "quoted" \\ name', false, false);
    });
});
//# sourceMappingURL=metrics.test.js.map