// The SQS front's core actions through the real SDKs: @aws-sdk/client-sqs (JSON), boto3 1.26
// (query) and boto3 1.43 (JSON): CreateQueue, GetQueueUrl, ListQueues, SendMessage,
// ReceiveMessage, DeleteMessage; and a queue made through SQS is the AMQP queue of that name.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CreateQueueCommand, DeleteMessageCommand, GetQueueAttributesCommand, GetQueueUrlCommand, ListQueuesCommand, QueueDoesNotExist, ReceiveMessageCommand, SendMessageCommand, } from '@aws-sdk/client-sqs';
import amqp from 'amqplib';
import { queueName, sqsClient, startSqsWharf } from './helpers.js';
import { BOTO_PRELUDE, PYTHONS, pythonSkip, runPython } from './python.js';
describe('SQS basics', () => {
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
    test('the ready listener reports its endpoint', () => {
        assert.match(wharf.sqsEndpoint, /^http:\/\/127\.0\.0\.1:\d+$/);
    });
    test('@aws-sdk/client-sqs: create, url, list, send, receive, delete', async () => {
        const name = queueName('js');
        const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name }));
        assert.equal(QueueUrl, `${wharf.sqsEndpoint}/000000000000/${name}`);
        const again = await sqs.send(new CreateQueueCommand({ QueueName: name }));
        assert.equal(again.QueueUrl, QueueUrl, 'CreateQueue is idempotent');
        assert.equal((await sqs.send(new GetQueueUrlCommand({ QueueName: name }))).QueueUrl, QueueUrl);
        const listed = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: name }));
        assert.deepEqual(listed.QueueUrls, [QueueUrl]);
        const sent = await sqs.send(new SendMessageCommand({
            QueueUrl,
            MessageBody: 'hello ✓',
            MessageAttributes: {
                color: { DataType: 'String', StringValue: 'blue' },
                size: { DataType: 'Number.int', StringValue: '3' },
                raw: { DataType: 'Binary', BinaryValue: Buffer.from([0, 1, 2]) },
            },
        }));
        assert.ok(sent.MessageId);
        const got = await sqs.send(new ReceiveMessageCommand({
            QueueUrl,
            MaxNumberOfMessages: 10,
            MessageAttributeNames: ['All'],
            MessageSystemAttributeNames: ['All'],
        }));
        assert.equal(got.Messages?.length, 1);
        const m = got.Messages[0];
        assert.equal(m.Body, 'hello ✓');
        assert.equal(m.MessageId, sent.MessageId);
        assert.equal(m.MD5OfMessageAttributes, sent.MD5OfMessageAttributes);
        assert.equal(m.MessageAttributes?.color.StringValue, 'blue');
        assert.equal(m.MessageAttributes?.size.DataType, 'Number.int');
        assert.deepEqual(Buffer.from(m.MessageAttributes.raw.BinaryValue), Buffer.from([0, 1, 2]));
        assert.equal(m.Attributes?.ApproximateReceiveCount, '1');
        assert.equal(m.Attributes?.SenderId, 'guest');
        assert.ok(Number(m.Attributes?.SentTimestamp) > Date.now() - 60_000);
        const none = await sqs.send(new ReceiveMessageCommand({ QueueUrl }));
        assert.equal(none.Messages, undefined, 'in flight: not visible');
        await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: m.ReceiptHandle }));
        const q = wharf.server.broker.vhost('/').queues.get(name);
        assert.equal(q.count, 0);
        await assert.rejects(sqs.send(new GetQueueUrlCommand({ QueueName: queueName('missing') })), (e) => e instanceof QueueDoesNotExist);
    });
    test('a long poll answers when a message arrives', async () => {
        const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: queueName('lp') }));
        const t0 = Date.now();
        const waiting = sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 10 }));
        setTimeout(() => void sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'late' })), 200);
        const got = await waiting;
        assert.equal(got.Messages?.[0].Body, 'late');
        assert.ok(Date.now() - t0 < 5000);
    });
    test('DeleteMessage with the latest receipt deletes after the visibility timeout; an older one does not', async () => {
        const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: queueName('vis') }));
        const receive = async () => (await sqs.send(new ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 1, WaitTimeSeconds: 5 })))
            .Messages?.[0];
        const count = async () => (await sqs.send(new GetQueueAttributesCommand({
            QueueUrl,
            AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
        }))).Attributes;
        // the handler outlives the visibility timeout; no one received the message meanwhile
        await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'slow' }));
        const first = await receive();
        await new Promise((r) => setTimeout(r, 1300));
        assert.deepEqual(await count(), {
            ApproximateNumberOfMessages: '1',
            ApproximateNumberOfMessagesNotVisible: '0',
        });
        await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: first.ReceiptHandle }));
        assert.deepEqual(await count(), {
            ApproximateNumberOfMessages: '0',
            ApproximateNumberOfMessagesNotVisible: '0',
        });
        // received again since: the older handle succeeds without deleting
        await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'twice' }));
        const a = await receive();
        await new Promise((r) => setTimeout(r, 1300));
        const b = await receive();
        assert.equal(b?.Body, 'twice');
        await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: a.ReceiptHandle }));
        assert.deepEqual(await count(), {
            ApproximateNumberOfMessages: '0',
            ApproximateNumberOfMessagesNotVisible: '1',
        });
        await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: b.ReceiptHandle }));
        assert.deepEqual(await count(), {
            ApproximateNumberOfMessages: '0',
            ApproximateNumberOfMessagesNotVisible: '0',
        });
    });
    test('sent through SQS, consumed through AMQP, and back', async () => {
        const name = queueName('interop');
        const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name }));
        await sqs.send(new SendMessageCommand({
            QueueUrl,
            MessageBody: 'from sqs',
            MessageAttributes: { kind: { DataType: 'String', StringValue: 'greeting' } },
        }));
        const conn = await amqp.connect(wharf.amqpUrl);
        try {
            const ch = await conn.createChannel();
            const ok = await ch.checkQueue(name);
            assert.equal(ok.messageCount, 1);
            const msg = await ch.get(name, { noAck: true });
            assert.ok(msg);
            assert.equal(msg.content.toString(), 'from sqs');
            assert.equal(String(msg.properties.headers?.kind), 'greeting');
            ch.sendToQueue(name, Buffer.from('from amqp'), { headers: { n: 7, s: 'x' }, messageId: 'amqp-1' });
            await ch.close();
        }
        finally {
            await conn.close();
        }
        const got = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 5, MessageAttributeNames: ['All'] }));
        const m = got.Messages[0];
        assert.equal(m.Body, 'from amqp');
        assert.equal(m.MessageId, 'amqp-1');
        assert.equal(m.MessageAttributes?.n.DataType, 'Number');
        assert.equal(m.MessageAttributes?.n.StringValue, '7');
        assert.equal(m.MessageAttributes?.s.StringValue, 'x');
    });
    test('a stream (Kafka topic, Redis key, AMQP stream queue) is not an SQS queue: not found, not listed, not creatable', async () => {
        const name = queueName('stream');
        const conn = await amqp.connect(wharf.amqpUrl);
        try {
            const ch = await conn.createChannel();
            await ch.assertQueue(name, { durable: true, arguments: { 'x-queue-type': 'stream' } });
            await ch.close();
            const url = `${wharf.sqsEndpoint}/000000000000/${name}`;
            await assert.rejects(sqs.send(new GetQueueUrlCommand({ QueueName: name })), (e) => e instanceof QueueDoesNotExist);
            await assert.rejects(sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'x' })), (e) => e instanceof QueueDoesNotExist);
            await assert.rejects(sqs.send(new CreateQueueCommand({ QueueName: name })), (e) => e.name === 'QueueNameExists' && /stream/.test(e.message));
            const listed = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: name }));
            assert.equal(listed.QueueUrls, undefined);
            const ch2 = await conn.createChannel();
            assert.equal((await ch2.checkQueue(name)).messageCount, 0, 'nothing was written into the stream');
            await ch2.deleteQueue(name);
        }
        finally {
            await conn.close();
        }
    });
    for (const { name, python } of PYTHONS) {
        const skip = pythonSkip(python, 'boto3');
        test(`${name}: create, url, list, send, receive, delete`, { skip }, async () => {
            const queue = queueName('py');
            const r = (await runPython(python, BOTO_PRELUDE +
                String.raw `
c = client()
q = ARGS['queue']
url = c.create_queue(QueueName=q)['QueueUrl']
out = {'url': url, 'get_url': c.get_queue_url(QueueName=q)['QueueUrl']}
out['listed'] = c.list_queues(QueueNamePrefix=q).get('QueueUrls')
s = c.send_message(QueueUrl=url, MessageBody='hi from boto', MessageAttributes={'a': {'DataType': 'String', 'StringValue': 'v'}})
out['sent_md5'] = s['MD5OfMessageBody']
r = c.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1, MessageAttributeNames=['All'], AttributeNames=['All'])
m = r['Messages'][0]
out['body'] = m['Body']
out['attr'] = m['MessageAttributes']['a']['StringValue']
out['count'] = m['Attributes']['ApproximateReceiveCount']
c.delete_message(QueueUrl=url, ReceiptHandle=m['ReceiptHandle'])
out['after'] = c.receive_message(QueueUrl=url).get('Messages')
out['missing'] = err(lambda: c.get_queue_url(QueueName=q + '-missing'))
out['bad_handle'] = err(lambda: c.delete_message(QueueUrl=url, ReceiptHandle='nonsense'))
print(json.dumps(out))
`, { endpoint: wharf.sqsEndpoint, args: { queue } }));
            const url = `${wharf.sqsEndpoint}/000000000000/${queue}`;
            assert.equal(r.url, url);
            assert.equal(r.get_url, url);
            assert.deepEqual(r.listed, [url]);
            assert.equal(r.body, 'hi from boto');
            assert.equal(r.attr, 'v');
            assert.equal(r.count, '1');
            assert.equal(r.after, null);
            assert.equal(r.missing.code, python === 'python3'
                ? 'AWS.SimpleQueueService.NonExistentQueue'
                : 'AWS.SimpleQueueService.NonExistentQueue');
            assert.equal(r.bad_handle.code, 'ReceiptHandleIsInvalid');
        });
    }
});
//# sourceMappingURL=basics.test.js.map