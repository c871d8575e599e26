// `import 'wharfmq/client'` must work without the optional peers (pg, ioredis,
// better-sqlite3), and so must the store entry points (`wharfmq/client/postgres`,
// `/redis`, `/sqlite`): their modules import only the drivers' types and take the
// caller's pool, client or database. Checked in a fresh process per entry, where nothing
// else could have loaded a driver.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
function load(entry, names) {
    const url = new URL(`../../src/client/${entry}.js`, import.meta.url).href;
    const script = `
    import { createRequire } from 'node:module';
    const m = await import(${JSON.stringify(url)});
    const loaded = Object.keys(createRequire(import.meta.url).cache)
      .filter((p) => /[\\\\/]node_modules[\\\\/](pg|ioredis|better-sqlite3)[\\\\/]/.test(p));
    const exported = ${JSON.stringify(names)}.filter((name) => typeof m[name] === 'function');
    console.log(JSON.stringify({ loaded, exported }));
  `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        timeout: 20_000,
    });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout.trim().split('\n').pop());
}
const ENTRIES = {
    index: ['connect', 'MemoryDedupStore', 'OutboxRelay', 'defineSaga', 'MemoryOffsetStore'],
    postgres: [
        'PostgresDedupStore',
        'processOncePg',
        'withPgTransaction',
        'PostgresOutbox',
        'PostgresOffsetStore',
    ],
    redis: ['RedisDedupStore', 'RedisOffsetStore'],
    sqlite: ['SqliteDedupStore', 'processOnceSqlite', 'SqliteOutbox', 'SqliteOffsetStore'],
};
for (const [entry, names] of Object.entries(ENTRIES)) {
    test(`importing client/${entry} loads none of pg, ioredis, better-sqlite3`, () => {
        const { loaded, exported } = load(entry, names);
        assert.deepEqual(loaded, []);
        assert.deepEqual(exported, names);
    });
}
test('the client index does not re-export the driver-typed stores', () => {
    const { exported } = load('index', ['PostgresDedupStore', 'RedisDedupStore', 'SqliteOutbox']);
    assert.deepEqual(exported, []);
});
//# sourceMappingURL=stores-imports.test.js.map