// Shovels moving persistent messages from a Wharf queue (src-uri amqp://, the local
// broker) to the RabbitMQ on 127.0.0.1:5672, through real sockets: 100 000 messages with
// the destination connection dropped twice (a TCP proxy in this process; RabbitMQ itself
// is never stopped), a one-shot queue-length shovel, and a shovel that resumes after its
// Wharf is stopped (SIGTERM: nothing twice) or killed (SIGKILL: nothing lost, duplicates
// at most those the shovel reports as risked). Every test counts each message id at the
// destination and reports the duplicates.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cleanup, closeQuietly, open } from '../helpers/amqp.js';
import { canControlWharf, EXTERNAL_SKIP, RABBIT_SKIP, rabbitUrl, startWharf, uniqueName, } from '../helpers/brokers.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';
import { api } from '../security/support.js';
import { depth, drainTally, publishNumbered, putShovel, shovelStatus, waitFor, wharfQueueMessages, } from './support.js';
const RABBIT = 'amqp://guest:guest@127.0.0.1:5672';
async function needRabbit(t) {
    if (await rabbitUrl())
        return true;
    t.skip(RABBIT_SKIP);
    return false;
}
/** Waits until the Wharf source queue is empty and RabbitMQ's destination holds `n`. */
async function waitMoved(w, src, dest, n, ms) {
    const rabbit = await open(RABBIT);
    try {
        let last = '';
        await waitFor(async () => {
            const [left, there] = [await wharfQueueMessages(w.httpPort, src), await depth(rabbit, dest)];
            last = `source ${left}, destination ${there}`;
            return left === 0 && there >= n;
        }, ms, () => `${n} messages moved (${last})`);
    }
    finally {
        await closeQuietly(rabbit);
    }
}
describe('shovels from Wharf to RabbitMQ', { skip: canControlWharf() ? false : EXTERNAL_SKIP }, () => {
    test('100 000 persistent messages, the destination connection dropped twice: every one arrives', { timeout: 120_000 }, async (t) => {
        if (!(await needRabbit(t)))
            return;
        const N = 100_000;
        const src = uniqueName('shovel-src');
        const dest = uniqueName('shovel-dest');
        const proxy = new TcpProxy('127.0.0.1', 5672);
        await proxy.open();
        const w = await startWharf();
        try {
            const started = Date.now();
            await putShovel(w.httpPort, 'to-rabbit', {
                'src-uri': 'amqp://',
                'src-queue': src,
                'dest-uri': `amqp://guest:guest@127.0.0.1:${proxy.port}`,
                'dest-queue': dest,
                'reconnect-delay': 0.2,
            });
            const publishing = publishNumbered(w.url, src, 0, N);
            const forwarded = async () => ((await shovelStatus(w.httpPort, 'to-rabbit'))?.forwarded ?? 0);
            for (const at of [N / 4, (N * 3) / 5]) {
                await waitFor(async () => (await forwarded()) >= at, 60_000, () => `${at} forwarded`);
                await proxy.close(); // every connection through it dropped, new ones refused...
                await waitFor(async () => (await shovelStatus(w.httpPort, 'to-rabbit'))?.state === 'terminated', 10_000, () => 'the shovel to notice the drop');
                await proxy.open(); // ...until it is back
            }
            await publishing;
            await waitMoved(w, src, dest, N, 60_000);
            const moveSeconds = (Date.now() - started) / 1000;
            const status = await shovelStatus(w.httpPort, 'to-rabbit');
            const tally = await drainTally(RABBIT, dest, N, 30_000);
            const report = `${N} messages moved in ${moveSeconds.toFixed(1)} s with 2 destination drops ` +
                `(restarts ${status.restarts}, proxy connections ${proxy.accepted}): ` +
                `${tally.distinct} distinct arrived, ${tally.duplicates} duplicate(s); ` +
                `the shovel reported ${status.duplicates_risked} as risked`;
            t.diagnostic(report);
            console.log(`# shovel: ${report}`);
            assert.deepEqual(tally.missing, [], 'no message lost');
            assert.equal(tally.distinct, N);
            assert.ok(status.restarts >= 2, `restarted after each drop (${status.restarts})`);
            assert.ok(tally.duplicates <= status.duplicates_risked, 'every duplicate was reported as risked');
            assert.equal(status.state, 'running');
            assert.equal(status.messages_moved >= N, true);
        }
        finally {
            await w.stop();
            await proxy.close();
            await cleanup(RABBIT, { queues: [dest] });
        }
    });
    test('one-shot (src-delete-after queue-length): drains what was there, then stops and deletes itself', async (t) => {
        if (!(await needRabbit(t)))
            return;
        const src = uniqueName('shovel-once-src');
        const dest = uniqueName('shovel-once-dest');
        const w = await startWharf();
        try {
            await publishNumbered(w.url, src, 0, 3000);
            await putShovel(w.httpPort, 'once', {
                'src-uri': 'amqp://',
                'src-queue': src,
                'dest-uri': RABBIT,
                'dest-queue': dest,
                'src-delete-after': 'queue-length',
                'prefetch-count': 500,
                'x-max-messages-per-second': 1000,
            });
            // published after it started: not part of what it drains
            await waitFor(async () => (await shovelStatus(w.httpPort, 'once'))?.state === 'running', 10_000, () => 'running');
            await publishNumbered(w.url, src, 3000, 3500);
            await waitFor(async () => (await api(w.httpPort, '/api/parameters/shovel/%2F/once')).status === 404, 30_000, () => 'the one-shot shovel to delete itself');
            assert.equal(await shovelStatus(w.httpPort, 'once'), undefined, 'gone from /api/shovels');
            const tally = await drainTally(RABBIT, dest, 3000, 20_000);
            t.diagnostic(`one-shot: ${tally.distinct} moved, ${tally.duplicates} duplicate(s)`);
            assert.equal(tally.total, 3000, 'exactly what was there at the start');
            assert.equal(tally.duplicates, 0);
            assert.equal(await wharfQueueMessages(w.httpPort, src), 500, 'the later messages stay at the source');
            // and it stays deleted across a restart
            const w2 = await w.restart();
            try {
                assert.equal((await api(w2.httpPort, '/api/parameters/shovel/%2F/once')).status, 404);
            }
            finally {
                await w2.stop();
            }
        }
        finally {
            await w.stop();
            await cleanup(RABBIT, { queues: [dest] });
        }
    });
    for (const how of ['SIGTERM', 'SIGKILL']) {
        test(`a shovel resumes after its Wharf is ${how === 'SIGTERM' ? 'stopped' : 'killed'} (${how})`, async (t) => {
            if (!(await needRabbit(t)))
                return;
            const N = 20_000;
            const src = uniqueName('shovel-resume-src');
            const dest = uniqueName('shovel-resume-dest');
            let w = await startWharf();
            try {
                await publishNumbered(w.url, src, 0, N);
                await putShovel(w.httpPort, 'resume', {
                    'src-uri': 'amqp://',
                    'src-queue': src,
                    'dest-uri': RABBIT,
                    'dest-queue': dest,
                    'x-max-messages-per-second': 5000,
                    'reconnect-delay': 1,
                });
                await waitFor(async () => ((await shovelStatus(w.httpPort, 'resume'))?.forwarded ?? 0) >= N / 4, 30_000, () => `${N / 4} forwarded`);
                if (how === 'SIGKILL')
                    await w.kill();
                w = await w.restart();
                // nothing made it again: the parameter came back from the definitions log
                await waitMoved(w, src, dest, N, 60_000);
                const status = await shovelStatus(w.httpPort, 'resume');
                assert.equal(status?.state, 'running', 'running again after the restart');
                const tally = await drainTally(RABBIT, dest, N, 30_000);
                const report = `after ${how}: ${tally.distinct} of ${N} arrived, ${tally.duplicates} duplicate(s), ` +
                    `${status.duplicates_risked} reported as risked by the restarted shovel`;
                t.diagnostic(report);
                console.log(`# shovel: ${report}`);
                assert.deepEqual(tally.missing, [], 'no message lost');
                if (how === 'SIGTERM')
                    assert.equal(tally.duplicates, 0, 'a clean stop sends nothing twice');
                else
                    assert.ok(tally.duplicates <= status.duplicates_risked, 'every duplicate was reported as risked');
            }
            finally {
                await w.stop();
                await cleanup(RABBIT, { queues: [dest] });
            }
        });
    }
});
//# sourceMappingURL=move.test.js.map