// Dead-lettering must not lose a persistent message to a crash: the original may leave its
// queue (its ack reach the disk) only once every durable target has synced the copy. The
// dead-letter queue's syncs are held here (a Storage that wraps its log), the source
// queue is made to write its acks, and the data dir is copied as a power loss at that
// moment would leave it: the dead-letter queue, never synced, has lost its data. A
// broker opened on that copy must still have the message, in one queue or the other.
// Each reason a message is dead-lettered for takes this path: rejected, expired,
// maxlen (drop-head) and delivery_limit (quorum queues).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync, truncateSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { amqpPropertiesFormat } from '../../src/amqp/index.js';
import { Broker } from '../../src/broker/index.js';
import { queueDirName } from '../../src/broker/storage/queue-dirs.js';
import { DiskStorage } from '../../src/broker/storage/disk-storage.js';
import { until } from '../helpers/in-process.js';
/** A queue log whose sync() requests wait, without reaching the log, until release(). */
class HeldSyncLog {
    inner;
    held = [];
    constructor(inner) {
        this.inner = inner;
    }
    get durable() {
        return this.inner.durable;
    }
    get lastPosition() {
        return this.inner.lastPosition;
    }
    get count() {
        return this.inner.count;
    }
    get bytes() {
        return this.inner.bytes;
    }
    /** how many sync() requests wait */
    get waiting() {
        return this.held?.length ?? 0;
    }
    append(flags, timestamp, head, body) {
        return this.inner.append(flags, timestamp, head, body);
    }
    sync(cb) {
        if (this.held)
            this.held.push(cb);
        else
            this.inner.sync(cb);
    }
    /** Lets the held requests (and later ones) through; with `err` the held ones fail instead. */
    release(err) {
        const cbs = this.held ?? [];
        this.held = undefined;
        for (const cb of cbs) {
            if (err)
                setImmediate(cb, err);
            else
                this.inner.sync(cb);
        }
    }
    shift() {
        return this.inner.shift();
    }
    peek() {
        return this.inner.peek();
    }
    rewind() {
        this.inner.rewind();
    }
    read(pos) {
        return this.inner.read(pos);
    }
    ack(pos) {
        this.inner.ack(pos);
    }
    isDelivered(pos) {
        return this.inner.isDelivered(pos);
    }
    purge() {
        return this.inner.purge();
    }
    close() {
        return this.inner.close();
    }
    destroy() {
        return this.inner.destroy();
    }
}
/** Disk storage whose log of queue `held` holds its syncs. */
class HoldingStorage extends DiskStorage {
    held;
    log;
    wrapped = new Map();
    constructor(dataDir, held) {
        super(dataDir, () => { });
        this.held = held;
    }
    openQueueLog(vhost, queue, level, opts) {
        const log = super.openQueueLog(vhost, queue, level, opts);
        if (queue !== this.held)
            return log;
        this.log = new HeldSyncLog(log);
        this.wrapped.set(this.log, log);
        return this.log;
    }
    forget(log) {
        super.forget(this.wrapped.get(log) ?? log);
    }
}
const DLQ = 'dlq';
const WORK = 'work';
const durable = { passive: false, durable: true, exclusive: false, autoDelete: false };
function message(body, ttl) {
    return {
        ttl,
        exchange: '',
        routingKey: WORK,
        properties: Buffer.from([0, 0]),
        body: Buffer.from(body),
        persistent: true,
        timestamp: Date.now(),
    };
}
function syncOf(q) {
    return new Promise((resolve, reject) => q.sync((err) => (err ? reject(err) : resolve())));
}
/** Publishes a persistent message to the work queue and waits for its confirm (the sync). */
async function publishConfirmed(v, body, ttl) {
    const out = [];
    v.publish(message(body, ttl), out);
    for (const q of out)
        await syncOf(q);
}
/** Takes every ready message of `name` (acking it): bodies, and whether each was flagged redelivered. */
function drain(v, name) {
    const q = v.queues.get(name);
    const got = [];
    for (let t = q.get(true); t; t = q.get(true))
        got.push({ body: t.body.toString(), redelivered: t.redelivered });
    return got;
}
/** The data dir as a power loss now would leave it: the never-synced dead-letter queue has no data. */
function copyAfterPowerLoss(dataDir) {
    const copy = mkdtempSync(join(tmpdir(), 'wharf-dl-crash-'));
    cpSync(dataDir, copy, { recursive: true });
    const dlqDir = join(copy, 'queues', queueDirName('/', DLQ));
    for (const f of readdirSync(dlqDir)) {
        if (f.endsWith('.seg'))
            truncateSync(join(dlqDir, f), 0);
        else if (f.endsWith('.idx'))
            unlinkSync(join(dlqDir, f));
    }
    return copy;
}
function openBroker(dataDir, storage) {
    const b = new Broker({ dataDir, format: amqpPropertiesFormat, storage });
    b.open();
    return b;
}
const dlArgs = { 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': DLQ };
const cases = [
    {
        reason: 'rejected',
        args: dlArgs,
        async deadLetter(_v, work) {
            const t = work.get(false);
            work.reject(t.position, t.level, false);
        },
    },
    {
        reason: 'delivery_limit',
        args: { ...dlArgs, 'x-queue-type': 'quorum', 'x-delivery-limit': 0 },
        async deadLetter(_v, work) {
            const t = work.get(false);
            work.reject(t.position, t.level, true); // returned once: over the limit of 0
        },
    },
    {
        reason: 'expired',
        args: dlArgs,
        ttl: 50,
        async deadLetter(v) {
            await until(() => v.queues.get(DLQ).count === 1, 5000, 'the message to expire');
        },
    },
    {
        reason: 'maxlen',
        args: { ...dlArgs, 'x-max-length': 1 },
        async deadLetter(v) {
            await publishConfirmed(v, 'pushes m1 out'); // drop-head
        },
        published: 'pushes m1 out',
    },
];
describe('dead-lettering keeps the original until the copy is synced', () => {
    for (const c of cases) {
        test(`${c.reason}: a crash before the dead-letter queue synced loses nothing`, async () => {
            const dataDir = mkdtempSync(join(tmpdir(), 'wharf-dl-sync-'));
            const dirs = [dataDir];
            const storage = new HoldingStorage(dataDir, DLQ);
            let b = openBroker(dataDir, storage);
            try {
                let v = b.vhost('/');
                v.declareQueue(DLQ, { ...durable, arguments: {} });
                const work = v.declareQueue(WORK, { ...durable, arguments: c.args });
                await publishConfirmed(v, 'm1', c.ttl);
                await c.deadLetter(v, work);
                assert.equal(v.queues.get(DLQ).count, 1, 'the copy is in the dead-letter queue');
                // a confirmed publish makes the work queue run a round, which writes its pending acks
                const kept = c.published ?? 'm2';
                if (c.published === undefined)
                    await publishConfirmed(v, kept);
                assert.equal(work.ready, 1, 'm1 is no longer ready');
                // ---- a power loss now: the dead-letter queue never synced
                const crashed = copyAfterPowerLoss(dataDir);
                dirs.push(crashed);
                const after = openBroker(crashed);
                try {
                    const va = after.vhost('/');
                    const bodies = [...drain(va, WORK), ...drain(va, DLQ)].map((d) => d.body);
                    assert.ok(bodies.includes('m1'), `m1 lost: after the crash the queues hold ${JSON.stringify(bodies)}`);
                }
                finally {
                    await after.close();
                }
                // ---- the copy syncs: then (only) the original goes, durably
                assert.ok(storage.log.waiting > 0, "the copy's sync was requested and held");
                storage.log.release();
                await v.deadLettersSettled();
                assert.equal(work.leaving, 0);
                await b.close();
                b = openBroker(dataDir);
                v = b.vhost('/');
                assert.deepEqual(drain(v, WORK).map((d) => d.body), [kept], 'the original left the work queue');
                assert.deepEqual(drain(v, DLQ).map((d) => d.body), ['m1'], 'the copy is in the dead-letter queue, once');
            }
            finally {
                await b.close();
                for (const d of dirs)
                    rmSync(d, { recursive: true, force: true });
            }
        });
    }
    test('a copy whose sync fails leaves the original stored: it comes back after a restart', async () => {
        const dataDir = mkdtempSync(join(tmpdir(), 'wharf-dl-sync-'));
        const storage = new HoldingStorage(dataDir, DLQ);
        let b = openBroker(dataDir, storage);
        try {
            let v = b.vhost('/');
            v.declareQueue(DLQ, { ...durable, arguments: {} });
            const work = v.declareQueue(WORK, { ...durable, arguments: dlArgs });
            await publishConfirmed(v, 'm1');
            const t = work.get(false);
            work.reject(t.position, t.level, false);
            storage.log.release(new Error('injected fdatasync failure'));
            await v.deadLettersSettled();
            assert.equal(work.leaving, 1, 'still stored, neither ready nor unacked');
            assert.equal(work.ready, 0);
            assert.equal(work.unacked, 0);
            await b.close();
            b = openBroker(dataDir);
            v = b.vhost('/');
            const back = drain(v, WORK);
            assert.deepEqual(back, [{ body: 'm1', redelivered: true }], 'the original is back, flagged');
        }
        finally {
            await b.close();
            rmSync(dataDir, { recursive: true, force: true });
        }
    });
});
describe('dead-lettering inside a publish', () => {
    test('a message routed to several queues reaches each even when one pushes out a dead letter', async () => {
        const dataDir = mkdtempSync(join(tmpdir(), 'wharf-dl-nested-'));
        const b = openBroker(dataDir);
        try {
            const v = b.vhost('/');
            const transient = { passive: false, durable: false, exclusive: false, autoDelete: false };
            const exchangeOpts = { durable: false, autoDelete: false, internal: false, arguments: {} };
            v.declareExchange('fan', 'fanout', exchangeOpts, false);
            // a named dead-letter exchange: dead-lettering then routes through bindings, inside the outer routing
            v.declareExchange('dlx', 'fanout', exchangeOpts, false);
            v.declareQueue(DLQ, { ...transient, arguments: {} });
            v.bindQueue(DLQ, 'dlx', '', {});
            for (const q of ['q1', 'q2']) {
                v.declareQueue(q, {
                    ...transient,
                    arguments: { 'x-dead-letter-exchange': 'dlx', 'x-max-length': 1 },
                });
                v.bindQueue(q, 'fan', '', {});
            }
            const out = [];
            for (const body of ['m0', 'm1']) {
                assert.equal(v.publish({ ...message(body), exchange: 'fan', persistent: false }, out), true);
                assert.deepEqual(out.map((q) => q.name).sort(), ['q1', 'q2'], `${body} stored in both queues`);
            }
            // each queue pushed m0 out into the dead-letter queue and holds m1
            assert.deepEqual(drain(v, 'q1').map((d) => d.body), ['m1']);
            assert.deepEqual(drain(v, 'q2').map((d) => d.body), ['m1']);
            assert.deepEqual(drain(v, DLQ).map((d) => d.body), ['m0', 'm0']);
        }
        finally {
            await b.close();
            rmSync(dataDir, { recursive: true, force: true });
        }
    });
});
//# sourceMappingURL=dead-letter-sync.test.js.map