import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Journal } from '../../src/store/journal.js';
import { files, killAfterProgress, rm, tempDir } from './helpers.js';
import { opAt } from './journal-ops.js';

const child = join(dirname(fileURLToPath(import.meta.url)), 'journal-crash-child.js');
const syncP = (j: Journal): Promise<void> =>
  new Promise((resolve, reject) => j.sync((err) => (err ? reject(err) : resolve())));

async function inDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = tempDir();
  try {
    await fn(dir);
  } finally {
    rm(dir);
  }
}

describe('Journal', () => {
  test('set, get, delete are visible at once and survive a reopen', () =>
    inDir(async (dir) => {
      const j = Journal.open(dir);
      j.set('a', Buffer.from('1'));
      j.set('b', Buffer.from('2'));
      j.set('a', Buffer.from('3'));
      assert.equal(j.delete('b'), true);
      assert.equal(j.delete('missing'), false);
      assert.equal(j.get('a')?.toString(), '3');
      assert.equal(j.has('b'), false);
      await syncP(j);
      await j.close();
      const k = Journal.open(dir);
      assert.deepEqual(
        [...k.entries()].map(([key, v]) => [key, v.toString()]),
        [['a', '3']],
      );
      await k.close();
    }));

  test('values are copies: the caller may reuse its buffer', () =>
    inDir(async (dir) => {
      const j = Journal.open(dir);
      const buf = Buffer.from('abc');
      j.set('x', buf);
      buf.write('zzz');
      assert.equal(j.get('x')?.toString(), 'abc');
      await j.close();
    }));

  test('entries(prefix) lists the keys that start with it', () =>
    inDir(async (dir) => {
      const j = Journal.open(dir);
      for (const k of ['g1/a', 'g1/b', 'g2/a']) j.set(k, Buffer.from(k));
      assert.deepEqual(
        [...j.entries('g1/')].map(([k]) => k),
        ['g1/a', 'g1/b'],
      );
      await j.close();
    }));

  test('compaction keeps every live entry and drops the old file', () =>
    inDir(async (dir) => {
      const j = Journal.open(dir, { compactMinBytes: 4096 });
      for (let round = 0; round < 50; round++) {
        for (let i = 0; i < 20; i++) j.set(`k${i}`, Buffer.from(`r${round}`));
        await syncP(j);
      }
      j.delete('k0');
      await j.close();
      const names = files(dir, '.jnl');
      assert.equal(names.length, 1, `one generation left: ${names}`);
      assert.notEqual(names[0], '00000001.jnl', 'it compacted');
      assert.ok(fs.statSync(join(dir, names[0])).size < 8192);
      const k = Journal.open(dir);
      assert.equal(k.size, 19);
      assert.equal(k.get('k5')?.toString(), 'r49');
      assert.equal(k.get('k0'), undefined);
      await k.close();
    }));

  test('a compaction cut short (no snapshot marker) is discarded for the previous generation', () =>
    inDir(async (dir) => {
      const j = Journal.open(dir);
      j.set('a', Buffer.from('1'));
      await j.close();
      // what a crash mid-compaction leaves: generation 2 with some entries and no marker
      const first = fs.readFileSync(join(dir, '00000001.jnl'));
      fs.writeFileSync(join(dir, '00000002.jnl'), first.subarray(0, first.length));
      const warnings: string[] = [];
      const k = Journal.open(dir, { onWarning: (m) => warnings.push(m) });
      assert.equal(k.get('a')?.toString(), '1');
      assert.ok(
        warnings.some((w) => w.includes('incomplete compaction')),
        warnings.join('\n'),
      );
      assert.deepEqual(files(dir, '.jnl'), ['00000001.jnl']);
      await k.close();
    }));

  test('a torn last record is cut and the rest replayed', () =>
    inDir(async (dir) => {
      const j = Journal.open(dir);
      j.set('a', Buffer.from('1'));
      j.set('b', Buffer.from('2'));
      await j.close();
      const path = join(dir, '00000001.jnl');
      fs.truncateSync(path, fs.statSync(path).size - 3);
      const warnings: string[] = [];
      const k = Journal.open(dir, { onWarning: (m) => warnings.push(m) });
      assert.equal(k.get('a')?.toString(), '1');
      assert.equal(k.get('b'), undefined);
      assert.equal(warnings.length, 1);
      k.set('c', Buffer.from('3'));
      await k.close();
      const l = Journal.open(dir);
      assert.deepEqual(
        [...l.entries()].map(([key]) => key),
        ['a', 'c'],
      );
      await l.close();
    }));

  test('the file is preallocated with zeros ahead of its records; a copy taken then replays without a warning', () =>
    inDir(async (dir) => {
      const j = Journal.open(dir, { preallocateBytes: 4096 });
      j.set('a', Buffer.from('1'));
      j.set('b', Buffer.from('2'));
      await syncP(j);
      const path = join(dir, '00000001.jnl');
      // what a crash leaves: the records, then the zeros written ahead of them
      const onDisk = fs.readFileSync(path);
      assert.equal(onDisk.length, 4096, 'one preallocation step');
      assert.equal(j.allocatedBytes, 4096);
      const copy = tempDir();
      try {
        fs.writeFileSync(join(copy, '00000001.jnl'), onDisk);
        const warnings: string[] = [];
        const k = Journal.open(copy, { onWarning: (m) => warnings.push(m), preallocateBytes: 4096 });
        assert.deepEqual(warnings, []);
        assert.equal(
          fs.statSync(join(copy, '00000001.jnl')).size,
          4096,
          'the zeros are kept for later writes',
        );
        // the next record goes after the last one, not after the zeros
        k.set('c', Buffer.from('3'));
        await syncP(k);
        assert.equal(fs.statSync(join(copy, '00000001.jnl')).size, 4096);
        await k.close();
        const later: string[] = [];
        const l = Journal.open(copy, { onWarning: (m) => later.push(m) });
        assert.deepEqual(
          [...l.entries()].map(([key, v]) => [key, v.toString()]),
          [
            ['a', '1'],
            ['b', '2'],
            ['c', '3'],
          ],
        );
        assert.equal(later.length, 0, later.join('\n'));
        await l.close();
      } finally {
        rm(copy);
      }
      // a clean close cuts the zeros off
      await j.close();
      assert.ok(fs.statSync(path).size < 100, `${fs.statSync(path).size} bytes after close`);
    }));

  test('records past a preallocation step extend the file by whole steps', () =>
    inDir(async (dir) => {
      const j = Journal.open(dir, { preallocateBytes: 1024 });
      for (let i = 0; i < 40; i++) j.set(`key${i}`, Buffer.alloc(50, i));
      await syncP(j);
      const size = fs.statSync(join(dir, '00000001.jnl')).size;
      assert.equal(size % 1024, 0);
      assert.ok(size >= 40 * 50, `${size}`);
      await j.close();
      const k = Journal.open(dir);
      assert.equal(k.size, 40);
      assert.deepEqual(k.get('key39'), Buffer.alloc(50, 39));
      await k.close();
    }));

  test('a record torn in the preallocated space is cut, the records before it kept', () =>
    inDir(async (dir) => {
      const j = Journal.open(dir, { preallocateBytes: 4096 });
      j.set('a', Buffer.from('1'));
      await syncP(j);
      const path = join(dir, '00000001.jnl');
      const onDisk = fs.readFileSync(path);
      await j.close();
      const end = fs.statSync(path).size;
      // a crash mid-write of the next record: part of it over the zeros
      onDisk.writeUInt32LE(40, end);
      onDisk.fill(7, end + 8, end + 20);
      fs.writeFileSync(path, onDisk);
      const warnings: string[] = [];
      const k = Journal.open(dir, { onWarning: (m) => warnings.push(m) });
      assert.equal(k.get('a')?.toString(), '1');
      assert.equal(k.size, 1);
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0], /torn or corrupt record/);
      await k.close();
    }));

  test('SIGKILL while writing and compacting: every synced change is recovered', { timeout: 60_000 }, () =>
    inDir(async (dir) => {
      // model: the state recovered after the previous round; each round continues the sequence
      let model = new Map<string, string>();
      let seq = 0;
      for (let round = 0; round < 3; round++) {
        const proc = spawn(process.execPath, [child, dir, String(seq)], {
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let text = '';
        proc.stdout.setEncoding('utf8');
        proc.stdout.on('data', (s: string) => (text += s));
        await killAfterProgress(proc, () => text, 300);
        const commits = text.split('\n').filter((l) => l.startsWith('C '));
        const synced = Number(commits[commits.length - 1].split(' ')[1]);
        assert.ok(synced - seq > 10_000, `child synced only ${synced - seq} operations`);
        // synced operations must all be there; later ones (written, not yet reported) may be there too
        const must = new Map(model);
        for (let s = seq; s < synced; s++) {
          const op = opAt(s);
          if (op.value === undefined) must.delete(op.key);
          else must.set(op.key, op.value);
        }
        // a crash leaves a prefix of the operations: find a cut c >= synced whose state is exactly what we read
        const j = Journal.open(dir, { compactMinBytes: 64 * 1024 });
        const got = new Map([...j.entries()].map(([k, v]) => [k, v.toString()]));
        const state = must;
        let wrong = 0;
        for (let i = 0; i < 500; i++) if (state.get(`k${i}`) !== got.get(`k${i}`)) wrong++;
        let cut = synced;
        while (wrong > 0 && cut < synced + 100_000) {
          const op = opAt(cut++);
          const before = state.get(op.key) === got.get(op.key);
          if (op.value === undefined) state.delete(op.key);
          else state.set(op.key, op.value);
          const after = state.get(op.key) === got.get(op.key);
          wrong += (before ? 1 : 0) - (after ? 1 : 0);
        }
        console.log(
          `# journal crash round ${round}: ${synced - seq} operations synced, recovered up to ${cut}, ${wrong} keys wrong`,
        );
        assert.equal(wrong, 0);
        model = got;
        seq = synced + 100_000;
        await j.close();
      }
    }),
  );
});
