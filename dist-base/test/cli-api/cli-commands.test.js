// Every operator command of the `wharf` CLI against real broker processes, run as child
// processes over the management HTTP API: status (healthy, unreachable, wrong password,
// a memory alarm, a critical alert), exchanges, connections, channels, peek, consume
// (removes messages, waits for late ones, times out with exit 4, JSON Lines, progress
// bar), purge, dlq replay in chunks with a progress bar, definitions export -> import
// into a second broker, and --json parse-ability of every listing command.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect } from 'amqplib';
import { repoRoot, startWharf } from '../helpers/brokers.js';
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are read field by field */
const CLI = resolve(repoRoot, 'dist/src/cli/main.js');
const tag = `${process.pid}`;
const EX = `cmd-x-${tag}`;
const Q = `cmd-q-${tag}`;
const SRC = `cmd-src-${tag}`;
const DLQ = `cmd-dlq-${tag}`;
const DLX = `cmd-dlx-${tag}`;
const VERSION = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')).version;
/** the terminal escape the progress bar clears its line with */
const ESC = String.fromCharCode(27);
const tmp = mkdtempSync(join(tmpdir(), 'wharf-cli-'));
let wharf;
let conn;
let ch;
const urlOf = (w) => `http://127.0.0.1:${w.httpPort}`;
/** Runs the CLI with `--url` of `target` (unless args name one) and optional stdin. */
function cli(args, opts = {}) {
    const argv = args.includes('--url') ? args : [...args, '--url', urlOf(opts.target ?? wharf)];
    return new Promise((done, fail) => {
        const child = spawn(process.execPath, [CLI, ...argv], { stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d.toString()));
        child.stderr.on('data', (d) => (stderr += d.toString()));
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            fail(new Error(`wharf ${argv.join(' ')} did not finish\n${stdout}\n${stderr}`));
        }, opts.timeoutMs ?? 60_000);
        child.once('close', (code) => {
            clearTimeout(timer);
            done({ code, stdout, stderr });
        });
        child.stdin.end(opts.input ?? '');
    });
}
function json(r) {
    assert.doesNotThrow(() => JSON.parse(r.stdout), `not JSON: ${r.stdout}\n${r.stderr}`);
    return JSON.parse(r.stdout);
}
async function depth(queue) {
    return (await ch.checkQueue(queue)).messageCount;
}
async function waitDepth(queue, n) {
    for (let i = 0; i < 200; i++) {
        if ((await depth(queue)) === n)
            return;
        await sleep(25);
    }
    assert.fail(`${queue} never held ${n} messages (has ${await depth(queue)})`);
}
/** Sends `n` messages to SRC and rejects them into DLQ. */
async function deadLetter(n, from = 0) {
    for (let i = 0; i < n; i++)
        ch.sendToQueue(SRC, Buffer.from(`dead-${from + i}`), { persistent: true });
    await waitDepth(SRC, n);
    for (let i = 0; i < n; i++) {
        const m = await ch.get(SRC, { noAck: false });
        assert.ok(m);
        ch.nack(m, false, false);
    }
}
before(async () => {
    wharf = await startWharf();
    conn = await connect(wharf.url, { clientProperties: { connection_name: `cli-test-${tag}` } });
    ch = await conn.createChannel();
    await ch.prefetch(7);
    await ch.assertExchange(EX, 'topic', { durable: true, arguments: { 'alternate-exchange': 'amq.fanout' } });
    await ch.assertQueue(Q, { durable: true, arguments: { 'x-max-length': 1000 } });
    await ch.bindQueue(Q, EX, 'orders.#');
    await ch.assertExchange(DLX, 'direct', { durable: true });
    await ch.assertQueue(DLQ, { durable: true });
    await ch.bindQueue(DLQ, DLX, 'dead');
    await ch.assertQueue(SRC, {
        durable: true,
        arguments: { 'x-dead-letter-exchange': DLX, 'x-dead-letter-routing-key': 'dead' },
    });
});
after(async () => {
    await conn?.close().catch(() => { });
    await wharf?.stop();
});
describe('wharf status', () => {
    test('a healthy broker: exit 0, version, uptime, totals', async () => {
        const r = await cli(['status']);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, new RegExp(`^Wharf ${VERSION.replace(/\./g, '\\.')} on \\S+ at http://`));
        assert.match(r.stdout, /^uptime:\s+(\d+m)?\d+s$/m);
        assert.match(r.stdout, /^alarms:\s+none$/m);
        assert.match(r.stdout, /^objects:\s+1 connection\(s\), 1 channel\(s\), 3 queue\(s\),/m);
        assert.match(r.stdout, /^alerts:\s+none firing$/m);
        assert.match(r.stdout, /^status:\s+healthy$/m);
        const j = await cli(['status', '--json']);
        assert.equal(j.code, 0, j.stderr);
        const s = json(j);
        assert.equal(s.reachable, true);
        assert.equal(s.healthy, true);
        assert.equal(s.version, VERSION);
        assert.equal(typeof s.uptime_seconds, 'number');
        assert.equal(s.object_totals.connections, 1);
        assert.equal(s.alerts.firing, 0);
    });
    test('an unreachable URL: exit 1, and --json still says so on stdout', async () => {
        const url = 'http://127.0.0.1:1';
        const r = await cli(['status', '--url', url]);
        assert.equal(r.code, 1);
        assert.equal(r.stdout, '');
        assert.equal(r.stderr.trim(), `wharf: cannot reach the management API at ${url}`);
        const j = await cli(['status', '--url', url, '--json']);
        assert.equal(j.code, 1);
        assert.deepEqual(json(j), {
            url,
            reachable: false,
            healthy: false,
            error: `cannot reach the management API at ${url}`,
        });
    });
    test('a wrong password: exit 1', async () => {
        const r = await cli(['status', '--password', 'nope']);
        assert.equal(r.code, 1);
        assert.equal(r.stderr.trim(), 'wharf: authentication failed (user guest)');
    });
    test('a memory alarm in effect: exit 3', async () => {
        const config = join(tmp, 'alarm.json');
        writeFileSync(config, JSON.stringify({ memoryLimit: 1 }));
        const alarmed = await startWharf({ args: ['--config', config] });
        try {
            const r = await cli(['status'], { target: alarmed });
            assert.equal(r.code, 3, r.stdout + r.stderr);
            assert.match(r.stdout, /^alarms:\s+resource alarm\(s\) in effect: memory$/m);
            assert.match(r.stdout, /^status:\s+UNHEALTHY: resource alarm\(s\) in effect: memory$/m);
            const j = await cli(['status', '--json'], { target: alarmed });
            assert.equal(j.code, 3);
            assert.equal(json(j).healthy, false);
        }
        finally {
            await alarmed.stop();
        }
    });
});
describe('listings', () => {
    test('exchanges: a table with type, flags and arguments; --json raw', async () => {
        const r = await cli(['exchanges']);
        assert.equal(r.code, 0, r.stderr);
        const lines = r.stdout.trimEnd().split('\n');
        assert.match(lines[0], /^name\s+type\s+durable\s+auto_delete\s+internal\s+arguments$/);
        assert.ok(lines.some((l) => /^\(AMQP default\)\s+direct\s+yes\s+no\s+no$/.test(l)), r.stdout);
        const row = lines.find((l) => l.startsWith(`${EX} `));
        assert.ok(row, r.stdout);
        assert.deepEqual(row.split(/\s+/).slice(1), [
            'topic',
            'yes',
            'no',
            'no',
            'alternate-exchange=amq.fanout',
        ]);
        const j = json(await cli(['exchanges', '--json']));
        const x = j.find((e) => e.name === EX);
        assert.equal(x.type, 'topic');
        assert.deepEqual(x.arguments, { 'alternate-exchange': 'amq.fanout' });
        const missing = await cli(['exchanges', '--vhost', 'nope']);
        assert.equal(missing.code, 1);
        assert.equal(missing.stderr.trim(), "wharf: no such vhost 'nope'");
    });
    test('connections and channels show the test client', async () => {
        const r = await cli(['connections']);
        assert.equal(r.code, 0, r.stderr);
        const lines = r.stdout.trimEnd().split('\n');
        assert.match(lines[0], /^name\s+user\s+vhost\s+peer\s+protocol\s+client\s+state\s+channels\s+for$/);
        assert.equal(lines.length, 2, r.stdout);
        assert.match(lines[1], /\sguest\s+\/\s+127\.0\.0\.1:\d+\s.*\s1\s+(\d+m)?\d+s$/);
        const c = json(await cli(['connections', '--json']));
        assert.equal(c.length, 1);
        assert.equal(c[0].client_properties.connection_name, `cli-test-${tag}`);
        const chans = await cli(['channels']);
        assert.equal(chans.code, 0, chans.stderr);
        const cl = chans.stdout.trimEnd().split('\n');
        assert.match(cl[0], /^name\s+user\s+vhost\s+mode\s+prefetch\s+consumers\s+unacked$/);
        assert.match(cl[1], /\sguest\s+\/\s+-\s+7\s+0\s+0$/);
        assert.equal(json(await cli(['channels', '--json']))[0].prefetch_count, 7);
    });
    test('--json output of every listing command parses', async () => {
        for (const args of [
            ['status'],
            ['overview'],
            ['queues'],
            ['exchanges'],
            ['connections'],
            ['channels'],
            ['alerts'],
            ['dlq', 'list'],
            ['peek', Q],
            ['definitions', 'export'],
        ]) {
            const r = await cli([...args, '--json']);
            assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
            assert.doesNotThrow(() => JSON.parse(r.stdout), `${args.join(' ')}: ${r.stdout}`);
        }
    });
});
describe('peek, consume, purge', () => {
    test('peek prints properties, headers and payload and leaves the messages', async () => {
        ch.publish(EX, 'orders.new', Buffer.from('{"id":1}'), {
            persistent: true,
            contentType: 'application/json',
            messageId: 'm-1',
            headers: { tenant: 'acme', attempt: 2 },
        });
        ch.publish(EX, 'orders.new', Buffer.from('second'));
        await waitDepth(Q, 2);
        const r = await cli(['peek', Q, '--count', '2']);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /^--- message 1 of 2 \(8 bytes\)$/m);
        assert.match(r.stdout, new RegExp(`^exchange:\\s+${EX}$`, 'm'));
        assert.match(r.stdout, /^routing key:\s+orders\.new$/m);
        assert.match(r.stdout, /^ {2}content_type:\s+application\/json$/m);
        assert.match(r.stdout, /^ {2}delivery_mode:\s+2 \(persistent\)$/m);
        assert.match(r.stdout, /^ {2}message_id:\s+m-1$/m);
        assert.match(r.stdout, /^headers:\n {2}tenant:\s+acme\n {2}attempt:\s+2$/m);
        assert.match(r.stdout, /^payload:\n\{"id":1\}$/m);
        assert.match(r.stdout, /^payload:\nsecond$/m);
        assert.match(r.stdout, /^2 message\(s\) requeued \(peek\), 2 ready$/m);
        assert.equal(await depth(Q), 2);
        const j = json(await cli(['peek', Q, '--json']));
        assert.equal(j.length, 1);
        assert.equal(j[0].payload, '{"id":1}');
        assert.equal(j[0].redelivered, true);
        const missing = await cli(['peek', `nope-${tag}`]);
        assert.equal(missing.code, 1);
        assert.equal(missing.stderr.trim(), `wharf: no such queue 'nope-${tag}' in vhost '/'`);
    });
    test('consume --count takes the messages, one line each, in order', async () => {
        const r = await cli(['consume', Q, '--count', '2']);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout, '{"id":1}\nsecond\n');
        assert.equal(r.stderr, '', 'no progress bar when stderr is not a terminal');
        assert.equal(await depth(Q), 0);
    });
    test('consume --json writes JSON Lines; multi-line payloads stay on one line', async () => {
        ch.sendToQueue(Q, Buffer.from('line one\nline two'));
        ch.sendToQueue(Q, Buffer.from('plain'));
        await waitDepth(Q, 2);
        const r = await cli(['consume', Q, '--count', '1']);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout, 'line one\\nline two\n');
        const j = await cli(['consume', Q, '--count', '1', '--json']);
        assert.equal(j.code, 0, j.stderr);
        const lines = j.stdout.trimEnd().split('\n');
        assert.equal(lines.length, 1);
        const m = JSON.parse(lines[0]);
        assert.equal(m.payload, 'plain');
        assert.equal(m.routing_key, Q);
        assert.equal(await depth(Q), 0);
    });
    test('consume waits for a message published later', async () => {
        const pending = cli(['consume', Q, '--count', '1', '--timeout', '10']);
        await sleep(700);
        ch.sendToQueue(Q, Buffer.from('late'));
        const r = await pending;
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout, 'late\n');
        assert.equal(await depth(Q), 0);
    });
    test('consume exits 4 when fewer than --count arrive in time, printing those that did', async () => {
        ch.sendToQueue(Q, Buffer.from('only'));
        await waitDepth(Q, 1);
        const r = await cli(['consume', Q, '--count', '3', '--timeout', '0.5']);
        assert.equal(r.code, 4);
        assert.equal(r.stdout, 'only\n');
        assert.equal(r.stderr.trim(), 'wharf: timed out after 0.5s: got 1 of 3 message(s)');
        const drain = await cli(['consume', Q, '--timeout', '0']);
        assert.equal(drain.code, 0, drain.stderr);
        assert.equal(drain.stdout, '');
    });
    test('consume --requeue leaves the messages; --timeout 0 drains', async () => {
        for (let i = 0; i < 5; i++)
            ch.sendToQueue(Q, Buffer.from(`r${i}`));
        await waitDepth(Q, 5);
        const r = await cli(['consume', Q, '--count', '2', '--requeue']);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout, 'r0\nr1\n');
        await waitDepth(Q, 5);
        const conflict = await cli(['consume', Q, '--ack', '--requeue']);
        assert.equal(conflict.code, 1);
        assert.match(conflict.stderr, /cannot be used with option '--ack'/);
        const d = await cli(['consume', Q, '--timeout', '0', '--batch', '2']);
        assert.equal(d.code, 0, d.stderr);
        assert.equal(d.stdout, 'r0\nr1\nr2\nr3\nr4\n');
        assert.equal(await depth(Q), 0);
    });
    test('consume --count with --progress draws a bar on stderr', async () => {
        for (let i = 0; i < 6; i++)
            ch.sendToQueue(Q, Buffer.from(`p${i}`));
        await waitDepth(Q, 6);
        const r = await cli(['consume', Q, '--count', '6', '--batch', '2', '--progress']);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout.split('\n').length, 7);
        assert.ok(r.stderr.startsWith(`\r${ESC}[2K[`), JSON.stringify(r.stderr));
        assert.match(r.stderr, /\[#{28}\] {2}6\/6 messages {2}100% {2}[\d.]+\/s\n$/);
    });
    test('purge empties a queue; a missing queue is exit 1', async () => {
        for (let i = 0; i < 3; i++)
            ch.sendToQueue(Q, Buffer.from(`x${i}`));
        await waitDepth(Q, 3);
        const r = await cli(['purge', Q]);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout.trim(), `purged queue '${Q}'`);
        assert.equal(await depth(Q), 0);
        const missing = await cli(['purge', `nope-${tag}`]);
        assert.equal(missing.code, 1);
        assert.match(missing.stderr, /^wharf: no such queue/);
    });
});
describe('definitions', () => {
    test('export -> import into a second broker recreates exchanges, queues and bindings', async () => {
        const stdout = await cli(['definitions', 'export']);
        assert.equal(stdout.code, 0, stdout.stderr);
        const doc = json(stdout);
        assert.ok(doc.queues.some((q) => q.name === Q));
        const file = join(tmp, 'defs.json');
        const r = await cli(['definitions', 'export', '--file', file]);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /^exported \d+ exchange\(s\), \d+ queue\(s\), \d+ binding\(s\) to .*defs\.json\n$/);
        const exported = JSON.parse(readFileSync(file, 'utf8'));
        const pick = (d) => ({
            exchanges: d.exchanges.filter((x) => x.name.endsWith(tag)).sort(byName),
            queues: d.queues.filter((x) => x.name.endsWith(tag)).sort(byName),
            bindings: d.bindings
                .filter((x) => x.destination.endsWith(tag))
                .sort((a, b) => a.destination.localeCompare(b.destination)),
        });
        const mine = pick(exported);
        assert.equal(mine.exchanges.length, 2);
        assert.equal(mine.queues.length, 3);
        assert.equal(mine.bindings.length, 2);
        const second = await startWharf();
        try {
            const imp = await cli(['definitions', 'import', file], { target: second });
            assert.equal(imp.code, 0, imp.stderr);
            assert.equal(imp.stdout.trim(), `imported ${exported.exchanges.length} exchange(s), ${exported.queues.length} queue(s), ` +
                `${exported.bindings.length} binding(s)`);
            const back = json(await cli(['definitions', 'export', '--json'], { target: second }));
            assert.deepEqual(pick(back), mine);
            // the imported binding routes
            const pub = await cli(['publish', EX, 'orders.x', 'routed?'], { target: second });
            assert.equal(pub.code, 0, pub.stderr);
            const got = await cli(['consume', Q, '--count', '1'], { target: second });
            assert.equal(got.stdout, 'routed?\n');
            // again, from stdin, as JSON: equivalent items are fine
            const again = await cli(['definitions', 'import', '-', '--json'], {
                target: second,
                input: readFileSync(file, 'utf8'),
            });
            assert.equal(again.code, 0, again.stderr);
            assert.deepEqual(json(again), {
                imported: true,
                exchanges: exported.exchanges.length,
                queues: exported.queues.length,
                bindings: exported.bindings.length,
            });
            // an inequivalent queue is refused by the broker: exit 1, message from the API
            const clash = { queues: [{ name: Q, vhost: '/', durable: true, arguments: { 'x-max-length': 5 } }] };
            const bad = await cli(['definitions', 'import', '-'], { target: second, input: JSON.stringify(clash) });
            assert.equal(bad.code, 1);
            assert.match(bad.stderr, /^wharf: POST \/api\/definitions failed with HTTP 400: .*x-max-length/);
        }
        finally {
            await second.stop();
        }
    });
    test('a per-vhost export imports through the vhost endpoint', async () => {
        const r = await cli(['definitions', 'export', '--vhost', '/']);
        assert.equal(r.code, 0, r.stderr);
        const doc = json(r);
        assert.equal(doc.vhosts, undefined);
        assert.ok(doc.queues.every((q) => !('vhost' in q)));
        const imp = await cli(['definitions', 'import', '-'], { input: r.stdout });
        assert.equal(imp.code, 0, imp.stderr);
    });
    test('bad input: not JSON, not an object, a missing file: exit 1', async () => {
        const notJson = await cli(['definitions', 'import', '-'], { input: '{oops' });
        assert.equal(notJson.code, 1);
        assert.match(notJson.stderr, /^wharf: stdin is not JSON: /);
        const arr = await cli(['definitions', 'import', '-'], { input: '[]' });
        assert.equal(arr.code, 1);
        assert.equal(arr.stderr.trim(), 'wharf: stdin is not a definitions document (a JSON object)');
        const none = await cli(['definitions', 'import', join(tmp, 'absent.json')]);
        assert.equal(none.code, 1);
        assert.match(none.stderr, /^wharf: cannot read .*absent\.json: ENOENT/);
    });
});
describe('dead-letter replay and a critical alert', () => {
    test('dlq replay works in chunks and draws a progress bar when asked', async () => {
        await deadLetter(10);
        await waitDepth(DLQ, 10);
        const first = await cli(['dlq', 'replay', DLQ, '--count', '4', '--chunk', '3', '--progress', '--json']);
        assert.equal(first.code, 0, first.stderr);
        assert.deepEqual(json(first), { moved: 4, skipped: 0, remaining: 6, requests: 2 });
        assert.ok(first.stderr.startsWith(`\r${ESC}[2K[`), JSON.stringify(first.stderr));
        assert.match(first.stderr, /\[#{28}\] {2}4\/4 moved {2}100% {2}[\d.]+\/s\n$/);
        await waitDepth(SRC, 4);
        const none = await cli(['dlq', 'replay', DLQ, '--reason', 'expired', '--chunk', '3']);
        assert.equal(none.code, 0, none.stderr);
        assert.equal(none.stdout.trim(), 'moved 0, skipped 6, remaining 6');
        const rest = await cli(['dlq', 'replay', DLQ, '--chunk', '4']);
        assert.equal(rest.code, 0, rest.stderr);
        assert.equal(rest.stdout.trim(), 'moved 6, skipped 0, remaining 0');
        assert.equal(rest.stderr, '', 'no progress bar when stderr is not a terminal');
        await waitDepth(SRC, 10);
        assert.equal(await depth(DLQ), 0);
        const badHeader = await cli(['dlq', 'replay', DLQ, '--header', 'nokey']);
        assert.equal(badHeader.code, 1);
        assert.equal(badHeader.stderr.trim(), "wharf: --header expects name=value, got 'nokey'");
    });
    test('status and alerts exit 3 while a critical alert fires', async () => {
        // 10 of 10 published messages were dead-lettered: DeadLetterRateCritical
        const r = await cli(['status']);
        assert.equal(r.code, 3, r.stdout + r.stderr);
        assert.match(r.stdout, /^alerts:\s+\d+ firing \([1-9]\d* critical, \d+ warning\)$/m);
        assert.match(r.stdout, /^status:\s+UNHEALTHY: \d+ critical alert\(s\) firing$/m);
        const j = await cli(['status', '--json']);
        assert.equal(j.code, 3);
        assert.ok(json(j).alerts.critical >= 1);
        const a = await cli(['alerts']);
        assert.equal(a.code, 3);
        assert.match(a.stdout, new RegExp(`^critical\\s+DeadLetterRateCritical\\s+/\\s+${SRC}\\s`, 'm'));
    });
});
function byName(a, b) {
    return a.name.localeCompare(b.name);
}
//# sourceMappingURL=cli-commands.test.js.map