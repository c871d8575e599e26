// pika (Debian's python3-pika) against each broker: the official Python tutorials 1-6,
// publisher confirms, and a round trip of all 14 properties. The scripts live in
// test/interop/py (tsc does not copy them) and print one JSON line each.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { hasPika, PYTHON, repoRoot } from '../helpers/brokers.js';
import { testEachBroker, useBrokers } from '../helpers/suite.js';
const SCRIPTS = join(repoRoot, 'test/interop/py');
const HARD_TIMEOUT_MS = 25_000; // the scripts stop themselves after 20 s
function runScript(script, url) {
    return new Promise((resolve, reject) => {
        const child = spawn(PYTHON, [join(SCRIPTS, script), url], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => {
            stdout += d.toString();
        });
        child.stderr.on('data', (d) => {
            stderr += d.toString();
        });
        const timer = setTimeout(() => child.kill('SIGKILL'), HARD_TIMEOUT_MS);
        child.once('error', reject);
        child.once('close', (code) => {
            clearTimeout(timer);
            resolve({ code, stdout, stderr });
        });
    });
}
async function python(script, url) {
    const r = await runScript(script, url);
    const lines = r.stdout.trim().split('\n');
    if (r.code !== 0)
        assert.fail(`${script} exited with ${r.code}\n${r.stderr}${r.stdout}`);
    return JSON.parse(lines[lines.length - 1]);
}
const brokers = useBrokers();
const pika = hasPika();
function pikaTest(name, fn) {
    testEachBroker(brokers, `pika ${name}`, async (url, t) => {
        if (!pika) {
            t.skip(`pika is not importable by ${PYTHON} (apt-get install python3-pika)`);
            return;
        }
        await fn(url);
    }, { timeout: HARD_TIMEOUT_MS + 5000 });
}
pikaTest('tutorial 1: hello world', async (url) => {
    assert.deepEqual(await python('t1_hello_world.py', url), { received: ['Hello World!'] });
});
pikaTest('tutorial 2: work queues', async (url) => {
    const r = (await python('t2_work_queues.py', url));
    const all = [...r.processed.w1, ...r.processed.w2].sort();
    assert.deepEqual(all, [...r.tasks].sort(), 'every task processed exactly once');
    assert.ok(r.processed.w1.length > 0 && r.processed.w2.length > 0, `both workers got tasks: ${JSON.stringify(r)}`);
});
pikaTest('tutorial 3: publish/subscribe', async (url) => {
    const logs = [0, 1, 2, 3, 4].map((i) => `info: Hello World! ${i}`);
    assert.deepEqual(await python('t3_publish_subscribe.py', url), {
        received: [logs, logs],
        serverNamed: [true, true],
    });
});
pikaTest('tutorial 4: routing', async (url) => {
    assert.deepEqual(await python('t4_routing.py', url), {
        received: { disk: ['warning', 'error'], screen: ['info', 'warning', 'error'] },
    });
});
pikaTest('tutorial 5: topics', async (url) => {
    assert.deepEqual(await python('t5_topics.py', url), {
        received: {
            all: ['kern.critical', 'anonymous.info', 'kern.info', 'cron.critical', 'kern.disk.full'],
            kern: ['kern.critical', 'kern.info'],
            critical: ['kern.critical', 'cron.critical'],
            both: ['kern.critical', 'kern.info', 'cron.critical'],
        },
    });
});
pikaTest('tutorial 6: RPC', async (url) => {
    assert.deepEqual(await python('t6_rpc.py', url), { answers: [1, 55, 6765, 832040] });
});
pikaTest('publisher confirms (confirm_delivery, UnroutableError, NackError)', async (url) => {
    assert.deepEqual(await python('confirms.py', url), {
        routed: 'ok',
        unroutableMandatory: ['UnroutableError', [312]],
        unroutable: 'ok',
        overflow: 'NackError',
        queued: 10,
        missingExchange: ['ChannelClosedByBroker', 404],
    });
});
pikaTest("the seeds' dead-letter queue: retry with requeue, then nack to the DLQ with x-death", async (url) => {
    assert.deepEqual(await python('dead_letters.py', url), {
        attempts: [false, true],
        body: 'task-1',
        routingKey: 'failed_tasks',
        messageId: 'm-1',
        death: ['rejected', true, 1, '', [true]],
        firstDeathReason: 'rejected',
    });
});
pikaTest('all 14 properties and pika header types round-trip through basic_get', async (url) => {
    assert.deepEqual(await python('properties.py', url), {
        messageCount: 1,
        redelivered: false,
        body: '00626f6479ff',
        props: {
            content_type: 'application/json',
            content_encoding: 'utf-8',
            delivery_mode: 2,
            priority: 5,
            correlation_id: 'corr',
            reply_to: 'replies',
            expiration: '60000',
            message_id: 'mid',
            timestamp: 1700000000,
            type: 'kind',
            user_id: 'guest',
            app_id: 'pika-test',
            cluster_id: 'cluster',
        },
        headers: {
            str: 'text ü',
            int: -7,
            big: 1099511627776,
            bool: true,
            none: null,
            bytes: '00ff',
            decimal: '123.45',
            time: '2023-11-14T22:13:20',
            list: [1, 'a', [true]],
            table: { nested: { deep: 1 } },
        },
        emptyBody: { body: '', headers: null, messageCount: 0 },
    });
});
//# sourceMappingURL=pika.test.js.map