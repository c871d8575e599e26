// `for await (const msg of client.messages(q))` on Wharf and RabbitMQ: messages in
// order, acked as the loop moves on, back-pressure through prefetch (the broker keeps
// what the loop has not asked for), msg.fail() through retries to the dead-letter
// queue, leaving the loop requeues the unsettled message, and close() ends the loop.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uniqueName } from '../helpers/brokers.js';
import { client, deferred, raw, setupBrokers, sleep, waitFor } from './support.js';

const brokers = await setupBrokers();

for (const broker of brokers) {
  describe(`async iteration on ${broker.name}`, () => {
    test('in order, acked as the loop moves on, with back-pressure through prefetch', async (t) => {
      const c = await client(broker.url, t);
      const r = await raw(broker.url, t);
      const q = uniqueName('sdk-iter');
      r.cleanup(t, [q, `${q}.dlq`]);
      const work = await c.workQueue(q);
      for (let i = 1; i <= 10; i++) await work.publish(i);
      const seen: number[] = [];
      for await (const msg of c.messages<number>(q, { prefetch: 2 })) {
        seen.push(msg.payload);
        if (msg.payload === 3) {
          // The loop is busy: the broker has handed out only the prefetch window.
          await sleep(200);
          const info = await c.queueInfo(q);
          assert.equal(info?.messageCount, 10 - 4, 'two acked, two in the prefetch window, six held back');
        }
        if (msg.payload === 10) {
          msg.ack();
          break;
        }
      }
      assert.deepEqual(seen, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      await waitFor(async () => (await c.queueInfo(q))?.consumerCount === 0, 5000, 'the consumer cancelled');
      assert.equal(await r.count(q), 0, 'every message acked');
    });

    test('leaving the loop requeues the message it was on; fail() dead-letters', async (t) => {
      const c = await client(broker.url, t);
      const r = await raw(broker.url, t);
      const q = uniqueName('sdk-iter-leave');
      r.cleanup(t, [q, `${q}.dlq`]);
      const work = await c.workQueue(q);
      await work.publish('bad', { messageId: 'bad-1' });
      await work.publish('unfinished', { messageId: 'left-1' });
      await assert.rejects(async () => {
        for await (const msg of c.messages<string>(q, { retry: false })) {
          if (msg.payload === 'bad') msg.fail(new Error('cannot use it'));
          else throw new Error('the loop body failed');
        }
      }, /the loop body failed/);
      const dead = await r.get(`${q}.dlq`);
      assert.equal(dead.properties.messageId, 'bad-1');
      assert.equal(dead.properties.headers?.['x-failure-message'], 'cannot use it');
      await waitFor(async () => (await r.count(q)) === 1, 5000, 'the unfinished message back in the queue');
      const back = await r.get(q);
      assert.equal(back.properties.messageId, 'left-1');
      assert.equal(back.fields.redelivered, true);
    });

    test('close() ends a waiting loop', async (t) => {
      const c = await client(broker.url, t);
      const r = await raw(broker.url, t);
      const q = uniqueName('sdk-iter-close');
      r.cleanup(t, [q, `${q}.dlq`]);
      const work = await c.workQueue(q);
      await work.publish('only');
      const first = deferred();
      const seen: string[] = [];
      const loop = (async () => {
        for await (const msg of c.messages<string>(q)) {
          seen.push(msg.payload);
          first.resolve();
        }
        return 'ended';
      })();
      await first.promise;
      await sleep(100);
      await c.close({ deadlineMs: 5000 });
      assert.equal(await loop, 'ended');
      assert.deepEqual(seen, ['only']);
      assert.equal(await r.count(q), 0, 'the message the loop finished was acked');
    });
  });
}
