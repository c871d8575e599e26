// Idempotent consumers on both brokers: with a DedupStore the message id is claimed
// before the handler, a duplicate is acked without running it, and a failed handler's
// claim is released so the retry is processed. The store is a small Map-backed one
// written here against the DedupStore interface.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uniqueName } from '../helpers/brokers.js';
import type { DedupStore, HandledEvent } from '../../src/client/index.js';
import { retryQueueName } from '../../src/client/index.js';
import { client, raw, setupBrokers, sleep, waitFor } from './support.js';

class MapDedupStore implements DedupStore {
  readonly claims = new Map<string, number>();
  readonly calls: string[] = [];
  async claim(key: string, ttlSeconds: number): Promise<boolean> {
    this.calls.push(`claim ${key}`);
    const until = this.claims.get(key);
    if (until !== undefined && until > Date.now()) return false;
    this.claims.set(key, Date.now() + ttlSeconds * 1000);
    return true;
  }
  async release(key: string): Promise<void> {
    this.calls.push(`release ${key}`);
    this.claims.delete(key);
  }
}

const brokers = await setupBrokers();

for (const broker of brokers) {
  describe(`dedup on ${broker.name}`, () => {
    test('a duplicate message id is acked without running the handler', async (t) => {
      const c = await client(broker.url, t);
      const r = await raw(broker.url, t);
      const q = uniqueName('sdk-dedup');
      r.cleanup(t, [q, `${q}.dlq`]);
      const work = await c.workQueue(q);
      const store = new MapDedupStore();
      const handled: HandledEvent[] = [];
      c.on('handled', (e) => handled.push(e));
      const payloads: string[] = [];
      await work.consume<string>((m) => void payloads.push(m.payload), { dedup: store, dedupTtlSeconds: 60 });
      await work.publish('first', { messageId: 'order-42' });
      await work.publish('again', { messageId: 'order-42' });
      await work.publish('other', { messageId: 'order-43' });
      await waitFor(() => handled.length === 3);
      assert.deepEqual(payloads, ['first', 'other']);
      assert.deepEqual(
        handled.map((h) => h.outcome),
        ['ack', 'duplicate', 'ack'],
      );
      assert.equal(c.metrics.counter('messages_handled_total', { queue: q, outcome: 'duplicate' }), 1);
      assert.equal(await r.count(q), 0);
    });

    test('a failed handler releases its claim, so the retry is processed', async (t) => {
      const c = await client(broker.url, t);
      const r = await raw(broker.url, t);
      const q = uniqueName('sdk-dedup-retry');
      r.cleanup(t, [q, `${q}.dlq`, retryQueueName(q, 100)]);
      const work = await c.workQueue(q);
      const store = new MapDedupStore();
      const attempts: number[] = [];
      await work.consume(
        (m) => {
          attempts.push(m.attempt);
          if (m.attempt === 1) throw new Error('transient');
        },
        { dedup: store, retry: { initialDelayMs: 100, maxAttempts: 3, strategy: 'ttl-queues' } },
      );
      await work.publish('m', { messageId: 'pay-1' });
      await waitFor(() => attempts.length === 2);
      await sleep(100);
      assert.deepEqual(attempts, [1, 2]);
      assert.deepEqual(store.calls, ['claim pay-1', 'release pay-1', 'claim pay-1']);
      assert.ok(store.claims.has('pay-1'), 'claimed after success');
    });
  });
}
