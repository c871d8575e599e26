// The same stream through the engine and over AMQP (amqplib): records another front appended through the
// registry (a Kafka batch of 5 offsets, a Redis entry) sit between AMQP messages; an AMQP consumer gets the
// AMQP messages only, with x-stream-offset counting the other records' offsets, and the engine's committed
// reader sees every record, the AMQP ones included.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import amqp from 'amqplib';
import { StreamFormat } from '../../src/broker/index.js';
import { startInProcess, until } from '../helpers/in-process.js';
test('an AMQP stream queue is the engine stream of the same name; AMQP consumers skip other formats', async () => {
    const w = await startInProcess();
    try {
        const conn = await amqp.connect(w.url);
        try {
            const ch = await conn.createConfirmChannel();
            await ch.assertQueue('mixed', { durable: true, arguments: { 'x-queue-type': 'stream' } });
            const p = w.server.broker.streams('/').get('mixed').partition(0);
            ch.sendToQueue('mixed', Buffer.from('m0'));
            await ch.waitForConfirms();
            p.appendBatch(StreamFormat.kafka, Date.now(), 5, Buffer.alloc(0), Buffer.alloc(64, 1));
            p.append(StreamFormat.resp, Date.now(), Buffer.alloc(0), Buffer.from('entry'));
            await p.syncPromise();
            ch.sendToQueue('mixed', Buffer.from('m7'));
            await ch.waitForConfirms();
            const got = [];
            await ch.prefetch(10);
            await ch.consume('mixed', (m) => {
                if (!m)
                    return;
                got.push([m.content.toString(), Number(m.properties.headers?.['x-stream-offset'])]);
                ch.ack(m);
            }, { arguments: { 'x-stream-offset': 'first' } });
            await until(() => got.length >= 2, 5000, 'two AMQP deliveries');
            assert.deepEqual(got, [
                ['m0', 0],
                ['m7', 7],
            ]);
            await until(() => p.highWatermark === 8, 5000, 'the watermark past the last AMQP message');
            assert.deepEqual(p.read(0, 1 << 20).map((r) => [r.offset, r.count, r.flags >> 4]), [
                [0, 1, StreamFormat.amqp],
                [1, 5, StreamFormat.kafka],
                [6, 1, StreamFormat.resp],
                [7, 1, StreamFormat.amqp],
            ]);
            // the management view of the queue counts every offset
            assert.equal(w.server.broker.vhost('/').queues.get('mixed').count, 8);
        }
        finally {
            await conn.close();
        }
    }
    finally {
        await w.stop();
        w.remove();
    }
});
//# sourceMappingURL=streams-amqp.test.js.map