// Brokers under test: a Wharf process spawned on port 0 with its own data dir, and the
// reference RabbitMQ on 127.0.0.1:5672 when it answers.
//
// Environment (development only, never read by the broker itself):
// - WHARF_URL: use this AMQP URL instead of spawning Wharf (stop/kill/restart are not
//   possible; tests that need them skip). Lets the suites run against RabbitMQ before
//   Wharf exists: WHARF_URL=amqp://guest:guest@127.0.0.1:5672.
// - WHARF_CLI: path of the CLI entry point to spawn (default: the compiled
//   dist/src/cli/main.js next to this helper).
// - WHARF_TEST_NO_RABBITMQ=1: act as if RabbitMQ were not reachable, so Wharf is checked
//   against the behaviour recorded in the tests only.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
const here = dirname(fileURLToPath(import.meta.url));
/** Root of the repository: this file runs from dist/test/helpers. */
export const repoRoot = resolve(here, '../../..');
const cliPath = process.env.WHARF_CLI ?? resolve(here, '../../src/cli/main.js');
const READY_TIMEOUT_MS = 15_000;
const EXIT_TIMEOUT_MS = 10_000;
export const RABBIT_SKIP = 'RabbitMQ not reachable on 127.0.0.1:5672';
export const EXTERNAL_SKIP = 'WHARF_URL is set: no broker process to stop, kill or restart';
const children = new Set();
const tempDirs = new Set();
// Leftover brokers would keep ports and data dirs busy after a failed test file.
function killChildren() {
    for (const child of children) {
        try {
            child.kill('SIGKILL');
        }
        catch {
            // already gone
        }
    }
    for (const dir of tempDirs) {
        try {
            rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
        }
        catch {
            // a killed child may still be writing; the OS temp dir is cleaned eventually
        }
    }
}
process.on('exit', killChildren);
for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
]) {
    process.once(signal, () => {
        killChildren();
        process.exit(code);
    });
}
/** True when tests may stop, kill and restart the broker process. */
export function canControlWharf() {
    return !process.env.WHARF_URL;
}
export async function startWharf(opts = {}) {
    const external = process.env.WHARF_URL;
    if (external)
        return externalHandle(external);
    let dataDir = opts.dataDir;
    if (!dataDir) {
        dataDir = mkdtempSync(join(tmpdir(), 'wharf-test-'));
        tempDirs.add(dataDir);
    }
    return spawnWharf(dataDir, opts.args ?? [], opts.fdLimit);
}
function externalHandle(url) {
    const port = Number(new URL(url).port || 5672);
    const handle = {
        url,
        amqpPort: port,
        httpPort: Number(process.env.WHARF_HTTP_PORT ?? 0),
        amqpsPort: 0,
        httpsPort: 0,
        respPort: 0,
        kafkaPort: 0,
        sqsPort: 0,
        dataDir: '',
        external: true,
        pid: 0,
        stop: async () => 0,
        kill: async () => { },
        restart: async () => handle,
        output: () => '',
    };
    return handle;
}
function spawnWharf(dataDir, args, fdLimit) {
    if (!existsSync(cliPath)) {
        return Promise.reject(new Error(`Wharf CLI not found at ${cliPath} (build it, or set WHARF_URL)`));
    }
    const argv = [
        cliPath,
        'serve',
        '--amqp-port',
        '0',
        '--http-port',
        '0',
        '--resp-port',
        '0',
        '--sqs-port',
        '0',
        '--kafka-port',
        '0',
        '--data-dir',
        dataDir,
        ...args,
    ];
    // With fdLimit the shell raises the limit and execs node in its place (same pid).
    const child = fdLimit === undefined
        ? spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'] })
        : spawn('sh', ['-c', `ulimit -n ${fdLimit} && exec "$0" "$@"`, process.execPath, ...argv], {
            stdio: ['ignore', 'pipe', 'pipe'],
        });
    children.add(child);
    let out = '';
    let pending = '';
    let exitCode;
    const exited = new Promise((resolveExit) => {
        child.once('exit', (code) => {
            children.delete(child);
            exitCode = code;
            resolveExit(code);
        });
    });
    return new Promise((resolveReady, rejectReady) => {
        let settled = false;
        const fail = (why) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            child.kill('SIGKILL');
            rejectReady(new Error(`${why}\n--- wharf output ---\n${out}`));
        };
        const timer = setTimeout(() => fail(`wharf not ready within ${READY_TIMEOUT_MS} ms`), READY_TIMEOUT_MS);
        child.once('error', (err) => fail(`cannot spawn wharf: ${err.message}`));
        exited.then((code) => fail(`wharf exited with code ${code} before it was ready`));
        child.stderr.on('data', (chunk) => {
            out += chunk.toString();
        });
        child.stdout.on('data', (chunk) => {
            const text = chunk.toString();
            out += text;
            if (settled)
                return;
            pending += text;
            const lines = pending.split('\n');
            pending = lines.pop() ?? '';
            for (const line of lines) {
                const ready = parseReady(line);
                if (!ready)
                    continue;
                settled = true;
                clearTimeout(timer);
                resolveReady(makeHandle(ready));
                return;
            }
        });
    });
    function makeHandle({ amqpPort, httpPort, amqpsPort, httpsPort, respPort, kafkaPort, sqsPort, }) {
        const signalAndWait = async (signal) => {
            if (exitCode === undefined)
                child.kill(signal);
            let timer;
            const timeout = new Promise((r) => {
                timer = setTimeout(() => r('timeout'), EXIT_TIMEOUT_MS);
            });
            const result = await Promise.race([exited, timeout]);
            clearTimeout(timer);
            if (result === 'timeout') {
                child.kill('SIGKILL');
                await exited;
                throw new Error(`wharf did not exit within ${EXIT_TIMEOUT_MS} ms of ${signal}\n${out}`);
            }
            return result;
        };
        const handle = {
            url: `amqp://guest:guest@127.0.0.1:${amqpPort}`,
            amqpPort,
            httpPort,
            amqpsPort,
            httpsPort,
            respPort,
            kafkaPort,
            sqsPort,
            dataDir,
            external: false,
            pid: child.pid ?? 0,
            stop: () => signalAndWait('SIGTERM'),
            kill: async () => {
                await signalAndWait('SIGKILL');
            },
            restart: async () => {
                if (exitCode === undefined)
                    await handle.stop();
                return spawnWharf(dataDir, args, fdLimit);
            },
            output: () => out,
        };
        return handle;
    }
}
/** The ports of "wharf ready"; a listener that is off is absent there and 0 here. */
function parseReady(line) {
    if (!line.includes('wharf ready'))
        return null;
    try {
        const rec = JSON.parse(line);
        if (rec.msg !== 'wharf ready')
            return null;
        const port = (k) => (typeof rec[k] === 'number' ? rec[k] : 0);
        const ports = {
            amqpPort: port('amqpPort'),
            httpPort: port('httpPort'),
            amqpsPort: port('amqpsPort'),
            httpsPort: port('httpsPort'),
            respPort: port('respPort'),
            kafkaPort: port('kafkaPort'),
            sqsPort: port('sqsPort'),
        };
        if (ports.amqpPort === 0 && ports.amqpsPort === 0)
            return null;
        return ports;
    }
    catch {
        return null;
    }
}
/** The reference RabbitMQ, or null when nothing answers on 127.0.0.1:5672 within 1 s. */
export async function rabbitUrl() {
    if (process.env.WHARF_TEST_NO_RABBITMQ === '1')
        return null;
    // three tries: on a loaded machine one connect can fail or stall without RabbitMQ being gone,
    // and a false "not reachable" silently skips every RabbitMQ half of a file
    let open = false;
    for (let attempt = 0; attempt < 3 && !open; attempt++) {
        if (attempt > 0)
            await new Promise((r) => setTimeout(r, 500));
        open = await new Promise((done) => {
            const socket = tcpConnect({ host: '127.0.0.1', port: 5672 });
            const finish = (ok) => {
                socket.destroy();
                done(ok);
            };
            socket.setTimeout(3000, () => finish(false));
            socket.once('connect', () => finish(true));
            socket.once('error', () => finish(false));
        });
    }
    return open ? 'amqp://guest:guest@127.0.0.1:5672' : null;
}
/**
 * Wharf (spawned, or WHARF_URL) first, then RabbitMQ when reachable. Wharf's stop
 * asserts nothing; callers that want the clean-exit invariant use startWharf directly.
 */
export async function brokersUnderTest() {
    const [wharf, rabbit] = await Promise.all([startWharf(), rabbitUrl()]);
    const list = [
        {
            name: 'wharf',
            url: wharf.url,
            stop: async () => {
                const code = await wharf.stop();
                if (code !== 0)
                    throw new Error(`wharf exited with ${code} on SIGTERM\n${wharf.output()}`);
            },
        },
    ];
    if (rabbit)
        list.push({ name: 'rabbitmq', url: rabbit, stop: async () => { } });
    return list;
}
/** A name no other test or run will pick: prefix, then 10 random hex digits. */
export function uniqueName(prefix) {
    return `${prefix}-${randomBytes(5).toString('hex')}`;
}
/** Debian's python (not the python3 on PATH) is the one with python3-pika. */
export const PYTHON = '/usr/bin/python3';
let pikaCache;
export function hasPika() {
    pikaCache ??= spawnSync(PYTHON, ['-c', 'import pika'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
    return pikaCache;
}
let toolsCache;
export function hasAmqpTools() {
    toolsCache ??= [
        'amqp-publish',
        'amqp-consume',
        'amqp-get',
        'amqp-declare-queue',
        'amqp-delete-queue',
    ].every((tool) => spawnSync(tool, ['--help'], { stdio: 'ignore', timeout: 10_000 }).error === undefined);
    return toolsCache;
}
//# sourceMappingURL=brokers.js.map