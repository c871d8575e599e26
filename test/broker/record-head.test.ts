// The stored message head: every exchange name and routing key length a front may hand
// the engine round-trips (AMQP short strings, and the longer keys of Kafka, SQS, Redis),
// and records written in the old one-byte-length layout still decode.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { amqpPropertiesFormat } from '../../src/amqp/index.js';
import { Broker, type Message, type Queue } from '../../src/broker/index.js';
import {
  decodeHead,
  encodeHead,
  FLAG_TTL,
  FLAG_WIDE_HEAD,
  headFlags,
  headTtl,
  narrowNamesEnd,
  narrowNamesStart,
} from '../../src/broker/messages/record.js';
import { SegmentLog } from '../../src/store/index.js';
import { repoRoot } from '../helpers/brokers.js';

const PROPS = Buffer.from([0x10, 0x00, 0x02]); // delivery-mode 2

function message(exchange: string, routingKey: string, ttl?: number): Message {
  return {
    exchange,
    routingKey,
    properties: PROPS,
    body: Buffer.from('b'),
    persistent: true,
    timestamp: 1,
    ttl,
  };
}

describe('stored message head', () => {
  const lengths = [0, 1, 85, 86, 255, 256, 1000, 70_000, 1 << 20];
  for (const n of lengths) {
    test(`a ${n}-byte routing key and exchange round-trip, with and without a TTL`, () => {
      for (const ttl of [undefined, 1234]) {
        const m = message('e'.repeat(n), 'k'.repeat(n), ttl);
        const flags = headFlags(m);
        assert.equal((flags & FLAG_WIDE_HEAD) !== 0, n > 255, 'wide layout only when needed');
        assert.equal((flags & FLAG_TTL) !== 0, ttl !== undefined);
        const head = encodeHead(m);
        const h = decodeHead(head, flags);
        assert.equal(h.exchange.length, n);
        assert.equal(h.routingKey.length, n);
        assert.equal(h.exchange, m.exchange);
        assert.equal(h.routingKey, m.routingKey);
        assert.deepEqual(h.properties, PROPS);
        assert.equal(headTtl(head, flags), ttl);
      }
    });
  }

  test('multi-byte UTF-8 is measured in bytes: 100 characters of 3 bytes take the wide layout', () => {
    const key = '€'.repeat(100); // 300 bytes
    const m = message('x', key);
    assert.equal(headFlags(m) & FLAG_WIDE_HEAD, FLAG_WIDE_HEAD);
    assert.equal(decodeHead(encodeHead(m), headFlags(m)).routingKey, key);
    const short = message('x', '€'.repeat(85)); // 255 bytes: still narrow
    assert.equal(headFlags(short) & FLAG_WIDE_HEAD, 0);
    assert.equal(decodeHead(encodeHead(short), headFlags(short)).routingKey, short.routingKey);
  });

  test('forcing the narrow layout on a long key is refused, never wrapped', () => {
    assert.throws(() => encodeHead(message('', 'k'.repeat(256)), false), /too long/);
  });

  test('a head shorter than its lengths claim is refused', () => {
    const head = encodeHead(message('exchange', 'key'));
    assert.throws(() => decodeHead(head.subarray(0, 5), 0), /malformed/);
    assert.throws(() => decodeHead(head, FLAG_WIDE_HEAD), /malformed/);
  });

  test('records written before the wide layout (on-disk fixture) still decode', async () => {
    // test/fixtures/head-v1-queue: a queue log written by Wharf 0.1.0's SegmentLog and encodeHead
    const dir = mkdtempSync(join(tmpdir(), 'wharf-head-v1-'));
    try {
      cpSync(join(repoRoot, 'test/fixtures/head-v1-queue'), dir, { recursive: true });
      const log = SegmentLog.open(dir);
      const seen: unknown[] = [];
      for (let r = log.shift(); r; r = log.shift()) {
        const h = decodeHead(r.head, r.flags);
        seen.push([
          h.exchange,
          h.routingKey,
          h.properties.toString('hex'),
          headTtl(r.head, r.flags),
          `${r.body}`,
        ]);
      }
      await log.close();
      assert.deepEqual(seen, [
        ['', 'orders', '100002', undefined, 'body 0'],
        ['amq.topic', 'k'.repeat(255), '100002', undefined, 'body 1'],
        ['x'.repeat(255), 'a.b', '100002', 60000, 'body 2'],
        ['échange', 'clé.🚀', '100002', 5, 'body 3'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a durable queue keeps a 1000-byte routing key and a 300-byte exchange name across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-head-'));
    const exchange = 'x'.repeat(300);
    const key = 'k'.repeat(1000);
    const qopts = { passive: false, durable: true, exclusive: false, autoDelete: false, arguments: {} };
    try {
      let b = new Broker({ dataDir: dir, format: amqpPropertiesFormat });
      b.open();
      let v = b.vhost('/')!;
      v.declareExchange(
        exchange,
        'direct',
        { durable: true, autoDelete: false, internal: false, arguments: {} },
        false,
      );
      v.declareQueue('long-keys', qopts);
      v.bindQueue('long-keys', exchange, key, {});
      // a quorum queue rewrites the head at delivery (x-delivery-count): the layout must follow
      v.declareQueue('long-keys-quorum', { ...qopts, arguments: { 'x-queue-type': 'quorum' } });
      v.bindQueue('long-keys-quorum', exchange, key, {});
      const out: Queue[] = [];
      v.publish({ ...message(exchange, key, 60_000), timestamp: Date.now() }, out);
      assert.equal(out.length, 2);
      for (const q of out)
        await new Promise<void>((resolve, reject) => q.sync((err) => (err ? reject(err) : resolve())));
      await b.close();

      b = new Broker({ dataDir: dir, format: amqpPropertiesFormat });
      b.open();
      v = b.vhost('/')!;
      const taken = v.queue('long-keys').get(true);
      assert.ok(taken, 'the message survived the restart');
      const h = decodeHead(taken.head, taken.flags);
      assert.equal(h.exchange, exchange);
      assert.equal(h.routingKey, key);
      assert.deepEqual(h.properties, PROPS);
      const quorum = v.queue('long-keys-quorum').get(true);
      assert.ok(quorum, 'the quorum copy survived the restart');
      const hq = decodeHead(quorum.head, quorum.flags);
      assert.equal(hq.exchange, exchange);
      assert.equal(hq.routingKey, key);
      assert.deepEqual(amqpPropertiesFormat.headers(hq.properties)?.['x-delivery-count'], 0);
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the names of a narrow head as bytes (what an AMQP deliver copies)', () => {
  const shortstr = (s: string) => Buffer.concat([Buffer.from([Buffer.byteLength(s)]), Buffer.from(s)]);
  for (const [exchange, routingKey, ttl] of [
    ['', 'q', undefined],
    ['ex', '', 5000],
    ['amq.topic', 'ключ.日本', undefined],
    ['e'.repeat(255), 'k'.repeat(255), 1],
  ] as [string, string, number | undefined][]) {
    test(`exchange of ${exchange.length}, key of ${routingKey.length}, ttl ${ttl}`, () => {
      const msg = message(exchange, routingKey, ttl);
      const flags = headFlags(msg);
      const head = encodeHead(msg);
      const start = narrowNamesStart(flags);
      assert.equal(start, ttl === undefined ? 0 : 8);
      const end = narrowNamesEnd(head, start);
      assert.deepEqual(head.subarray(start, end), Buffer.concat([shortstr(exchange), shortstr(routingKey)]));
      assert.deepEqual(head.subarray(end), decodeHead(head, flags).properties);
    });
  }

  test('a wide head has none: its names are decoded', () => {
    const msg = message('ex', 'k'.repeat(300));
    assert.equal(narrowNamesStart(headFlags(msg)), -1);
  });

  test('a head cut inside its names is refused, not read past its end', () => {
    const head = encodeHead(message('exchange', 'routing-key'));
    for (const cut of [0, 1, 5, 9, 10, 15]) {
      assert.throws(() => narrowNamesEnd(head.subarray(0, cut), 0), RangeError, `cut at ${cut}`);
    }
  });
});
