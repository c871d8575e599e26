// MD5OfMessageBody / MD5OfMessageAttributes / MD5OfMessageSystemAttributes against two oracles:
// moto's SQS server (which computes them as SQS documents) and the AWS SDK for JavaScript,
// whose middleware refuses a response whose body digest is wrong.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import * as sqs from '@aws-sdk/client-sqs';
import { md5OfBody, md5OfMessageAttributes, parseAwsRequest, serializeOutput, } from '../../../src/sqs/codec/index.js';
import { CaptureServer } from './capture-server.js';
import { freePort } from '../../helpers/ports.js';
async function startMoto() {
    const port = await freePort();
    const proc = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
        stdio: 'ignore',
    });
    const endpoint = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
        if (proc.exitCode !== null)
            return null;
        try {
            const r = await fetch(`${endpoint}/moto-api/`);
            if (r.status < 500)
                return { proc, endpoint };
        }
        catch { }
        await new Promise((r) => setTimeout(r, 100));
    }
    proc.kill();
    return null;
}
const CASES = [
    { a: { DataType: 'String', StringValue: 'x' } },
    {
        Zeta: { DataType: 'String', StringValue: 'välue ✓ \u{1F600}' },
        alpha: { DataType: 'Number', StringValue: '-12.5e3' },
        'bin-attr': { DataType: 'Binary', BinaryValue: Buffer.from([0, 1, 2, 255]) },
        'a.name_x': { DataType: 'String.custom', StringValue: 'c' },
        gif: { DataType: 'Binary.gif', BinaryValue: Buffer.from('GIF89a') },
        n2: { DataType: 'Number.int', StringValue: '7' },
    },
];
const BODIES = ['plain', 'héllo wörld \u{1F600}', 'x'.repeat(70_000), '<a>&amp;</a>\r\n'];
test('digests equal what moto computes for the same messages', async (t) => {
    const moto = await startMoto();
    if (moto === null) {
        t.skip('moto could not be started (python3 -m moto.server)');
        return;
    }
    const client = new sqs.SQSClient({
        endpoint: moto.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
        maxAttempts: 1,
    });
    try {
        const { QueueUrl } = await client.send(new sqs.CreateQueueCommand({ QueueName: `md5-${process.pid}` }));
        for (const attrs of CASES) {
            for (const body of BODIES) {
                const sent = await client.send(new sqs.SendMessageCommand({
                    QueueUrl,
                    MessageBody: body,
                    MessageAttributes: attrs,
                    MessageSystemAttributes: { AWSTraceHeader: { DataType: 'String', StringValue: 'Root=1-abc' } },
                }));
                assert.equal(sent.MD5OfMessageBody, md5OfBody(body));
                assert.equal(sent.MD5OfMessageAttributes, md5OfMessageAttributes(attrs));
                // moto 5.2.1 does not return MD5OfMessageSystemAttributes, so that digest has no oracle here.
                assert.equal(sent.MD5OfMessageSystemAttributes, undefined);
            }
        }
        const got = await client.send(new sqs.ReceiveMessageCommand({ QueueUrl, MessageAttributeNames: ['All'], MaxNumberOfMessages: 10 }));
        assert.ok((got.Messages ?? []).length > 0);
        for (const m of got.Messages ?? []) {
            assert.equal(m.MD5OfBody, md5OfBody(m.Body));
            const attrs = Object.fromEntries(Object.entries(m.MessageAttributes ?? {}).map(([k, v]) => [
                k,
                {
                    DataType: v.DataType,
                    StringValue: v.StringValue,
                    BinaryValue: v.BinaryValue && Buffer.from(v.BinaryValue),
                },
            ]));
            assert.equal(m.MD5OfMessageAttributes, md5OfMessageAttributes(attrs));
        }
    }
    finally {
        client.destroy();
        moto.proc.kill();
    }
});
test('the JS SDK accepts our body digest and refuses a wrong one', async () => {
    let lie = false;
    const server = await CaptureServer.start((req) => {
        const p = parseAwsRequest(req);
        if (!p.ok)
            throw p.error;
        const body = p.input.MessageBody;
        return serializeOutput(p.protocol, p.model, p.action, { MessageId: 'm', MD5OfMessageBody: md5OfBody(lie ? `${body}!` : body) }, 'r');
    });
    const client = new sqs.SQSClient({
        endpoint: server.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
        maxAttempts: 1,
    });
    try {
        for (const body of BODIES) {
            const r = await client.send(new sqs.SendMessageCommand({ QueueUrl: `${server.endpoint}/1/q`, MessageBody: body }));
            assert.equal(r.MD5OfMessageBody, md5OfBody(body));
        }
        lie = true;
        await assert.rejects(client.send(new sqs.SendMessageCommand({ QueueUrl: `${server.endpoint}/1/q`, MessageBody: 'x' })), /InvalidChecksum/);
    }
    finally {
        client.destroy();
        await server.close();
    }
});
test('digest encoding: known values', () => {
    assert.equal(md5OfBody(''), 'd41d8cd98f00b204e9800998ecf8427e');
    assert.equal(md5OfMessageAttributes({}), undefined);
    assert.equal(md5OfMessageAttributes(undefined), undefined);
    // Order does not depend on insertion.
    const a = { b: { DataType: 'String', StringValue: '1' }, a: { DataType: 'String', StringValue: '2' } };
    const b = { a: a.a, b: a.b };
    assert.equal(md5OfMessageAttributes(a), md5OfMessageAttributes(b));
});
//# sourceMappingURL=md5.test.js.map