// One case per action (and a few errors): the parameters an SDK is called with, the typed
// input the codec must read from that SDK's request, and an output (or error) to answer with,
// which the SDK must then return unchanged. Bytes are written {__b64} so Python can share them.
import { md5OfBody, md5OfMessageAttributes } from '../../../src/sqs/codec/index.js';
const Q = 'http://127.0.0.1:9/000000000000/orders';
const ARN = 'arn:aws:sqs:us-east-1:000000000000:orders';
const DLQ = 'arn:aws:sqs:us-east-1:000000000000:orders-dlq';
const TOPIC = 'arn:aws:sns:us-east-1:000000000000:events';
const b64 = (s) => ({ __b64: Buffer.from(s).toString('base64') });
const BODY = 'héllo\r\n<&>"\' \u{1F600}';
const ATTRS = {
    s: { DataType: 'String', StringValue: 'välue' },
    n: { DataType: 'Number.int', StringValue: '12' },
    b: { DataType: 'Binary', BinaryValue: b64('\x00\x01bin') },
};
const ATTRS_TYPED = {
    s: ATTRS.s,
    n: ATTRS.n,
    b: { DataType: 'Binary', BinaryValue: Buffer.from('\x00\x01bin') },
};
const TRACE = {
    AWSTraceHeader: { DataType: 'String', StringValue: 'Root=1-5759e988-bd862e3fe1be46a994272793' },
};
export const CASES = [
    {
        service: 'sqs',
        action: 'CreateQueue',
        params: {
            QueueName: 'orders',
            Attributes: { VisibilityTimeout: '45', DelaySeconds: '0' },
            tags: { team: 'a', env: 'dev' },
        },
        output: { QueueUrl: Q },
    },
    {
        service: 'sqs',
        action: 'GetQueueUrl',
        params: { QueueName: 'orders', QueueOwnerAWSAccountId: '000000000000' },
        output: { QueueUrl: Q },
    },
    {
        service: 'sqs',
        action: 'GetQueueUrl',
        params: { QueueName: 'missing' },
        error: {
            code: 'QueueDoesNotExist',
            message: 'The specified queue does not exist.',
            queryCode: 'AWS.SimpleQueueService.NonExistentQueue',
            status: 400,
        },
    },
    {
        service: 'sqs',
        action: 'CreateQueue',
        params: { QueueName: 'orders', Attributes: { VisibilityTimeout: '1' } },
        error: {
            code: 'QueueNameExists',
            message: 'A queue already exists with the same name and a different value for attribute VisibilityTimeout',
            queryCode: 'QueueAlreadyExists',
            status: 400,
        },
    },
    {
        service: 'sqs',
        action: 'ListQueues',
        params: { QueueNamePrefix: 'or', MaxResults: 2 },
        output: { QueueUrls: [Q, `${Q}-dlq`], NextToken: 'next' },
    },
    { service: 'sqs', action: 'ListQueues', params: {}, output: {} },
    { service: 'sqs', action: 'DeleteQueue', params: { QueueUrl: Q }, output: {} },
    {
        service: 'sqs',
        action: 'PurgeQueue',
        params: { QueueUrl: Q },
        error: {
            code: 'PurgeQueueInProgress',
            message: 'Only one PurgeQueue operation on orders is allowed every 60 seconds.',
            queryCode: 'AWS.SimpleQueueService.PurgeQueueInProgress',
            status: 403,
        },
    },
    {
        service: 'sqs',
        action: 'GetQueueAttributes',
        params: { QueueUrl: Q, AttributeNames: ['All'] },
        output: {
            Attributes: {
                VisibilityTimeout: '45',
                QueueArn: ARN,
                RedrivePolicy: '{"deadLetterTargetArn":"x","maxReceiveCount":3}',
            },
        },
    },
    {
        service: 'sqs',
        action: 'SetQueueAttributes',
        params: { QueueUrl: Q, Attributes: { DelaySeconds: '5', RedrivePolicy: '{"a":"<b>&"}' } },
        output: {},
    },
    {
        service: 'sqs',
        action: 'SendMessage',
        params: {
            QueueUrl: Q,
            MessageBody: BODY,
            DelaySeconds: 1,
            MessageAttributes: ATTRS,
            MessageSystemAttributes: TRACE,
        },
        input: {
            QueueUrl: Q,
            MessageBody: BODY,
            DelaySeconds: 1,
            MessageAttributes: ATTRS_TYPED,
            MessageSystemAttributes: TRACE,
        },
        output: {
            MD5OfMessageBody: md5OfBody(BODY),
            MD5OfMessageAttributes: md5OfMessageAttributes(ATTRS_TYPED),
            MD5OfMessageSystemAttributes: md5OfMessageAttributes(TRACE),
            MessageId: '5fea7756-0ea4-451a-a703-a558b933e274',
        },
    },
    {
        service: 'sqs',
        action: 'SendMessage',
        params: { QueueUrl: `${Q}.fifo`, MessageBody: 'x', MessageGroupId: 'g', MessageDeduplicationId: 'd' },
        output: { MD5OfMessageBody: md5OfBody('x'), MessageId: 'id-2', SequenceNumber: '18849496460467696128' },
    },
    {
        service: 'sqs',
        action: 'SendMessageBatch',
        params: {
            QueueUrl: Q,
            Entries: [
                { Id: 'a', MessageBody: 'one', MessageAttributes: { k: { DataType: 'String', StringValue: 'v' } } },
                { Id: 'b', MessageBody: 'two', DelaySeconds: 3 },
            ],
        },
        output: {
            Successful: [
                {
                    Id: 'a',
                    MessageId: 'm-a',
                    MD5OfMessageBody: md5OfBody('one'),
                    MD5OfMessageAttributes: md5OfMessageAttributes({ k: { DataType: 'String', StringValue: 'v' } }),
                },
            ],
            Failed: [{ Id: 'b', SenderFault: true, Code: 'InvalidParameterValue', Message: 'bad delay' }],
        },
    },
    {
        service: 'sqs',
        action: 'SendMessageBatch',
        params: { QueueUrl: Q, Entries: [{ Id: 'a', MessageBody: 'x' }] },
        error: {
            code: 'TooManyEntriesInBatchRequest',
            message: 'Maximum number of entries per request are 10. You have sent 11.',
            queryCode: 'AWS.SimpleQueueService.TooManyEntriesInBatchRequest',
            status: 400,
        },
    },
    {
        service: 'sqs',
        action: 'ReceiveMessage',
        params: {
            QueueUrl: Q,
            AttributeNames: ['All'],
            MessageAttributeNames: ['All'],
            MaxNumberOfMessages: 2,
            VisibilityTimeout: 5,
            WaitTimeSeconds: 1,
            ReceiveRequestAttemptId: 'try-1',
        },
        output: {
            Messages: [
                {
                    MessageId: 'm1',
                    ReceiptHandle: 'rh-1',
                    MD5OfBody: md5OfBody(BODY),
                    Body: BODY,
                    Attributes: { SentTimestamp: '1700000000000', ApproximateReceiveCount: '1' },
                    MD5OfMessageAttributes: md5OfMessageAttributes(ATTRS_TYPED),
                    MessageAttributes: ATTRS_TYPED,
                },
                { MessageId: 'm2', ReceiptHandle: 'rh-2', MD5OfBody: md5OfBody('plain'), Body: 'plain' },
            ],
        },
    },
    { service: 'sqs', action: 'ReceiveMessage', params: { QueueUrl: Q }, output: {} },
    { service: 'sqs', action: 'DeleteMessage', params: { QueueUrl: Q, ReceiptHandle: 'rh-1' }, output: {} },
    {
        service: 'sqs',
        action: 'DeleteMessage',
        params: { QueueUrl: Q, ReceiptHandle: 'bogus' },
        error: {
            code: 'ReceiptHandleIsInvalid',
            message: 'The input receipt handle "bogus" is not a valid receipt handle.',
            queryCode: 'ReceiptHandleIsInvalid',
            status: 400,
        },
    },
    {
        service: 'sqs',
        action: 'DeleteMessageBatch',
        params: {
            QueueUrl: Q,
            Entries: [
                { Id: '1', ReceiptHandle: 'rh-1' },
                { Id: '2', ReceiptHandle: 'rh-2' },
            ],
        },
        output: {
            Successful: [{ Id: '1' }],
            Failed: [{ Id: '2', SenderFault: true, Code: 'ReceiptHandleIsInvalid', Message: 'bad' }],
        },
    },
    {
        service: 'sqs',
        action: 'ChangeMessageVisibility',
        params: { QueueUrl: Q, ReceiptHandle: 'rh-1', VisibilityTimeout: 0 },
        output: {},
    },
    {
        service: 'sqs',
        action: 'ChangeMessageVisibilityBatch',
        params: { QueueUrl: Q, Entries: [{ Id: '1', ReceiptHandle: 'rh-1', VisibilityTimeout: 30 }] },
        output: { Successful: [{ Id: '1' }], Failed: [] },
    },
    { service: 'sqs', action: 'TagQueue', params: { QueueUrl: Q, Tags: { a: '1', b: '' } }, output: {} },
    { service: 'sqs', action: 'UntagQueue', params: { QueueUrl: Q, TagKeys: ['a', 'b'] }, output: {} },
    {
        service: 'sqs',
        action: 'ListQueueTags',
        params: { QueueUrl: Q },
        output: { Tags: { a: '1', 'x y': 'z&' } },
    },
    {
        service: 'sqs',
        action: 'ListDeadLetterSourceQueues',
        params: { QueueUrl: `${Q}-dlq`, MaxResults: 5 },
        output: { queueUrls: [Q], NextToken: 'n' },
    },
    {
        service: 'sqs',
        action: 'AddPermission',
        params: {
            QueueUrl: Q,
            Label: 'l',
            AWSAccountIds: ['111122223333'],
            Actions: ['SendMessage', 'ReceiveMessage'],
        },
        output: {},
    },
    { service: 'sqs', action: 'RemovePermission', params: { QueueUrl: Q, Label: 'l' }, output: {} },
    {
        service: 'sqs',
        action: 'StartMessageMoveTask',
        params: { SourceArn: DLQ, DestinationArn: ARN, MaxNumberOfMessagesPerSecond: 10 },
        output: { TaskHandle: 'handle-1' },
        since: 'new',
    },
    {
        service: 'sqs',
        action: 'ListMessageMoveTasks',
        params: { SourceArn: DLQ, MaxResults: 1 },
        output: {
            Results: [
                {
                    TaskHandle: 'handle-1',
                    Status: 'RUNNING',
                    SourceArn: DLQ,
                    DestinationArn: ARN,
                    MaxNumberOfMessagesPerSecond: 10,
                    ApproximateNumberOfMessagesMoved: 3,
                    ApproximateNumberOfMessagesToMove: 7,
                    StartedTimestamp: 1700000000000,
                },
            ],
        },
        since: 'new',
    },
    {
        service: 'sqs',
        action: 'CancelMessageMoveTask',
        params: { TaskHandle: 'handle-1' },
        output: { ApproximateNumberOfMessagesMoved: 3 },
        since: 'new',
    },
    // SNS: query protocol for every SDK.
    {
        service: 'sns',
        action: 'CreateTopic',
        params: { Name: 'events', Attributes: { DisplayName: 'Events' }, Tags: [{ Key: 'team', Value: 'a' }] },
        output: { TopicArn: TOPIC },
    },
    {
        service: 'sns',
        action: 'Publish',
        params: {
            TopicArn: TOPIC,
            Message: BODY,
            Subject: 'hi',
            MessageAttributes: {
                k: { DataType: 'String', StringValue: 'v' },
                b: { DataType: 'Binary', BinaryValue: b64('\x00z') },
            },
        },
        input: {
            TopicArn: TOPIC,
            Message: BODY,
            Subject: 'hi',
            MessageAttributes: {
                k: { DataType: 'String', StringValue: 'v' },
                b: { DataType: 'Binary', BinaryValue: Buffer.from('\x00z') },
            },
        },
        output: { MessageId: 'sns-1' },
    },
    {
        service: 'sns',
        action: 'PublishBatch',
        params: {
            TopicArn: TOPIC,
            PublishBatchRequestEntries: [
                { Id: '1', Message: 'a' },
                { Id: '2', Message: 'b', MessageGroupId: 'g' },
            ],
        },
        output: {
            Successful: [{ Id: '1', MessageId: 'x' }],
            Failed: [{ Id: '2', Code: 'InvalidParameter', Message: 'no', SenderFault: true }],
        },
    },
    {
        service: 'sns',
        action: 'ListTopics',
        params: {},
        output: { Topics: [{ TopicArn: TOPIC }, { TopicArn: `${TOPIC}2` }], NextToken: 't' },
    },
    {
        service: 'sns',
        action: 'GetTopicAttributes',
        params: { TopicArn: TOPIC },
        output: { Attributes: { TopicArn: TOPIC, Policy: '{"a":1}' } },
    },
    {
        service: 'sns',
        action: 'Subscribe',
        params: {
            TopicArn: TOPIC,
            Protocol: 'sqs',
            Endpoint: ARN,
            Attributes: { RawMessageDelivery: 'true', FilterPolicy: '{"k":["v"]}' },
            ReturnSubscriptionArn: true,
        },
        output: { SubscriptionArn: `${TOPIC}:sub-1` },
    },
    {
        service: 'sns',
        action: 'ListSubscriptionsByTopic',
        params: { TopicArn: TOPIC },
        output: {
            Subscriptions: [
                {
                    SubscriptionArn: `${TOPIC}:sub-1`,
                    Owner: '000000000000',
                    Protocol: 'sqs',
                    Endpoint: ARN,
                    TopicArn: TOPIC,
                },
            ],
        },
    },
    { service: 'sns', action: 'Unsubscribe', params: { SubscriptionArn: `${TOPIC}:sub-1` }, output: {} },
    { service: 'sns', action: 'DeleteTopic', params: { TopicArn: `${TOPIC}2` }, output: {} },
    {
        service: 'sns',
        action: 'SetTopicAttributes',
        params: { TopicArn: TOPIC, AttributeName: 'DisplayName', AttributeValue: 'Ev & <ts>' },
        output: {},
    },
    {
        service: 'sns',
        action: 'ConfirmSubscription',
        params: { TopicArn: TOPIC, Token: 'tok', AuthenticateOnUnsubscribe: 'true' },
        output: { SubscriptionArn: `${TOPIC}:sub-2` },
    },
    {
        service: 'sns',
        action: 'ListSubscriptions',
        params: { NextToken: 'p' },
        output: {
            Subscriptions: [
                {
                    SubscriptionArn: `${TOPIC}:sub-2`,
                    Protocol: 'https',
                    Endpoint: 'https://example.invalid/h',
                    TopicArn: TOPIC,
                },
            ],
        },
    },
    {
        service: 'sns',
        action: 'GetSubscriptionAttributes',
        params: { SubscriptionArn: `${TOPIC}:sub-2` },
        output: {
            Attributes: {
                RawMessageDelivery: 'false',
                FilterPolicyScope: 'MessageBody',
                PendingConfirmation: 'false',
            },
        },
    },
    {
        service: 'sns',
        action: 'SetSubscriptionAttributes',
        params: {
            SubscriptionArn: `${TOPIC}:sub-2`,
            AttributeName: 'FilterPolicy',
            AttributeValue: '{"price":[{"numeric":[">",10]}]}',
        },
        output: {},
    },
    {
        service: 'sns',
        action: 'TagResource',
        params: { ResourceArn: TOPIC, Tags: [{ Key: 'k', Value: 'v' }] },
        output: {},
    },
    { service: 'sns', action: 'UntagResource', params: { ResourceArn: TOPIC, TagKeys: ['k'] }, output: {} },
    {
        service: 'sns',
        action: 'ListTagsForResource',
        params: { ResourceArn: TOPIC },
        output: {
            Tags: [
                { Key: 'k', Value: 'v' },
                { Key: 'e', Value: '' },
            ],
        },
    },
    {
        service: 'sns',
        action: 'GetTopicAttributes',
        params: { TopicArn: `${TOPIC}-missing` },
        error: { code: 'NotFoundException', message: 'Topic does not exist', queryCode: 'NotFound', status: 404 },
    },
];
/** {__b64} markers to Buffers: the typed form the codec produces. */
export function typed(v) {
    if (v instanceof Uint8Array)
        return v;
    if (Array.isArray(v))
        return v.map(typed);
    if (v !== null && typeof v === 'object') {
        const o = v;
        if (Object.keys(o).length === 1 && typeof o.__b64 === 'string')
            return Buffer.from(o.__b64, 'base64');
        return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, typed(x)]));
    }
    return v;
}
/** Buffers and Uint8Arrays to {__b64} markers: a form comparable across SDKs. */
export function marked(v) {
    if (v instanceof Uint8Array)
        return { __b64: Buffer.from(v).toString('base64') };
    if (Array.isArray(v))
        return v.map(marked);
    if (v !== null && typeof v === 'object')
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, marked(x)]));
    return v;
}
//# sourceMappingURL=cases.js.map