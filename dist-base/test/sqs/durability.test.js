// SIGKILL of a Wharf serving SQS: every SendMessage that was answered is received after the
// restart; a message received and not deleted stays invisible until its visibility timeout,
// keeps its ApproximateReceiveCount and can still be deleted or released with the receipt
// handle from before the restart; FIFO deduplication (within 5 minutes) and sequence numbers
// carry over.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ChangeMessageVisibilityCommand, CreateQueueCommand, DeleteMessageCommand, GetQueueUrlCommand, ReceiveMessageCommand, SendMessageBatchCommand, SendMessageCommand, } from '@aws-sdk/client-sqs';
import { canControlWharf, EXTERNAL_SKIP, startWharf } from '../helpers/brokers.js';
import { queueName, sqsClient } from './helpers.js';
const endpoint = (port) => `http://127.0.0.1:${port}`;
async function urlOf(sqs, name) {
    return (await sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl;
}
/** Receives until the queue answers empty; returns the bodies. */
async function drain(sqs, url) {
    const bodies = [];
    for (;;) {
        const r = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, VisibilityTimeout: 600 }));
        if (!r.Messages?.length)
            return bodies;
        for (const m of r.Messages)
            bodies.push(m.Body);
    }
}
test('SQS survives SIGKILL: answered sends, in-flight messages with their counts, FIFO deduplication', async (t) => {
    if (!canControlWharf())
        return t.skip(EXTERNAL_SKIP);
    let wharf = await startWharf();
    let sqs = sqsClient(endpoint(wharf.sqsPort));
    try {
        const load = queueName('kill');
        const flight = queueName('flight');
        const fifo = `${queueName('dedup')}.fifo`;
        let url = (await sqs.send(new CreateQueueCommand({ QueueName: load }))).QueueUrl;
        let flightUrl = (await sqs.send(new CreateQueueCommand({ QueueName: flight }))).QueueUrl;
        let fifoUrl = (await sqs.send(new CreateQueueCommand({ QueueName: fifo, Attributes: { FifoQueue: 'true' } }))).QueueUrl;
        // in flight at the kill: 'deleted' and 'released' under a long visibility timeout, 'expires' under 1 s;
        // 'released' was received twice
        for (const body of ['deleted', 'released', 'expires'])
            await sqs.send(new SendMessageCommand({ QueueUrl: flightUrl, MessageBody: body }));
        const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl: flightUrl, MaxNumberOfMessages: 2, VisibilityTimeout: 600 }));
        assert.deepEqual(first.Messages?.map((m) => m.Body), ['deleted', 'released']);
        const [deleted, released0] = first.Messages;
        await sqs.send(new ChangeMessageVisibilityCommand({
            QueueUrl: flightUrl,
            ReceiptHandle: released0.ReceiptHandle,
            VisibilityTimeout: 0,
        }));
        const second = await sqs.send(new ReceiveMessageCommand({
            QueueUrl: flightUrl,
            MaxNumberOfMessages: 1,
            VisibilityTimeout: 600,
            MessageSystemAttributeNames: ['ApproximateReceiveCount'],
        }));
        const released = second.Messages[0];
        assert.equal(released.Body, 'released');
        assert.equal(released.Attributes?.ApproximateReceiveCount, '2');
        const third = await sqs.send(new ReceiveMessageCommand({ QueueUrl: flightUrl, MaxNumberOfMessages: 1, VisibilityTimeout: 1 }));
        assert.equal(third.Messages?.[0].Body, 'expires');
        // FIFO: a send answered before the kill
        const before = await sqs.send(new SendMessageCommand({
            QueueUrl: fifoUrl,
            MessageBody: 'once',
            MessageGroupId: 'g',
            MessageDeduplicationId: 'd-1',
        }));
        // sends in flight at the kill: four senders, singles and batches of 10
        const answered = [];
        let stop = false;
        let n = 0;
        const sender = async (batch) => {
            while (!stop) {
                const bodies = Array.from({ length: batch ? 10 : 1 }, () => `m-${n++}`);
                try {
                    if (batch) {
                        const r = await sqs.send(new SendMessageBatchCommand({
                            QueueUrl: url,
                            Entries: bodies.map((b, i) => ({ Id: `e${i}`, MessageBody: b })),
                        }));
                        for (const ok of r.Successful ?? [])
                            answered.push(bodies[Number(ok.Id.slice(1))]);
                    }
                    else {
                        await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: bodies[0] }));
                        answered.push(bodies[0]);
                    }
                }
                catch {
                    return; // the broker went away mid-request: not answered, not counted
                }
            }
        };
        const senders = [sender(false), sender(false), sender(true), sender(true)];
        while (answered.length < 500)
            await new Promise((r) => setTimeout(r, 10));
        await wharf.kill();
        stop = true;
        await Promise.all(senders);
        const answeredAtKill = [...answered];
        sqs.destroy();
        wharf = await wharf.restart();
        sqs = sqsClient(endpoint(wharf.sqsPort));
        url = await urlOf(sqs, load);
        flightUrl = await urlOf(sqs, flight);
        fifoUrl = await urlOf(sqs, fifo);
        const stored = new Set(await drain(sqs, url));
        const lost = answeredAtKill.filter((b) => !stored.has(b));
        assert.deepEqual(lost, [], `${lost.length} of ${answeredAtKill.length} answered sends lost`);
        // 'deleted' and 'released' are still invisible: their visibility timeout runs on ('expires' may be back)
        const back = new Map();
        const receiveInto = async (wait) => {
            const r = await sqs.send(new ReceiveMessageCommand({
                QueueUrl: flightUrl,
                MaxNumberOfMessages: 10,
                WaitTimeSeconds: wait,
                VisibilityTimeout: 600,
                MessageSystemAttributeNames: ['ApproximateReceiveCount'],
            }));
            for (const m of r.Messages ?? [])
                back.set(m.Body, m.Attributes.ApproximateReceiveCount);
        };
        await receiveInto(0);
        assert.deepEqual([...back.keys()].filter((b) => b !== 'expires'), [], 'still in flight');
        // the receipt handles from before the restart still work
        await sqs.send(new DeleteMessageCommand({ QueueUrl: flightUrl, ReceiptHandle: deleted.ReceiptHandle }));
        await sqs.send(new ChangeMessageVisibilityCommand({
            QueueUrl: flightUrl,
            ReceiptHandle: released.ReceiptHandle,
            VisibilityTimeout: 0,
        }));
        // 'released' is visible again at once, 'expires' once its second has passed (a long poll waits for it)
        while (back.size < 2)
            await receiveInto(20);
        assert.deepEqual(Object.fromEntries(back), { released: '3', expires: '2' });
        // the duplicate within 5 minutes is answered as the first send and not stored again
        const dup = await sqs.send(new SendMessageCommand({
            QueueUrl: fifoUrl,
            MessageBody: 'once',
            MessageGroupId: 'g',
            MessageDeduplicationId: 'd-1',
        }));
        assert.equal(dup.MessageId, before.MessageId);
        assert.equal(dup.SequenceNumber, before.SequenceNumber);
        const after = await sqs.send(new SendMessageCommand({
            QueueUrl: fifoUrl,
            MessageBody: 'twice',
            MessageGroupId: 'g',
            MessageDeduplicationId: 'd-2',
        }));
        assert.ok(BigInt(after.SequenceNumber) > BigInt(before.SequenceNumber), 'sequence numbers go on');
        assert.deepEqual(await drain(sqs, fifoUrl), ['once', 'twice'], "'once' is stored once");
    }
    finally {
        sqs.destroy();
        await wharf.stop();
    }
});
//# sourceMappingURL=durability.test.js.map