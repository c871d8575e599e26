// The package as a user gets it: `npm pack` builds the tarball (in a copy of the sources, so
// this repository's dist/ and package.json are left alone while other tests run), then it is
// installed into empty directories under the system temp dir, where nothing of the repository
// can be resolved, with the registry providing its dependencies. Skipped with a message only
// when the npm registry does not answer.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startWharf } from 'wharfmq';
import { repoRoot } from '../helpers/brokers.js';
import { cleanEnv, registryReachable, run } from './npm.js';
const VERSION = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'))
    .version;
const TSC = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const INSTALL_MS = 180_000;
let root = '';
let tarball = '';
let skip;
before(async () => {
    root = mkdtempSync(join(tmpdir(), 'wharf-package-'));
    skip = await registryReachable(root);
    if (skip)
        return;
    // the sources npm pack needs, and the repository's node_modules for the build's compiler only
    const stage = join(root, 'stage');
    mkdirSync(stage);
    for (const f of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.pack.json', 'README.md'])
        cpSync(join(repoRoot, f), join(stage, f));
    for (const d of ['src', 'dashboard', 'scripts'])
        cpSync(join(repoRoot, d), join(stage, d), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules'), join(stage, 'node_modules'));
    const packed = await run('npm', ['pack', '--pack-destination', root], stage, 600_000);
    assert.equal(packed.code, 0, `npm pack failed:\n${packed.stdout}\n${packed.stderr}`);
    tarball = join(root, `wharfmq-${VERSION}.tgz`);
    assert.ok(existsSync(tarball), `no ${tarball}:\n${packed.stdout}`);
    assert.equal(existsSync(join(stage, 'package.json.orig')), false, 'postpack put package.json back');
    assert.equal(readFileSync(join(stage, 'package.json'), 'utf8'), readFileSync(join(repoRoot, 'package.json'), 'utf8'));
});
after(() => {
    if (root)
        rmSync(root, { recursive: true, force: true });
});
/** A new empty project directory with the tarball installed (extra npm flags appended). */
async function installInto(name, ...flags) {
    const dir = join(root, name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `try-${name}`, private: true, type: 'module' }));
    const r = await run('npm', ['install', tarball, '--no-audit', '--no-fund', ...flags], dir, INSTALL_MS);
    assert.equal(r.code, 0, `npm install ${flags.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
    return { dir, stderr: r.stderr };
}
function sizeOf(path) {
    const s = statSync(path);
    if (!s.isDirectory())
        return s.size;
    let n = 0;
    for (const e of readdirSync(path))
        n += sizeOf(join(path, e));
    return n;
}
function installedPackages(dir) {
    const nm = join(dir, 'node_modules');
    return readdirSync(nm)
        .filter((n) => !n.startsWith('.'))
        .flatMap((n) => (n.startsWith('@') ? readdirSync(join(nm, n)).map((m) => `${n}/${m}`) : [n]))
        .sort();
}
/** An SDK program: a work queue round trip through wharfmq/client. */
const SDK_PROGRAM = `
import { connect } from 'wharfmq/client';
const client = await connect(process.argv[2]);
const queue = await client.workQueue('package-test-' + process.pid);
const got = new Promise((resolve) => queue.consume(async (msg) => resolve(msg.payload)));
await queue.publish({ hello: 'from the tarball' });
const payload = await got;
await client.close();
console.log('SDK OK ' + JSON.stringify(payload));
`;
/** waits for the 'wharf ready' line of `wharf serve`, and returns its ports */
function readyPorts(child, ms) {
    return new Promise((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no 'wharf ready' within ${ms} ms:\n${out}`)), ms);
        const onData = (d) => {
            out += d;
            const line = out.split('\n').find((l) => l.includes('"wharf ready"'));
            if (line) {
                clearTimeout(timer);
                resolve(JSON.parse(line));
            }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', (code) => reject(new Error(`wharf serve exited (${code}) before it was ready:\n${out}`)));
    });
}
test('the tarball holds what a user runs and nothing else', async (t) => {
    if (skip)
        return t.skip(`npm registry not reachable: ${skip}`);
    const list = await run('tar', ['tzf', tarball], root, 30_000);
    const files = list.stdout.trim().split('\n');
    const unexpected = files.filter((f) => !/^package\/dist\/src\/.+\.(js|d\.ts)$/.test(f) &&
        !/^package\/dashboard\/[^/]+$/.test(f) &&
        !['package/package.json', 'package/README.md'].includes(f));
    assert.deepEqual(unexpected, [], 'only compiled sources, their declarations, the dashboard, README and package.json');
    for (const must of [
        'cli/bin.js',
        'cli/main.js',
        'index.js',
        'index.d.ts',
        'client/index.js',
        'client/index.d.ts',
    ])
        assert.ok(files.includes(`package/dist/src/${must}`), `has dist/src/${must}`);
    assert.ok(files.includes('package/dashboard/index.html'));
    assert.equal(files.filter((f) => /\/(test|bench|examples)\//.test(f)).length, 0);
    const unpacked = join(root, 'unpacked');
    mkdirSync(unpacked);
    assert.equal((await run('tar', ['xzf', tarball, '-C', unpacked], root, 30_000)).code, 0);
    const pkg = JSON.parse(readFileSync(join(unpacked, 'package', 'package.json'), 'utf8'));
    assert.equal(pkg.scripts, undefined, 'no scripts: nothing runs at install (npm lists even prepare as one)');
    assert.equal(pkg.devDependencies, undefined);
    assert.deepEqual(pkg.bin, { wharf: 'dist/src/cli/bin.js' });
    const js = files.filter((f) => f.endsWith('.js')).map((f) => join(unpacked, f));
    // every package the code imports is one the package declares: nothing comes from the
    // repository's dev dependencies
    const declared = new Set(['dependencies', 'optionalDependencies', 'peerDependencies'].flatMap((k) => Object.keys(pkg[k] ?? {})));
    const IMPORT = /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;
    for (const f of js) {
        const text = readFileSync(f, 'utf8');
        for (const m of text.matchAll(IMPORT)) {
            const spec = m[1] ?? m[2];
            if (spec.startsWith('.') || spec.startsWith('node:'))
                continue;
            const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
            assert.ok(declared.has(name), `${f} imports '${spec}', which package.json does not declare`);
        }
        assert.doesNotMatch(text, /sourceMappingURL/, `${f} points at no source map`);
        // the SQL stores take their driver from the caller: nothing loads one at run time
        assert.doesNotMatch(text, /from ['"](better-sqlite3|pg|ioredis)['"]|require\(['"](better-sqlite3|pg|ioredis)['"]\)/, f);
    }
    assert.match(readFileSync(join(unpacked, 'package', 'dist', 'src', 'cli', 'bin.js'), 'utf8'), /^#!\/usr\/bin\/env node/);
    t.diagnostic(`tarball ${statSync(tarball).size} bytes, ${files.length} files, unpacked ${sizeOf(join(unpacked, 'package'))} bytes`);
});
test('installed into an empty directory: npx wharf serve with the dashboard, the CLI, startWharf, and the SDK with its types', { timeout: 600_000 }, async (t) => {
    if (skip)
        return t.skip(`npm registry not reachable: ${skip}`);
    const { dir, stderr } = await installInto('full');
    assert.doesNotMatch(stderr, /install-scripts|prepare/, 'npm reports no install script');
    const packages = installedPackages(dir);
    for (const peer of ['better-sqlite3', 'pg', 'ioredis'])
        assert.ok(!packages.includes(peer), `${peer} (an optional peer of the SQL/Redis stores) is not installed`);
    for (const p of packages) {
        const manifest = JSON.parse(readFileSync(join(dir, 'node_modules', p, 'package.json'), 'utf8'));
        const scripts = Object.keys(manifest.scripts ?? {}).filter((s) => /^(pre|post)?install$/.test(s));
        assert.deepEqual(scripts, [], `${p} runs nothing at install`);
        assert.ok(!existsSync(join(dir, 'node_modules', p, 'binding.gyp')), `${p} compiles nothing`);
    }
    t.diagnostic(`full install: ${packages.length} packages, node_modules ${sizeOf(join(dir, 'node_modules'))} bytes`);
    assert.equal((await run('npx', ['wharf', '--version'], dir, 60_000)).stdout.trim(), VERSION);
    const serve = spawn('npx', [
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
        'data',
    ], {
        cwd: dir,
        env: cleanEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
        const { amqpPort, httpPort } = await readyPorts(serve, 60_000);
        const http = `http://127.0.0.1:${httpPort}`;
        const page = await fetch(`${http}/`);
        assert.equal(page.status, 200);
        assert.match(await page.text(), /<title>/i, 'the dashboard is served from the installed package');
        const status = await run('npx', ['wharf', 'status', '--url', http], dir, 60_000);
        assert.equal(status.code, 0, `${status.stdout}\n${status.stderr}`);
        writeFileSync(join(dir, 'sdk.mjs'), SDK_PROGRAM);
        const sdk = await run(process.execPath, ['sdk.mjs', `amqp://guest:guest@127.0.0.1:${amqpPort}`], dir, 60_000);
        assert.equal(sdk.code, 0, `${sdk.stdout}\n${sdk.stderr}`);
        assert.match(sdk.stdout, /SDK OK \{"hello":"from the tarball"\}/);
    }
    finally {
        serve.kill('SIGTERM');
        await new Promise((r) => (serve.exitCode === null ? serve.once('exit', r) : r(undefined)));
    }
    // the in-process broker from the package's main entry, with the SDK against it
    writeFileSync(join(dir, 'embedded.mjs'), `import { startWharf } from 'wharfmq';
const wharf = await startWharf({ storage: 'memory' });
// the SDK runs in its own process: this one's event loop serves it
const { execFile } = await import('node:child_process');
const { promisify } = await import('node:util');
const { stdout } = await promisify(execFile)(process.execPath, ['sdk.mjs', wharf.amqpUrl], { encoding: 'utf8' });
console.log(stdout.trim());
await wharf.close();`);
    const embedded = await run(process.execPath, ['embedded.mjs'], dir, 60_000);
    assert.equal(embedded.code, 0, `${embedded.stdout}\n${embedded.stderr}`);
    assert.match(embedded.stdout, /SDK OK/);
    // types, as a TypeScript project that depends on the package sees them (its own @types/node)
    const types = await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '@types/node@20'], dir, INSTALL_MS);
    assert.equal(types.code, 0, types.stderr);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
        compilerOptions: {
            target: 'ES2022',
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            strict: true,
            noEmit: true,
            skipLibCheck: true,
        },
        files: ['app.ts'],
    }));
    const app = `import { connect } from 'wharfmq/client';
import { startWharf, type RunningWharf } from 'wharfmq';
const wharf: RunningWharf = await startWharf({ storage: 'memory' });
const client = await connect(wharf.amqpUrl);
const queue = await client.workQueue('tasks');
await queue.publish({ id: 1 });
await client.close();
await wharf.close();
`;
    writeFileSync(join(dir, 'app.ts'), app);
    const ok = await run(process.execPath, [TSC, '-p', '.'], dir, 120_000);
    assert.equal(ok.code, 0, `the SDK and startWharf type-check:\n${ok.stdout}`);
    writeFileSync(join(dir, 'app.ts'), `${app}const port: number = wharf.amqpUrl;\n`);
    const bad = await run(process.execPath, [TSC, '-p', '.'], dir, 120_000);
    assert.notEqual(bad.code, 0, 'a type error is caught: the types are real');
    assert.match(bad.stdout, /Type 'string' is not assignable to type 'number'/);
});
test('npm install -g of the tarball (into a temp prefix) puts a wharf command on PATH', { timeout: 300_000 }, async (t) => {
    if (skip)
        return t.skip(`npm registry not reachable: ${skip}`);
    const prefix = join(root, 'global');
    const r = await run('npm', ['install', '-g', '--prefix', prefix, tarball, '--no-audit', '--no-fund'], root, INSTALL_MS);
    assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
    const env = cleanEnv({ PATH: `${join(prefix, 'bin')}:${process.env.PATH ?? ''}` });
    const which = await run('sh', ['-c', 'command -v wharf'], root, 10_000, env);
    assert.equal(which.stdout.trim(), join(prefix, 'bin', 'wharf'));
    const version = await run('wharf', ['--version'], root, 60_000, env);
    assert.equal(version.stdout.trim(), VERSION);
    const help = await run('wharf', ['serve', '--help'], root, 60_000, env);
    assert.match(help.stdout, /--storage <kind>/);
});
test('--omit=optional installs the SDK alone, which type-checks strictly; the command then says what is missing', { timeout: 900_000 }, async (t) => {
    if (skip)
        return t.skip(`npm registry not reachable: ${skip}`);
    const { dir } = await installInto('sdk-only', '--omit=optional');
    assert.deepEqual(installedPackages(dir), ['amqplib', 'wharfmq']);
    t.diagnostic(`SDK-only install: node_modules ${sizeOf(join(dir, 'node_modules'))} bytes`);
    const wharf = await startWharf({ storage: 'memory' }); // a broker for it, from this repository
    try {
        writeFileSync(join(dir, 'sdk.mjs'), SDK_PROGRAM);
        const sdk = await run(process.execPath, ['sdk.mjs', wharf.amqpUrl], dir, 60_000);
        assert.equal(sdk.code, 0, `${sdk.stdout}\n${sdk.stderr}`);
        assert.match(sdk.stdout, /SDK OK/);
    }
    finally {
        await wharf.close();
    }
    await typeCheckStrict(t, dir);
    const cli = await run('npx', ['wharf', '--version'], dir, 60_000);
    assert.equal(cli.code, 1);
    assert.match(cli.stderr, /is not installed\. The broker's dependencies are optional dependencies of wharfmq.*--include=optional/);
});
/** A strict project's tsconfig that checks every declaration file it loads (skipLibCheck off). */
const STRICT_TSCONFIG = JSON.stringify({
    compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: ['node'],
    },
    files: ['app.ts'],
});
/** The SDK without any store driver: what its core entry uses, checked declaration by declaration. */
const SDK_APP = `import {
  connect, MemoryDedupStore, OutboxRelay, defineSaga, PermanentError,
  type Envelope, type OutboxSource, type DedupStore,
  MemoryOffsetStore, CronExpression, CronSyntaxError, SCHEDULE_HEADER,
  type BatchMessage, type StreamMessage, type QueueInfo, type ReplayDeadLettersResult, type Schedule,
} from 'wharfmq/client';
const client = await connect('amqp://guest:guest@127.0.0.1:5672');
const store: DedupStore = new MemoryDedupStore();
await client.consume<{ id: number }>('q', async (m: Envelope<{ id: number }>) => {
  if (m.payload.id < 0) throw new PermanentError('negative');
}, { dedup: store });
const source = {} as OutboxSource;
new OutboxRelay({ outbox: source, publisher: client });
defineSaga<{ a: { x: number } }>({ publisher: client, exchange: 'e', steps: {} });
// The features of issue 18 that need no other package.
await client.publish('', 'q', { id: 1 }, { delay: 1000 });
await client.consume('q', () => {}, { rateLimit: { max: 10, intervalMs: 1000 } });
await client.consumeBatch<{ id: number }>('q', async (batch: BatchMessage<{ id: number }>[]) => {
  for (const m of batch) if (m.payload.id < 0) m.fail(new Error('negative'));
}, { batchSize: 10, maxWaitMs: 100 });
for await (const m of client.messages<{ id: number }>('q', { prefetch: 5 })) {
  const msg: StreamMessage<{ id: number }> = m;
  msg.ack();
  break;
}
await client.consumeStream('s', () => {}, { from: 'first', offsets: { name: 'c', store: new MemoryOffsetStore() } });
const info: QueueInfo | null = await client.queueInfo('q');
const replayed: ReplayDeadLettersResult = await client.replayDeadLetters('q.dlq', { limit: 10 });
const schedule: Schedule = await client.schedule('nightly', { cron: '0 3 * * *', payload: { id: 1 } });
await client.schedule('sweep', { every: 30_000 });
const next: Date | undefined = new CronExpression('@hourly').next(new Date());
console.log(info, replayed, schedule.nextTick(), next, SCHEDULE_HEADER.tick, CronSyntaxError);
await client.close();
`;
/**
 * In an install with only the SDK (and amqplib), a strict project type-checks with
 * skipLibCheck off; importing a store entry whose driver is missing is the only thing
 * that fails, and it names that driver. Then with pg and @types/pg added, the PostgreSQL
 * entry type-checks too.
 */
async function typeCheckStrict(t, dir) {
    const flags = ['--no-save', '--no-audit', '--no-fund', '--omit=optional'];
    const types = await run('npm', ['install', ...flags, '@types/node@20'], dir, INSTALL_MS);
    assert.equal(types.code, 0, types.stderr);
    writeFileSync(join(dir, 'tsconfig.json'), STRICT_TSCONFIG);
    writeFileSync(join(dir, 'app.ts'), SDK_APP);
    const core = await run(process.execPath, [TSC, '-p', '.'], dir, 120_000);
    assert.equal(core.code, 0, `wharfmq/client type-checks with no store driver installed:\n${core.stdout}`);
    writeFileSync(join(dir, 'app.ts'), `import { PostgresDedupStore } from 'wharfmq/client/postgres';\nconsole.log(PostgresDedupStore);\n`);
    const missing = await run(process.execPath, [TSC, '-p', '.'], dir, 120_000);
    assert.notEqual(missing.code, 0, 'the PostgreSQL entry needs pg');
    assert.match(missing.stdout, /Cannot find module 'pg'/);
    const pg = await run('npm', ['install', ...flags, 'pg@8', '@types/pg@8'], dir, INSTALL_MS);
    assert.equal(pg.code, 0, pg.stderr);
    writeFileSync(join(dir, 'app.ts'), `${SDK_APP}
import pg from 'pg';
import { PostgresDedupStore, PostgresOutbox, processOncePg, withPgTransaction } from 'wharfmq/client/postgres';
const pool = new pg.Pool();
const dedup = new PostgresDedupStore({ pool });
const outbox = new PostgresOutbox({ pool });
await withPgTransaction(pool, (tx) => outbox.add(tx, { exchange: 'e', routingKey: 'k', payload: 1 }));
const ran: boolean = await processOncePg(pool, 'id', async (tx) => tx.query('SELECT 1'));
console.log(dedup, ran);
`);
    const withPg = await run(process.execPath, [TSC, '-p', '.'], dir, 120_000);
    assert.equal(withPg.code, 0, `wharfmq/client/postgres type-checks with pg and @types/pg:\n${withPg.stdout}`);
    t.diagnostic('strict type-check (skipLibCheck off): SDK alone, then with pg: clean');
}
//# sourceMappingURL=install.test.js.map