// A stream queue's consumers get committed records only: at the moment of every delivery the
// record's offset is below the stream's synced high watermark. An offset a consumer has seen
// is therefore never handed out again after a crash (offsets above the watermark may be).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { amqpPropertiesFormat } from '../../src/amqp/index.js';
import { Broker } from '../../src/broker/index.js';
function message(body) {
    return {
        exchange: '',
        routingKey: 's',
        properties: amqpPropertiesFormat.encode({}),
        body: Buffer.from(body),
        persistent: true,
        timestamp: Date.now(),
    };
}
test('a durable stream delivers each record only once its offset is below the synced watermark', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-stream-committed-'));
    const b = new Broker({ dataDir: dir, format: amqpPropertiesFormat });
    b.open();
    try {
        const v = b.vhost('/');
        const q = v.declareQueue('s', {
            passive: false,
            durable: true,
            exclusive: false,
            autoDelete: false,
            arguments: { 'x-queue-type': 'stream' },
        });
        const seen = [];
        let offset = 0;
        const consumer = {
            tag: 'c',
            noAck: false,
            exclusive: false,
            priority: 0,
            prefetch: 1000,
            consumeArguments: { 'x-stream-offset': 'first' },
            canAccept: () => true,
            deliver: (_queue, _position, _level, _head, _flags, body) => {
                seen.push({ body: body.toString(), hwmAtDelivery: q.stream.highWatermark, offset: offset++ });
            },
            cancelledByServer: () => { },
        };
        q.addConsumer(consumer);
        // published in bursts without waiting for syncs: the consumer is waiting at the tail
        const N = 2000;
        for (let i = 0; i < N; i++) {
            v.publish(message(`m${i}`), []);
            if (i % 100 === 99)
                await new Promise((r) => setImmediate(r));
        }
        const deadline = Date.now() + 10_000;
        while (seen.length < N && Date.now() < deadline)
            await new Promise((r) => setTimeout(r, 20));
        assert.equal(seen.length, N, 'every record is delivered once committed');
        for (const s of seen) {
            assert.ok(s.offset < s.hwmAtDelivery, `offset ${s.offset} (${s.body}) delivered while the watermark was ${s.hwmAtDelivery}`);
        }
        q.removeConsumer(consumer);
    }
    finally {
        await b.close();
        rmSync(dir, { recursive: true, force: true });
    }
});
//# sourceMappingURL=stream-committed-delivery.test.js.map