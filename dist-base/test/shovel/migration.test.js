// The move to a cluster of docs/moving-to-a-cluster.md, end to end against the RabbitMQ on
// 127.0.0.1:5672, with the commands the guide gives: the topology exported from Wharf
// (`wharf definitions export --without-shovels`) and imported into RabbitMQ
// (`rabbitmqctl import_definitions`), a continuous shovel per queue (`wharf shovel create
// --wait`) while producers still publish to Wharf, producers switched to RabbitMQ (the
// imported bindings route their messages), the shovel deleted once the Wharf queue is
// empty. Every message reaches the RabbitMQ queue; duplicates are counted and reported.
// RabbitMQ is shared: only this test's exchange, queue and binding are imported there
// (the guide imports the whole document), and they are deleted afterwards.
/* eslint-disable @typescript-eslint/no-explicit-any -- definitions are read field by field */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cleanup, closeQuietly, open } from '../helpers/amqp.js';
import { canControlWharf, EXTERNAL_SKIP, RABBIT_SKIP, rabbitUrl, startWharf, uniqueName, } from '../helpers/brokers.js';
import { cli, depth, drainTally, waitFor, wharfQueueMessages } from './support.js';
const RABBIT = 'amqp://guest:guest@127.0.0.1:5672';
/** Publishes persistent messages with ids from..to-1 to an exchange (confirmed). */
async function publishVia(url, exchange, key, from, to) {
    const conn = await open(url);
    try {
        const ch = await conn.createConfirmChannel();
        for (let i = from; i < to; i++) {
            ch.publish(exchange, key, Buffer.from(`order ${i}`), { persistent: true, messageId: String(i) });
            if ((i - from) % 500 === 499)
                await ch.waitForConfirms();
        }
        await ch.waitForConfirms();
    }
    finally {
        await closeQuietly(conn);
    }
}
test('move to RabbitMQ: topology by definitions, a continuous shovel, clients switched, shovel deleted', { skip: canControlWharf() ? false : EXTERNAL_SKIP, timeout: 120_000 }, async (t) => {
    if (!(await rabbitUrl()))
        return t.skip(RABBIT_SKIP);
    if (spawnSync('rabbitmqctl', ['-q', 'status'], { stdio: 'ignore', timeout: 30_000 }).status !== 0)
        return t.skip('rabbitmqctl cannot reach the RabbitMQ on this machine');
    const exchange = uniqueName('move-orders');
    const queue = uniqueName('move-orders-q');
    const dir = mkdtempSync(join(tmpdir(), 'wharf-move-'));
    // rabbitmqctl may run as another user (the rabbitmq account) that must read the file
    chmodSync(dir, 0o755);
    const w = await startWharf();
    const rabbit = await open(RABBIT);
    try {
        // on Wharf, as the application made it: an exchange, a queue bound to it, a backlog
        const conn = await open(w.url);
        const ch = await conn.createChannel();
        await ch.assertExchange(exchange, 'direct', { durable: true });
        await ch.assertQueue(queue, { durable: true });
        await ch.bindQueue(queue, exchange, 'new');
        await closeQuietly(conn);
        await publishVia(w.url, exchange, 'new', 0, 2000);
        // 1. the topology, to RabbitMQ
        const file = join(dir, 'wharf-definitions.json');
        const exported = await cli(w, ['definitions', 'export', '--without-shovels', '--file', file]);
        assert.equal(exported.code, 0, exported.stderr);
        const doc = JSON.parse(readFileSync(file, 'utf8'));
        const mine = (x) => x.name === exchange || x.name === queue || x.source === exchange;
        const subset = {
            exchanges: doc.exchanges.filter(mine),
            queues: doc.queues.filter(mine),
            bindings: doc.bindings.filter(mine),
        };
        assert.deepEqual([subset.exchanges.length, subset.queues.length, subset.bindings.length], [1, 1, 1]);
        const subsetFile = join(dir, 'import.json');
        writeFileSync(subsetFile, JSON.stringify(subset));
        const imported = spawnSync('rabbitmqctl', ['import_definitions', subsetFile], {
            encoding: 'utf8',
            timeout: 60_000,
        });
        assert.equal(imported.status, 0, imported.stderr);
        // RabbitMQ imports asynchronously
        await waitFor(async () => depth(rabbit, queue).then(() => true, () => false), 30_000, () => `queue ${queue} imported into RabbitMQ`);
        // 2. a continuous shovel for the queue, while producers still publish to Wharf
        const created = await cli(w, [
            'shovel',
            'create',
            `move-${queue}`,
            '--src-queue',
            queue,
            '--dest-uri',
            RABBIT,
            '--dest-queue',
            queue,
            '--wait',
        ]);
        assert.equal(created.code, 0, created.stderr);
        await publishVia(w.url, exchange, 'new', 2000, 3000);
        // 3. producers switch to RabbitMQ: its imported binding routes their messages
        await publishVia(RABBIT, exchange, 'new', 3000, 3500);
        // 4. once the Wharf queue is empty, the shovel goes
        await waitFor(async () => (await wharfQueueMessages(w.httpPort, queue)) === 0, 60_000, () => 'Wharf queue drained');
        const status = JSON.parse((await cli(w, ['shovel', 'status', `move-${queue}`, '--json'])).stdout);
        const deleted = await cli(w, ['shovel', 'delete', `move-${queue}`]);
        assert.equal(deleted.code, 0, deleted.stderr);
        // every message, from either side, is in RabbitMQ's queue
        const tally = await drainTally(RABBIT, queue, 3500, 30_000);
        const report = `move: ${tally.distinct} of 3500 in RabbitMQ, ${tally.duplicates} duplicate(s), ${status.duplicates_risked} risked`;
        t.diagnostic(report);
        console.log(`# shovel: ${report}`);
        assert.deepEqual(tally.missing, []);
        assert.ok(tally.duplicates <= status.duplicates_risked);
    }
    finally {
        await closeQuietly(rabbit);
        await w.stop();
        await cleanup(RABBIT, { queues: [queue], exchanges: [exchange] });
        rmSync(dir, { recursive: true, force: true });
    }
});
//# sourceMappingURL=migration.test.js.map