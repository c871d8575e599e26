// `wharf shovel` as a child process against real Wharf processes (one the source, one the
// destination), over the management API only: create (and --wait until it runs, or until
// a one-shot shovel finished), list and status (tables and --json), restart, delete, and
// RabbitMQ's validation text for a bad definition.
/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers are read field by field */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { closeQuietly, consumeN, open, openChannel } from '../helpers/amqp.js';
import { canControlWharf, EXTERNAL_SKIP, startWharf, uniqueName, } from '../helpers/brokers.js';
import { cli, publishNumbered, putShovel, wharfQueueMessages } from './support.js';
function json(r) {
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout);
}
describe('wharf shovel', { skip: canControlWharf() ? false : EXTERNAL_SKIP }, () => {
    let w;
    let dest;
    let destUri;
    before(async () => {
        [w, dest] = await Promise.all([startWharf(), startWharf()]);
        destUri = `amqp://guest:guest@127.0.0.1:${dest.amqpPort}`;
    });
    after(async () => {
        await Promise.all([w?.stop(), dest?.stop()]);
    });
    test('create --wait, list, status, restart, delete', async () => {
        const name = uniqueName('cli');
        const src = uniqueName('cli-src');
        const target = uniqueName('cli-dest');
        const created = await cli(w, [
            'shovel',
            'create',
            name,
            '--src-queue',
            src,
            '--dest-uri',
            destUri,
            '--dest-queue',
            target,
            '--max-rate',
            '1000',
            '--add-forward-headers',
            '--wait',
        ]);
        assert.equal(created.code, 0, created.stderr);
        assert.equal(created.stdout.trim(), `shovel '${name}' running: amqp:// queue ${src} -> amqp://127.0.0.1:${dest.amqpPort} queue ${target}`);
        const param = JSON.parse((await cli(w, ['shovel', 'list', '--json'])).stdout);
        assert.ok(param.some((s) => s.name === name && s.state === 'running'));
        const table = await cli(w, ['shovel', 'list']);
        assert.match(table.stdout, /^name\s+state\s+source\s+destination\s+moved\s+risked\s+pending\s+last error$/m);
        assert.match(table.stdout, new RegExp(`^${name}\\s+running\\s+amqp:// queue ${src}`, 'm'));
        assert.ok(!table.stdout.includes('guest:guest'), 'no credentials shown');
        const conn = await open(w.url);
        const there = await open(dest.url);
        try {
            const ch = await openChannel(conn);
            for (let i = 0; i < 5; i++)
                ch.sendToQueue(src, Buffer.from(`${i}`), { persistent: true });
            const got = await consumeN(await openChannel(there), target, 5, { timeoutMs: 10_000, ack: true });
            assert.equal(got[0].properties.headers?.['x-shovelled']?.[0]?.['shovel-name'], name);
        }
        finally {
            await closeQuietly(conn);
            await closeQuietly(there);
        }
        const status = json(await cli(w, ['shovel', 'status', name, '--json']));
        assert.deepEqual([status.state, status.messages_moved, status.forwarded], ['running', 5, 5]);
        const text = await cli(w, ['shovel', 'status', name]);
        assert.match(text.stdout, /^moved:\s+5$/m);
        assert.match(text.stdout, /^duplicates risked:\s+0$/m);
        assert.equal((await cli(w, ['shovel', 'restart', name])).stdout.trim(), `shovel '${name}' restarted`);
        assert.equal((await cli(w, ['shovel', 'delete', name])).stdout.trim(), `shovel '${name}' deleted`);
        const again = await cli(w, ['shovel', 'delete', name]);
        assert.deepEqual([again.code, again.stderr.trim()], [1, `wharf: no such shovel '${name}' in vhost '/'`]);
        const missing = await cli(w, ['shovel', 'status', name]);
        assert.deepEqual([missing.code, missing.stderr.trim()], [1, `wharf: no such shovel '${name}' in vhost '/'`]);
    });
    test('a one-shot shovel: create --delete-after queue-length --wait returns once it finished', async () => {
        const name = uniqueName('cli-once');
        const src = uniqueName('cli-once-src');
        const target = uniqueName('cli-once-dest');
        await publishNumbered(w.url, src, 0, 2000);
        const r = await cli(w, [
            'shovel',
            'create',
            name,
            '--src-queue',
            src,
            '--dest-uri',
            destUri,
            '--dest-queue',
            target,
            '--delete-after',
            'queue-length',
            '--max-rate',
            '2000',
            '--wait',
            '--json',
        ]);
        const out = json(r);
        assert.equal(out.result, 'completed');
        assert.ok(out.moved === 2000 || out.moved === null, `moved ${out.moved}`);
        assert.equal(await wharfQueueMessages(w.httpPort, src), 0);
        assert.equal(await wharfQueueMessages(dest.httpPort, target), 2000);
        assert.deepEqual(json(await cli(w, ['shovel', 'list', '--json'])), []);
    });
    test('definitions export --without-shovels leaves the shovels out', async () => {
        const name = uniqueName('cli-defs');
        await putShovel(w.httpPort, name, {
            'src-uri': 'amqp://',
            'src-queue': uniqueName('cli-defs-src'),
            'dest-uri': 'amqp://127.0.0.1:1',
            'reconnect-delay': 0,
        });
        try {
            const names = (r) => json(r).parameters.filter((p) => p.component === 'shovel').map((p) => p.name);
            assert.ok(names(await cli(w, ['definitions', 'export'])).includes(name));
            assert.deepEqual(names(await cli(w, ['definitions', 'export', '--without-shovels'])), []);
        }
        finally {
            await cli(w, ['shovel', 'delete', name]);
        }
    });
    test("a bad definition is refused with RabbitMQ's validation text", async () => {
        const r = await cli(w, ['shovel', 'create', 'bad', '--dest-uri', 'amqp://h', '--ack-mode', 'sometimes']);
        assert.equal(r.code, 1);
        assert.equal(r.stderr.trim(), "wharf: shovel 'bad' refused: Validation failed\n\nMust specify 'src-exchange' or 'src-queue'\n" +
            'ack-mode should be one of [<<"no-ack">>,<<"on-publish">>,<<"on-confirm">>], actually was <<"sometimes">>');
    });
});
//# sourceMappingURL=cli.test.js.map