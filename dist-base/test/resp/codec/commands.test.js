// The generated command table: fresh with respect to its generator and spec, arity errors as
// Redis words them, and COMMAND COUNT / INFO / DOCS as the real Redis 7 answers them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CommandTable, ReplyWriter } from '../../../src/resp/codec/index.js';
import { RawRedis } from './redis-raw.js';
import { readValue } from './resp-value.js';
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const specDir = join(root, '../shared/spec/redis');
const table = new CommandTable();
const b = (...xs) => xs.map((x) => Buffer.from(x));
test('commands.generated.ts is up to date with the spec and the generator', (t) => {
    if (!existsSync(specDir)) {
        t.skip(`spec not found at ${specDir}`);
        return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'wharf-gen-'));
    try {
        const out = join(dir, 'commands.ts');
        const r = spawnSync(process.execPath, [join(root, 'scripts/gen-redis.mjs'), specDir, '--out', out], {
            encoding: 'utf8',
        });
        assert.equal(r.status, 0, r.stderr);
        const committed = readFileSync(join(root, 'src/resp/codec/commands.generated.ts'), 'utf8');
        assert.ok(committed === readFileSync(out, 'utf8'), 'commands.generated.ts is stale: run `npm run gen`');
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
test('lookup and arity checks use Redis texts', () => {
    const err = (args) => {
        const r = table.check(args);
        return r.ok ? 'ok' : r.error.toString('latin1');
    };
    assert.equal(table.lookup(b('XaDd'))?.name, 'xadd');
    assert.equal(table.lookup(b('xgroup', 'CREATE'))?.name, 'xgroup|create');
    assert.equal(err(b('xadd', 'k', '*')), "ERR wrong number of arguments for 'xadd' command");
    assert.equal(err(b('xgroup', 'create', 'k')), "ERR wrong number of arguments for 'xgroup|create' command");
    assert.equal(err(b('xgroup')), "ERR wrong number of arguments for 'xgroup' command");
    assert.equal(err(b('xgroup', 'nope', 'x')), "ERR unknown subcommand 'nope'. Try XGROUP HELP.");
    assert.equal(err(b('frob', 'a', 'b\r\nc')), "ERR unknown command 'frob', with args beginning with: 'a' 'b  c' ");
    assert.equal(err(b('ping')), 'ok');
    assert.equal(err(b('xlen', 'k')), 'ok');
});
test('differential: the same error lines as Redis 7 for unknown and misused commands', async (t) => {
    const conn = await RawRedis.open();
    if (conn === null) {
        t.skip('no Redis on 127.0.0.1:6379');
        return;
    }
    const bad = [
        ['xadd', 'k', '*'],
        ['XGROUP', 'CREATE', 'k'],
        ['xgroup'],
        ['XGROUP', 'nope', 'x'],
        ['XINFO', 'Bogus'],
        ['frob', 'a', 'b\r\nc'],
        [Buffer.from('fr\xe9b', 'latin1'), Buffer.from('\xff\xfe', 'latin1'), 'x'.repeat(200)],
        ['nosuch', ...Array.from({ length: 40 }, (_, i) => `arg${i}`)],
        ['ping', 'a', 'b'],
    ];
    try {
        for (const args of bad) {
            const live = await conn.command(...args);
            const r = table.check(args.map((a) => (typeof a === 'string' ? Buffer.from(a) : a)));
            // PING's own extra check (more than one argument) is the command's, not the table's.
            if (r.ok) {
                assert.equal(args[0], 'ping');
                continue;
            }
            const w = new ReplyWriter(2);
            w.error(r.error);
            assert.equal(w.take().toString('latin1'), live.bytes.toString('latin1'), String(args[0]));
        }
    }
    finally {
        conn.close();
    }
});
/** Redis lists subcommands in hash order, which changes per start: compare them sorted. */
function normalise(v) {
    if (v.t === '*' && v.v !== null) {
        // RESP2 maps are flat arrays: apply the same two rules to key/value neighbours.
        const items = v.v.map(normalise);
        const key = (x) => (x.t === '$' && x.v !== null ? x.v.toString() : '');
        for (let i = 0; i + 1 < items.length; i++) {
            if (key(items[i]) === 'summary' || key(items[i]) === 'name')
                items[i + 1] = { t: '$', v: Buffer.from('(text)') };
            const subs = items[i + 1];
            if (key(items[i]) === 'subcommands' && subs.t === '*' && subs.v !== null) {
                const pairs = [];
                for (let j = 0; j < subs.v.length; j += 2)
                    pairs.push([subs.v[j], subs.v[j + 1]]);
                pairs.sort((x, y) => (key(x[0]) < key(y[0]) ? -1 : 1));
                items[i + 1] = { t: '*', v: pairs.flat() };
            }
        }
        return { t: '*', v: items };
    }
    if (v.t === '%') {
        const pairs = v.v.map(([k, x]) => [normalise(k), normalise(x)]);
        const key = (p) => (p.t === '$' && p.v !== null ? p.v.toString() : '');
        // The spec files are Redis 7.2.6's (../shared/spec/redis/SOURCE.md): their summaries were
        // reworded after 7.0 and many argument names changed (id -> ID, groupname -> group), so
        // those texts are compared as present, not by wording.
        for (const p of pairs)
            if (key(p[0]) === 'summary' || key(p[0]) === 'name')
                p[1] = { t: '$', v: Buffer.from('(text)') };
        const subs = pairs.find(([k]) => key(k) === 'subcommands');
        if (subs && subs[1].t === '%')
            subs[1].v.sort((x, y) => (key(x[0]) < key(y[0]) ? -1 : 1));
        return { t: '%', v: pairs };
    }
    return v;
}
function sortInfoSubcommands(v) {
    // COMMAND INFO entry: the 10th element is the subcommand list of entries named by element 0.
    if (v.t !== '*' || v.v === null)
        return v;
    const name = (e) => (e.t === '*' && e.v && e.v[0].t === '$' ? e.v[0].v.toString() : '');
    const out = v.v.map((x) => sortInfoSubcommands(x));
    if (out.length === 10 && out[9].t === '*' && out[9].v)
        out[9].v.sort((x, y) => (name(x) < name(y) ? -1 : 1));
    return { t: '*', v: out };
}
function parseAll(bytes) {
    const r = readValue(bytes, 0);
    assert.ok(r !== null && r[1] === bytes.length, 'one whole reply');
    return r[0];
}
async function compareWithRedis(t, protocol, kind) {
    const conn = await RawRedis.open();
    if (conn === null) {
        t.skip('no Redis on 127.0.0.1:6379');
        return [];
    }
    const differ = [];
    try {
        if (protocol === 3)
            await conn.command('HELLO', '3');
        const names = table.commands.flatMap((c) => [c.name, ...c.subcommands.map((s) => s.name)]);
        for (const name of names) {
            const live = await conn.command('COMMAND', kind, name);
            const w = new ReplyWriter(protocol);
            if (kind === 'INFO')
                table.writeInfo(w, [name]);
            else
                table.writeDocs(w, [name]);
            const ours = w.take();
            const norm = kind === 'INFO' ? sortInfoSubcommands : normalise;
            try {
                assert.deepEqual(norm(parseAll(ours)), norm(live.value));
                // Byte equality where no subcommand order is involved.
                if (kind === 'INFO' && !name.includes('|') && table.byFullName(name).subcommands.length === 0) {
                    assert.equal(ours.toString(), live.bytes.toString());
                }
            }
            catch {
                differ.push(name);
            }
        }
    }
    finally {
        conn.close();
    }
    return differ;
}
// The spec files are Redis 7.2.6's; the reference server is 7.0.15. These commands differ for
// that reason alone (../shared/spec/redis/SOURCE.md lists the file differences), each checked
// by hand: CLIENT NO-TOUCH and SETINFO are new in 7.2 (so CLIENT's subcommand list differs);
// CLIENT SETNAME and SCAN changed command tips; COMMAND GETKEYS(ANDFLAGS) changed arity
// (so COMMAND differs too). Every other command must match exactly.
const INFO_SPEC_DIFFERENCES = [
    'client',
    'client|no-touch',
    'client|setinfo',
    'client|setname',
    'command',
    'command|getkeys',
    'command|getkeysandflags',
    'scan',
];
// Beyond those: CLIENT KILL/LIST token and argument changes, CLIENT PAUSE's `since`, QUIT's
// 7.2 deprecation, XINFO CONSUMERS/STREAM 7.2 history entries (so XINFO differs too), and
// XREAD, whose 7.0 description had a complexity line that 7.2 dropped.
const DOCS_SPEC_DIFFERENCES = [
    ...INFO_SPEC_DIFFERENCES.filter((c) => c !== 'client|setname' && c !== 'scan'),
    'client|kill',
    'client|list',
    'client|pause',
    'quit',
    'xinfo',
    'xinfo|consumers',
    'xinfo|stream',
    'xread',
].sort();
test('COMMAND INFO matches Redis 7, RESP2 and RESP3, but for the 7.2 spec changes', async (t) => {
    for (const protocol of [2, 3]) {
        const differ = await compareWithRedis(t, protocol, 'INFO');
        assert.deepEqual(differ, INFO_SPEC_DIFFERENCES, `RESP${protocol}`);
    }
});
test('COMMAND DOCS matches Redis 7, RESP2 and RESP3, but for the 7.2 spec changes', async (t) => {
    for (const protocol of [2, 3]) {
        const differ = await compareWithRedis(t, protocol, 'DOCS');
        assert.deepEqual(differ.sort(), DOCS_SPEC_DIFFERENCES, `RESP${protocol}`);
    }
});
test('COMMAND COUNT counts the top-level commands', () => {
    const w = new ReplyWriter(2);
    table.writeCount(w);
    assert.equal(w.take().toString(), `:${table.commands.length}\r\n`);
    assert.equal(table.count, 40); // the top-level files in ../shared/spec/redis and scripts/redis-spec-extra
    // Unknown names: INFO gives a null in their place, DOCS leaves them out (as Redis 7).
    const w3 = new ReplyWriter(3);
    table.writeInfo(w3, ['nosuch']);
    table.writeDocs(w3, ['nosuch']);
    assert.equal(w3.take().toString(), '*1\r\n_\r\n%0\r\n');
});
//# sourceMappingURL=commands.test.js.map