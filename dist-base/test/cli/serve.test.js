// The `wharf serve` contract outside checks rely on: ready line with the bound ports,
// refusal with a clear message when a port is taken or the data dir is unusable,
// flags over the config file, and SIGTERM closing clients with 320 CONNECTION_FORCED.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import amqp from 'amqplib';
import pino from 'pino';
import * as M from '../../src/amqp/codec/generated.js';
import { methodFrame } from '../../src/amqp/codec/index.js';
import { WharfServer } from '../../src/server.js';
import { RawClient } from '../amqp/raw-client.js';
import { repoRoot, startWharf } from '../helpers/brokers.js';
const main = join(repoRoot, 'dist/src/cli/main.js');
function run(args, ms = 10_000) {
    return new Promise((resolve) => {
        const p = spawn(process.execPath, [main, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        p.stdout.on('data', (d) => (out += d));
        p.stderr.on('data', (d) => (out += d));
        const t = setTimeout(() => p.kill('SIGKILL'), ms);
        p.on('exit', (code) => {
            clearTimeout(t);
            resolve({ code, out });
        });
    });
}
function tmp() {
    return mkdtempSync(join(tmpdir(), 'wharf-cli-'));
}
describe('wharf serve', () => {
    test('npx wharf serve (the documented contract) runs this project; SIGTERM stops it cleanly', { timeout: 60_000 }, async () => {
        const dir = tmp();
        // --no: never fall back to a registry package of the same name
        const p = spawn('npx', [
            '--no',
            'wharf',
            'serve',
            '--amqp-port',
            '0',
            '--http-port',
            '0',
            '--sqs-port',
            '0',
            '--resp-port',
            '0',
            '--kafka-port',
            '0',
            '--data-dir',
            dir,
        ], {
            cwd: repoRoot,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        p.stdout.on('data', (d) => (out += d));
        p.stderr.on('data', (d) => (out += d));
        try {
            const deadline = Date.now() + 45_000;
            while (!/"msg":"wharf ready"/.test(out)) {
                if (Date.now() > deadline || p.exitCode !== null)
                    assert.fail(`no ready line:\n${out}`);
                await new Promise((r) => setTimeout(r, 100));
            }
            const ready = JSON.parse(out.split('\n').find((l) => l.includes('"wharf ready"')));
            assert.ok(ready.amqpPort > 0 && ready.httpPort > 0);
            const exited = new Promise((r) => p.once('exit', () => r()));
            // npm forwards the signal to the broker and then ends by it itself; what counts is
            // that the broker shut down cleanly
            p.kill('SIGTERM');
            await exited;
            for (let i = 0; i < 100 && !/"msg":"wharf stopped"/.test(out); i++) {
                await new Promise((r) => setTimeout(r, 50));
            }
            assert.match(out, /"msg":"wharf stopped"/);
        }
        finally {
            p.kill('SIGKILL');
            rmSync(dir, { recursive: true, force: true });
        }
    });
    test('refuses to start when the AMQP port is taken', async () => {
        const blocker = createServer();
        await new Promise((r) => blocker.listen(0, '127.0.0.1', () => r()));
        const port = blocker.address().port;
        const dir = tmp();
        try {
            const r = await run([
                'serve',
                '--amqp-port',
                String(port),
                '--http-port',
                '0',
                '--resp-port',
                '0',
                '--data-dir',
                dir,
            ]);
            assert.equal(r.code, 1);
            assert.match(r.out, new RegExp(`AMQP port ${port} is already in use`));
        }
        finally {
            blocker.close();
            rmSync(dir, { recursive: true, force: true });
        }
    });
    test('refuses to start when the HTTP port is taken', async () => {
        const blocker = createServer();
        await new Promise((r) => blocker.listen(0, '127.0.0.1', () => r()));
        const port = blocker.address().port;
        const dir = tmp();
        try {
            const r = await run([
                'serve',
                '--amqp-port',
                '0',
                '--http-port',
                String(port),
                '--resp-port',
                '0',
                '--data-dir',
                dir,
            ]);
            assert.equal(r.code, 1);
            assert.match(r.out, new RegExp(`HTTP port ${port} is already in use`));
        }
        finally {
            blocker.close();
            rmSync(dir, { recursive: true, force: true });
        }
    });
    test('a default port that is taken leaves its front off with a warning; the others start', async () => {
        const blocker = createServer();
        await new Promise((r) => blocker.listen(0, '127.0.0.1', () => r()));
        const port = blocker.address().port;
        const dir = tmp();
        const lines = [];
        const logger = pino({ level: 'warn' }, { write: (l) => void lines.push(l) });
        // as loadConfig passes them: the AMQP port is the default nobody asked for (here the blocked one)
        const server = new WharfServer({
            host: '127.0.0.1',
            amqpPort: port,
            httpPort: 0,
            respPort: 0,
            dataDir: dir,
            logger,
            portsMayBeTaken: ['amqp', 'http', 'resp'],
        });
        try {
            await server.start();
            assert.deepEqual(server.listeners.map((l) => l.protocol), ['http', 'resp']);
            assert.ok(lines.some((l) => l.includes(`AMQP port ${port} is already in use: amqp stays off`)), lines.join(''));
            const health = await fetch(`http://127.0.0.1:${server.httpPort}/api/health/checks/alarms`, {
                headers: { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` },
            });
            assert.equal(health.status, 200, 'the HTTP front serves');
        }
        finally {
            await server.stop();
            blocker.close();
            rmSync(dir, { recursive: true, force: true });
        }
    });
    test('refuses to start when the data dir is unusable', async () => {
        const dir = tmp();
        const file = join(dir, 'a-file');
        writeFileSync(file, 'not a directory');
        try {
            const r = await run(['serve', '--amqp-port', '0', '--http-port', '0', '--data-dir', join(file, 'sub')]);
            assert.equal(r.code, 1);
            assert.match(r.out, /data directory .* is not usable/);
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
    test('a bad config file is refused with its problem named', async () => {
        const dir = tmp();
        try {
            writeFileSync(join(dir, 'c.json'), '{"amqpPort": 0, "colour": "blue"}');
            const r = await run(['serve', '--config', join(dir, 'c.json')]);
            assert.equal(r.code, 1);
            assert.match(r.out, /unknown setting 'colour'/);
            writeFileSync(join(dir, 'c.json'), '{nope');
            assert.match((await run(['serve', '--config', join(dir, 'c.json')])).out, /not valid JSON/);
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
    test('config file settings apply and flags override them', async () => {
        const dir = tmp();
        try {
            writeFileSync(join(dir, 'c.json'), JSON.stringify({ amqpPort: 1, httpPort: 0, dataDir: join(dir, 'from-file'), logLevel: 'info' }));
            const w = await startWharf({
                args: ['--config', join(dir, 'c.json'), '--amqp-port', '0'],
                dataDir: join(dir, 'd'),
            });
            try {
                assert.notEqual(w.amqpPort, 1);
                assert.match(w.output(), /"dataDir":"[^"]*\/d"/);
            }
            finally {
                await w.stop();
            }
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
    test('users come from the config file; configured users replace the default guest', async () => {
        const dir = tmp();
        try {
            writeFileSync(join(dir, 'c.json'), JSON.stringify({ users: [{ name: 'app', password: 'pä55', loopbackOnly: false }] }));
            const w = await startWharf({ args: ['--config', join(dir, 'c.json')], dataDir: join(dir, 'd') });
            try {
                // object form: amqplib decodes URL passwords with unescape(), which mangles UTF-8
                const conn = await amqp.connect({
                    hostname: '127.0.0.1',
                    port: w.amqpPort,
                    username: 'app',
                    password: 'pä55',
                });
                await conn.close();
                await assert.rejects(amqp.connect(`amqp://guest:guest@127.0.0.1:${w.amqpPort}`));
                await assert.rejects(amqp.connect(`amqp://app:wrong@127.0.0.1:${w.amqpPort}`));
            }
            finally {
                await w.stop();
            }
        }
        finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
    test('SIGTERM closes clients with 320 CONNECTION_FORCED and exits 0', async () => {
        const w = await startWharf();
        const c = await RawClient.connect(w.amqpPort);
        await c.handshake();
        const exit = w.stop();
        const close = await c.waitMethod(M.CONNECTION_CLOSE, 5000);
        assert.equal(close.args.replyCode, 320);
        assert.match(String(close.args.replyText), /^CONNECTION_FORCED/);
        c.send(methodFrame(0, M.CONNECTION_CLOSE_OK, {}));
        assert.equal(await exit, 0);
        assert.match(w.output(), /wharf stopped/);
    });
    test('the health endpoint answers on the HTTP port', async () => {
        const w = await startWharf();
        try {
            const url = `http://127.0.0.1:${w.httpPort}/api/health/checks/alarms`;
            assert.equal((await fetch(url)).status, 401, 'behind auth, as on RabbitMQ');
            const res = await fetch(url, {
                headers: { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` },
            });
            assert.equal(res.status, 200);
            assert.deepEqual(await res.json(), { status: 'ok' });
        }
        finally {
            await w.stop();
        }
    });
});
//# sourceMappingURL=serve.test.js.map