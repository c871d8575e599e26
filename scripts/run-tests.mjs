#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
// Runs every compiled test file with node's own test runner, so the run ends with
// its summary. Node 20's --test takes no globs, so the file list is built here.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cleanRabbitMQ } from './clean-rabbitmq.mjs';

function find(dir, out) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries.sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) find(p, out);
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

const filter = process.argv.slice(2);
let files = find('dist/test', []);
if (filter.length) files = files.filter((f) => filter.some((x) => f.includes(x)));
if (files.length === 0) {
  console.error('no test files found under dist/test');
  process.exit(1);
}
const concurrency = process.env.TEST_CONCURRENCY ?? '2';
const r = spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...files], {
  stdio: 'inherit',
});
// After a whole CI run only (a developer's parallel runs may still use such queues; they
// can run `node scripts/clean-rabbitmq.mjs` by hand). The runner's summary stays the
// last lines on stdout: the cleanup only speaks on stderr.
const cleaned = process.env.CI === 'true' && filter.length === 0 ? await cleanRabbitMQ().catch(() => 0) : 0;
if (cleaned > 0) console.error(`(removed ${cleaned} leftover test queues/exchanges from RabbitMQ)`);
process.exit(r.status ?? 1);
