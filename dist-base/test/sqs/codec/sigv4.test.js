// SigV4 verification against requests the real SDKs signed (the JS SDK, boto3 1.26 and 1.43),
// captured by a throwaway server: each verifies with the right secret, and fails with SQS's
// code once one byte, the key, the secret or the clock is wrong. Presigned URLs from boto3 too.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import * as sqs from '@aws-sdk/client-sqs';
import { md5OfBody, parseAwsRequest, serializeOutput, SigningKeys, verifySigV4, } from '../../../src/sqs/codec/index.js';
import { PYTHONS, pythonAvailable, runBoto } from './boto.js';
import { CaptureServer } from './capture-server.js';
const KEY = 'AKIDWHARFTEST';
const SECRET = 'wharf-secret';
const lookup = (k) => (k === KEY ? { secretAccessKey: SECRET } : undefined);
/** Answers each request with a valid empty-ish output (SendMessage with the MD5 the SDK checks). */
async function answeringServer() {
    return CaptureServer.start((req) => {
        const p = parseAwsRequest(req);
        if (!p.ok)
            throw p.error;
        const out = p.action === 'SendMessage'
            ? { MessageId: 'm', MD5OfMessageBody: md5OfBody(p.input.MessageBody) }
            : p.action === 'GetQueueUrl'
                ? { QueueUrl: 'http://x/1/q' }
                : {};
        return serializeOutput(p.protocol, p.model, p.action, out, 'rid');
    });
}
function tamperBody(r) {
    const body = Buffer.from(r.body);
    body[Math.floor(body.length / 2)] ^= 1;
    return { ...r, body };
}
function checkAll(who, requests) {
    assert.ok(requests.length >= 2, `${who}: captured requests`);
    for (const r of requests) {
        const name = `${who} ${r.method} ${r.url}`;
        const ok = verifySigV4(r, lookup);
        assert.equal(ok.ok, true, `${name}: ${JSON.stringify(ok)}`);
        const code = (x) => (x.ok ? 'ok' : x.code);
        if (r.body.length > 0)
            assert.equal(code(verifySigV4(tamperBody(r), lookup)), 'SignatureDoesNotMatch', `${name}: body byte`);
        // One byte of a signed header (the date, inside the clock window).
        const date = String(r.headers['x-amz-date']);
        const otherDate = date.slice(0, -2) + (date.endsWith('0Z') ? '1Z' : '0Z');
        assert.equal(code(verifySigV4({ ...r, headers: { ...r.headers, 'x-amz-date': otherDate } }, lookup)), 'SignatureDoesNotMatch', name);
        assert.equal(code(verifySigV4({ ...r, url: `${r.url}${r.url.includes('?') ? '&' : '?'}x=1` }, lookup)), 'SignatureDoesNotMatch', `${name}: query`);
        assert.equal(code(verifySigV4({ ...r, method: 'PUT' }, lookup)), 'SignatureDoesNotMatch', `${name}: method`);
        assert.equal(code(verifySigV4(r, () => ({ secretAccessKey: 'wrong' }))), 'SignatureDoesNotMatch', `${name}: secret`);
        assert.equal(code(verifySigV4(r, () => undefined)), 'InvalidClientTokenId', `${name}: unknown key`);
        const late = verifySigV4(r, lookup, { now: Date.now() + 16 * 60 * 1000 });
        assert.ok(!late.ok &&
            late.code === 'SignatureDoesNotMatch' &&
            late.message.startsWith(`Signature expired: ${date} is now earlier than `), name);
        assert.match(late.message, / - 15 min\.\)$/);
        const early = verifySigV4(r, lookup, { now: Date.now() - 16 * 60 * 1000 });
        assert.ok(!early.ok && early.message.startsWith(`Signature not yet current: ${date} is still later than `), name);
        // signing keys kept between requests: still per secret, so a wrong secret fails after a right one
        const keys = new SigningKeys();
        assert.equal(code(verifySigV4(r, lookup, { keys })), 'ok', `${name}: kept keys`);
        assert.equal(code(verifySigV4(r, () => ({ secretAccessKey: 'wrong' }), { keys })), 'SignatureDoesNotMatch', `${name}: kept keys, secret`);
        assert.equal(code(verifySigV4(r, lookup, { keys })), 'ok', `${name}: kept keys again`);
        const { authorization: _a, ...unsigned } = r.headers;
        assert.equal(code(verifySigV4({ ...r, headers: unsigned }, lookup)), 'MissingAuthenticationToken', name);
        const noSig = String(r.headers.authorization).replace(/, ?Signature=[0-9a-f]+/, '');
        const incomplete = verifySigV4({ ...r, headers: { ...r.headers, authorization: noSig } }, lookup);
        assert.deepEqual(incomplete, {
            ok: false,
            code: 'IncompleteSignature',
            message: "Authorization header requires 'Signature' parameter.",
        });
    }
}
test('requests signed by the AWS SDK for JavaScript (JSON, queue URL paths, session token)', async () => {
    const server = await answeringServer();
    const client = new sqs.SQSClient({
        endpoint: server.endpoint,
        region: 'eu-west-3',
        credentials: { accessKeyId: KEY, secretAccessKey: SECRET, sessionToken: 'tok en/+=' },
        maxAttempts: 1,
    });
    try {
        const queueUrl = `${server.endpoint}/000000000000/orders.fifo`;
        await client.send(new sqs.ListQueuesCommand({ QueueNamePrefix: 'a b&c' }));
        await client.send(new sqs.SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'héllo wörld', MessageGroupId: 'g' }));
        await client.send(new sqs.GetQueueUrlCommand({ QueueName: 'orders' }));
        const tokens = [];
        for (const r of server.requests)
            verifySigV4(r, (k, t) => (tokens.push(t), lookup(k, t)));
        assert.deepEqual(new Set(tokens), new Set(['tok en/+=']));
        // An endpoint with a path: the canonical URI encodes the already encoded path again.
        const pathClient = new sqs.SQSClient({
            endpoint: `${server.endpoint}/base path/ä`,
            region: 'eu-west-3',
            credentials: { accessKeyId: KEY, secretAccessKey: SECRET },
            maxAttempts: 1,
        });
        await pathClient.send(new sqs.ListQueuesCommand({}));
        pathClient.destroy();
        assert.equal(server.requests.at(-1).url, '/base%20path/%C3%A4/');
        checkAll('JS', server.requests);
        const v = verifySigV4(server.requests[0], lookup);
        assert.deepEqual(v, { ok: true, accessKeyId: KEY, region: 'eu-west-3', service: 'sqs' });
    }
    finally {
        client.destroy();
        await server.close();
    }
});
for (const py of PYTHONS) {
    test(`requests signed by ${py.name}`, async (t) => {
        if (!pythonAvailable(py.python)) {
            t.skip(`${py.python} not found`);
            return;
        }
        const server = await answeringServer();
        try {
            await runBoto(py.python, server.endpoint, [
                { service: 'sqs', action: 'ListQueues', params: { QueueNamePrefix: 'a b&c~*' } },
                {
                    service: 'sqs',
                    action: 'SendMessage',
                    params: { QueueUrl: `${server.endpoint}/000000000000/q`, MessageBody: 'x y\r\nz' },
                },
                { service: 'sns', action: 'ListTopics', params: {} },
            ], KEY, SECRET);
            assert.equal(server.requests.length, 3);
            checkAll(py.name, server.requests);
            assert.equal(verifySigV4(server.requests[2], lookup).service, 'sns');
        }
        finally {
            await server.close();
        }
    });
    test(`presigned URLs from ${py.name}`, (t) => {
        if (!pythonAvailable(py.python)) {
            t.skip(`${py.python} not found`);
            return;
        }
        const r = spawnSync(py.python, [
            '-c',
            `import boto3; c = boto3.client('sqs', endpoint_url='http://127.0.0.1:9', region_name='us-east-1', aws_access_key_id='${KEY}', aws_secret_access_key='${SECRET}'); print(c.generate_presigned_url('list_queues', Params={'QueueNamePrefix': 'p q'}, ExpiresIn=60))`,
        ], { encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        const url = new URL(r.stdout.trim());
        // botocore signs the operation's own method (POST) with the parameters moved to the URL; for
        // a JSON-protocol action it also signs the headers that name the action, which the user of
        // the URL must then send.
        const json = url.searchParams.get('X-Amz-SignedHeaders').includes('x-amz-target');
        const headers = json
            ? {
                host: url.host,
                'content-type': 'application/x-amz-json-1.0',
                'x-amz-target': 'AmazonSQS.ListQueues',
                'x-amzn-query-mode': 'true',
            }
            : { host: url.host };
        const req = {
            method: 'POST',
            url: url.pathname + url.search,
            headers,
            body: Buffer.alloc(0),
        };
        assert.deepEqual(verifySigV4(req, lookup), {
            ok: true,
            accessKeyId: KEY,
            region: 'us-east-1',
            service: 'sqs',
        });
        const tampered = { ...req, url: req.url.replace('QueueNamePrefix=p', 'QueueNamePrefix=P') };
        assert.equal(verifySigV4(tampered, lookup).code, 'SignatureDoesNotMatch');
        const expired = verifySigV4(req, lookup, { now: Date.now() + 61_000 });
        assert.deepEqual(expired, { ok: false, code: 'RequestExpired', message: 'Request has expired.' });
    });
}
//# sourceMappingURL=sigv4.test.js.map