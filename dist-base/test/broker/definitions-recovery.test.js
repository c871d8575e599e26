// Broker.open's rules for what the definitions log cannot account for (src/broker/
// definitions-recovery.ts), in-process on real data dirs: no queue data deleted because a
// record was lost, no defaults re-seeded on a damaged log, an unreadable log refused unless
// overridden, data dirs of earlier versions (plain JSON lines, no meta files) migrated, and
// the manual procedure of docs/reliability.md for a directory without a meta file.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync, } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { amqpPropertiesFormat } from '../../src/amqp/index.js';
import { Broker, BrokerError } from '../../src/broker/index.js';
const DURABLE = { passive: false, durable: true, exclusive: false, autoDelete: false, arguments: {} };
function message(body) {
    return {
        exchange: '',
        routingKey: '',
        properties: Buffer.from([0, 0]),
        body: Buffer.from(body),
        persistent: true,
        timestamp: Date.now(),
    };
}
async function withDataDir(fn) {
    const dataDir = mkdtempSync(join(tmpdir(), 'wharf-defs-recovery-'));
    const warnings = [];
    const brokers = [];
    const d = {
        dataDir,
        warnings,
        open(config = {}) {
            const b = new Broker({
                dataDir,
                format: amqpPropertiesFormat,
                onWarning: (m) => warnings.push(m),
                ...config,
            });
            brokers.push(b);
            b.open();
            return b;
        },
    };
    try {
        await fn(d);
    }
    finally {
        for (const b of brokers)
            await b.close();
        rmSync(dataDir, { recursive: true, force: true });
    }
}
/** A broker with durable queue `name` holding `n` persistent messages, closed again. */
async function queueWithMessages(d, name, n) {
    const b = d.open();
    const q = b.vhost('/').declareQueue(name, DURABLE);
    for (let i = 0; i < n; i++)
        q.publish(message(`${name}-${i}`));
    await b.close();
}
const defsPath = (d) => join(d.dataDir, 'definitions.jsonl');
const queuesDir = (d) => join(d.dataDir, 'queues');
/** Turns the data dir into one written before framing and meta files. */
function makeLegacy(d) {
    const lines = readFileSync(defsPath(d), 'utf8').trimEnd().split('\n');
    writeFileSync(defsPath(d), lines.map((l) => `${l.slice(9)}\n`).join(''));
    for (const q of readdirSync(queuesDir(d)))
        rmSync(join(queuesDir(d), q, 'meta'), { force: true });
}
/** Breaks the line holding `needle` (as JSON) without changing its length. */
function damageLine(d, needle) {
    const text = readFileSync(defsPath(d), 'utf8');
    const at = text.indexOf(needle);
    assert.ok(at >= 0, `${needle} is in the log`);
    writeFileSync(defsPath(d), `${text.slice(0, at)}#${text.slice(at + 1)}`);
}
describe('definitions recovery at open', () => {
    test('a new data dir gets the defaults in one rewrite, framed', async () => {
        await withDataDir(async (d) => {
            const b = d.open();
            assert.ok(b.identity.users.has('guest'));
            const lines = readFileSync(defsPath(d), 'utf8').trimEnd().split('\n');
            assert.deepEqual(lines.map((l) => JSON.parse(l.slice(9)).op), ['seeded', 'vhost', 'user', 'permission']);
            for (const l of lines)
                assert.match(l, /^[0-9a-f]{8} \{/);
            assert.deepEqual(d.warnings, []);
        });
    });
    test('a data dir of the format before framing is migrated: framed log, meta files', async () => {
        await withDataDir(async (d) => {
            await queueWithMessages(d, 'old', 3);
            makeLegacy(d);
            const b = d.open();
            assert.equal(b.vhost('/').queues.get('old')?.count, 3);
            assert.match(readFileSync(defsPath(d), 'utf8'), /^[0-9a-f]{8} \{"op":"seeded"\}/);
            const [dir] = readdirSync(queuesDir(d));
            assert.ok(existsSync(join(queuesDir(d), dir, 'meta')), 'the queue directory got its meta file');
            assert.deepEqual(d.warnings, []);
            assert.equal(existsSync(join(d.dataDir, 'lost-and-found')), false);
        });
    });
    test('an old data dir whose queue record is damaged: the data is set aside, and the manual procedure restores it', async () => {
        await withDataDir(async (d) => {
            await queueWithMessages(d, 'lost', 5);
            makeLegacy(d);
            damageLine(d, '{"op":"queue"');
            let b = d.open();
            assert.equal(b.vhost('/').queues.has('lost'), false);
            const aside = readdirSync(join(d.dataDir, 'lost-and-found'));
            const dir = aside.find((n) => !n.endsWith('definitions.jsonl'));
            assert.ok(dir, `set aside: ${aside.join(', ')}`);
            assert.ok(aside.some((n) => n.endsWith('-definitions.jsonl')), 'the damaged log is kept');
            assert.ok(d.warnings.some((w) => w.includes('line 5') && w.includes('damaged')), d.warnings.join('\n'));
            assert.ok(d.warnings.some((w) => w.includes('no meta file') && w.includes(dir)), d.warnings.join('\n'));
            // docs/reliability.md: declare it again, stop, move the set-aside files in, start
            b.vhost('/').declareQueue('lost', DURABLE);
            await b.close();
            const [target] = readdirSync(queuesDir(d));
            for (const f of readdirSync(join(d.dataDir, 'lost-and-found', dir))) {
                renameSync(join(d.dataDir, 'lost-and-found', dir, f), join(queuesDir(d), target, f));
            }
            b = d.open();
            assert.equal(b.vhost('/').queues.get('lost')?.count, 5);
        });
    });
    test('a directory moved back under its set-aside name comes back; one whose queue exists stays aside', async () => {
        await withDataDir(async (d) => {
            await queueWithMessages(d, 'back', 2);
            const [dir] = readdirSync(queuesDir(d));
            const aside = `20260101T000000Z-${dir}`;
            renameSync(join(queuesDir(d), dir), join(queuesDir(d), aside)); // as an operator moves it back
            damageLine(d, '{"op":"queue"');
            let b = d.open();
            assert.equal(b.vhost('/').queues.get('back')?.count, 2);
            assert.deepEqual(readdirSync(queuesDir(d)), [dir], 'renamed to the name its log opens');
            await b.close();
            // a second copy of the same queue's directory while the queue exists is not merged
            cpSync(join(queuesDir(d), dir), join(queuesDir(d), aside), { recursive: true });
            d.warnings.length = 0;
            b = d.open();
            assert.equal(b.vhost('/').queues.get('back')?.count, 2);
            assert.deepEqual(readdirSync(queuesDir(d)), [dir]);
            assert.deepEqual(readdirSync(join(d.dataDir, 'lost-and-found')).length, 2, 'the copy, and the damaged log');
            assert.ok(d.warnings.some((w) => w.includes(`of queue 'back' in vhost '/' (from its meta file)`)));
        });
    });
    test('a damaged log never re-seeds guest', async () => {
        await withDataDir(async (d) => {
            let b = d.open();
            b.identity.putUser('admin', { password: 'x', tags: ['administrator'] }, 'test');
            await b.close();
            damageLine(d, '{"op":"seeded"}');
            damageLine(d, '{"op":"user","user":{"name":"guest"');
            b = d.open();
            assert.equal(b.identity.users.has('guest'), false, 'guest not recreated');
            assert.ok(b.identity.users.has('admin'), 'the other records were read');
            assert.ok(d.warnings.some((w) => w.includes('guest were not created')));
            await b.close();
            d.warnings.length = 0;
            b = d.open(); // the log was rewritten whole, seeded included: nothing to report now
            assert.equal(b.identity.users.has('guest'), false);
            assert.deepEqual(d.warnings, []);
        });
    });
    test('a missing log with queue data refuses the start unless overridden; the queue comes back from its meta', async () => {
        await withDataDir(async (d) => {
            await queueWithMessages(d, 'kept', 4);
            unlinkSync(defsPath(d));
            assert.throws(() => d.open(), (err) => err.name === 'DefinitionsUnreadableError' &&
                err.message.includes(defsPath(d)) &&
                err.message.includes('missing while 1 queue data directories exist') &&
                err.message.includes('--recover-definitions'));
            assert.equal(existsSync(defsPath(d)), false, 'nothing was changed');
            assert.equal(readdirSync(queuesDir(d)).length, 1);
            const b = d.open({ recoverDefinitions: true });
            assert.equal(b.vhost('/').queues.get('kept')?.count, 4);
            assert.equal(b.identity.users.has('guest'), false);
        });
    });
    test('a deleted queue is not brought back by a directory its delete left behind', async () => {
        await withDataDir(async (d) => {
            let b = d.open();
            const v = b.vhost('/');
            v.declareQueue('gone', DURABLE).publish(message('x'));
            const [dir] = readdirSync(queuesDir(d));
            v.deleteQueue('gone', false, false);
            // the delete moves the directory aside at once (a queue of the same name may be declared
            // right away), then removes it; as if the broker died before the removal:
            const [aside] = readdirSync(queuesDir(d));
            assert.ok(aside.startsWith(`${dir}.deleted-`), aside);
            const copy = join(d.dataDir, 'copy');
            cpSync(join(queuesDir(d), aside), copy, { recursive: true });
            assert.equal(existsSync(join(copy, 'meta')), false, 'the meta file went with the delete record');
            await b.close();
            rmSync(join(queuesDir(d), aside), { recursive: true, force: true });
            // left behind under its set-aside name, and (as earlier versions left it) under its own
            cpSync(copy, join(queuesDir(d), dir), { recursive: true });
            renameSync(copy, join(queuesDir(d), aside));
            b = d.open();
            assert.equal(b.vhost('/').queues.has('gone'), false);
            assert.deepEqual(readdirSync(queuesDir(d)), [], 'the leftover of a clean delete is removed');
            // a vhost's delete takes its queues' meta files at once too
            b.putVhost('other', {}, 'test');
            b.vhost('other').declareQueue('q', DURABLE);
            const [other] = readdirSync(queuesDir(d));
            assert.ok(existsSync(join(queuesDir(d), other, 'meta')));
            b.deleteVhost('other', 'test');
            assert.equal(existsSync(join(queuesDir(d), other, 'meta')), false);
        });
    });
    test('a declare whose record cannot be written fails with INTERNAL_ERROR and leaves nothing behind', async () => {
        await withDataDir(async (d) => {
            const b = d.open();
            const v = b.vhost('/');
            // the log cannot be opened for appending: a directory stands in its place
            renameSync(defsPath(d), `${defsPath(d)}.moved`);
            mkdirSync(defsPath(d));
            assert.throws(() => v.declareQueue('q', { ...DURABLE, arguments: { 'x-expires': 50 } }), (err) => err instanceof BrokerError && err.code === 'INTERNAL_ERROR' && err.connectionLevel);
            assert.equal(v.queues.has('q'), false);
            rmSync(defsPath(d), { recursive: true });
            renameSync(`${defsPath(d)}.moved`, defsPath(d));
            const q = v.declareQueue('q', DURABLE);
            // the failed declare's x-expires timer must not delete the queue declared since
            await new Promise((r) => setTimeout(r, 120));
            assert.equal(v.queues.get('q'), q);
            assert.ok(d.warnings.some((w) => w.includes("queue 'q' in vhost '/' was not recorded")));
        });
    });
});
//# sourceMappingURL=definitions-recovery.test.js.map