// One topic through two protocols: a message published over AMQP to an SNS topic's exchange
// reaches the topic's SQS subscriptions exactly as an SNS Publish does (filter policies,
// envelope or raw delivery, attributes); and SQS retention deletes an expired message where
// redrive would have dead-lettered it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CreateTopicCommand, PublishCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand, } from '@aws-sdk/client-sqs';
import amqp from 'amqplib';
import { queueName, sqsClient, startSqsWharf } from './helpers.js';
describe('SNS topics through SNS and AMQP', () => {
    let wharf;
    let sqs;
    let sns;
    before(async () => {
        wharf = await startSqsWharf();
        sqs = sqsClient(wharf.sqsEndpoint);
        sns = new SNSClient({
            endpoint: wharf.sqsEndpoint,
            region: 'us-east-1',
            credentials: { accessKeyId: 'guest', secretAccessKey: 'guest' },
            maxAttempts: 1,
        });
    });
    after(async () => {
        sqs?.destroy();
        sns?.destroy();
        await wharf?.close();
    });
    async function queueWithArn(prefix) {
        const url = (await sqs.send(new CreateQueueCommand({ QueueName: queueName(prefix) }))).QueueUrl;
        const a = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }));
        return { url, arn: a.Attributes.QueueArn };
    }
    async function receiveAll(url) {
        const out = [];
        for (;;) {
            const r = await sqs.send(new ReceiveMessageCommand({
                QueueUrl: url,
                MaxNumberOfMessages: 10,
                MessageAttributeNames: ['All'],
                VisibilityTimeout: 600,
            }));
            if (!r.Messages)
                return out;
            out.push(...r.Messages);
        }
    }
    test('an AMQP publish to the topic exchange reaches its SQS subscriptions as SNS Publish does', async () => {
        const name = queueName('topic');
        const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: name }));
        const wrapped = await queueWithArn('wrapped');
        const raw = await queueWithArn('raw');
        const eu = await queueWithArn('eu');
        await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: wrapped.arn }));
        await sns.send(new SubscribeCommand({
            TopicArn,
            Protocol: 'sqs',
            Endpoint: raw.arn,
            Attributes: { RawMessageDelivery: 'true' },
        }));
        await sns.send(new SubscribeCommand({
            TopicArn,
            Protocol: 'sqs',
            Endpoint: eu.arn,
            Attributes: { FilterPolicy: JSON.stringify({ region: [{ prefix: 'eu-' }] }) },
        }));
        // through SNS
        const viaSns = await sns.send(new PublishCommand({
            TopicArn,
            Message: 'from sns',
            Subject: 'hello',
            MessageAttributes: {
                region: { DataType: 'String', StringValue: 'eu-west-1' },
                count: { DataType: 'Number', StringValue: '3' },
                blob: { DataType: 'Binary', BinaryValue: Buffer.from([1, 2, 3]) },
            },
        }));
        // through AMQP, with a publisher confirm: once confirmed, the SQS copies are stored
        const conn = await amqp.connect(wharf.amqpUrl);
        try {
            const ch = await conn.createConfirmChannel();
            ch.publish(name, '', Buffer.from('from amqp'), {
                messageId: 'amqp-1',
                headers: { region: 'eu-central-1', count: 4, blob: Buffer.from([4, 5]) },
            });
            ch.publish(name, '', Buffer.from('not for eu'), { headers: { region: 'us-east-1' } });
            await ch.waitForConfirms();
        }
        finally {
            await conn.close();
        }
        // raw: the body as published, attributes as SQS message attributes (the SDK checks their MD5)
        const raws = await receiveAll(raw.url);
        assert.deepEqual(raws.map((m) => m.Body), ['from sns', 'from amqp', 'not for eu']);
        assert.equal(raws[0].MessageAttributes?.region.StringValue, 'eu-west-1');
        assert.equal(raws[0].MessageAttributes?.count.DataType, 'Number');
        assert.deepEqual(Buffer.from(raws[0].MessageAttributes.blob.BinaryValue), Buffer.from([1, 2, 3]));
        assert.equal(raws[1].MessageAttributes?.region.StringValue, 'eu-central-1');
        assert.equal(raws[1].MessageAttributes?.count.DataType, 'Number');
        assert.equal(raws[1].MessageAttributes?.count.StringValue, '4');
        assert.deepEqual(Buffer.from(raws[1].MessageAttributes.blob.BinaryValue), Buffer.from([4, 5]));
        // enveloped: SNS's notification JSON, the SNS MessageId (the AMQP message_id), attributes typed
        const envelopes = (await receiveAll(wrapped.url)).map((m) => {
            assert.equal(m.MessageAttributes, undefined, 'attributes are inside the envelope');
            return JSON.parse(m.Body);
        });
        assert.equal(envelopes.length, 3);
        const [a, b, c] = envelopes;
        for (const e of envelopes) {
            assert.equal(e.Type, 'Notification');
            assert.equal(e.TopicArn, TopicArn);
            assert.equal(e.SignatureVersion, '1');
            assert.ok(e.Timestamp && e.Signature && e.SigningCertURL && e.UnsubscribeURL);
        }
        assert.equal(a.MessageId, viaSns.MessageId);
        assert.equal(a.Subject, 'hello');
        assert.equal(a.Message, 'from sns');
        assert.deepEqual(a.MessageAttributes, {
            region: { Type: 'String', Value: 'eu-west-1' },
            count: { Type: 'Number', Value: '3' },
            blob: { Type: 'Binary', Value: Buffer.from([1, 2, 3]).toString('base64') },
        });
        assert.equal(b.MessageId, 'amqp-1');
        assert.equal(b.Subject, undefined);
        assert.equal(b.Message, 'from amqp');
        assert.deepEqual(b.MessageAttributes, {
            region: { Type: 'String', Value: 'eu-central-1' },
            count: { Type: 'Number', Value: '4' },
            blob: { Type: 'Binary', Value: Buffer.from([4, 5]).toString('base64') },
        });
        assert.match(String(c.MessageId), /^[0-9a-f-]{36}$/, 'a message without message_id gets one');
        assert.equal(c.Message, 'not for eu');
        // the filter policy applies to both
        assert.deepEqual((await receiveAll(eu.url)).map((m) => JSON.parse(m.Body).Message), ['from sns', 'from amqp']);
    });
    test('retention deletes an expired message; redrive still dead-letters a poison one', async () => {
        const dlq = await queueWithArn('dlq');
        const srcName = queueName('src');
        const src = (await sqs.send(new CreateQueueCommand({
            QueueName: srcName,
            Attributes: {
                MessageRetentionPeriod: '60',
                RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 1 }),
            },
        }))).QueueUrl;
        // retention of 60 s at the least through SQS: a Wharf policy shortens it (the lower TTL wins)
        const vhost = wharf.server.broker.vhost('/');
        vhost.putPolicy(`short-${srcName}`, {
            pattern: `^${srcName}$`,
            definition: { 'message-ttl': 100 },
            applyTo: 'queues',
        });
        await sqs.send(new SendMessageCommand({ QueueUrl: src, MessageBody: 'old' }));
        const q = vhost.queues.get(srcName);
        while (q.count > 0)
            await new Promise((r) => setTimeout(r, 20));
        vhost.deletePolicy(`short-${srcName}`);
        await sqs.send(new SendMessageCommand({ QueueUrl: src, MessageBody: 'poison' }));
        const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl: src, VisibilityTimeout: 0 }));
        assert.equal(first.Messages?.[0].Body, 'poison');
        const second = await sqs.send(new ReceiveMessageCommand({ QueueUrl: src, VisibilityTimeout: 0 }));
        assert.equal(second.Messages, undefined, 'received more than maxReceiveCount: moved');
        assert.deepEqual((await receiveAll(dlq.url)).map((m) => m.Body), ['poison'], 'the expired message was deleted, not dead-lettered');
    });
});
//# sourceMappingURL=sns-amqp.test.js.map