// A full disk under a real Wharf process, through the Kafka and SQS fronts (root only: the data dir is a
// 4 MiB tmpfs; the disk alarm is set below what is free so that writes reach the full disk instead of
// being held). Producing with acks=all and sending to SQS go on until the disk refuses them, with the
// protocol's own error (KAFKA_STORAGE_ERROR, a 5xx SQS error); the broker keeps answering; after a
// restart exactly the records and messages whose write was answered as stored are there, none of the
// refused ones.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CreateQueueCommand, ReceiveMessageCommand, SendMessageBatchCommand, } from '@aws-sdk/client-sqs';
import { startWharf, uniqueName } from '../helpers/brokers.js';
import { withTmpfs } from '../helpers/tmpfs.js';
import { kafkajs } from '../kafka/support.js';
import { sqsClient } from '../sqs/helpers.js';
const MiB = 1024 * 1024;
const PAD = 'x'.repeat(1024);
async function onFullDisk(t, fn) {
    await withTmpfs(t, 4 * MiB, async (mnt) => {
        const dataDir = join(mnt, 'data');
        const cfg = join(mnt, 'wharf.json');
        writeFileSync(cfg, JSON.stringify({ diskFreeLimit: 1 }));
        let wharf = await startWharf({ dataDir, args: ['--config', cfg] });
        try {
            await fn(wharf, async () => {
                assert.equal(await wharf.stop(), 0, `clean exit:\n${wharf.output()}`);
                wharf = await wharf.restart();
                return wharf;
            });
        }
        finally {
            if (wharf)
                await wharf.stop();
        }
    });
}
/** Every record value of the topic, from the earliest offset. */
async function readAll(kafka, topic, atLeast) {
    const consumer = kafka.consumer({ groupId: uniqueName('full-disk-read') });
    const got = [];
    await consumer.connect();
    try {
        await consumer.subscribe({ topic, fromBeginning: true });
        await consumer.run({ eachMessage: async ({ message }) => void got.push(String(message.value)) });
        // after the last acked record, a little longer for any record that should not be there
        for (const until = Date.now() + 20_000; got.length < atLeast && Date.now() < until;)
            await new Promise((r) => setTimeout(r, 100));
        await new Promise((r) => setTimeout(r, 1000));
    }
    finally {
        await consumer.disconnect();
    }
    return got;
}
test('Kafka on a full disk: acks=all produces fail with KAFKA_STORAGE_ERROR; exactly the acknowledged records survive a restart', { timeout: 120_000 }, async (t) => {
    await onFullDisk(t, async (first, restart) => {
        const topic = uniqueName('kafka-full-disk');
        let kafka = kafkajs(`127.0.0.1:${first.kafkaPort}`, { retry: { retries: 0 } });
        const producer = kafka.producer({ allowAutoTopicCreation: true, retry: { retries: 0 } });
        await producer.connect();
        const acked = [];
        const refused = [];
        const errors = new Set();
        try {
            for (let round = 0; refused.length === 0; round++) {
                assert.ok(round < 400, 'the disk never filled up');
                const ids = Array.from({ length: 20 }, (_, i) => `r${round * 20 + i}`);
                try {
                    await producer.send({
                        topic,
                        acks: -1,
                        messages: ids.map((id) => ({ key: id, value: `${id} ${PAD}` })),
                    });
                    acked.push(...ids);
                }
                catch (e) {
                    refused.push(...ids);
                    // kafkajs wraps the broker's error (retries: 0): its code name is the cause's type
                    const err = e;
                    errors.add(err.cause?.type ?? err.type ?? err.message);
                }
            }
            t.diagnostic(`disk full after ${acked.length} acknowledged records; errors: ${[...errors].join(', ')}`);
            assert.ok(acked.length > 500, `acknowledged ${acked.length}`);
            assert.ok(errors.has('KAFKA_STORAGE_ERROR'), [...errors].join(', '));
            // the broker still answers on the same connection
            const admin = kafka.admin();
            await admin.connect();
            assert.ok((await admin.fetchTopicOffsets(topic)).length === 1);
            await admin.disconnect();
        }
        finally {
            await producer.disconnect();
        }
        const again = await restart();
        kafka = kafkajs(`127.0.0.1:${again.kafkaPort}`);
        const stored = (await readAll(kafka, topic, acked.length)).map((v) => v.split(' ')[0]);
        const present = new Set(stored);
        for (const id of acked)
            assert.ok(present.has(id), `acknowledged ${id} is there`);
        for (const id of refused)
            assert.ok(!present.has(id), `refused ${id} is not there`);
        assert.equal(stored.length, new Set(stored).size, 'no record twice');
    });
});
test('SQS on a full disk: sends fail with a server error; exactly the answered messages survive a restart', { timeout: 120_000 }, async (t) => {
    await onFullDisk(t, async (first, restart) => {
        let sqs = sqsClient(`http://127.0.0.1:${first.sqsPort}`);
        const name = uniqueName('sqs-full-disk');
        const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name }));
        const answered = [];
        const refused = [];
        const errors = new Set();
        try {
            for (let round = 0; refused.length === 0; round++) {
                assert.ok(round < 800, 'the disk never filled up');
                const ids = Array.from({ length: 10 }, (_, i) => `m${round * 10 + i}`);
                try {
                    const out = await sqs.send(new SendMessageBatchCommand({
                        QueueUrl,
                        Entries: ids.map((id) => ({ Id: id, MessageBody: `${id} ${PAD}` })),
                    }));
                    for (const s of out.Successful ?? [])
                        answered.push(s.Id);
                    for (const f of out.Failed ?? []) {
                        refused.push(f.Id);
                        errors.add(`${f.Code} (sender fault: ${f.SenderFault})`);
                    }
                }
                catch (e) {
                    refused.push(...ids);
                    const err = e;
                    errors.add(`${err.name} (HTTP ${err.$metadata?.httpStatusCode})`);
                }
            }
            t.diagnostic(`disk full after ${answered.length} answered sends; errors: ${[...errors].join(', ')}`);
            assert.ok(answered.length > 500, `answered ${answered.length}`);
            for (const e of errors)
                assert.doesNotMatch(e, /sender fault: true|HTTP 4/, 'a server-side error');
        }
        finally {
            sqs.destroy();
        }
        const again = await restart();
        sqs = sqsClient(`http://127.0.0.1:${again.sqsPort}`);
        try {
            const stored = [];
            for (;;) {
                const got = await sqs.send(new ReceiveMessageCommand({
                    QueueUrl,
                    MaxNumberOfMessages: 10,
                    VisibilityTimeout: 600,
                    WaitTimeSeconds: 1,
                }));
                if (!got.Messages?.length)
                    break;
                for (const m of got.Messages)
                    stored.push(m.Body.split(' ')[0]);
            }
            const present = new Set(stored);
            for (const id of answered)
                assert.ok(present.has(id), `answered ${id} is there`);
            for (const id of refused)
                assert.ok(!present.has(id), `refused ${id} is not there`);
            assert.equal(stored.length, present.size, 'no message twice');
        }
        finally {
            sqs.destroy();
        }
    });
});
//# sourceMappingURL=fronts-full-disk.test.js.map