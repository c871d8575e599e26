// `import 'wharfmq/client'` must work without the optional peers (pg, ioredis,
// better-sqlite3): the store and outbox modules only import their types. Checked in a
// fresh process, where nothing else could have loaded them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

test('importing the client index loads none of pg, ioredis, better-sqlite3', () => {
  const index = new URL('../../src/client/index.js', import.meta.url).href;
  const script = `
    import { createRequire } from 'node:module';
    const m = await import(${JSON.stringify(index)});
    const loaded = Object.keys(createRequire(import.meta.url).cache)
      .filter((p) => /[\\\\/]node_modules[\\\\/](pg|ioredis|better-sqlite3)[\\\\/]/.test(p));
    const exported = ['MemoryDedupStore', 'RedisDedupStore', 'PostgresDedupStore', 'SqliteDedupStore',
      'processOncePg', 'processOnceSqlite', 'PostgresOutbox', 'SqliteOutbox', 'OutboxRelay', 'defineSaga']
      .filter((name) => typeof m[name] === 'function');
    console.log(JSON.stringify({ loaded, exported }));
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  assert.equal(r.status, 0, r.stderr);
  const { loaded, exported } = JSON.parse(r.stdout.trim().split('\n').pop()!) as {
    loaded: string[];
    exported: string[];
  };
  assert.deepEqual(loaded, []);
  assert.equal(exported.length, 10, `exported: ${exported.join(', ')}`);
});
