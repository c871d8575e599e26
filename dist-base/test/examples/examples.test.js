// Runs every compiled example (dist/examples/*.js) as its own process, the way the README
// tells users to, against a Wharf started for this file and against RabbitMQ when it
// answers. Each example checks its own outcome and exits non-zero when the pattern did
// not work; here it must exit 0, print its closing "OK:" line, and finish in bounded time.
//
// Examples that need PostgreSQL are skipped with a message when it is not reachable
// (WHARF_TEST_PG_URL, default postgres://postgres@127.0.0.1:5432/test). On RabbitMQ, which
// keeps what the examples declare across runs, the queues and exchanges named
// `examples.*` that appeared during this file are deleted afterwards (listed with
// rabbitmqctl when it works; the SDK itself has no delete).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import amqp from 'amqplib';
import { rabbitUrl, repoRoot } from '../helpers/brokers.js';
import { testEachBroker, useBrokers } from '../helpers/suite.js';
import { openPg, PG_URL } from '../client/stores-helpers.js';
const EXAMPLES = {
    'work-queue': {},
    'pub-sub': {},
    'topic-routing': {},
    rpc: {},
    confirms: {},
    'dlq-replay': {},
    'idempotent-consumer': {},
    outbox: { needs: 'postgres' },
    saga: {},
    priorities: {},
    'delayed-retry': {},
    'per-key-ordering': {},
    'scheduled-jobs': {},
};
/** Each example stops itself after 20 s; this is the bound the test holds it to. */
const LIMIT_MS = 15_000;
const examplesDir = join(repoRoot, 'dist', 'examples');
function runExample(name, url) {
    return new Promise((resolve, reject) => {
        const started = Date.now();
        const child = spawn(process.execPath, [join(examplesDir, `${name}.js`), url], {
            cwd: repoRoot,
            env: { ...process.env, PG_URL },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stdout.on('data', (d) => (output += d.toString()));
        child.stderr.on('data', (d) => (output += d.toString()));
        const killer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS + 5000);
        child.once('error', reject);
        child.once('close', (code, signal) => {
            clearTimeout(killer);
            resolve({ code, signal, ms: Date.now() - started, output });
        });
    });
}
let pgSkip;
before(async () => {
    const pool = await openPg(1);
    if (typeof pool === 'string')
        pgSkip = pool;
    else
        await pool.end();
});
const brokers = useBrokers();
const rabbitCleanup = rabbitLeftovers();
test('every example in examples/ is run here and shown in the README', () => {
    const built = readdirSync(examplesDir)
        .filter((f) => f.endsWith('.js'))
        .map((f) => f.slice(0, -3))
        .sort();
    assert.deepEqual(built, Object.keys(EXAMPLES).sort());
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    for (const name of built)
        assert.ok(readme.includes(`node dist/examples/${name}.js`), `README runs ${name}`);
});
for (const [name, { needs }] of Object.entries(EXAMPLES)) {
    testEachBroker(brokers, `example ${name}`, async (url, t, broker) => {
        if (needs === 'postgres' && pgSkip) {
            t.skip(pgSkip);
            return;
        }
        if (broker === 'rabbitmq')
            await rabbitCleanup.snapshot();
        const run = await runExample(name, url);
        const shown = `--- ${name} on ${broker} (exit ${run.code ?? run.signal}, ${run.ms} ms) ---\n${run.output}`;
        assert.equal(run.code, 0, shown);
        assert.match(run.output.trimEnd().split('\n').at(-1), /^OK: /, shown);
        assert.ok(run.ms < LIMIT_MS, `finished in ${run.ms} ms, limit ${LIMIT_MS}\n${shown}`);
    }, { timeout: LIMIT_MS + 15_000 });
}
/**
 * Remembers RabbitMQ's `examples.*` queues and exchanges before the first example runs
 * there, and deletes those that are new after the file.
 */
function rabbitLeftovers() {
    let before;
    const list = (what) => {
        const r = spawnSync('rabbitmqctl', ['-q', `list_${what}`, '--no-table-headers', 'name'], {
            encoding: 'utf8',
            timeout: 30_000,
        });
        if (r.status !== 0)
            return null;
        return r.stdout.split('\n').filter((n) => n.startsWith('examples.'));
    };
    after(async () => {
        if (!before)
            return;
        const url = await rabbitUrl();
        const queues = list('queues')?.filter((q) => !before.queues.has(q)) ?? [];
        const exchanges = list('exchanges')?.filter((e) => !before.exchanges.has(e)) ?? [];
        if (!url || queues.length + exchanges.length === 0)
            return;
        const conn = await amqp.connect(url);
        conn.on('error', () => { });
        for (const [kind, names] of [
            ['queue', queues],
            ['exchange', exchanges],
        ]) {
            for (const n of names) {
                const ch = await conn.createChannel();
                ch.on('error', () => { });
                await (kind === 'queue' ? ch.deleteQueue(n) : ch.deleteExchange(n)).catch(() => { });
                await ch.close().catch(() => { });
            }
        }
        await conn.close();
    });
    return {
        async snapshot() {
            if (before !== undefined)
                return;
            const queues = list('queues');
            const exchanges = list('exchanges');
            if (!queues || !exchanges) {
                before = null;
                console.log('# rabbitmqctl not usable: the examples leave their examples.* queues on RabbitMQ');
                return;
            }
            before = { queues: new Set(queues), exchanges: new Set(exchanges) };
        },
    };
}
//# sourceMappingURL=examples.test.js.map