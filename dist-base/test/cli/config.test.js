// `wharf serve` configuration sources and checks: file < WHARF_* environment < flags;
// every value type-checked with its source named; alert rules merged over the
// defaults by name; a definitions file loaded at start (and a bad one refused).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_ALERT_RULES } from '../../src/broker/operations/alerts.js';
import { loadConfig } from '../../src/cli/config.js';
import { repoRoot, startWharf } from '../helpers/brokers.js';
let dir;
before(() => {
    dir = mkdtempSync(join(tmpdir(), 'wharf-config-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));
function file(name, content) {
    const p = join(dir, name);
    writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
    return p;
}
describe('loadConfig', () => {
    test('defaults, then file, then environment, then flags', () => {
        const cfg = file('layers.json', { amqpPort: 1000, httpPort: 1001, dataDir: '/from-file', heartbeat: 30 });
        const env = { WHARF_HTTP_PORT: '2001', WHARF_DATA_DIR: '/from-env', WHARF_FRAME_MAX: '65536' };
        const c = loadConfig({ config: cfg, dataDir: '/from-flag' }, env);
        assert.equal(c.amqpPort, 1000); // file only
        assert.equal(c.httpPort, 2001); // env over file
        assert.equal(c.dataDir, '/from-flag'); // flag over env
        assert.equal(c.heartbeat, 30);
        assert.equal(c.frameMax, 65536);
        assert.equal(c.logLevel, 'info');
        assert.equal(loadConfig({}, { WHARF_CONFIG: cfg }).amqpPort, 1000, 'WHARF_CONFIG names the file');
    });
    test("every front's usual port by default; false turns one off", () => {
        const c = loadConfig({}, {});
        assert.equal(c.kafkaPort, 9092);
        assert.equal(c.sqsPort, 9324);
        assert.equal(c.respPort, 6380, 'not 6379: a local Redis has that');
        const off = loadConfig({ respPort: 'false', kafkaPort: '0' }, {});
        assert.equal(off.respPort, false);
        assert.equal(off.kafkaPort, 0);
    });
    test('the ports nobody asked for are the ones that may be taken', () => {
        assert.deepEqual(loadConfig({}, {}).portsMayBeTaken, ['amqp', 'http', 'kafka', 'sqs', 'resp']);
        const cfg = file('ports.json', { kafkaPort: 19092 });
        assert.deepEqual(loadConfig({ config: cfg, amqpPort: '0' }, { WHARF_RESP_PORT: 'false' }).portsMayBeTaken, ['http', 'sqs']);
    });
    test('wrong values are refused, naming their source', () => {
        assert.throws(() => loadConfig({}, { WHARF_AMQP_PORT: 'five' }), /WHARF_AMQP_PORT must be a port/);
        assert.throws(() => loadConfig({ amqpPort: '70000' }, {}), /--amqp-port must be a port/);
        assert.throws(() => loadConfig({ logLevel: 'loud' }, {}), /--log-level must be one of/);
        assert.throws(() => loadConfig({ config: file('bad-type.json', { heartbeat: '60' }) }, {}), /'heartbeat' must be a non-negative integer, got "60"/);
        assert.throws(() => loadConfig({ config: file('bad-wm.json', { memoryHighWatermark: 2 }) }, {}), /'memoryHighWatermark' must be a number in \(0, 1\]/);
        assert.throws(() => loadConfig({ config: file('bad-users.json', { users: [{ name: 'a' }] }) }, {}), /'users' must be an array of \{name, password/);
        assert.throws(() => loadConfig({ config: file('array.json', '[]') }, {}), /must hold a JSON object/);
    });
    test('recoverDefinitions: off unless the flag, the file or WHARF_RECOVER_DEFINITIONS says true', () => {
        assert.equal(loadConfig({}, {}).recoverDefinitions, undefined);
        assert.equal(loadConfig({ recoverDefinitions: true }, {}).recoverDefinitions, true);
        assert.equal(loadConfig({}, { WHARF_RECOVER_DEFINITIONS: 'true' }).recoverDefinitions, true);
        const cfg = file('recover.json', { recoverDefinitions: true });
        assert.equal(loadConfig({ config: cfg }, { WHARF_RECOVER_DEFINITIONS: 'false' }).recoverDefinitions, false);
        assert.throws(() => loadConfig({}, { WHARF_RECOVER_DEFINITIONS: 'yes' }), /WHARF_RECOVER_DEFINITIONS must be true or false, got "yes"/);
    });
    test('alert rules: same name replaces a default, enabled:false drops one, new names are added', () => {
        const c = loadConfig({
            config: file('alerts.json', {
                alertRules: [
                    {
                        name: 'QueueDepthHigh',
                        severity: 'warning',
                        metric: 'depth',
                        threshold: 50,
                        pattern: 'orders\\..*',
                    },
                    { name: 'ConsumerLagHigh', enabled: false },
                    {
                        name: 'PaymentsBacklog',
                        severity: 'critical',
                        metric: 'depth',
                        threshold: 5,
                        pattern: 'payments',
                    },
                ],
            }),
        }, {});
        const rules = c.alertRules;
        assert.equal(rules.length, DEFAULT_ALERT_RULES.length);
        assert.deepEqual(rules.find((r) => r.name === 'QueueDepthHigh'), { name: 'QueueDepthHigh', severity: 'warning', metric: 'depth', threshold: 50, pattern: 'orders\\..*' });
        assert.equal(rules.find((r) => r.name === 'ConsumerLagHigh'), undefined);
        assert.ok(rules.find((r) => r.name === 'PaymentsBacklog'));
        assert.throws(() => loadConfig({ config: file('bad-rule.json', { alertRules: [{ name: 'X', metric: 'nope' }] }) }, {}), /rule 'X': 'severity' must be warning or critical/);
    });
});
describe('wharf serve with a config, the environment and a definitions file', () => {
    const auth = { authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}` };
    test('definitions are loaded at start and the configured alert rules are in effect', async () => {
        const defs = file('defs.json', {
            queues: [{ name: 'boot.orders', vhost: '/', durable: true, auto_delete: false, arguments: {} }],
            exchanges: [
                {
                    name: 'boot.events',
                    vhost: '/',
                    type: 'topic',
                    durable: true,
                    auto_delete: false,
                    internal: false,
                    arguments: {},
                },
            ],
            bindings: [
                {
                    source: 'boot.events',
                    vhost: '/',
                    destination: 'boot.orders',
                    destination_type: 'queue',
                    routing_key: 'order.*',
                    arguments: {},
                },
            ],
        });
        const cfg = file('with-rules.json', {
            alertRules: [
                { name: 'BootDepth', severity: 'critical', metric: 'depth', threshold: 0, pattern: 'boot\\..*' },
            ],
        });
        const w = await startWharf({ args: ['--config', cfg, '--load-definitions', defs] });
        try {
            const get = async (path) => (await fetch(`http://127.0.0.1:${w.httpPort}${path}`, { headers: auth })).json();
            assert.equal((await get('/api/queues/%2F/boot.orders')).name, 'boot.orders');
            const bindings = await get('/api/queues/%2F/boot.orders/bindings');
            assert.ok(bindings.some((b) => b.source === 'boot.events' && b.routing_key === 'order.*'));
            const rules = await get('/api/alerts/rules');
            assert.ok(rules.some((r) => r.name === 'BootDepth'));
            assert.ok(rules.some((r) => r.name === 'QueueDepthHigh'), 'defaults stay');
            // loading again at the next start is harmless (equivalent declarations)
            const again = await w.restart();
            assert.equal((await (await fetch(`http://127.0.0.1:${again.httpPort}/api/queues/%2F/boot.orders`, { headers: auth })).json()).name, 'boot.orders');
            await again.stop();
        }
        finally {
            await w.stop().catch(() => { });
        }
    });
    test('a bad definitions file stops the start with exit 1 and its problem', async () => {
        const bad = file('bad-defs.json', { queues: [{ name: 'q', vhost: '/', durable: 'yes' }] });
        const r = await new Promise((resolve) => {
            const p = spawn(process.execPath, [
                join(repoRoot, 'dist/src/cli/main.js'),
                'serve',
                '--amqp-port',
                '0',
                '--http-port',
                '0',
                '--sqs-port',
                '0',
                '--data-dir',
                join(dir, 'bad-data'),
            ], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WHARF_LOAD_DEFINITIONS: bad } });
            let out = '';
            p.stdout.on('data', (d) => (out += d));
            p.stderr.on('data', (d) => (out += d));
            const t = setTimeout(() => p.kill('SIGKILL'), 10_000);
            p.on('exit', (code) => {
                clearTimeout(t);
                resolve({ code, out });
            });
        });
        assert.equal(r.code, 1, r.out);
        assert.match(r.out, /definitions file '.*bad-defs.json'/);
    });
});
//# sourceMappingURL=config.test.js.map