// The AWS SDK for JavaScript against Wharf: batches, visibility timeouts, delays, purge,
// attributes, FIFO order and deduplication, redrive to a dead-letter queue, and the errors
// the SDK raises as typed exceptions.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ChangeMessageVisibilityBatchCommand, ChangeMessageVisibilityCommand, CreateQueueCommand, DeleteMessageBatchCommand, DeleteQueueCommand, GetQueueAttributesCommand, ListDeadLetterSourceQueuesCommand, ListQueueTagsCommand, PurgeQueueCommand, QueueDoesNotExist, QueueNameExists, ReceiveMessageCommand, SendMessageBatchCommand, SendMessageCommand, SetQueueAttributesCommand, TagQueueCommand, TooManyEntriesInBatchRequest, BatchEntryIdsNotDistinct, InvalidAttributeName, MessageNotInflight, } from '@aws-sdk/client-sqs';
import { queueName, sqsClient, startSqsWharf } from './helpers.js';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
describe('AWS SDK for JavaScript', () => {
    let wharf;
    let sqs;
    before(async () => {
        wharf = await startSqsWharf();
        sqs = sqsClient(wharf.sqsEndpoint);
    });
    after(async () => {
        sqs?.destroy();
        await wharf?.close();
    });
    const create = async (name, Attributes) => (await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes }))).QueueUrl;
    test('batches: send 10, receive them, delete them; batch errors', async () => {
        const QueueUrl = await create(queueName('batch'));
        const Entries = Array.from({ length: 10 }, (_, i) => ({ Id: `m${i}`, MessageBody: `body ${i}` }));
        const sent = await sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries }));
        assert.equal(sent.Successful?.length, 10);
        assert.deepEqual(sent.Failed ?? [], []);
        const got = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
        assert.deepEqual(got.Messages?.map((m) => m.Body), Entries.map((e) => e.MessageBody));
        const del = await sqs.send(new DeleteMessageBatchCommand({
            QueueUrl,
            Entries: got.Messages.map((m, i) => ({ Id: `d${i}`, ReceiptHandle: m.ReceiptHandle })),
        }));
        assert.equal(del.Successful?.length, 10);
        const attrs = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }));
        assert.equal(attrs.Attributes?.ApproximateNumberOfMessages, '0');
        assert.equal(attrs.Attributes?.ApproximateNumberOfMessagesNotVisible, '0');
        await assert.rejects(sqs.send(new SendMessageBatchCommand({
            QueueUrl,
            Entries: Array.from({ length: 11 }, (_, i) => ({ Id: `m${i}`, MessageBody: 'x' })),
        })), (e) => e instanceof TooManyEntriesInBatchRequest);
        await assert.rejects(sqs.send(new SendMessageBatchCommand({
            QueueUrl,
            Entries: [
                { Id: 'same', MessageBody: 'a' },
                { Id: 'same', MessageBody: 'b' },
            ],
        })), (e) => e instanceof BatchEntryIdsNotDistinct);
        const partial = await sqs.send(new DeleteMessageBatchCommand({ QueueUrl, Entries: [{ Id: 'bad', ReceiptHandle: 'garbage' }] }));
        assert.equal(partial.Failed?.[0].Code, 'ReceiptHandleIsInvalid');
    });
    test('visibility timeouts: expiry, change, release at 0', async () => {
        const QueueUrl = await create(queueName('vis'), { VisibilityTimeout: '1' });
        await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'v' }));
        const first = (await sqs.send(new ReceiveMessageCommand({ QueueUrl, AttributeNames: ['All'] })))
            .Messages[0];
        assert.equal(first.Attributes?.ApproximateReceiveCount, '1');
        assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages, undefined);
        const second = (await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 5, AttributeNames: ['All'] }))).Messages[0];
        assert.equal(second.Attributes?.ApproximateReceiveCount, '2', 'visible again after 1 s');
        await sqs.send(new ChangeMessageVisibilityCommand({
            QueueUrl,
            ReceiptHandle: second.ReceiptHandle,
            VisibilityTimeout: 0,
        }));
        const third = (await sqs.send(new ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 60 })))
            .Messages[0];
        assert.equal(third.Body, 'v');
        await assert.rejects(sqs.send(new ChangeMessageVisibilityCommand({
            QueueUrl,
            ReceiptHandle: second.ReceiptHandle,
            VisibilityTimeout: 5,
        })), (e) => e instanceof MessageNotInflight);
        const batch = await sqs.send(new ChangeMessageVisibilityBatchCommand({
            QueueUrl,
            Entries: [{ Id: 'a', ReceiptHandle: third.ReceiptHandle, VisibilityTimeout: 0 }],
        }));
        assert.equal(batch.Successful?.length, 1);
        assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages?.[0].Body, 'v');
    });
    test('delays: per message and per queue', async () => {
        const QueueUrl = await create(queueName('delay'));
        const t0 = Date.now();
        await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'later', DelaySeconds: 1 }));
        await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'now' }));
        const attrs = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessagesDelayed'] }));
        assert.equal(attrs.Attributes?.ApproximateNumberOfMessagesDelayed, '1');
        const now = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
        assert.deepEqual(now.Messages?.map((m) => m.Body), ['now']);
        const later = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 5 }));
        assert.equal(later.Messages?.[0].Body, 'later');
        assert.ok(Date.now() - t0 >= 900, 'held about a second');
        const q2 = await create(queueName('qdelay'), { DelaySeconds: '1' });
        await sqs.send(new SendMessageCommand({ QueueUrl: q2, MessageBody: 'queue delay' }));
        assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: q2 }))).Messages, undefined);
        assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: q2, WaitTimeSeconds: 5 }))).Messages?.[0].Body, 'queue delay');
    });
    test('purge, attributes, tags, errors', async () => {
        const name = queueName('attrs');
        const QueueUrl = await create(name, { VisibilityTimeout: '45', MessageRetentionPeriod: '3600' });
        await assert.rejects(sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: { VisibilityTimeout: '46' } })), (e) => e instanceof QueueNameExists);
        await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x' }));
        await sqs.send(new PurgeQueueCommand({ QueueUrl }));
        assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages, undefined);
        await sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: { ReceiveMessageWaitTimeSeconds: '1' } }));
        const a = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] })))
            .Attributes;
        assert.equal(a.VisibilityTimeout, '45');
        assert.equal(a.MessageRetentionPeriod, '3600');
        assert.equal(a.ReceiveMessageWaitTimeSeconds, '1');
        assert.equal(a.QueueArn, `arn:aws:sqs:us-east-1:000000000000:${name}`);
        assert.ok(Number(a.CreatedTimestamp) > 1e9);
        const q = wharf.server.broker.vhost('/').queues.get(name);
        assert.equal(q.options.arguments['x-message-ttl'], 3_600_000, 'retention is the queue TTL');
        await assert.rejects(sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['Nope'] })), (e) => e instanceof InvalidAttributeName);
        await sqs.send(new TagQueueCommand({ QueueUrl, Tags: { team: 'core' } }));
        assert.deepEqual((await sqs.send(new ListQueueTagsCommand({ QueueUrl }))).Tags, { team: 'core' });
        await sqs.send(new DeleteQueueCommand({ QueueUrl }));
        await assert.rejects(sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x' })), (e) => e instanceof QueueDoesNotExist);
    });
    test('FIFO: order within a group, a held group, deduplication', async () => {
        const QueueUrl = await create(`${queueName('fifo')}.fifo`, { FifoQueue: 'true' });
        const send = (body, group, dedup) => sqs.send(new SendMessageCommand({
            QueueUrl,
            MessageBody: body,
            MessageGroupId: group,
            MessageDeduplicationId: dedup,
        }));
        const s1 = await send('a1', 'A', 'd1');
        await send('a2', 'A', 'd2');
        await send('b1', 'B', 'd3');
        const dup = await send('a1 again', 'A', 'd1');
        assert.equal(dup.MessageId, s1.MessageId, 'a duplicate gets the first send’s id');
        assert.ok(s1.SequenceNumber && s1.SequenceNumber.length === 20);
        const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 1, AttributeNames: ['All'] }));
        assert.equal(first.Messages?.[0].Body, 'a1');
        assert.equal(first.Messages?.[0].Attributes?.MessageGroupId, 'A');
        // group A is held while a1 is in flight: only b1 comes
        const second = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
        assert.deepEqual(second.Messages?.map((m) => m.Body), ['b1']);
        await sqs.send(new DeleteMessageBatchCommand({
            QueueUrl,
            Entries: [first.Messages[0], second.Messages[0]].map((m, i) => ({
                Id: `x${i}`,
                ReceiptHandle: m.ReceiptHandle,
            })),
        }));
        const third = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, AttributeNames: ['All'] }));
        assert.deepEqual(third.Messages?.map((m) => m.Body), ['a2']);
        assert.equal(third.Messages?.[0].Attributes?.ApproximateReceiveCount, '1', 'skipping did not count');
        await assert.rejects(sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'no group' })), /MessageGroupId/);
        const cbd = await create(`${queueName('cbd')}.fifo`, {
            FifoQueue: 'true',
            ContentBasedDeduplication: 'true',
        });
        const x = await sqs.send(new SendMessageCommand({ QueueUrl: cbd, MessageBody: 'same', MessageGroupId: 'g' }));
        const y = await sqs.send(new SendMessageCommand({ QueueUrl: cbd, MessageBody: 'same', MessageGroupId: 'g' }));
        assert.equal(y.MessageId, x.MessageId);
        const all = await sqs.send(new ReceiveMessageCommand({ QueueUrl: cbd, MaxNumberOfMessages: 10 }));
        assert.equal(all.Messages?.length, 1);
    });
    test('redrive: after maxReceiveCount receives the message is in the dead-letter queue', async () => {
        const dlqName = queueName('dlq');
        const dlq = await create(dlqName);
        const dlqArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq, AttributeNames: ['QueueArn'] }))).Attributes.QueueArn;
        const srcName = queueName('src');
        const src = await create(srcName, {
            RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: '2' }),
        });
        await sqs.send(new SendMessageCommand({
            QueueUrl: src,
            MessageBody: 'poison',
            MessageAttributes: { k: { DataType: 'String', StringValue: 'v' } },
        }));
        for (let i = 0; i < 2; i++) {
            const m = (await sqs.send(new ReceiveMessageCommand({ QueueUrl: src, VisibilityTimeout: 0 }))).Messages;
            assert.equal(m?.length, 1, `receive ${i + 1}`);
        }
        assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: src }))).Messages, undefined);
        const dead = (await sqs.send(new ReceiveMessageCommand({
            QueueUrl: dlq,
            WaitTimeSeconds: 2,
            AttributeNames: ['All'],
            MessageAttributeNames: ['All'],
        }))).Messages[0];
        assert.equal(dead.Body, 'poison');
        assert.equal(dead.MessageAttributes?.k.StringValue, 'v');
        assert.equal(dead.Attributes?.DeadLetterQueueSourceArn, `arn:aws:sqs:us-east-1:000000000000:${srcName}`);
        const sources = await sqs.send(new ListDeadLetterSourceQueuesCommand({ QueueUrl: dlq }));
        assert.deepEqual(sources.queueUrls, [src]);
        await sleep(0);
    });
});
//# sourceMappingURL=js-sdk.test.js.map