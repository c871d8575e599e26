// rabbitmq-c's command-line tools (Debian amqp-tools) against each broker: declare,
// publish with properties, get, consume with a command, delete. What the tools send is
// checked with amqplib, and what amqplib sends is checked through the tools.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cleanup, definedProps, open, openChannel, outcome } from '../helpers/amqp.js';
import { hasAmqpTools, uniqueName } from '../helpers/brokers.js';
import { testEachBroker, useBrokers } from '../helpers/suite.js';
function tool(cmd, args, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = spawn(cmd, args, { stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => {
            stdout += d.toString();
        });
        child.stderr.on('data', (d) => {
            stderr += d.toString();
            opts.onStderr?.(stderr);
        });
        const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 10_000);
        child.once('error', reject);
        child.once('close', (code) => {
            clearTimeout(timer);
            resolve({ code, stdout, stderr });
        });
        if (child.stdin) {
            child.stdin.on('error', () => { }); // EPIPE if the tool exits without reading it all
            child.stdin.end(opts.input);
        }
    });
}
const brokers = useBrokers();
const available = hasAmqpTools();
function toolsTest(name, fn) {
    testEachBroker(brokers, `amqp-tools: ${name}`, async (url, t) => {
        if (!available) {
            t.skip('amqp-tools (rabbitmq-c) not installed');
            return;
        }
        await fn(url);
    });
}
toolsTest('declare, publish with properties, get, delete', async (url) => {
    const q = uniqueName('wharf-test-tools');
    const conn = await open(url);
    try {
        const declared = await tool('amqp-declare-queue', ['--url', url, '-q', q, '-d']);
        assert.equal(declared.code, 0, declared.stderr);
        assert.equal(declared.stdout.trim(), q);
        const ch = await openChannel(conn);
        assert.equal((await outcome(ch, () => ch.assertQueue(q, { durable: false }))) !== 'ok', true, '-d declared a durable queue, so a non-durable redeclare must fail');
        const pub = await tool('amqp-publish', [
            '--url',
            url,
            '-r',
            q,
            '-p',
            '-C',
            'text/plain',
            '-E',
            'utf-8',
            '-H',
            'x-trace: abc',
            '-H',
            'other: two words',
            '-t',
            'replies',
            '-b',
            'hello from rabbitmq-c ü',
        ]);
        assert.equal(pub.code, 0, pub.stderr);
        const lines = await tool('amqp-publish', ['--url', url, '-r', q, '-l'], {
            input: 'line one\nline two\n',
        });
        assert.equal(lines.code, 0, lines.stderr);
        const reader = await openChannel(conn);
        const m = await reader.get(q, { noAck: false });
        assert.ok(m, 'message published by amqp-publish');
        assert.equal(m.content.toString(), 'hello from rabbitmq-c ü');
        assert.deepEqual(definedProps(m), {
            contentType: 'text/plain',
            contentEncoding: 'utf-8',
            headers: { 'x-trace': 'abc', other: 'two words' },
            deliveryMode: 2,
            replyTo: 'replies',
        });
        reader.nack(m, false, true);
        await reader.close();
        const got = await tool('amqp-get', ['--url', url, '-q', q]);
        assert.equal(got.code, 0, got.stderr);
        assert.equal(got.stdout, 'hello from rabbitmq-c ü');
        const check = await openChannel(conn);
        assert.equal((await check.checkQueue(q)).messageCount, 2, 'the two line messages remain');
        const deleted = await tool('amqp-delete-queue', ['--url', url, '-q', q]);
        assert.equal(deleted.code, 0, deleted.stderr);
        assert.equal(deleted.stdout.trim(), '2', 'amqp-delete-queue prints the message count');
        const gone = await openChannel(conn);
        assert.deepEqual(await outcome(gone, () => gone.checkQueue(q)), { code: 404, classId: 50, methodId: 10 });
        const empty = await tool('amqp-declare-queue', ['--url', url, '-q', q]);
        assert.equal(empty.code, 0, empty.stderr);
        const none = await tool('amqp-get', ['--url', url, '-q', q]);
        assert.equal(none.code, 2, 'amqp-get exits 2 on basic.get-empty');
        assert.equal(none.stdout, '');
    }
    finally {
        await conn.close().catch(() => { });
        await cleanup(url, { queues: [q] });
    }
});
toolsTest('amqp-consume -c N runs a command per message, in order', async (url) => {
    const q = uniqueName('wharf-test-tools');
    const conn = await open(url);
    try {
        const ch = await conn.createConfirmChannel();
        await ch.assertQueue(q, { durable: false });
        for (const b of ['first|', 'second|', 'third|', 'left-over|'])
            ch.sendToQueue(q, Buffer.from(b));
        await ch.waitForConfirms();
        const consumed = await tool('amqp-consume', ['--url', url, '-q', q, '-c', '3', 'cat']);
        assert.equal(consumed.code, 0, consumed.stderr);
        assert.equal(consumed.stdout, 'first|second|third|');
        assert.equal((await ch.checkQueue(q)).messageCount, 1, 'only -c messages were taken (and acked)');
        const noAck = await tool('amqp-consume', ['--url', url, '-q', q, '-A', '-c', '1', 'cat']);
        assert.equal(noAck.code, 0, noAck.stderr);
        assert.equal(noAck.stdout, 'left-over|');
    }
    finally {
        await conn.close().catch(() => { });
        await cleanup(url, { queues: [q] });
    }
});
toolsTest('amqp-consume -e -r -x binds an exclusive server-named queue; amqp-publish -e routes', async (url) => {
    const key = uniqueName('wharf-test-key');
    let announced = false;
    const consumer = tool('amqp-consume', ['--url', url, '-e', 'amq.direct', '-r', key, '-x', '-c', '2', 'cat'], {
        onStderr: (text) => {
            announced ||= text.includes('Server provided queue name');
        },
    });
    const deadline = Date.now() + 5000;
    while (!announced && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
    assert.ok(announced, 'amqp-consume declared its queue');
    for (const b of ['one', 'two']) {
        const pub = await tool('amqp-publish', ['--url', url, '-e', 'amq.direct', '-r', key, '-b', b]);
        assert.equal(pub.code, 0, pub.stderr);
    }
    const result = await consumer;
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, 'onetwo');
    assert.match(result.stderr, /Server provided queue name: amq\.gen-/);
});
//# sourceMappingURL=amqp-tools.test.js.map