// Rate-limited consumers on both brokers: a consumer's own budget, and a group's budget
// held by the broker (a marker queue with max-length, reject-publish and a TTL) shared by
// workers on separate connections.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uniqueName } from '../helpers/brokers.js';
import { rateLimitQueue } from '../../src/client/index.js';
import { client, raw, setupBrokers, waitFor } from './support.js';

const brokers = await setupBrokers();

/** The shortest span covering `k + 1` consecutive starts (the tightest window holding k + 1). */
function tightest(times: number[], k: number): number {
  const s = [...times].sort((a, b) => a - b);
  let min = Infinity;
  for (let i = 0; i + k < s.length; i++) min = Math.min(min, s[i + k]! - s[i]!);
  return min;
}

for (const broker of brokers) {
  describe(`rate limits on ${broker.name}`, () => {
    test('one consumer: at most max starts in any window, however many may run at once', async (t) => {
      const c = await client(broker.url, t);
      const r = await raw(broker.url, t);
      const q = uniqueName('sdk-rate');
      r.cleanup(t, [q, `${q}.dlq`]);
      const work = await c.workQueue(q);
      const starts: number[] = [];
      await work.consume(() => void starts.push(performance.now()), {
        concurrency: 4,
        rateLimit: { max: 3, intervalMs: 400 },
      });
      const t0 = performance.now();
      for (let i = 0; i < 9; i++) await work.publish(i);
      await waitFor(() => starts.length === 9, 10_000, 'nine handler starts');
      // 9 starts at 3 per 400 ms: the last window opens 800 ms after the first start.
      assert.ok(starts[8]! - t0 >= 799, `all nine after ${starts[8]! - t0} ms`);
      // The limiter spaces its grants; the handler's own clock reading comes a few microtasks later, and a
      // loaded machine can deschedule the process in between (a CI run saw 395 ms): 20 ms of slack for that,
      // far below what a limiter that let a fourth start through would show (about 0 ms).
      assert.ok(tightest(starts, 3) >= 380, `4 starts within ${tightest(starts, 3)} ms`);
      await assert.rejects(
        work.consume(() => {}, { rateLimit: { max: 0, intervalMs: 1 } }),
        RangeError,
      );
    });

    test('a group: workers on separate connections share one budget held by the broker', async (t) => {
      const a = await client(broker.url, t);
      const b = await client(broker.url, t);
      const r = await raw(broker.url, t);
      const q = uniqueName('sdk-rate-group');
      const group = uniqueName('g');
      r.cleanup(t, [q, `${q}.dlq`, rateLimitQueue(group)]);
      const starts: { who: string; at: number }[] = [];
      const limit = { max: 4, intervalMs: 600, group };
      for (const [who, c] of [
        ['a', a],
        ['b', b],
      ] as const) {
        const work = await c.workQueue(q);
        await work.consume(() => void starts.push({ who, at: performance.now() }), {
          concurrency: 3,
          prefetch: 6,
          rateLimit: limit,
        });
      }
      const t0 = performance.now();
      for (let i = 0; i < 12; i++) await a.publish('', q, i);
      await waitFor(() => starts.length === 12, 15_000, 'twelve handler starts');
      const times = starts.map((s) => s.at);
      assert.deepEqual(new Set(starts.map((s) => s.who)), new Set(['a', 'b']), 'both workers ran handlers');
      // The broker's clock decides (a marker is confirmed, then the handler starts): the
      // confirm round trip may differ between two starts, hence the 100 ms of slack.
      assert.ok(Math.max(...times) - t0 >= 1100, `twelve at 4 per 600 ms took ${Math.max(...times) - t0} ms`);
      assert.ok(tightest(times, 4) >= 500, `5 starts within ${tightest(times, 4)} ms`);
      const info = await r.ch.checkQueue(rateLimitQueue(group));
      assert.ok(info.messageCount <= 4, `at most max markers alive (${info.messageCount})`);
    });
  });
}
