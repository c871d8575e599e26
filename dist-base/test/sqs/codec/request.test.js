// Reading requests: protocol and service dispatch, and malformed input answered with the
// protocol's own error (never an exception out of the codec), in both shapes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { AwsError, detectProtocol, parseAwsRequest, serializeError, SQS_MODEL, } from '../../../src/sqs/codec/index.js';
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const form = (body) => ({
    method: 'POST',
    url: '/',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body: Buffer.from(body),
});
const json = (target, body) => ({
    method: 'POST',
    url: '/',
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': target },
    body: Buffer.from(body),
});
function errorOf(r) {
    assert.equal(r.ok, false);
    return r.ok ? '' : `${r.protocol}:${r.error.code}`;
}
test('malformed requests get the protocol error, never a throw', () => {
    assert.equal(errorOf(parseAwsRequest(form('Version=2012-11-05'))), 'query:MissingAction');
    assert.equal(errorOf(parseAwsRequest(form('Action=Frobnicate&Version=2012-11-05'))), 'query:InvalidAction');
    assert.equal(errorOf(parseAwsRequest(form('Action=SendMessage&Version=2012-11-05&QueueUrl=u'))), 'query:MissingParameter');
    assert.equal(errorOf(parseAwsRequest(form('Action=SendMessage&Version=2012-11-05&QueueUrl=u&MessageBody=b&DelaySeconds=x'))), 'query:InvalidParameterValue');
    assert.equal(errorOf(parseAwsRequest(form('Action=SendMessage&QueueUrl=u&MessageBody=b&MessageAttribute.1.Name=a&MessageAttribute.1.Value.DataType=Binary&MessageAttribute.1.Value.BinaryValue=%%%'))), 'query:InvalidParameterValue');
    assert.equal(errorOf(parseAwsRequest(json('AmazonSQS.Nope', '{}'))), 'json:UnknownOperationException');
    assert.equal(errorOf(parseAwsRequest(json('Other.SendMessage', '{}'))), 'json:UnknownOperationException');
    assert.equal(errorOf(parseAwsRequest(json('AmazonSQS.SendMessage', '{"QueueUrl":'))), 'json:SerializationException');
    assert.equal(errorOf(parseAwsRequest(json('AmazonSQS.SendMessage', '[]'))), 'json:SerializationException');
    assert.equal(errorOf(parseAwsRequest(json('AmazonSQS.SendMessage', '{"QueueUrl":"u","MessageBody":5}'))), 'json:SerializationException');
    assert.equal(errorOf(parseAwsRequest(json('AmazonSQS.SendMessage', '{"QueueUrl":"u"}'))), 'json:MissingParameter');
    assert.equal(errorOf(parseAwsRequest(json('AmazonSQS.SendMessage', '{"QueueUrl":"u","MessageBody":"b","DelaySeconds":1.5}'))), 'json:SerializationException');
});
test('query and JSON give the same typed input; SNS is told apart by Version', () => {
    const q = parseAwsRequest(form('Action=ReceiveMessage&Version=2012-11-05&QueueUrl=u&AttributeName.1=All&MessageAttributeName.1=a&MessageAttributeName.2=b&MaxNumberOfMessages=10'));
    const j = parseAwsRequest(json('AmazonSQS.ReceiveMessage', '{"QueueUrl":"u","AttributeNames":["All"],"MessageAttributeNames":["a","b"],"MaxNumberOfMessages":10,"Unknown":1}'));
    assert.ok(q.ok && j.ok);
    assert.deepEqual(q.input, j.input);
    // AddPermission exists in both services: the Version decides.
    const sns = parseAwsRequest(form('Action=AddPermission&Version=2010-03-31&TopicArn=t&Label=l&AWSAccountId.member.1=1&ActionName.member.1=Publish'));
    assert.ok(sns.ok);
    assert.equal(sns.service, 'sns');
    assert.deepEqual(sns.input, { TopicArn: 't', Label: 'l', AWSAccountId: ['1'], ActionName: ['Publish'] });
    const sqs = parseAwsRequest(form('Action=AddPermission&Version=2012-11-05&QueueUrl=u&Label=l&AWSAccountId.1=1&ActionName.1=SendMessage'));
    assert.ok(sqs.ok);
    assert.equal(sqs.service, 'sqs');
    // Without a Version, an action only SNS has goes to SNS.
    const pub = parseAwsRequest(form('Action=Publish&TopicArn=t&Message=m'));
    assert.ok(pub.ok && pub.service === 'sns');
    // GET with the parameters in the URL, and an empty list.
    const get = parseAwsRequest({
        method: 'GET',
        url: '/?Action=ListQueues&QueueNamePrefix=a%20b',
        headers: {},
        body: Buffer.alloc(0),
    });
    assert.ok(get.ok);
    assert.deepEqual(get.input, { QueueNamePrefix: 'a b' });
});
test('error bodies in both shapes, with the query code, status and fault', () => {
    const e = new AwsError('QueueDoesNotExist', 'The specified queue does not exist.');
    const x = serializeError('query', SQS_MODEL, e, 'rid-1');
    assert.equal(x.status, 400);
    assert.equal(x.body.toString(), '<?xml version="1.0"?><ErrorResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/"><Error><Type>Sender</Type>' +
        '<Code>AWS.SimpleQueueService.NonExistentQueue</Code><Message>The specified queue does not exist.</Message><Detail/></Error>' +
        '<RequestId>rid-1</RequestId></ErrorResponse>');
    const j = serializeError('json', SQS_MODEL, e, 'rid-1');
    assert.equal(j.headers['x-amzn-query-error'], 'AWS.SimpleQueueService.NonExistentQueue;Sender');
    assert.deepEqual(JSON.parse(j.body.toString()), {
        __type: 'com.amazonaws.sqs#QueueDoesNotExist',
        message: 'The specified queue does not exist.',
    });
    const over = serializeError('json', SQS_MODEL, new AwsError('OverLimit', 'too many'), 'r');
    assert.equal(over.status, 403);
    const sig = serializeError('query', SQS_MODEL, new AwsError('SignatureDoesNotMatch', 'no <match>'), 'r');
    assert.equal(sig.status, 403);
    assert.match(sig.body.toString(), /<Code>SignatureDoesNotMatch<\/Code><Message>no &lt;match&gt;<\/Message>/);
});
test('models.generated.ts is up to date with the models and the generator', (t) => {
    const spec = join(root, '../shared/spec/aws');
    if (!existsSync(spec)) {
        t.skip(`models not found at ${spec}`);
        return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'wharf-gen-'));
    try {
        const out = join(dir, 'models.ts');
        const r = spawnSync(process.execPath, [join(root, 'scripts/gen-aws.mjs'), spec, '--out', out], {
            encoding: 'utf8',
        });
        assert.equal(r.status, 0, r.stderr);
        const committed = readFileSync(join(root, 'src/sqs/codec/models.generated.ts'), 'utf8');
        assert.ok(committed === readFileSync(out, 'utf8'), 'models.generated.ts is stale: run `npm run gen`');
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
test('the protocol is AWS JSON when the Content-Type subtype starts with x-amz-json, in any case', () => {
    const withType = (type) => ({
        method: 'POST',
        url: '/',
        headers: type === undefined ? {} : { 'content-type': type },
        body: Buffer.alloc(0),
    });
    for (const t of ['application/x-amz-json-1.0', 'application/X-AMZ-JSON-1.1; charset=utf-8', 'a/x-amz-json'])
        assert.equal(detectProtocol(withType(t)), 'json', t);
    for (const t of [
        undefined,
        '',
        'application/json',
        'application/x-www-form-urlencoded',
        'x-amz-json',
        'application/x-amz-jso',
        'application/x-amz-jso;n',
        'text;a/x-amz-json',
        'application/ x-amz-json-1.0',
    ])
        assert.equal(detectProtocol(withType(t)), 'query', String(t));
});
//# sourceMappingURL=request.test.js.map