// The definitions log's file format and append discipline (src/broker/definitions/definitions.ts,
// definitions-codec.ts): framed, checksummed lines; a damaged record costs that record
// only and is reported with its line and byte offset; a torn tail is reported and cut
// before the next append; files of the format before framing still load; an append that
// fails half-way leaves the file as it was.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DefinitionsLog } from '../../src/broker/definitions/definitions.js';
const here = dirname(fileURLToPath(import.meta.url));
const queue = (name, args = {}) => ({
    op: 'queue',
    vhost: '/',
    name,
    autoDelete: false,
    arguments: args,
});
function withFile(fn) {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-defs-log-'));
    const path = join(dir, 'definitions.jsonl');
    const log = new DefinitionsLog(path);
    try {
        fn(path, log);
    }
    finally {
        log.close();
        rmSync(dir, { recursive: true, force: true });
    }
}
const records = (log) => log.load().records.map((r) => r.record);
/** Byte offset of the start of line n (1-based) of the file. */
function lineStart(path, n) {
    const buf = readFileSync(path);
    let at = 0;
    for (let i = 1; i < n; i++)
        at = buf.indexOf(0x0a, at) + 1;
    return at;
}
describe('definitions log', () => {
    test('records round-trip, one readable checksummed line each (bigints and bytes too)', () => {
        withFile((path, log) => {
            const rs = [queue('a', { 'x-big': 2n ** 70n, 'x-bytes': Buffer.from([0, 1, 255]) }), queue('b')];
            for (const r of rs)
                log.append(r);
            assert.deepEqual(records(log), rs);
            const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
            assert.equal(lines.length, 2);
            for (const l of lines)
                assert.match(l, /^[0-9a-f]{8} \{"op":"queue"/);
            assert.deepEqual(log.load().damaged, []);
        });
    });
    test('a flipped byte costs its record only, reported with line and offset', () => {
        withFile((path, log) => {
            const rs = ['a', 'b', 'c', 'd', 'e'].map((n) => queue(n));
            for (const r of rs)
                log.append(r);
            const at = lineStart(path, 3) + 9 + 16; // the h of "vhost"
            const buf = readFileSync(path);
            buf[at] ^= 0x20; // a letter's case: still valid JSON, so only the checksum can tell
            writeFileSync(path, buf);
            const loaded = log.load();
            assert.deepEqual(loaded.records.map((r) => r.record), [rs[0], rs[1], rs[3], rs[4]]);
            assert.deepEqual(loaded.records.map((r) => r.line), [1, 2, 4, 5]);
            assert.equal(loaded.damaged.length, 1);
            assert.deepEqual({ line: loaded.damaged[0].line, offset: loaded.damaged[0].offset, reason: loaded.damaged[0].reason }, { line: 3, offset: lineStart(path, 3), reason: 'checksum mismatch' });
            assert.equal(loaded.torn, undefined);
        });
    });
    test('a flipped byte in a checksum, or an unframed line in a framed file, is damage too', () => {
        withFile((path, log) => {
            for (const n of ['a', 'b', 'c'])
                log.append(queue(n));
            const buf = readFileSync(path);
            buf[lineStart(path, 1) + 2] = buf[lineStart(path, 1) + 2] === 0x30 ? 0x31 : 0x30;
            writeFileSync(path, buf);
            appendFileSync(path, `${JSON.stringify(queue('plain'))}\n`);
            const loaded = log.load();
            assert.deepEqual(loaded.records.map((r) => r.record), [queue('b'), queue('c')]);
            assert.deepEqual(loaded.damaged.map((d) => [d.line, d.reason]), [
                [1, 'checksum mismatch'],
                [4, 'no checksum'],
            ]);
        });
    });
    test('a torn tail is reported as torn, and cut before the next append', () => {
        withFile((path, log) => {
            log.append(queue('a'));
            log.append(queue('b'));
            log.close();
            const whole = statSync(path).size;
            appendFileSync(path, '0123abcd {"op":"queue","vhost":"/","na'); // a crash mid-append
            const loaded = log.load();
            assert.deepEqual(loaded.records.map((r) => r.record), [queue('a'), queue('b')]);
            assert.deepEqual(loaded.damaged, []);
            assert.equal(loaded.torn?.line, 3);
            assert.equal(loaded.torn?.offset, whole);
            const next = new DefinitionsLog(path);
            next.append(queue('c'));
            next.close();
            const after = log.load();
            assert.deepEqual(after.records.map((r) => r.record), [queue('a'), queue('b'), queue('c')]);
            assert.equal(after.torn, undefined);
            assert.deepEqual(after.damaged, []);
        });
    });
    test('a record appended onto a torn one is found again by its checksum', () => {
        withFile((path, log) => {
            log.append(queue('a'));
            log.close();
            const torn = readFileSync(path).subarray(0, 30); // the start of a record
            const glued = Buffer.concat([torn, readFileSync(path)]); // and a whole one after it
            writeFileSync(path, Buffer.concat([readFileSync(path), glued]));
            const loaded = log.load();
            assert.deepEqual(loaded.records.map((r) => [r.line, r.record]), [
                [1, queue('a')],
                [2, queue('a')],
            ]);
            assert.deepEqual(loaded.damaged.map((d) => [d.line, d.length]), [[2, 30]]);
        });
    });
    test('a file of garbage yields no record, every line reported', () => {
        withFile((path, log) => {
            const junk = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256));
            writeFileSync(path, junk);
            const loaded = log.load();
            assert.equal(loaded.records.length, 0);
            assert.ok(loaded.damaged.length > 0);
            assert.equal(loaded.bytes, 3000);
            assert.equal(loaded.exists, true);
        });
    });
    test('the format before framing loads (a torn line and a record glued to it too), and a rewrite frames it', () => {
        withFile((path, log) => {
            // what earlier versions wrote, including what their append left on a full disk
            const old = [
                JSON.stringify({ op: 'seeded' }),
                JSON.stringify(queue('a', { 'x-big': { $bigint: '123456789012345678901234' } })),
                `{"op":"queue","vhost":"/","na${JSON.stringify(queue('b'))}`,
                JSON.stringify(queue('c')),
            ];
            writeFileSync(path, `${old.join('\n')}\n`);
            const loaded = log.load();
            const want = [
                { op: 'seeded' },
                queue('a', { 'x-big': 123456789012345678901234n }),
                queue('b'),
                queue('c'),
            ];
            assert.deepEqual(loaded.records.map((r) => r.record), want);
            assert.equal(loaded.legacy, 4);
            assert.deepEqual(loaded.damaged.map((d) => [d.line, d.reason]), [[3, 'not valid JSON']]);
            log.rewrite(want);
            const framed = log.load();
            assert.deepEqual(framed.records.map((r) => r.record), want);
            assert.equal(framed.legacy, 0);
            assert.match(readFileSync(path, 'utf8'), /^[0-9a-f]{8} \{"op":"seeded"\}\n/);
        });
    });
    test('an append that fails half-way (the file cannot grow) leaves no torn record behind', (t) => {
        withFile((path, log) => {
            const child = spawnSync('sh', ['-c', 'ulimit -f 16 && exec "$0" "$@"', process.execPath, join(here, 'append-limit-child.js'), path], { encoding: 'utf8', timeout: 20_000 });
            if (child.status !== 0 && /ulimit/.test(child.stderr))
                return t.skip(`cannot limit file size: ${child.stderr}`);
            assert.equal(child.status, 0, child.stderr);
            const r = JSON.parse(child.stdout);
            assert.equal(r.failure, 'EFBIG', 'the limit was hit');
            const loaded = log.load();
            assert.equal(loaded.records.length, r.appended + 1, 'every record appended, the one after the failure too');
            assert.equal(loaded.records.at(-1)?.record.op, 'queue.delete');
            assert.deepEqual(loaded.damaged, []);
            assert.equal(loaded.torn, undefined);
            const file = readFileSync(path);
            assert.equal(file.length, r.finalSize);
            const beforeLast = file.lastIndexOf(0x0a, file.length - 2) + 1;
            assert.equal(r.sizeAfterFailure, beforeLast, 'cut back to the last whole record at once');
        });
    });
});
//# sourceMappingURL=definitions-log.test.js.map