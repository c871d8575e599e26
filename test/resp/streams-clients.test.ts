// Blocked reads woken by another connection and cancelled with their client, and what only Wharf does: a
// stream written with XADD is the AMQP stream queue of the same name, and the other way round.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import amqp from 'amqplib';
import { Redis } from 'ioredis';
import { RawRedis } from './codec/redis-raw.js';
import { type RespWharf, startRespWharf, until } from './support.js';

let w: RespWharf;
before(async () => {
  w = await startRespWharf();
});
after(async () => {
  await w?.close();
});

const key = () => `orders-${randomBytes(4).toString('hex')}`;

describe('blocked reads', () => {
  test('XREAD BLOCK 0 waits for a write on another connection; the reader sees nothing else meanwhile', async () => {
    const k = key();
    const reader = (await RawRedis.open(w.port))!;
    const writer = (await RawRedis.open(w.port))!;
    try {
      reader.write(
        `*6\r\n$5\r\nXREAD\r\n$5\r\nBLOCK\r\n$1\r\n0\r\n$7\r\nSTREAMS\r\n$${k.length}\r\n${k}\r\n$1\r\n$\r\n*1\r\n$4\r\nPING\r\n`,
      );
      await until(() => [...w.wharf.server.broker.sessions].length >= 2);
      await new Promise((res) => setTimeout(res, 200));
      assert.equal((await writer.command('XADD', k, '5-1', 'f', 'v')).bytes.toString(), '$3\r\n5-1\r\n');
      const got = await reader.reply();
      assert.equal(
        got.bytes.toString(),
        `*1\r\n*2\r\n$${k.length}\r\n${k}\r\n*1\r\n*2\r\n$3\r\n5-1\r\n*2\r\n$1\r\nf\r\n$1\r\nv\r\n`,
      );
      // the PING sent behind the blocked read is answered after it
      assert.equal((await reader.reply()).bytes.toString(), '+PONG\r\n');
    } finally {
      reader.close();
      writer.close();
    }
  });

  test('a blocked read is cancelled when its client goes away', async () => {
    const k = key();
    const reader = (await RawRedis.open(w.port))!;
    const info = (await RawRedis.open(w.port))!;
    try {
      reader.write(
        `*6\r\n$5\r\nXREAD\r\n$5\r\nBLOCK\r\n$1\r\n0\r\n$7\r\nSTREAMS\r\n$${k.length}\r\n${k}\r\n$1\r\n$\r\n`,
      );
      const blocked = async () =>
        /blocked_clients:(\d+)/.exec((await info.command('INFO', 'clients')).bytes.toString())![1];
      await until(async () => (await blocked()) === '1', 5000, 'one blocked client');
      reader.close();
      await until(async () => (await blocked()) === '0', 5000, 'no blocked client');
    } finally {
      info.close();
    }
  });
});

describe('one engine: a Redis stream is the AMQP stream queue of the same name', () => {
  test('XADD entries are read by an AMQP stream consumer; AMQP messages are read by XRANGE', async () => {
    const k = key();
    const r = new Redis({ port: w.port, host: '127.0.0.1' });
    const conn = await amqp.connect(w.wharf.amqpUrl);
    try {
      const id = (await r.xadd(k, '*', 'sku', 'A1', 'body', 'hello'))!;
      const ch = await conn.createChannel();
      await ch.prefetch(10);
      // the key is a stream queue: declaring it with the same arguments is fine
      await ch.assertQueue(k, { durable: true, arguments: { 'x-queue-type': 'stream' } });
      ch.publish('', k, Buffer.from('from amqp'), { headers: { kind: 'amqp' }, persistent: true });
      const got: amqp.ConsumeMessage[] = [];
      await ch.consume(
        k,
        (m) => {
          if (m) {
            got.push(m);
            ch.ack(m);
          }
        },
        { arguments: { 'x-stream-offset': 'first' } },
      );
      await until(() => got.length >= 2, 5000, 'two AMQP deliveries');
      assert.equal(got[0].content.toString(), 'hello');
      assert.equal(got[0].properties.headers?.sku, 'A1');
      assert.equal(got[0].properties.headers?.['x-redis-id'], id);
      assert.equal(got[1].content.toString(), 'from amqp');
      // and the AMQP message is an entry for Redis clients: its headers, then its body
      let range: [string, string[]][] = [];
      await until(async () => (range = await r.xrange(k, '-', '+')).length === 2, 5000, 'two entries');
      assert.deepEqual(range[0], [id, ['sku', 'A1', 'body', 'hello']]);
      assert.deepEqual(range[1][1], ['kind', 'amqp', 'body', 'from amqp']);
      assert.ok(range[1][0] > id, 'its ID comes after the XADD one');
      await ch.close();
    } finally {
      await conn.close();
      r.disconnect();
    }
  });
});
