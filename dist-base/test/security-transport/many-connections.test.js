// 10 000 open AMQP connections on loopback: the broker keeps serving a normal client
// meanwhile, and its memory per connection is measured (RSS before and after, printed
// as diagnostics and recorded in docs/tls-and-limits.md). The connections come from a
// child process started with a raised `ulimit -n`; the broker is started the same way.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import amqp from 'amqplib';
import { startWharf } from '../helpers/brokers.js';
const COUNT = 10_000;
const PARALLEL = 400; // below Node's listen backlog (511)
const FDS_NEEDED = COUNT + 1000;
const here = dirname(fileURLToPath(import.meta.url));
/** The hard limit on open files: how far a child may raise its own with `ulimit -n`. */
function hardFdLimit() {
    const r = spawnSync('sh', ['-c', 'ulimit -Hn'], { encoding: 'utf8' });
    const v = r.stdout.trim();
    return v === 'unlimited' ? Infinity : Number(v);
}
const SKIP = hardFdLimit() < FDS_NEEDED ? `the open-file hard limit is below ${FDS_NEEDED}` : false;
function rssBytes(pid) {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : NaN;
}
async function overviewConnections(w) {
    const r = await fetch(`http://127.0.0.1:${w.httpPort}/api/overview`, {
        headers: { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` },
    });
    return (await r.json()).object_totals.connections;
}
/** A normal client: connect, declare, publish with a confirm, get it back; resolves to the ms it took. */
async function roundTrip(url) {
    const t0 = Date.now();
    const conn = await amqp.connect(url);
    try {
        const ch = await conn.createConfirmChannel();
        const q = await ch.assertQueue('', { exclusive: true });
        ch.sendToQueue(q.queue, Buffer.from('still here'));
        await ch.waitForConfirms();
        const m = await ch.get(q.queue, { noAck: true });
        assert.ok(m && m.content.toString() === 'still here');
    }
    finally {
        await conn.close();
    }
    return Date.now() - t0;
}
const MiB = (n) => `${(n / 1048576).toFixed(1)} MiB`;
let wharf;
before(async () => {
    if (SKIP)
        return;
    wharf = await startWharf({ fdLimit: FDS_NEEDED });
});
after(async () => {
    await wharf?.stop();
});
test(`${COUNT} connections: the broker serves on; memory per connection`, { skip: SKIP, timeout: 180_000 }, async (t) => {
    await roundTrip(wharf.url); // warm up the code paths before the first measurement
    await new Promise((r) => setTimeout(r, 500));
    const rssBefore = rssBytes(wharf.pid);
    const client = spawn('sh', [
        '-c',
        `ulimit -n ${FDS_NEEDED} && exec "$0" "$@"`,
        process.execPath,
        join(here, 'many-clients.js'),
        String(wharf.amqpPort),
        String(COUNT),
        String(PARALLEL),
    ], { stdio: ['pipe', 'pipe', 'pipe'] });
    const lines = [];
    let stderr = '';
    client.stderr.on('data', (d) => (stderr += d.toString()));
    let pending = '';
    const waiters = [];
    client.stdout.on('data', (d) => {
        pending += d.toString();
        const parts = pending.split('\n');
        pending = parts.pop() ?? '';
        lines.push(...parts.filter(Boolean));
        for (const w of waiters.splice(0))
            w();
    });
    const exited = new Promise((r) => client.once('exit', r));
    const nextLine = async (ms) => {
        const deadline = Date.now() + ms;
        while (lines.length === 0) {
            if (Date.now() > deadline || client.exitCode !== null)
                throw new Error(`no line from the client: ${stderr}`);
            await new Promise((r) => {
                waiters.push(r);
                setTimeout(r, 200);
            });
        }
        return JSON.parse(lines.shift());
    };
    try {
        const opened = await nextLine(150_000);
        assert.equal(opened.opened, COUNT, `opened ${String(opened.opened)}, ${String(opened.failed)} failed: ${String(opened.lastError)}`);
        assert.equal(await overviewConnections(wharf), COUNT);
        const rssOpen = rssBytes(wharf.pid);
        const perConnection = (rssOpen - rssBefore) / COUNT;
        const served = await roundTrip(wharf.url);
        t.diagnostic(`opened ${COUNT} connections in ${String(opened.ms)} ms (${PARALLEL} in parallel, pipelined handshakes)`);
        t.diagnostic(`broker RSS: ${MiB(rssBefore)} before, ${MiB(rssOpen)} with ${COUNT} open`);
        t.diagnostic(`about ${Math.round(perConnection)} bytes (${(perConnection / 1024).toFixed(1)} KiB) per connection`);
        t.diagnostic(`a new client's connect, declare, confirmed publish and get meanwhile: ${served} ms`);
        assert.ok(served < 5000, `a normal client took ${served} ms with ${COUNT} connections open`);
        assert.ok(perConnection < 100 * 1024, `${Math.round(perConnection)} bytes per connection`);
        client.stdin.write('close\n');
        const closed = await nextLine(30_000);
        assert.equal(closed.closed, COUNT);
        for (let i = 0; i < 100 && (await overviewConnections(wharf)) > 0; i++)
            await new Promise((r) => setTimeout(r, 100));
        assert.equal(await overviewConnections(wharf), 0);
        t.diagnostic(`broker RSS after they closed: ${MiB(rssBytes(wharf.pid))}`);
        await roundTrip(wharf.url);
    }
    finally {
        if (client.exitCode === null)
            client.kill('SIGKILL');
        await exited;
    }
});
//# sourceMappingURL=many-connections.test.js.map