// SigV4 refusals, access keys of Wharf users with their permissions, and DLQ replay with
// message move tasks, through @aws-sdk/client-sqs.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CreateQueueCommand, GetQueueAttributesCommand, ListMessageMoveTasksCommand, ListQueuesCommand, ReceiveMessageCommand, SendMessageCommand, StartMessageMoveTaskCommand, } from '@aws-sdk/client-sqs';
import { queueName, sqsClient, startSqsWharf } from './helpers.js';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
describe('SQS authentication and move tasks', () => {
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
    async function api(method, path, body, password = 'guest') {
        const r = await fetch(`${wharf.httpUrl}${path}`, {
            method,
            headers: {
                authorization: `Basic ${Buffer.from(`guest:${password}`).toString('base64')}`,
                'content-type': 'application/json',
            },
            body: JSON.stringify(body),
        });
        return r.status;
    }
    test('a bad signature, an unknown key: refused with SQS’s codes', async () => {
        const wrong = sqsClient(wharf.sqsEndpoint, 'guest', 'not-the-secret');
        await assert.rejects(wrong.send(new ListQueuesCommand({})), (e) => {
            assert.equal(e.name, 'SignatureDoesNotMatch');
            return true;
        });
        const unknown = sqsClient(wharf.sqsEndpoint, 'AKIDNOBODY', 'whatever-secret');
        await assert.rejects(unknown.send(new ListQueuesCommand({})), (e) => {
            assert.equal(e.name, 'InvalidClientTokenId');
            return true;
        });
        wrong.destroy();
        unknown.destroy();
    });
    test('the guest key follows the guest user’s password', async () => {
        await sqs.send(new ListQueuesCommand({}));
        const tags = 'administrator';
        assert.equal(await api('PUT', '/api/users/guest', { password: 'changed-pw', tags }), 204);
        try {
            await assert.rejects(sqs.send(new ListQueuesCommand({})), (e) => {
                assert.equal(e.name, 'InvalidClientTokenId');
                return true;
            });
        }
        finally {
            assert.equal(await api('PUT', '/api/users/guest', { password: 'guest', tags }, 'changed-pw'), 204);
        }
        await sqs.send(new ListQueuesCommand({}));
    });
    test('an access key of a Wharf user acts as that user, with its permissions', async () => {
        const allowed = queueName('allowed');
        await sqs.send(new CreateQueueCommand({ QueueName: allowed }));
        const other = queueName('other');
        const otherUrl = (await sqs.send(new CreateQueueCommand({ QueueName: other }))).QueueUrl;
        assert.equal(await api('PUT', '/api/users/bob', { password: 'bob-password', tags: '' }), 201);
        assert.equal(await api('PUT', '/api/permissions/%2F/bob', {
            configure: '^$',
            write: `^${allowed}$`,
            read: `^${allowed}$`,
        }), 201);
        const put = await api('PUT', '/api/parameters/sqs-access-key/%2F/AKIDBOB', {
            value: { user: 'bob', secret: 'bob-secret-key' },
        });
        assert.ok(put === 201 || put === 204, `parameter set: ${put}`);
        const bob = sqsClient(wharf.sqsEndpoint, 'AKIDBOB', 'bob-secret-key');
        const url = `${wharf.sqsEndpoint}/000000000000/${allowed}`;
        await bob.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'from bob' }));
        const got = await bob.send(new ReceiveMessageCommand({ QueueUrl: url, MessageSystemAttributeNames: ['SenderId'] }));
        assert.equal(got.Messages?.[0].Attributes?.SenderId, 'AKIDBOB');
        await assert.rejects(bob.send(new SendMessageCommand({ QueueUrl: otherUrl, MessageBody: 'x' })), (e) => {
            assert.equal(e.name, 'AccessDenied');
            return true;
        });
        await assert.rejects(bob.send(new CreateQueueCommand({ QueueName: queueName('nope') })), (e) => {
            assert.equal(e.name, 'AccessDenied');
            return true;
        });
        bob.destroy();
    });
    test('a message move task replays a dead-letter queue to its source', async () => {
        const dlqName = queueName('dlq');
        const dlq = (await sqs.send(new CreateQueueCommand({ QueueName: dlqName }))).QueueUrl;
        const dlqArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq, AttributeNames: ['QueueArn'] }))).Attributes.QueueArn;
        const src = (await sqs.send(new CreateQueueCommand({
            QueueName: queueName('src'),
            Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: 1 }) },
        }))).QueueUrl;
        for (const body of ['p1', 'p2', 'p3'])
            await sqs.send(new SendMessageCommand({ QueueUrl: src, MessageBody: body }));
        assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: src, MaxNumberOfMessages: 10, VisibilityTimeout: 0 }))).Messages?.length, 3);
        // the next receive moves them (received once already = maxReceiveCount)
        assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: src, MaxNumberOfMessages: 10 }))).Messages, undefined);
        const depth = async (QueueUrl) => Number((await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] }))).Attributes.ApproximateNumberOfMessages);
        assert.equal(await depth(dlq), 3);
        const { TaskHandle } = await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: dlqArn }));
        assert.ok(TaskHandle);
        const deadline = Date.now() + 10_000;
        while ((await depth(src)) < 3 && Date.now() < deadline)
            await sleep(50);
        assert.equal(await depth(src), 3, 'back in the source queue');
        assert.equal(await depth(dlq), 0);
        let tasks = await sqs.send(new ListMessageMoveTasksCommand({ SourceArn: dlqArn }));
        while (tasks.Results?.[0].Status === 'RUNNING' && Date.now() < deadline) {
            await sleep(50);
            tasks = await sqs.send(new ListMessageMoveTasksCommand({ SourceArn: dlqArn }));
        }
        assert.equal(tasks.Results?.[0].Status, 'COMPLETED');
        assert.equal(tasks.Results?.[0].ApproximateNumberOfMessagesMoved, 3);
        await assert.rejects(sqs.send(new StartMessageMoveTaskCommand({ SourceArn: tasksArn(src) })), /Dead Letter Queue/);
    });
});
function tasksArn(url) {
    const name = url.slice(url.lastIndexOf('/') + 1);
    return `arn:aws:sqs:us-east-1:000000000000:${name}`;
}
//# sourceMappingURL=auth-move.test.js.map