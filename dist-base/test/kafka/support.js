// Shared by the Kafka front's tests: a Wharf started in this process with its Kafka listener on a
// free port, the real clients on this machine (kafkajs from npm; Debian's confluent-kafka,
// kafka-python and kcat, skipped with a message when absent), and a raw client for what the
// clients never send (bad frames, versions they do not speak).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { startWharf } from '../../src/embedded/start-wharf.js';
import { decodeResponse, encodeRequest, FrameSplitter, } from '../../src/kafka/codec/index.js';
import { PYTHON, repoRoot } from '../helpers/brokers.js';
export const PY_DIR = join(repoRoot, 'test/kafka/py');
export async function startKafkaWharf(options = {}) {
    const w = await startWharf({ httpPort: false, ...options });
    return Object.assign(w, { bootstrap: w.kafkaBootstrap });
}
export function topicName(prefix = 't') {
    return `${prefix}-${randomBytes(4).toString('hex')}`;
}
export function kafkajs(bootstrap, extra = {}) {
    return new Kafka({
        clientId: 'wharf-test',
        brokers: [bootstrap],
        logLevel: logLevel.NOTHING,
        retry: { retries: 5 },
        ...extra,
    });
}
const probe = new Map();
function can(key, cmd, args) {
    let ok = probe.get(key);
    if (ok === undefined) {
        ok = spawnSync(cmd, args, { stdio: 'ignore', timeout: 15_000 }).status === 0;
        probe.set(key, ok);
    }
    return ok;
}
/** Why a client cannot run here, or undefined when it can. */
export function missing(client) {
    if (client === 'kcat')
        return can('kcat', 'kcat', ['-V']) ? undefined : 'kcat is not installed (apt-get install kcat)';
    const pkg = client === 'kafka' ? 'python3-kafka' : 'python3-confluent-kafka';
    return can(client, PYTHON, ['-c', `import ${client}`])
        ? undefined
        : `${PYTHON} cannot import ${client} (apt-get install ${pkg})`;
}
/** Runs a program to completion (killed after timeoutMs); stdin written and closed when given. */
export function run(cmd, args, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c) => (stdout += c));
        child.stderr.on('data', (c) => (stderr += c));
        const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
        child.on('error', reject);
        child.on('close', (code) => {
            clearTimeout(timer);
            resolve({ code, stdout, stderr });
        });
        child.stdin.end(opts.input ?? '');
    });
}
/** Runs test/kafka/py/<script> with args; its last stdout line is JSON, returned parsed. */
export async function python(script, args, timeoutMs = 90_000) {
    const r = await run(PYTHON, [join(PY_DIR, script), ...args], { timeoutMs });
    if (r.code !== 0)
        throw new Error(`${script} exited with ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
    const last = r.stdout.trim().split('\n').pop() ?? '';
    try {
        return JSON.parse(last);
    }
    catch {
        throw new Error(`${script} printed no JSON result\n${r.stdout}\n${r.stderr}`);
    }
}
/** A bare Kafka client for tests: sends encoded requests, reads frames back in order. */
export class RawKafka {
    socket;
    frames = [];
    waiters = [];
    closed = false;
    constructor(socket) {
        this.socket = socket;
        const splitter = new FrameSplitter((f) => {
            this.frames.push(Buffer.from(f));
            for (const w of this.waiters.splice(0))
                w();
        });
        socket.on('data', (c) => splitter.push(c));
        socket.on('close', () => {
            this.closed = true;
            for (const w of this.waiters.splice(0))
                w();
        });
        socket.on('error', () => { });
    }
    static connect(bootstrap) {
        const [host, port] = bootstrap.split(':');
        return new Promise((resolve, reject) => {
            const s = connect({ host, port: Number(port) }, () => resolve(new RawKafka(s)));
            s.once('error', reject);
        });
    }
    send(apiKey, apiVersion, correlationId, body) {
        this.socket.write(encodeRequest({ apiKey, apiVersion, correlationId, clientId: 'raw' }, body));
    }
    write(bytes) {
        this.socket.write(bytes);
    }
    /** The next response frame, or null when the connection closed first. */
    async frame(timeoutMs = 10_000) {
        const deadline = Date.now() + timeoutMs;
        while (this.frames.length === 0) {
            if (this.closed)
                return null;
            if (Date.now() > deadline)
                throw new Error('no Kafka response in time');
            await new Promise((r) => {
                const t = setTimeout(r, Math.max(1, deadline - Date.now()));
                this.waiters.push(() => {
                    clearTimeout(t);
                    r();
                });
            });
        }
        return this.frames.shift();
    }
    async response(apiKey, apiVersion) {
        const f = await this.frame();
        if (!f)
            throw new Error('connection closed before the response');
        return decodeResponse(f, apiKey, apiVersion);
    }
    close() {
        this.socket.destroy();
    }
}
//# sourceMappingURL=support.js.map