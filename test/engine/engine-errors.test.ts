// One engine error family (src/broker/errors.ts), mapped by each front to its own reply: an
// engine refusal provoked through each front's wire, with that front's real client, comes
// back as the front's own error for that engine code. One Wharf with every front.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import amqp from 'amqplib';
import { Redis } from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import { BrokerError } from '../../src/broker/index.js';
import { type RunningWharf, startWharf } from '../../src/embedded/start-wharf.js';
import { toAwsError } from '../../src/sqs/resolve.js';
import { uniqueName } from '../helpers/brokers.js';

describe('engine errors on every front', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wharf-engine-errors-'));
  let w: RunningWharf;
  let conn: amqp.ChannelModel;
  const stream = uniqueName('errors-stream');
  const classic = uniqueName('errors-classic');
  const exclusive = uniqueName('errors-exclusive');

  before(async () => {
    w = await startWharf({ dataDir: dir, logLevel: 'silent', authFailureDelay: 0 });
    conn = await amqp.connect(w.amqpUrl);
    const ch = await conn.createChannel();
    await ch.assertQueue(stream, { durable: true, arguments: { 'x-queue-type': 'stream' } });
    await ch.assertQueue(classic, { durable: true });
    await ch.assertQueue(exclusive, { exclusive: true });
    await ch.close();
  });
  after(async () => {
    await conn?.close().catch(() => {});
    await w?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('AMQP: RESOURCE_LOCKED is 405 on the channel, NOT_IMPLEMENTED 540 on the connection', async () => {
    const other = await amqp.connect(w.amqpUrl);
    other.on('error', () => {});
    try {
      const ch = await other.createChannel();
      ch.on('error', () => {});
      await assert.rejects(ch.checkQueue(exclusive), (e: Error & { code?: number }) => {
        assert.equal(e.code, 405);
        assert.match(e.message, /RESOURCE_LOCKED - cannot obtain exclusive access to locked queue/);
        return true;
      });
      const ch2 = await other.createChannel();
      ch2.on('error', () => {});
      const closed = new Promise<Error>((resolve) => other.once('error', resolve));
      await assert.rejects(ch2.get(stream));
      const err = (await closed) as Error & { code?: number };
      assert.equal(err.code, 540);
      assert.match(err.message, /NOT_IMPLEMENTED - basic\.get not supported by stream queues/);
    } finally {
      await other.close().catch(() => {});
    }
  });

  test('Kafka: ACCESS_REFUSED is TOPIC_AUTHORIZATION_FAILED, a name taken by a queue TOPIC_ALREADY_EXISTS', async () => {
    const kafkaPort = w.listeners.find((l) => l.protocol === 'kafka')!.port;
    const kafka = new Kafka({
      brokers: [`127.0.0.1:${kafkaPort}`],
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
    });
    const admin = kafka.admin();
    await admin.connect();
    try {
      // the engine reserves amq.* names (ACCESS_REFUSED); Kafka's own name rules allow them
      await assert.rejects(
        admin.createTopics({ topics: [{ topic: 'amq.errors-topic' }] }),
        (e: Error & { errors?: { code: number; type: string }[] }) => {
          assert.deepEqual(
            e.errors?.map((x) => [x.code, x.type]),
            [[29, 'TOPIC_AUTHORIZATION_FAILED']],
          );
          return true;
        },
      );
      // PRECONDITION_FAILED on a topic creation: kafkajs reads code 36 as "exists" and answers false
      assert.equal(await admin.createTopics({ topics: [{ topic: classic }] }), false);
    } finally {
      await admin.disconnect();
    }
  });

  test('SQS: a stream is not an SQS queue (QueueDoesNotExist); NOT_IMPLEMENTED, which only streams raise, is UnsupportedOperation', async () => {
    const sqs = new SQSClient({
      endpoint: w.sqsEndpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'guest', secretAccessKey: 'guest' },
      maxAttempts: 1,
    });
    try {
      const url = (await sqs.send(new CreateQueueCommand({ QueueName: uniqueName('errors-sqs') }))).QueueUrl!;
      const streamUrl = url.replace(/[^/]+$/, stream);
      // a stream (made over AMQP) is not served by SQS (docs/protocols.md)
      await assert.rejects(
        sqs.send(new ReceiveMessageCommand({ QueueUrl: streamUrl })),
        (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
          assert.equal(e.name, 'QueueDoesNotExist');
          assert.equal(e.$metadata?.httpStatusCode, 400);
          return true;
        },
      );
    } finally {
      sqs.destroy();
    }
    // so no SQS request reaches the engine's NOT_IMPLEMENTED (streams' basic.get and the like); the table
    // still answers it in SQS's words
    const e = toAwsError(new BrokerError('NOT_IMPLEMENTED', 'basic.get not supported by stream queues'));
    assert.equal(e.code, 'UnsupportedOperation');
    assert.match(e.message, /not supported by stream queues/);
  });

  test('RESP: ACCESS_REFUSED is a NOPERM error line', async () => {
    const r = new Redis(w.respUrl!, { maxRetriesPerRequest: 0, lazyConnect: true });
    await r.connect();
    try {
      await assert.rejects(r.xadd('amq.errors-key', '*', 'f', 'v'), (e: Error) => {
        assert.equal(e.message, "NOPERM stream name 'amq.errors-key' is reserved");
        return true;
      });
    } finally {
      r.disconnect();
    }
  });

  test('HTTP API: NOT_IMPLEMENTED is 400 bad_request with the engine reason', async () => {
    const res = await fetch(`${w.httpUrl}/api/queues/%2F/${stream}/get`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ count: 1, ackmode: 'ack_requeue_true', encoding: 'auto' }),
    });
    assert.equal(res.status, 400);
    assert.deepEqual(await res.json(), {
      error: 'bad_request',
      reason: `basic.get not supported by stream queues queue '${stream}' in vhost '/'`,
    });
  });
});
