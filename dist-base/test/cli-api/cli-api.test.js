// The operator commands of the `wharf` CLI against a real broker process, run as child
// processes talking to the management HTTP API: a queue with a dead-letter exchange
// has 2 messages rejected into its DLQ; queues, queue get, publish, alerts, dlq list
// and dlq replay print what the broker holds; bad credentials and an unreachable URL
// fail with exit code 1 and a message.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect } from 'amqplib';
import { repoRoot, startWharf } from '../helpers/brokers.js';
const CLI = resolve(repoRoot, 'dist/src/cli/main.js');
const tag = `${process.pid}`;
const SRC = `cli-src-${tag}`;
const DLQ = `cli-dlq-${tag}`;
const DLX = `cli-dlx-${tag}`;
let wharf;
let conn;
let ch;
function cli(args, url = `http://127.0.0.1:${wharf.httpPort}`) {
    return new Promise((done) => {
        execFile(process.execPath, [CLI, ...args, '--url', url], { timeout: 60_000 }, (err, stdout, stderr) => {
            const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
            done({ code, stdout, stderr });
        });
    });
}
async function depth(queue) {
    const r = await ch.checkQueue(queue);
    return r.messageCount;
}
async function waitDepth(queue, n) {
    for (let i = 0; i < 200; i++) {
        if ((await depth(queue)) === n)
            return;
        await sleep(25);
    }
    assert.fail(`${queue} never held ${n} messages (has ${await depth(queue)})`);
}
before(async () => {
    wharf = await startWharf();
    conn = await connect(wharf.url);
    ch = await conn.createChannel();
    await ch.assertExchange(DLX, 'direct', { durable: true });
    await ch.assertQueue(DLQ, { durable: true });
    await ch.bindQueue(DLQ, DLX, 'dead');
    await ch.assertQueue(SRC, {
        durable: true,
        arguments: { 'x-dead-letter-exchange': DLX, 'x-dead-letter-routing-key': 'dead' },
    });
    for (let i = 0; i < 2; i++)
        ch.sendToQueue(SRC, Buffer.from(`hello-${i}`), { persistent: true });
    await waitDepth(SRC, 2);
    for (let i = 0; i < 2; i++) {
        const m = await ch.get(SRC, { noAck: false });
        assert.ok(m);
        ch.nack(m, false, false);
    }
    await waitDepth(DLQ, 2);
});
after(async () => {
    await conn?.close().catch(() => { });
    await wharf?.stop();
});
describe('wharf operator commands', () => {
    test('queues lists the queue with its depth', async () => {
        const r = await cli(['queues', '--sort', 'depth']);
        assert.equal(r.code, 0, r.stderr);
        const lines = r.stdout.split('\n');
        assert.match(lines[0], /^name\s+type\s+ready\s+unacked\s+consumers\s+oldest\s+publish\/s\s+deliver\/s$/);
        const row = lines.find((l) => l.startsWith(`${DLQ} `));
        assert.ok(row, r.stdout);
        assert.deepEqual(row.split(/\s+/).slice(1, 5), ['classic', '2', '0', '0']);
        const json = await cli(['queues', '--json']);
        assert.equal(json.code, 0, json.stderr);
        const q = JSON.parse(json.stdout).find((x) => x.name === DLQ);
        assert.equal(q.messages, 2);
    });
    test('overview prints totals', async () => {
        const r = await cli(['overview']);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /connections\s+channels\s+exchanges\s+queues\s+consumers/);
        assert.match(r.stdout, /messages\s+ready\s+unacked\s+publish\/s/);
    });
    test('queue get prints the payload and leaves the count', async () => {
        const r = await cli(['queue', 'get', DLQ, '--count', '2']);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /hello-0/);
        assert.match(r.stdout, /hello-1/);
        assert.match(r.stdout, /x-death/);
        await waitDepth(DLQ, 2);
        const missing = await cli(['queue', 'get', `nope-${tag}`]);
        assert.equal(missing.code, 1);
        assert.match(missing.stderr, new RegExp(`^wharf: no such queue 'nope-${tag}'`));
    });
    test('publish routes (exit 0) or does not (exit 2)', async () => {
        const ok = await cli(['publish', '', SRC, 'via-cli', '--persistent', '--header', 'k=v']);
        assert.equal(ok.code, 0, ok.stderr);
        assert.equal(ok.stdout.trim(), 'routed');
        const m = await ch.get(SRC, { noAck: true });
        assert.ok(m);
        assert.equal(m.content.toString(), 'via-cli');
        assert.equal(m.properties.headers?.k, 'v');
        assert.equal(m.properties.deliveryMode, 2);
        const nowhere = await cli(['publish', 'amq.default', `nowhere-${tag}`, 'x']);
        assert.equal(nowhere.code, 2, nowhere.stderr);
        assert.equal(nowhere.stdout.trim(), 'not routed');
    });
    test('alerts shows the DLQ alert; dlq list shows the DLQ', async () => {
        const r = await cli(['alerts']);
        // 2 of 3 published messages dead-lettered: DeadLetterRateCritical fires, so exit 3
        assert.equal(r.code, 3, r.stdout + r.stderr);
        assert.match(r.stdout, new RegExp(`^critical\\s+DeadLetterRateCritical\\s+/\\s+${SRC}\\s+0\\.667\\s`, 'm'));
        const row = r.stdout.split('\n').find((l) => l.includes('DeadLetterQueueNotEmpty') && l.includes(DLQ));
        assert.ok(row, r.stdout);
        assert.match(row, /^warning\s/);
        const list = await cli(['dlq', 'list']);
        assert.equal(list.code, 0, list.stderr);
        const dl = list.stdout.split('\n').find((l) => l.startsWith(`${DLQ} `));
        assert.ok(dl, list.stdout);
        assert.match(dl, /\s2$/);
    });
    test('dlq replay moves the 2 messages back', async () => {
        const r = await cli(['dlq', 'replay', DLQ, '--reason', 'rejected']);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout.trim(), 'moved 2, skipped 0, remaining 0');
        await waitDepth(SRC, 2);
        assert.equal(await depth(DLQ), 0);
    });
    test('queue purge empties the queue', async () => {
        const r = await cli(['queue', 'purge', SRC]);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout.trim(), `purged queue '${SRC}'`);
        assert.equal(await depth(SRC), 0);
    });
    test('a wrong password fails with exit code 1 and a message', async () => {
        const r = await cli(['queues', '--password', 'wrong']);
        assert.equal(r.code, 1);
        assert.equal(r.stderr.trim(), 'wharf: authentication failed (user guest)');
    });
    test('an unreachable URL fails with exit code 1 and a message', async () => {
        const url = 'http://127.0.0.1:1';
        const r = await cli(['overview'], url);
        assert.equal(r.code, 1);
        assert.equal(r.stderr.trim(), `wharf: cannot reach the management API at ${url}`);
    });
});
//# sourceMappingURL=cli-api.test.js.map