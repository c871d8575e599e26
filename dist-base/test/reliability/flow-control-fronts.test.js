// Flow control on every front: during a memory or disk alarm a Kafka produce, an SQS
// SendMessage, an SNS Publish and a Redis XADD wait (as an AMQP publisher is blocked),
// reads and acks go on so consumers keep draining, and the held writes are answered, and
// stored, once the alarm clears. Real clients (kafkajs, @aws-sdk/client-sqs and -sns,
// ioredis) over real sockets to a Wharf in this process, whose limits the test moves.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { CreateTopicCommand, PublishCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand, } from '@aws-sdk/client-sqs';
import { Redis } from 'ioredis';
import { startWharf } from '../../src/embedded/start-wharf.js';
import { kafkajs } from '../kafka/support.js';
import { sqsClient } from '../sqs/helpers.js';
let wharf;
before(async () => {
    wharf = await startWharf({ storage: 'disk', kafkaPort: 0, sqsPort: 0, respPort: 0 });
});
after(async () => {
    wharf.server.broker.resources.setLimits({ diskFreeLimit: 0 });
    await wharf?.close();
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Turns the disk alarm on, runs fn, and always turns it off again. */
async function duringDiskAlarm(fn) {
    const resources = wharf.server.broker.resources;
    resources.setLimits({ diskFreeLimit: Number.MAX_SAFE_INTEGER });
    assert.deepEqual([...resources.alarms], ['disk']);
    try {
        await fn();
    }
    finally {
        resources.setLimits({ diskFreeLimit: 0 });
    }
}
/** Whether p settles within ms (it keeps running either way). */
async function settlesWithin(p, ms) {
    let done = false;
    p.then(() => (done = true), () => (done = true));
    await sleep(ms);
    return done;
}
test('Kafka: a produce waits during a disk alarm, fetches go on, and it is stored once the alarm clears', async () => {
    const kafka = kafkajs(wharf.kafkaBootstrap);
    const producer = kafka.producer({ allowAutoTopicCreation: true });
    const consumer = kafka.consumer({ groupId: 'flow-g' });
    await producer.connect();
    try {
        await producer.send({ topic: 'flow-t', acks: -1, messages: [{ value: 'before' }] });
        let sent;
        await duringDiskAlarm(async () => {
            sent = producer.send({ topic: 'flow-t', acks: -1, messages: [{ value: 'during' }] });
            assert.equal(await settlesWithin(sent, 400), false, 'the produce is held while the alarm is on');
            // reading is not held: the record from before the alarm is fetched meanwhile
            const admin = kafka.admin();
            await admin.connect();
            const offsets = await admin.fetchTopicOffsets('flow-t');
            await admin.disconnect();
            assert.equal(offsets[0].high, '1', 'the held record is not stored yet');
        });
        await sent;
        await consumer.connect();
        await consumer.subscribe({ topic: 'flow-t', fromBeginning: true });
        const got = [];
        await consumer.run({ eachMessage: async ({ message }) => void got.push(String(message.value)) });
        for (const until = Date.now() + 15_000; got.length < 2 && Date.now() < until;)
            await sleep(50);
        assert.deepEqual(got, ['before', 'during']);
    }
    finally {
        await consumer.disconnect();
        await producer.disconnect();
    }
});
test('SQS and SNS: SendMessage and Publish wait during a disk alarm, receives go on', async () => {
    const sqs = sqsClient(wharf.sqsEndpoint);
    const sns = new SNSClient({
        endpoint: wharf.sqsEndpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'guest', secretAccessKey: 'guest' },
        maxAttempts: 1,
    });
    try {
        const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'flow-q' }));
        const arn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] })))
            .Attributes.QueueArn;
        const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'flow-topic' }));
        await sns.send(new SubscribeCommand({
            TopicArn,
            Protocol: 'sqs',
            Endpoint: arn,
            Attributes: { RawMessageDelivery: 'true' },
        }));
        await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'before' }));
        let sent;
        let published;
        await duringDiskAlarm(async () => {
            sent = sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'during' }));
            published = sns.send(new PublishCommand({ TopicArn, Message: 'published' }));
            assert.equal(await settlesWithin(sent, 400), false, 'SendMessage is held while the alarm is on');
            assert.equal(await settlesWithin(published, 0), false, 'Publish is held while the alarm is on');
            const got = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
            assert.deepEqual(got.Messages?.map((m) => m.Body), ['before'], 'receiving is not held, and the held sends are not stored yet');
        });
        await sent;
        await published;
        const bodies = [];
        for (const until = Date.now() + 5000; bodies.length < 2 && Date.now() < until;) {
            const got = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
            for (const m of got.Messages ?? [])
                if (m.Body !== 'before')
                    bodies.push(m.Body);
        }
        assert.deepEqual(bodies.sort(), ['during', 'published']);
    }
    finally {
        sqs.destroy();
        sns.destroy();
    }
});
test('Redis: XADD waits during a disk alarm and holds its connection; another reads and acks meanwhile', async () => {
    const writer = new Redis(wharf.respUrl, { lazyConnect: true, maxRetriesPerRequest: 0 });
    const reader = new Redis(wharf.respUrl, { lazyConnect: true, maxRetriesPerRequest: 0 });
    await writer.connect();
    await reader.connect();
    try {
        await writer.xadd('flow-s', '*', 'n', 'before');
        await reader.xgroup('CREATE', 'flow-s', 'g', '0');
        let added;
        let afterIt;
        await duringDiskAlarm(async () => {
            added = writer.xadd('flow-s', '*', 'n', 'during');
            afterIt = writer.xlen('flow-s'); // behind the held XADD on the same connection
            assert.equal(await settlesWithin(added, 400), false, 'XADD is held while the alarm is on');
            assert.equal(await settlesWithin(afterIt, 0), false, 'and so is what its client sent after it');
            const read = (await reader.xreadgroup('GROUP', 'g', 'c', 'STREAMS', 'flow-s', '>'));
            assert.deepEqual(read[0][1].map(([, f]) => f[1]), ['before']);
            assert.equal(await reader.xack('flow-s', 'g', read[0][1][0][0]), 1, 'acks are not held');
            assert.equal(await reader.xlen('flow-s'), 1);
        });
        await added;
        assert.equal(await afterIt, 2, 'the held XADD ran first, in its turn');
    }
    finally {
        writer.disconnect();
        reader.disconnect();
    }
});
//# sourceMappingURL=flow-control-fronts.test.js.map