// Helpers of the RESP front's tests: a Wharf in this process with its RESP listener on port 0, a
// private reference redis-server (never the machine's shared one on 6379: it is started here on a
// free port, in a temporary directory, with persistence off) for differential comparisons, and the
// real clients (redis-cli, Debian's redis-py, ioredis) run against either.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWharf } from '../../src/embedded/start-wharf.js';
import { RawRedis } from './codec/redis-raw.js';
import { freePort } from '../helpers/ports.js';
export const PYTHON = '/usr/bin/python3';
export function hasRedisServer() {
    return spawnSync('redis-server', ['--version']).status === 0;
}
export function hasRedisCli() {
    return spawnSync('redis-cli', ['--version']).status === 0;
}
export function hasRedisPy() {
    return spawnSync(PYTHON, ['-c', 'import redis']).status === 0;
}
export const NO_REDIS_SERVER = 'redis-server is not installed (Debian package redis-server)';
export const NO_REDIS_CLI = 'redis-cli is not installed (Debian package redis-tools)';
export const NO_REDIS_PY = `redis-py is not importable by ${PYTHON} (Debian package python3-redis)`;
export async function startRespWharf(options = {}) {
    const wharf = await startWharf({ logLevel: 'silent', authFailureDelay: 0, ...options });
    const resp = wharf.listeners.find((l) => l.protocol === 'resp');
    if (resp === undefined)
        throw new Error('no RESP listener');
    return { wharf, port: resp.port, close: () => wharf.close() };
}
export async function startPrivateRedis(extra = []) {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-redis-ref-'));
    const port = await freePort();
    const child = spawn('redis-server', [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
        ...extra,
    ], { stdio: 'ignore' });
    const exited = new Promise((r) => child.once('exit', () => r()));
    const deadline = Date.now() + 10_000;
    for (;;) {
        const raw = await RawRedis.open(port);
        if (raw !== null) {
            const ok = await raw
                .command('PING')
                .then((r) => r.bytes.toString() === '+PONG\r\n')
                .catch(() => false);
            raw.close();
            if (ok)
                break;
        }
        if (Date.now() > deadline) {
            child.kill('SIGKILL');
            throw new Error('the private redis-server did not answer within 10 s');
        }
        await new Promise((r) => setTimeout(r, 50));
    }
    return {
        port,
        stop: async () => {
            child.kill('SIGTERM');
            await exited;
            rmSync(dir, { recursive: true, force: true });
        },
    };
}
/** Runs a program to its end (bounded by timeoutMs), collecting its output. */
export function run(cmd, args, input, timeoutMs = 30_000, env = {}) {
    return new Promise((resolve) => {
        const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d.toString()));
        child.stderr.on('data', (d) => (stderr += d.toString()));
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.once('close', (code) => {
            clearTimeout(timer);
            resolve({ code, stdout, stderr });
        });
        if (input !== undefined)
            child.stdin.end(input);
        else
            child.stdin.end();
    });
}
/** A Python program run by Debian's python3 (where redis-py 4.3.4 lives) with PORT in its environment. */
export async function python(program, port, timeoutMs = 60_000) {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-py-'));
    try {
        const file = join(dir, 'prog.py');
        writeFileSync(file, program);
        return await new Promise((resolve) => {
            const child = spawn(PYTHON, [file], { env: { ...process.env, PORT: String(port) } });
            let stdout = '';
            let stderr = '';
            child.stdout.on('data', (d) => (stdout += d.toString()));
            child.stderr.on('data', (d) => (stderr += d.toString()));
            const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
            child.once('close', (code) => {
                clearTimeout(timer);
                resolve({ code, stdout, stderr });
            });
        });
    }
    finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
/** Waits until `check` holds, polling, within a deadline. */
export async function until(check, timeoutMs = 5000, what = 'condition') {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
        if (Date.now() > deadline)
            throw new Error(`${what} not reached within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 10));
    }
}
//# sourceMappingURL=support.js.map