// Starts Wharf from the compiled CLI on free ports (its own data dir), so the
// harness never collides with a Wharf or RabbitMQ already running on 5672.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
// dist/bench/lib/wharf.js -> dist/src/cli/main.js
const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/cli/main.js');
export class WharfProcess {
    dataDir;
    env;
    nodeArgs;
    child;
    amqpPort = 0;
    httpPort = 0;
    kafkaPort = 0;
    respPort = 0;
    sqsPort = 0;
    version = '';
    /** warn/error lines (pino level >= 40), kept so the report can show them. */
    problems = [];
    stderr = [];
    /** ms from spawn to the "wharf ready" line of the last start. */
    readyMs = Number.NaN;
    exited = Promise.resolve(null);
    constructor(dataDir = mkdtempSync(join(tmpdir(), 'wharf-bench-')), 
    /** extra environment of the broker (e.g. WHARF_BENCH_SYNC_DELAY_MS) */
    env = {}, 
    /** extra node options of the broker (e.g. --cpu-prof, which NODE_OPTIONS refuses) */
    nodeArgs = []) {
        this.dataDir = dataDir;
        this.env = env;
        this.nodeArgs = nodeArgs;
    }
    get pid() {
        return this.child?.pid;
    }
    get url() {
        return `amqp://guest:guest@127.0.0.1:${this.amqpPort}`;
    }
    /** Spawns the broker and resolves once it logs "wharf ready" (same data dir on restarts). */
    async start(timeoutMs = 600_000) {
        const t0 = performance.now();
        const child = spawn(process.execPath, [
            ...this.nodeArgs,
            CLI,
            'serve',
            '--amqp-port',
            '0',
            '--http-port',
            '0',
            // every front on a free port: the defaults (9092, 6380, ...) may be taken on a shared machine
            '--kafka-port',
            '0',
            '--sqs-port',
            '0',
            '--resp-port',
            '0',
            '--kafka-port',
            '0',
            '--host',
            '127.0.0.1',
            '--data-dir',
            this.dataDir,
        ], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...this.env } });
        this.child = child;
        this.exited = new Promise((res) => child.once('exit', (code) => res(code)));
        createInterface({ input: child.stderr }).on('line', (l) => {
            if (this.stderr.length < 200)
                this.stderr.push(l);
        });
        await new Promise((res, rej) => {
            const timer = setTimeout(() => rej(new Error(`wharf not ready after ${timeoutMs} ms`)), timeoutMs);
            child.once('exit', (code) => {
                clearTimeout(timer);
                rej(new Error(`wharf exited (${code}) before ready: ${this.stderr.slice(-5).join(' | ')}`));
            });
            // stdout must be drained for the whole life of the broker or it would block on
            // a full pipe; every line is parsed to catch warnings and errors.
            createInterface({ input: child.stdout }).on('line', (l) => {
                let rec;
                try {
                    rec = JSON.parse(l);
                }
                catch {
                    return;
                }
                if (rec.msg === 'wharf ready') {
                    this.amqpPort = Number(rec.amqpPort);
                    this.httpPort = Number(rec.httpPort ?? 0);
                    this.kafkaPort = Number(rec.kafkaPort ?? 0);
                    this.respPort = Number(rec.respPort ?? 0);
                    this.sqsPort = Number(rec.sqsPort ?? 0);
                    this.version = String(rec.version ?? '');
                    this.readyMs = performance.now() - t0;
                    clearTimeout(timer);
                    res();
                }
                else if (rec.level >= 40 && this.problems.length < 500) {
                    this.problems.push(rec);
                }
            });
        });
    }
    /** SIGTERM and wait for exit (graceful, so a later start recovers a clean store). */
    async stop(timeoutMs = 60_000) {
        const child = this.child;
        if (!child || child.exitCode !== null)
            return child?.exitCode ?? null;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        const code = await this.exited;
        clearTimeout(timer);
        return code;
    }
    /** Stops the broker and removes its data dir. */
    async dispose() {
        await this.stop();
        rmSync(this.dataDir, { recursive: true, force: true });
    }
}
//# sourceMappingURL=wharf.js.map