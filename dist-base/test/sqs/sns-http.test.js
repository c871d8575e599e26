// SNS http/https subscriptions against a real HTTP server in the test: the confirmation
// handshake (SubscriptionConfirmation POST, the SubscribeURL followed unsigned, or
// ConfirmSubscription from boto3), notifications with SNS's headers and JSON body, signatures
// checked with the certificate from SigningCertURL, raw delivery, filter policies, retries per
// the delivery policy (bounded, then the subscription's dead-letter queue), the UnsubscribeURL,
// and a delivery stored before a restart that is POSTed after it.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verify, X509Certificate } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { CreateTopicCommand, GetSubscriptionAttributesCommand, ListSubscriptionsByTopicCommand, PublishCommand, SetSubscriptionAttributesCommand, SNSClient, SubscribeCommand, } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, } from '@aws-sdk/client-sqs';
import { queueName, sqsClient, startSqsWharf } from './helpers.js';
import { BOTO_PRELUDE, PYTHONS, pythonSkip, runPython } from './python.js';
/** An HTTP endpoint that records every POST and answers each with the next status of `statuses` (then 200). */
class Endpoint {
    got = [];
    statuses = [];
    server;
    waiters = [];
    url = '';
    constructor() {
        this.server = createServer((req, res) => {
            let body = '';
            req.on('data', (c) => (body += c));
            req.on('end', () => {
                this.got.push({ path: req.url ?? '', headers: req.headers, body, at: Date.now() });
                res.statusCode = this.statuses.shift() ?? 200;
                res.end();
                for (const w of this.waiters.splice(0))
                    w();
            });
        });
    }
    async start() {
        await new Promise((r) => this.server.listen(0, '127.0.0.1', r));
        const a = this.server.address();
        this.url = `http://127.0.0.1:${a.port}`;
    }
    /** Waits until `n` requests whose path starts with `path` arrived (30 s at most). */
    async waitFor(path, n, ms = 30_000) {
        const deadline = Date.now() + ms;
        for (;;) {
            const mine = this.got.filter((r) => r.path.startsWith(path));
            if (mine.length >= n)
                return mine;
            const left = deadline - Date.now();
            if (left <= 0)
                throw new Error(`${mine.length} of ${n} requests to ${path} arrived`);
            await new Promise((r) => {
                const t = setTimeout(r, left);
                this.waiters.push(() => {
                    clearTimeout(t);
                    r();
                });
            });
        }
    }
    close() {
        this.server.closeAllConnections();
        return new Promise((r) => this.server.close(() => r()));
    }
}
/** Checks an SNS message's Signature against the certificate its SigningCertURL serves now; returns that. */
async function checkSignature(m, origin) {
    const url = new URL(m.SigningCertURL);
    assert.equal(url.pathname, '/SimpleNotificationService-wharf.pem');
    const cert = new X509Certificate(await (await fetch(origin ? `${origin}${url.pathname}` : url)).text());
    const fields = m.Type === 'Notification'
        ? ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type']
        : ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'];
    let text = '';
    for (const f of fields)
        if (m[f] !== undefined)
            text += `${f}\n${m[f]}\n`;
    const hash = m.SignatureVersion === '2' ? 'sha256' : 'sha1';
    assert.ok(verify(hash, Buffer.from(text), cert.publicKey, Buffer.from(m.Signature, 'base64')), 'the signature checks out');
    return cert;
}
function snsClient(endpoint) {
    return new SNSClient({
        endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'guest', secretAccessKey: 'guest' },
        maxAttempts: 1,
    });
}
describe('SNS http subscriptions', () => {
    let wharf;
    let sns;
    let sqs;
    let ep;
    before(async () => {
        wharf = await startSqsWharf();
        sns = snsClient(wharf.sqsEndpoint);
        sqs = sqsClient(wharf.sqsEndpoint);
        ep = new Endpoint();
        await ep.start();
    });
    after(async () => {
        sns?.destroy();
        sqs?.destroy();
        await ep?.close();
        await wharf?.close();
    });
    async function subscribeAndConfirm(TopicArn, path, Attributes) {
        const before = ep.got.filter((r) => r.path.startsWith(path)).length;
        await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'http', Endpoint: `${ep.url}${path}`, Attributes }));
        const conf = (await ep.waitFor(path, before + 1))[before];
        const c = JSON.parse(conf.body);
        const res = await fetch(c.SubscribeURL);
        assert.equal(res.status, 200);
        const arn = /<SubscriptionArn>([^<]+)<\/SubscriptionArn>/.exec(await res.text())[1];
        return { arn, confirmation: conf, c };
    }
    test('confirmation handshake, then signed notifications with SNS headers', async () => {
        const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: queueName('http-t') }));
        const path = '/hook-1';
        const sub = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'http', Endpoint: `${ep.url}${path}` }));
        assert.equal(sub.SubscriptionArn, 'pending confirmation');
        const [conf] = await ep.waitFor(path, 1);
        assert.equal(conf.headers['x-amz-sns-message-type'], 'SubscriptionConfirmation');
        assert.equal(conf.headers['x-amz-sns-topic-arn'], TopicArn);
        assert.equal(conf.headers['x-amz-sns-subscription-arn'], undefined);
        assert.equal(conf.headers['user-agent'], 'Amazon Simple Notification Service Agent');
        assert.equal(conf.headers['content-type'], 'text/plain; charset=UTF-8');
        const c = JSON.parse(conf.body);
        assert.equal(c.Type, 'SubscriptionConfirmation');
        assert.equal(c.TopicArn, TopicArn);
        assert.equal(conf.headers['x-amz-sns-message-id'], c.MessageId);
        assert.match(c.Token, /^[0-9a-f]{128}$/);
        assert.ok(c.SubscribeURL.startsWith(`${wharf.sqsEndpoint}/?Action=ConfirmSubscription&`));
        assert.equal(c.SignatureVersion, '1');
        await checkSignature(c);
        const listed = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }));
        assert.equal(listed.Subscriptions?.[0].SubscriptionArn, 'PendingConfirmation');
        // not confirmed yet: nothing is delivered
        await sns.send(new PublishCommand({ TopicArn, Message: 'too early' }));
        // the subscriber follows SubscribeURL, unsigned, as a real one does
        const res = await fetch(c.SubscribeURL);
        assert.equal(res.status, 200);
        const arn = /<SubscriptionArn>([^<]+)<\/SubscriptionArn>/.exec(await res.text())[1];
        assert.ok(arn.startsWith(`${TopicArn}:`));
        const attrs = await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: arn }));
        assert.equal(attrs.Attributes?.PendingConfirmation, 'false');
        const pub = await sns.send(new PublishCommand({
            TopicArn,
            Message: '{"order": 7}',
            Subject: 'orders',
            MessageAttributes: { kind: { DataType: 'String', StringValue: 'refund' } },
        }));
        const got = await ep.waitFor(path, 2);
        const n = got[1];
        assert.equal(n.headers['x-amz-sns-message-type'], 'Notification');
        assert.equal(n.headers['x-amz-sns-message-id'], pub.MessageId);
        assert.equal(n.headers['x-amz-sns-topic-arn'], TopicArn);
        assert.equal(n.headers['x-amz-sns-subscription-arn'], arn);
        const m = JSON.parse(n.body);
        assert.equal(m.Type, 'Notification');
        assert.equal(m.MessageId, pub.MessageId);
        assert.equal(m.Message, '{"order": 7}');
        assert.equal(m.Subject, 'orders');
        assert.deepEqual(m.MessageAttributes, { kind: { Type: 'String', Value: 'refund' } });
        assert.ok(m.UnsubscribeURL.includes(encodeURIComponent(arn)));
        await checkSignature(m);
        assert.equal(ep.got.filter((r) => r.body.includes('too early')).length, 0);
    });
    test('raw delivery, filter policy, SignatureVersion 2, UnsubscribeURL', async () => {
        const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: queueName('http-raw'), Attributes: { SignatureVersion: '2' } }));
        const path = '/hook-raw';
        const { arn } = await subscribeAndConfirm(TopicArn, path, {
            FilterPolicy: JSON.stringify({ kind: ['refund'] }),
        });
        await sns.send(new PublishCommand({
            TopicArn,
            Message: 'enveloped',
            MessageAttributes: { kind: { DataType: 'String', StringValue: 'refund' } },
        }));
        const env = JSON.parse((await ep.waitFor(path, 2))[1].body);
        assert.equal(env.SignatureVersion, '2');
        await checkSignature(env);
        await sns.send(new SetSubscriptionAttributesCommand({
            SubscriptionArn: arn,
            AttributeName: 'RawMessageDelivery',
            AttributeValue: 'true',
        }));
        for (const [msg, kind] of [
            ['filtered out', 'sale'],
            ['raw body', 'refund'],
        ])
            await sns.send(new PublishCommand({
                TopicArn,
                Message: msg,
                MessageAttributes: { kind: { DataType: 'String', StringValue: kind } },
            }));
        const raw = (await ep.waitFor(path, 3))[2];
        assert.equal(raw.body, 'raw body');
        assert.equal(raw.headers['x-amz-sns-rawdelivery'], 'true');
        assert.equal(raw.headers['x-amz-sns-message-type'], 'Notification');
        assert.equal(ep.got.filter((r) => r.body.includes('filtered out')).length, 0);
        // the UnsubscribeURL, unsigned: the subscription goes, and the endpoint is told so
        const res = await fetch(env.UnsubscribeURL);
        assert.equal(res.status, 200);
        const bye = (await ep.waitFor(path, 4))[3];
        assert.equal(bye.headers['x-amz-sns-message-type'], 'UnsubscribeConfirmation');
        const b = JSON.parse(bye.body);
        assert.equal(b.Type, 'UnsubscribeConfirmation');
        await checkSignature(b);
        assert.equal((await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn }))).Subscriptions?.length, 0);
        await sns.send(new PublishCommand({ TopicArn, Message: 'after unsubscribe' }));
        await new Promise((r) => setTimeout(r, 300));
        assert.equal(ep.got.filter((r) => r.body.includes('after unsubscribe')).length, 0);
    });
    test('retries per the delivery policy, bounded; then the dead-letter queue', async () => {
        const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: queueName('http-retry') }));
        const dlqUrl = (await sqs.send(new CreateQueueCommand({ QueueName: queueName('sns-dlq') }))).QueueUrl;
        const dlqArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlqUrl, AttributeNames: ['QueueArn'] }))).Attributes.QueueArn;
        const path = '/hook-retry';
        const policy = {
            healthyRetryPolicy: { minDelayTarget: 1, maxDelayTarget: 1, numRetries: 2, backoffFunction: 'linear' },
        };
        await subscribeAndConfirm(TopicArn, path, {
            DeliveryPolicy: JSON.stringify(policy),
            RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn }),
        });
        // two failures, then a success: delivered on the third attempt, about a second apart
        ep.statuses = [500, 503];
        await sns.send(new PublishCommand({ TopicArn, Message: 'third time lucky' }));
        const lucky = (await ep.waitFor(path, 4)).slice(1);
        assert.deepEqual(lucky.map((r) => JSON.parse(r.body).Message), ['third time lucky', 'third time lucky', 'third time lucky']);
        assert.equal(new Set(lucky.map((r) => r.headers['x-amz-sns-message-id'])).size, 1, 'one message');
        for (let i = 1; i < 3; i++) {
            const gap = lucky[i].at - lucky[i - 1].at;
            assert.ok(gap >= 800 && gap < 5000, `retry ${i} came ${gap} ms later (policy: 1 s)`);
        }
        // always failing: 1 + numRetries attempts, then the subscription's dead-letter queue
        ep.statuses = [500, 500, 500, 500, 500];
        await sns.send(new PublishCommand({ TopicArn, Message: 'never delivered' }));
        await ep.waitFor(path, 7);
        let dead;
        for (let i = 0; i < 50 && !dead; i++)
            dead = (await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlqUrl, WaitTimeSeconds: 1 }))).Messages;
        assert.equal(JSON.parse(dead[0].Body).Message, 'never delivered');
        await new Promise((r) => setTimeout(r, 1500));
        assert.equal(ep.got.filter((r) => r.body.includes('never delivered')).length, 3, 'no fourth attempt');
        ep.statuses = [];
    });
    test('a bad delivery policy, endpoint or protocol is refused', async () => {
        const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: queueName('http-bad') }));
        await assert.rejects(sns.send(new SubscribeCommand({ TopicArn, Protocol: 'http', Endpoint: 'https://example.com/x' })), /Endpoint/);
        await assert.rejects(sns.send(new SubscribeCommand({
            TopicArn,
            Protocol: 'http',
            Endpoint: `${ep.url}/bad`,
            Attributes: { DeliveryPolicy: JSON.stringify({ healthyRetryPolicy: { numRetries: 1000 } }) },
        })), /numRetries/);
        await assert.rejects(sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email', Endpoint: 'a@example.com' })), /Protocol/);
    });
    for (const { name, python } of PYTHONS) {
        const skip = pythonSkip(python, 'boto3');
        test(`${name}: http subscription confirmed with ConfirmSubscription, then notified`, { skip }, async () => {
            const r = (await runPython(python, BOTO_PRELUDE +
                String.raw `
import threading, queue
from http.server import BaseHTTPRequestHandler, HTTPServer
got = queue.Queue()
class H(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers['Content-Length'])).decode()
        got.put({'type': self.headers['x-amz-sns-message-type'], 'body': json.loads(body)})
        self.send_response(200)
        self.end_headers()
    def log_message(self, *a):
        pass
srv = HTTPServer(('127.0.0.1', 0), H)
threading.Thread(target=srv.serve_forever, daemon=True).start()
sns = client('sns')
topic = sns.create_topic(Name=ARGS['topic'])['TopicArn']
pending = sns.subscribe(TopicArn=topic, Protocol='http', Endpoint='http://127.0.0.1:%d/sns' % srv.server_port)['SubscriptionArn']
conf = got.get(timeout=20)
arn = sns.confirm_subscription(TopicArn=topic, Token=conf['body']['Token'])['SubscriptionArn']
mid = sns.publish(TopicArn=topic, Message='hello http', Subject='hi')['MessageId']
note = got.get(timeout=20)
srv.shutdown()
print(json.dumps({'pending': pending, 'conf_type': conf['type'], 'arn': arn, 'topic': topic,
    'note_type': note['type'], 'note': note['body'], 'mid': mid}))
`, { endpoint: wharf.sqsEndpoint, args: { topic: queueName('boto-http') } }));
            assert.equal(r.pending, 'pending confirmation');
            assert.equal(r.conf_type, 'SubscriptionConfirmation');
            assert.ok(r.arn.startsWith(`${r.topic}:`));
            assert.equal(r.note_type, 'Notification');
            assert.equal(r.note.Message, 'hello http');
            assert.equal(r.note.Subject, 'hi');
            assert.equal(r.note.MessageId, r.mid);
            await checkSignature(r.note);
        });
    }
});
describe('SNS http deliveries across a restart', () => {
    test('a notification stored before a restart is delivered after it', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'wharf-sns-http-'));
        const ep = new Endpoint();
        await ep.start();
        let wharf;
        try {
            wharf = await startSqsWharf({ dataDir: dir });
            let sns = snsClient(wharf.sqsEndpoint);
            const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: queueName('http-restart') }));
            const policy = { healthyRetryPolicy: { minDelayTarget: 1, maxDelayTarget: 1, numRetries: 3 } };
            await sns.send(new SubscribeCommand({
                TopicArn,
                Protocol: 'http',
                Endpoint: `${ep.url}/r`,
                Attributes: { DeliveryPolicy: JSON.stringify(policy) },
            }));
            const c = JSON.parse((await ep.waitFor('/r', 1))[0].body);
            const before = (await checkSignature(c)).publicKey;
            assert.equal((await fetch(c.SubscribeURL)).status, 200);
            // the endpoint refuses (503) the first attempt; Wharf stops with the delivery stored
            ep.statuses = [503];
            await sns.send(new PublishCommand({ TopicArn, Message: 'survives' }));
            await ep.waitFor('/r', 2);
            sns.destroy();
            await wharf.close();
            wharf = await startSqsWharf({ dataDir: dir });
            sns = snsClient(wharf.sqsEndpoint);
            const got = await ep.waitFor('/r', 3);
            const m = JSON.parse(got[2].body);
            assert.equal(m.Message, 'survives');
            // signed with the key from before the restart (kept in the data directory)
            // (its URL names the origin the subscriber was given, the port of before: asked at the new one)
            const now = (await checkSignature(m, wharf.sqsEndpoint)).publicKey;
            assert.ok(before.equals(now), 'the signing key survived the restart');
            sns.destroy();
        }
        finally {
            await wharf?.close();
            await ep.close();
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
//# sourceMappingURL=sns-http.test.js.map