// The DedupStore contract against each real backend (in-process Map, SQLite file,
// Redis, PostgreSQL): claim, duplicate, release, expiry, and racing claims of one key
// from separate connections (or threads) of which exactly one may win.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import type { Redis } from 'ioredis';
import type pg from 'pg';
import type { DedupStore } from '../../src/client/types.js';
import { MemoryDedupStore } from '../../src/client/stores/memory.js';
import { PostgresDedupStore } from '../../src/client/stores/postgres.js';
import { RedisDedupStore } from '../../src/client/stores/redis.js';
import { SqliteDedupStore } from '../../src/client/stores/sqlite.js';
import {
  deleteRedisPrefix,
  dropTables,
  openPg,
  openRedis,
  sleep,
  tempSqlite,
  uniqueTable,
  type TempSqlite,
} from './stores-helpers.js';

interface Backend {
  store: DedupStore;
  /** `n` stores on separate connections to the same backend, for the race. */
  racers?(n: number): Promise<DedupStore[]>;
}

/** The contract every store meets; `open` gives a store or a reason to skip. */
function contract(name: string, open: () => Promise<Backend | string>, close: () => Promise<void>): void {
  describe(`${name} DedupStore`, () => {
    let backend: Backend | string;
    before(async () => {
      backend = await open();
    });
    after(close);
    const it = (title: string, fn: (b: Backend) => Promise<void>) =>
      test(title, async (t) => {
        if (typeof backend === 'string') return t.skip(backend);
        await fn(backend);
      });

    it('claim is true for a new key and false for a duplicate', async ({ store }) => {
      assert.equal(await store.claim('a', 60), true);
      assert.equal(await store.claim('a', 60), false);
      assert.equal(await store.claim('a', 60), false);
      assert.equal(await store.claim('b', 60), true, 'keys are independent');
    });

    it('release forgets a claim so the message can be processed again', async ({ store }) => {
      assert.equal(await store.claim('r', 60), true);
      await store.release('r');
      assert.equal(await store.claim('r', 60), true);
      assert.equal(await store.claim('r', 60), false);
      await store.release('never-claimed'); // no error
    });

    it('a claim expires after its TTL and the key can be claimed again', async ({ store }) => {
      assert.equal(await store.claim('e', 0.4), true);
      assert.equal(await store.claim('e', 0.4), false);
      await sleep(600);
      assert.equal(await store.claim('e', 60), true, 'expired claim taken over');
      assert.equal(await store.claim('e', 60), false, 'and the new claim holds');
    });

    it('rejects a TTL that is not a positive finite number', async ({ store }) => {
      for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        await assert.rejects(store.claim('bad', bad), RangeError);
      }
    });

    it('concurrent claims of one key: exactly one wins', async (b) => {
      const stores = b.racers ? await b.racers(8) : Array.from({ length: 8 }, () => b.store);
      for (let round = 0; round < 5; round++) {
        const key = `race-${round}`;
        const results = await Promise.all(stores.flatMap((s) => [s.claim(key, 60), s.claim(key, 60)]));
        assert.equal(results.filter(Boolean).length, 1, `round ${round}: ${results.join(',')}`);
      }
    });
  });
}

contract(
  'memory',
  async () => ({ store: new MemoryDedupStore() }),
  async () => {},
);

describe('memory DedupStore bound', () => {
  test('stays within maxEntries, evicting the oldest claims first', async () => {
    const store = new MemoryDedupStore({ maxEntries: 100 });
    for (let i = 0; i < 1000; i++) assert.equal(await store.claim(`k${i}`, 60), true);
    assert.ok(store.size <= 100, `size ${store.size}`);
    assert.equal(await store.claim('k999', 60), false, 'the newest claims are kept');
    assert.equal(await store.claim('k0', 60), true, 'the oldest were evicted');
  });

  test('expired claims are swept as new ones arrive', async () => {
    const store = new MemoryDedupStore();
    for (let i = 0; i < 50; i++) await store.claim(`old${i}`, 0.05);
    await sleep(100);
    for (let i = 0; i < 10; i++) await store.claim(`new${i}`, 60);
    assert.ok(store.size < 60, `expired entries dropped (size ${store.size})`);
  });
});

// SQLite: a file in a temp dir; racers are worker threads with their own connections.
{
  let tmp: TempSqlite | undefined;
  const table = uniqueTable('dedup');
  let store: SqliteDedupStore | undefined;
  contract(
    'SQLite',
    async () => {
      tmp = tempSqlite();
      const db = tmp.open();
      store = new SqliteDedupStore({ db, table });
      return { store };
    },
    async () => {
      await store?.close();
      tmp?.remove();
    },
  );

  describe('SQLite DedupStore across connections', () => {
    test('worker threads with their own connections race for one key: exactly one wins', async () => {
      const file = tempSqlite();
      // The file, WAL mode and table exist before the workers start, so what races is the claim.
      const setup = file.open();
      await new SqliteDedupStore({ db: setup, table, pruneIntervalMs: 0 }).close();
      setup.close();
      try {
        const workerUrl = new URL('./stores-sqlite-worker.js', import.meta.url);
        const workers = 6;
        const keys = Array.from({ length: 20 }, (_, i) => `k${i}`);
        const barrier = new SharedArrayBuffer(4 * keys.length);
        const results = await Promise.all(
          Array.from(
            { length: workers },
            () =>
              new Promise<boolean[]>((resolve, reject) => {
                const w = new Worker(workerUrl, {
                  workerData: { path: file.path, table, keys, barrier, workers },
                });
                w.once('message', resolve);
                w.once('error', reject);
              }),
          ),
        );
        keys.forEach((key, i) => {
          const winners = results.filter((r) => r[i]).length;
          assert.equal(winners, 1, `${key}: ${winners} winners`);
        });
      } finally {
        file.remove();
      }
    });

    test('prune deletes expired rows only', async () => {
      const file = tempSqlite();
      const db = file.open();
      try {
        const s = new SqliteDedupStore({ db, table, pruneIntervalMs: 0 });
        await s.claim('short', 0.05);
        await s.claim('long', 60);
        await sleep(100);
        assert.equal(s.prune(), 1);
        const keys = db.prepare(`SELECT key FROM "${table}"`).pluck().all();
        assert.deepEqual(keys, ['long']);
        await s.close();
      } finally {
        db.close();
        file.remove();
      }
    });
  });
}

// Redis: racers are separate connections.
{
  const prefix = `wharf-test:${uniqueTable('dedup')}:`;
  const clients: Redis[] = [];
  contract(
    'Redis',
    async () => {
      const redis = await openRedis();
      if (typeof redis === 'string') return redis;
      clients.push(redis);
      return {
        store: new RedisDedupStore({ redis, prefix }),
        racers: async (n) => {
          const out: DedupStore[] = [];
          for (let i = 0; i < n; i++) {
            const c = await openRedis();
            if (typeof c === 'string') throw new Error(c);
            clients.push(c);
            out.push(new RedisDedupStore({ redis: c, prefix }));
          }
          return out;
        },
      };
    },
    async () => {
      if (clients[0]) await deleteRedisPrefix(clients[0], prefix);
      for (const c of clients) c.disconnect();
    },
  );

  describe('Redis DedupStore keys', () => {
    test('a whole-second TTL becomes SET NX EX: the key carries that TTL', async (t) => {
      const redis = await openRedis();
      if (typeof redis === 'string') return t.skip(redis);
      const p = `wharf-test:${uniqueTable('ex')}:`;
      try {
        const store = new RedisDedupStore({ redis, prefix: p });
        await store.claim('m1', 30);
        const ttl = await redis.ttl(`${p}m1`);
        assert.ok(ttl > 25 && ttl <= 30, `ttl ${ttl}`);
        assert.equal(await redis.get(`${p}m1`), '1');
      } finally {
        await deleteRedisPrefix(redis, p);
        redis.disconnect();
      }
    });
  });
}

// PostgreSQL: racers share a pool of several connections, so claims run in parallel sessions.
{
  const table = uniqueTable('dedup');
  let pool: pg.Pool | undefined;
  contract(
    'PostgreSQL',
    async () => {
      const p = await openPg(10);
      if (typeof p === 'string') return p;
      pool = p;
      const store = new PostgresDedupStore({ pool, table });
      await store.ensureSchema();
      await store.ensureSchema(); // idempotent
      return {
        store,
        racers: async (n) => Array.from({ length: n }, () => new PostgresDedupStore({ pool: p, table })),
      };
    },
    async () => {
      if (!pool) return;
      await dropTables(pool, [table]);
      await pool.end();
    },
  );

  describe('PostgreSQL DedupStore housekeeping', () => {
    test('prune deletes expired rows only; ensureSchema races are safe', async (t) => {
      const p = await openPg(6);
      if (typeof p === 'string') return t.skip(p);
      const tbl = uniqueTable('prune');
      try {
        const stores = Array.from({ length: 5 }, () => new PostgresDedupStore({ pool: p, table: tbl }));
        await Promise.all(stores.map((s) => s.ensureSchema()));
        const s = stores[0]!;
        await s.claim('short', 0.05);
        await s.claim('long', 60);
        await sleep(100);
        assert.equal(await s.prune(), 1);
        const { rows } = await p.query(`SELECT key FROM "${tbl}"`);
        assert.deepEqual(
          rows.map((r: { key: string }) => r.key),
          ['long'],
        );
      } finally {
        await dropTables(p, [tbl]);
        await p.end();
      }
    });

    test('rejects table names that are not plain identifiers', () => {
      for (const bad of ['x; DROP TABLE y', 'a.b.c', '"q"', '', '1abc']) {
        assert.throws(() => new PostgresDedupStore({ pool: {} as pg.Pool, table: bad }), TypeError);
      }
    });
  });
}
