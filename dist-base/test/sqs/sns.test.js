// SNS through the real SDKs: a topic fanning out to three SQS queues, one with a filter policy
// on message attributes, one on the body, one raw; AMQP queues bound to the topic's exchange;
// and boto3's SNS client (query protocol in both boto3 versions).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CreateTopicCommand, GetSubscriptionAttributesCommand, ListSubscriptionsByTopicCommand, ListTopicsCommand, NotFoundException, PublishBatchCommand, PublishCommand, SNSClient, SubscribeCommand, } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, } from '@aws-sdk/client-sqs';
import amqp from 'amqplib';
import { queueName, sqsClient, startSqsWharf } from './helpers.js';
import { BOTO_PRELUDE, PYTHONS, pythonSkip, runPython } from './python.js';
describe('SNS', () => {
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
    const bodies = async (url) => {
        const out = [];
        for (;;) {
            const r = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, MessageAttributeNames: ['All'] }));
            if (!r.Messages)
                return out;
            out.push(...r.Messages.map((m) => m.Body));
        }
    };
    test('fan-out to three queues: all, filtered by attributes, raw filtered by body; and an AMQP binding', async () => {
        const name = queueName('topic');
        const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: name }));
        assert.equal(TopicArn, `arn:aws:sns:us-east-1:000000000000:${name}`);
        const all = await queueWithArn('all');
        const eu = await queueWithArn('eu');
        const big = await queueWithArn('big');
        await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: all.arn }));
        await sns.send(new SubscribeCommand({
            TopicArn,
            Protocol: 'sqs',
            Endpoint: eu.arn,
            Attributes: {
                FilterPolicy: JSON.stringify({ region: [{ prefix: 'eu-' }], tier: [{ 'anything-but': 'free' }] }),
            },
        }));
        const bigSub = await sns.send(new SubscribeCommand({
            TopicArn,
            Protocol: 'sqs',
            Endpoint: big.arn,
            Attributes: {
                RawMessageDelivery: 'true',
                FilterPolicyScope: 'MessageBody',
                FilterPolicy: JSON.stringify({ order: { total: [{ numeric: ['>=', 100] }] } }),
            },
        }));
        const attrs = await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: bigSub.SubscriptionArn }));
        assert.equal(attrs.Attributes?.RawMessageDelivery, 'true');
        const listed = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }));
        assert.equal(listed.Subscriptions?.length, 3);
        assert.ok((await sns.send(new ListTopicsCommand({}))).Topics?.some((t) => t.TopicArn === TopicArn));
        const conn = await amqp.connect(wharf.amqpUrl);
        const ch = await conn.createChannel();
        const { queue: bound } = await ch.assertQueue('', { exclusive: true });
        await ch.bindQueue(bound, name, '');
        const order = (total) => JSON.stringify({ order: { total } });
        await sns.send(new PublishCommand({
            TopicArn,
            Message: order(150),
            Subject: 'big eu',
            MessageAttributes: {
                region: { DataType: 'String', StringValue: 'eu-west-1' },
                tier: { DataType: 'String', StringValue: 'pro' },
            },
        }));
        await sns.send(new PublishBatchCommand({
            TopicArn,
            PublishBatchRequestEntries: [
                {
                    Id: 'small-eu-free',
                    Message: order(5),
                    MessageAttributes: {
                        region: { DataType: 'String', StringValue: 'eu-central-1' },
                        tier: { DataType: 'String', StringValue: 'free' },
                    },
                },
                {
                    Id: 'big-us',
                    Message: order(500),
                    MessageAttributes: { region: { DataType: 'String', StringValue: 'us-east-1' } },
                },
            ],
        }));
        const allBodies = await bodies(all.url);
        assert.equal(allBodies.length, 3);
        const env = JSON.parse(allBodies[0]);
        assert.equal(env.Type, 'Notification');
        assert.equal(env.TopicArn, TopicArn);
        assert.equal(env.Subject, 'big eu');
        assert.equal(env.Message, order(150));
        assert.equal(env.MessageAttributes.region.Value, 'eu-west-1');
        assert.ok(env.MessageId && env.Timestamp && env.SignatureVersion && env.UnsubscribeURL);
        const euBodies = (await bodies(eu.url)).map((b) => JSON.parse(b).Message);
        assert.deepEqual(euBodies, [order(150)], 'eu- prefix and anything-but free');
        assert.deepEqual(await bodies(big.url), [order(150), order(500)], 'raw, filtered on the body');
        let amqpCount = 0;
        while (await ch.get(bound, { noAck: true }))
            amqpCount++;
        assert.equal(amqpCount, 3, 'the AMQP queue bound to the topic exchange got every publish');
        await conn.close();
        await assert.rejects(sns.send(new PublishCommand({ TopicArn: `${TopicArn}-missing`, Message: 'x' })), (e) => e instanceof NotFoundException);
    });
    for (const { name, python } of PYTHONS) {
        const skip = pythonSkip(python, 'boto3');
        test(`${name}: SNS fan-out with a filter policy`, { skip }, async () => {
            const r = (await runPython(python, BOTO_PRELUDE +
                String.raw `
sqs = client('sqs')
sns = client('sns')
p = ARGS['prefix']
topic = sns.create_topic(Name=p + '-t')['TopicArn']
urls = {}
for n in ('a', 'b'):
    urls[n] = sqs.create_queue(QueueName=p + '-' + n)['QueueUrl']
    arn = sqs.get_queue_attributes(QueueUrl=urls[n], AttributeNames=['QueueArn'])['Attributes']['QueueArn']
    attrs = {'RawMessageDelivery': 'true'}
    if n == 'b':
        attrs['FilterPolicy'] = json.dumps({'kind': ['refund', 'chargeback'], 'amount': [{'numeric': ['>', 10, '<=', 100]}]})
    sns.subscribe(TopicArn=topic, Protocol='sqs', Endpoint=arn, Attributes=attrs)
def pub(body, kind, amount):
    sns.publish(TopicArn=topic, Message=body, MessageAttributes={
        'kind': {'DataType': 'String', 'StringValue': kind},
        'amount': {'DataType': 'Number', 'StringValue': str(amount)}})
pub('r50', 'refund', 50)
pub('r500', 'refund', 500)
pub('s50', 'sale', 50)
out = {}
for n, u in urls.items():
    got = []
    while True:
        m = sqs.receive_message(QueueUrl=u, MaxNumberOfMessages=10).get('Messages', [])
        if not m: break
        got += [x['Body'] for x in m]
    out[n] = got
print(json.dumps(out))
`, { endpoint: wharf.sqsEndpoint, args: { prefix: queueName('boto-sns') } }));
            assert.deepEqual(r.a, ['r50', 'r500', 's50']);
            assert.deepEqual(r.b, ['r50']);
        });
    }
});
//# sourceMappingURL=sns.test.js.map