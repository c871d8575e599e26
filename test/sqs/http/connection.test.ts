// The SQS/SNS port's own HTTP/1.1 (src/sqs/http/) against a real Wharf, over raw sockets with
// requests the JS SDK signed: a malformed request gets its 400 after the answers already owed
// and closes that connection only; pipelined requests are answered in order even when a long
// poll holds the first; Expect: 100-continue as libcurl sends it; a chunked body; an oversized
// body answered in the protocol's shape on a connection that stays usable; and HTTPS with the
// same TLS settings as the other listeners.
import assert from 'node:assert/strict';
import { Agent } from 'node:https';
import { connect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import type { RunningWharf } from '../../../src/embedded/start-wharf.js';
import { Arrivals } from '../../helpers/arrivals.js';
import { hasOpenssl, makePki } from '../../security-transport/certs.js';
import { queueName, sqsClient, startSqsWharf } from '../helpers.js';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
  at: number;
}

/** A raw keep-alive connection that collects every answer (100 Continue included) in order. */
class RawHttp {
  readonly answers: Answer[] = [];
  ended = false;
  private buf = Buffer.alloc(0);
  private readonly arrivals = new Arrivals();
  private constructor(readonly socket: Socket) {
    socket.on('data', (d: Buffer) => {
      this.buf = Buffer.concat([this.buf, d]);
      this.split();
    });
    socket.on('end', () => {
      this.ended = true;
      this.wake();
    });
    socket.on('close', () => {
      this.ended = true;
      this.wake();
    });
  }

  static open(port: number): Promise<RawHttp> {
    return new Promise((resolve, reject) => {
      const s = connect(port, '127.0.0.1', () => resolve(new RawHttp(s)));
      s.once('error', reject);
    });
  }

  write(bytes: Buffer | string): void {
    this.socket.write(bytes);
  }

  until(pred: () => boolean, what: string, ms = 10_000): Promise<void> {
    return this.arrivals.until(pred, ms, what);
  }

  close(): void {
    this.socket.destroy();
  }

  private wake(): void {
    this.arrivals.wake();
  }

  private split(): void {
    for (;;) {
      const end = this.buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const lines = this.buf.toString('latin1', 0, end).split('\r\n');
      const status = Number(lines[0].split(' ')[1]);
      const headers: Record<string, string> = {};
      for (const l of lines.slice(1)) {
        const c = l.indexOf(':');
        headers[l.slice(0, c).toLowerCase()] = l.slice(c + 1).trim();
      }
      const len = status === 100 ? 0 : Number(headers['content-length']);
      if (this.buf.length < end + 4 + len) return;
      const body = this.buf.toString('utf8', end + 4, end + 4 + len);
      this.buf = this.buf.subarray(end + 4 + len);
      this.answers.push({ status, headers, body, at: performance.now() });
      this.wake();
    }
  }
}

class Captured extends Error {
  constructor(readonly bytes: Buffer) {
    super('captured');
  }
}

/**
 * The request the SDK would send for `command`, signed, as bytes (it is not sent). `extra`
 * headers are added after signing (so unsigned, as a proxy or libcurl adds them).
 */
async function signed(
  endpoint: string,
  // any SQS command: the client only carries it to the capturing middleware
  command: object,
  extra: Record<string, string> = {},
): Promise<{ head: Buffer; body: Buffer }> {
  const client = sqsClient(endpoint);
  client.middlewareStack.add(
    () => async (args) => {
      const r = args.request as {
        method: string;
        path: string;
        headers: Record<string, string>;
        body?: string | Uint8Array;
      };
      let head = `${r.method} ${r.path} HTTP/1.1\r\n`;
      for (const [k, v] of Object.entries({ ...r.headers, ...extra })) head += `${k}: ${v}\r\n`;
      const body = Buffer.from(r.body ?? '');
      throw new Captured(Buffer.concat([Buffer.from(`${head}\r\n`), body]));
    },
    { step: 'finalizeRequest', priority: 'low' },
  );
  try {
    await client.send(command as never);
  } catch (err) {
    if (!(err instanceof Captured)) throw err;
    const end = err.bytes.indexOf('\r\n\r\n') + 4;
    return { head: err.bytes.subarray(0, end), body: err.bytes.subarray(end) };
  } finally {
    client.destroy();
  }
  throw new Error('the request was not captured');
}

const whole = (r: { head: Buffer; body: Buffer }) => Buffer.concat([r.head, r.body]);

describe('SQS port HTTP/1.1', () => {
  let wharf: RunningWharf;
  let port: number;
  let queueUrl: string;
  before(async () => {
    wharf = await startSqsWharf();
    port = wharf.server.sqsPort;
    const sqs = sqsClient(wharf.sqsEndpoint!);
    queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: queueName('http') }))).QueueUrl!;
    sqs.destroy();
  });
  after(async () => {
    await wharf?.close();
  });

  const attributes = () =>
    signed(
      wharf.sqsEndpoint!,
      new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }),
    );

  test('a malformed request: its 400 after the answer owed, then that connection alone closes', async () => {
    const other = await RawHttp.open(port);
    const bad = await RawHttp.open(port);
    try {
      bad.write(
        Buffer.concat([whole(await attributes()), Buffer.from('GET / HTTP/1.1\r\nHost : x\r\n\r\n')]),
      );
      await bad.until(() => bad.answers.length === 2 && bad.ended, 'the 400 and the close');
      assert.deepEqual(
        bad.answers.map((a) => a.status),
        [200, 400],
      );
      assert.match(bad.answers[0].body, /QueueArn/);
      assert.equal(bad.answers[1].headers.connection, 'close');
      other.write(whole(await attributes()));
      await other.until(() => other.answers.length === 1, 'the other connection answered');
      assert.equal(other.answers[0].status, 200);
      assert.equal(other.ended, false);
    } finally {
      other.close();
      bad.close();
    }
  });

  test('garbage that is not HTTP at all gets 400 and a close', async () => {
    const c = await RawHttp.open(port);
    try {
      c.write('\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not a request\r\n\r\n');
      await c.until(() => c.ended, 'the close');
      assert.deepEqual(
        c.answers.map((a) => a.status),
        [400],
      );
    } finally {
      c.close();
    }
  });

  test('pipelined: a long poll and a quick request in one write are answered in that order', async () => {
    const empty = await signed(wharf.sqsEndpoint!, new CreateQueueCommand({ QueueName: queueName('pipe') }));
    const c = await RawHttp.open(port);
    try {
      c.write(whole(empty));
      await c.until(() => c.answers.length === 1, 'CreateQueue');
      const url = (JSON.parse(c.answers[0].body) as { QueueUrl: string }).QueueUrl;
      const poll = await signed(
        wharf.sqsEndpoint!,
        new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: 1, MaxNumberOfMessages: 1 }),
      );
      const quick = await signed(
        wharf.sqsEndpoint!,
        new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }),
      );
      const t0 = performance.now();
      c.write(Buffer.concat([whole(poll), whole(quick)]));
      await c.until(() => c.answers.length === 3, 'both answers');
      const [, polled, attrs] = c.answers;
      assert.equal(polled.status, 200);
      assert.doesNotMatch(polled.body, /QueueArn/, 'the long poll is answered first');
      assert.match(attrs.body, /QueueArn/);
      assert.ok(polled.at - t0 >= 900, `the poll waited (${polled.at - t0} ms)`);
      assert.ok(attrs.at >= polled.at);
    } finally {
      c.close();
    }
  });

  test('Expect: 100-continue (libcurl): 100 Continue first, the answer once the body is sent', async () => {
    const send = await signed(
      wharf.sqsEndpoint!,
      new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'after continue' }),
      { expect: '100-continue' },
    );
    const c = await RawHttp.open(port);
    try {
      c.write(send.head);
      await c.until(() => c.answers.length === 1, '100 Continue');
      assert.equal(c.answers[0].status, 100);
      c.write(send.body);
      await c.until(() => c.answers.length === 2, 'the answer');
      assert.equal(c.answers[1].status, 200);
      assert.match(c.answers[1].body, /MD5OfMessageBody/);
    } finally {
      c.close();
    }
  });

  test('a chunked body (an unsigned SNS Unsubscribe, query protocol) is read whole', async () => {
    const form =
      'Action=Unsubscribe&Version=2010-03-31&SubscriptionArn=arn%3Aaws%3Asns%3Aus-east-1%3A000000000000%3Anone%3Ax';
    const c = await RawHttp.open(port);
    try {
      const chunks = [form.slice(0, 20), form.slice(20)]
        .map((p) => `${p.length.toString(16)}\r\n${p}\r\n`)
        .join('');
      c.write(
        'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n' +
          `Transfer-Encoding: chunked\r\n\r\n${chunks}0\r\n\r\n`,
      );
      await c.until(() => c.answers.length === 1, 'the answer');
      // the action and its parameter were read from the body: not MissingAction or MissingParameter
      assert.doesNotMatch(c.answers[0].body, /MissingAction|MissingParameter|InvalidAction/);
      assert.match(c.answers[0].body, /Unsubscribe|NotFound/);
    } finally {
      c.close();
    }
  });

  test("a body over the limit: the protocol's error, and the connection stays usable", async () => {
    const c = await RawHttp.open(port);
    try {
      const size = 4 * 1024 * 1024 + 1;
      c.write(
        'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-amz-json-1.0\r\n' +
          `X-Amz-Target: AmazonSQS.SendMessage\r\nContent-Length: ${size}\r\n\r\n`,
      );
      c.write(Buffer.alloc(size, 0x20));
      await c.until(() => c.answers.length === 1, 'the error');
      assert.equal(c.answers[0].status, 400);
      assert.match(c.answers[0].body, /larger than/);
      c.write(whole(await attributes()));
      await c.until(() => c.answers.length === 2, 'the next answer');
      assert.equal(c.answers[1].status, 200);
    } finally {
      c.close();
    }
  });
});

describe('SQS port over HTTPS', { skip: hasOpenssl() ? false : 'the openssl CLI is not installed' }, () => {
  test('the SDK over TLS on sqssPort, with the listener the plain port uses', async () => {
    const pki = makePki();
    const wharf = await startSqsWharf({ tls: { cert: pki.serverCert, key: pki.serverKey }, sqssPort: 0 });
    const sqs = new SQSClient({
      endpoint: `https://localhost:${wharf.server.sqssPort}`,
      region: 'us-east-1',
      credentials: { accessKeyId: 'guest', secretAccessKey: 'guest' },
      maxAttempts: 1,
      requestHandler: { httpsAgent: new Agent({ ca: pki.pem(pki.caCert), keepAlive: true }) },
    });
    try {
      const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: queueName('tls') }));
      assert.match(QueueUrl!, /^https:\/\/localhost:\d+\//);
      await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'over tls' }));
      const got = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1 }));
      assert.equal(got.Messages?.[0]?.Body, 'over tls');
    } finally {
      sqs.destroy();
      await wharf.close();
      pki.remove();
    }
  });

  test('client certificates checked when sent (verifyPeer without failIfNoPeerCert): a stranger is refused', async () => {
    const pki = makePki();
    const wharf = await startSqsWharf({
      tls: { cert: pki.serverCert, key: pki.serverKey, ca: pki.caCert, verifyPeer: true },
      sqssPort: 0,
    });
    const client = (cert?: { cert: Buffer; key: Buffer }) =>
      new SQSClient({
        endpoint: `https://localhost:${wharf.server.sqssPort}`,
        region: 'us-east-1',
        credentials: { accessKeyId: 'guest', secretAccessKey: 'guest' },
        maxAttempts: 1,
        requestHandler: { httpsAgent: new Agent({ ca: pki.pem(pki.caCert), ...cert }) },
      });
    const none = client();
    const trusted = client({ cert: pki.pem(pki.clientCert), key: pki.pem(pki.clientKey) });
    const stranger = client({ cert: pki.pem(pki.strangerCert), key: pki.pem(pki.strangerKey) });
    try {
      const name = queueName('mtls');
      await none.send(new CreateQueueCommand({ QueueName: name }));
      await trusted.send(new CreateQueueCommand({ QueueName: name }));
      await assert.rejects(stranger.send(new CreateQueueCommand({ QueueName: name })));
    } finally {
      for (const c of [none, trusted, stranger]) c.destroy();
      await wharf.close();
      pki.remove();
    }
  });
});
