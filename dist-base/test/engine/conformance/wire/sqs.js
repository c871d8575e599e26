// The queue suite through the SQS API with the AWS SDK for JavaScript: ReceiveMessage with a
// visibility timeout is the lease, ChangeMessageVisibility extends or (0) releases it, a
// redrive policy is the delivery limit.
import { ChangeMessageVisibilityCommand, CreateQueueCommand, DeleteMessageCommand, GetQueueAttributesCommand, GetQueueUrlCommand, ReceiveMessageCommand, SendMessageBatchCommand, SQSClient, } from '@aws-sdk/client-sqs';
import { WireHarness } from './harness.js';
const seconds = (ms) => Math.ceil(ms / 1000);
export function sqsQueueDriver() {
    return {
        name: 'SQS (AWS SDK for JavaScript)',
        durable: true,
        cannot: { deathReason: 'SQS moves a message to its dead-letter queue without saying why' },
        async start() {
            const h = new WireHarness();
            let sqs;
            const connect = () => {
                sqs = new SQSClient({
                    endpoint: h.wharf.sqsEndpoint,
                    region: 'us-east-1',
                    credentials: { accessKeyId: 'guest', secretAccessKey: 'guest' },
                    maxAttempts: 1,
                });
            };
            await h.start();
            connect();
            const url = async (queue) => (await sqs.send(new GetQueueUrlCommand({ QueueName: queue }))).QueueUrl;
            const attributes = async (queue, names) => (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: await url(queue), AttributeNames: names }))).Attributes ?? {};
            const receipt = (d) => d.handle.ReceiptHandle;
            return {
                async declare(queue, options = {}) {
                    const Attributes = {};
                    if (options.deadLetterTo !== undefined) {
                        const arn = (await attributes(options.deadLetterTo, ['QueueArn'])).QueueArn;
                        Attributes.RedrivePolicy = JSON.stringify({
                            deadLetterTargetArn: arn,
                            maxReceiveCount: options.maxDeliveries ?? 10,
                        });
                    }
                    await sqs.send(new CreateQueueCommand({ QueueName: queue, Attributes }));
                },
                async publish(queue, bodies) {
                    const QueueUrl = await url(queue);
                    for (let i = 0; i < bodies.length; i += 10) {
                        const Entries = bodies.slice(i, i + 10).map((b, j) => ({ Id: `m${i + j}`, MessageBody: b }));
                        const r = await sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries }));
                        if (r.Failed?.length)
                            throw new Error(`send failed: ${JSON.stringify(r.Failed)}`);
                    }
                },
                async receive(queue, max, leaseMs, waitMs) {
                    const r = await sqs.send(new ReceiveMessageCommand({
                        QueueUrl: await url(queue),
                        MaxNumberOfMessages: Math.min(max, 10),
                        VisibilityTimeout: seconds(leaseMs),
                        WaitTimeSeconds: seconds(waitMs),
                        MessageSystemAttributeNames: ['ApproximateReceiveCount'],
                    }));
                    return (r.Messages ?? []).map((m) => ({
                        body: m.Body ?? '',
                        deliveryCount: Number(m.Attributes?.ApproximateReceiveCount),
                        handle: m,
                    }));
                },
                async ack(queue, d) {
                    await sqs.send(new DeleteMessageCommand({ QueueUrl: await url(queue), ReceiptHandle: receipt(d) }));
                },
                async release(queue, d) {
                    await sqs.send(new ChangeMessageVisibilityCommand({
                        QueueUrl: await url(queue),
                        ReceiptHandle: receipt(d),
                        VisibilityTimeout: 0,
                    }));
                },
                async extend(queue, d, leaseMs) {
                    await sqs.send(new ChangeMessageVisibilityCommand({
                        QueueUrl: await url(queue),
                        ReceiptHandle: receipt(d),
                        VisibilityTimeout: seconds(leaseMs),
                    }));
                },
                async depth(queue) {
                    const a = await attributes(queue, [
                        'ApproximateNumberOfMessages',
                        'ApproximateNumberOfMessagesNotVisible',
                        'ApproximateNumberOfMessagesDelayed',
                    ]);
                    return (Number(a.ApproximateNumberOfMessages) +
                        Number(a.ApproximateNumberOfMessagesNotVisible) +
                        Number(a.ApproximateNumberOfMessagesDelayed));
                },
                async restart() {
                    sqs.destroy();
                    await h.restart();
                    connect();
                },
                async close() {
                    sqs?.destroy();
                    await h.close();
                },
            };
        },
    };
}
//# sourceMappingURL=sqs.js.map