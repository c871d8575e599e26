// The conformance suites' drivers that call the engine directly, with no wire: the reference
// every front's driver is held to.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { amqpPropertiesFormat } from '../../../src/amqp/index.js';
import { Broker, decodeHead, readNew, claim, StreamFormat, } from '../../../src/broker/index.js';
/** A broker over a temporary data dir that can be closed and opened again on it. */
class EngineHarness {
    dir = mkdtempSync(join(tmpdir(), 'wharf-conformance-'));
    broker = this.open();
    open() {
        const b = new Broker({ dataDir: this.dir, format: amqpPropertiesFormat });
        b.open();
        return b;
    }
    async restart() {
        await this.broker.close();
        this.broker = this.open();
    }
    async close() {
        await this.broker.close();
        rmSync(this.dir, { recursive: true, force: true });
    }
}
function message(queue, body) {
    return {
        exchange: '',
        routingKey: queue,
        properties: amqpPropertiesFormat.encode({}),
        body: Buffer.from(body),
        persistent: true,
        timestamp: Date.now(),
    };
}
/** Publishes through the default exchange and waits for the receipt: every copy synced. */
function publishWithReceipt(b, queue, bodies) {
    const v = b.vhost('/');
    const targets = new Set();
    const out = [];
    for (const body of bodies) {
        if (!v.publish(message(queue, body), out))
            throw new Error(`publish to ${queue} refused`);
        for (const t of out)
            targets.add(t);
    }
    return Promise.all([...targets].map((t) => new Promise((resolve, reject) => t.sync((err) => (err ? reject(err) : resolve()))))).then(() => undefined);
}
export function engineQueueDriver(durable) {
    return {
        name: `engine, ${durable ? 'durable' : 'memory'} queue`,
        durable,
        async start() {
            const h = new EngineHarness();
            const limits = new Map();
            const queue = (name) => {
                const q = h.broker.vhost('/').queues.get(name);
                if (!q)
                    throw new Error(`no queue ${name}`);
                return q;
            };
            const lease = (d) => d.handle.id;
            const check = (done, what) => {
                if (!done)
                    throw new Error(`${what}: the lease is stale`);
            };
            return {
                async declare(name, options = {}) {
                    if (options.maxDeliveries !== undefined)
                        limits.set(name, options.maxDeliveries);
                    h.broker.vhost('/').declareQueue(name, {
                        passive: false,
                        durable,
                        exclusive: false,
                        autoDelete: false,
                        arguments: options.deadLetterTo === undefined
                            ? {}
                            : { 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': options.deadLetterTo },
                    });
                },
                publish: (name, bodies) => publishWithReceipt(h.broker, name, bodies),
                async receive(name, max, leaseMs, waitMs) {
                    const leases = await queue(name).receive(max, { leaseMs, waitMs, maxDeliveries: limits.get(name) });
                    return leases.map((l) => ({ body: l.body.toString(), deliveryCount: l.deliveryCount, handle: l }));
                },
                async ack(name, d) {
                    check(queue(name).pull.ack(lease(d)), 'ack');
                },
                async release(name, d) {
                    check(queue(name).pull.release(lease(d)), 'release');
                },
                async extend(name, d, leaseMs) {
                    check(queue(name).pull.extend(lease(d), leaseMs), 'extend');
                },
                depth: async (name) => queue(name).count,
                deathReason(d) {
                    const l = d.handle;
                    const headers = amqpPropertiesFormat.headers(decodeHead(l.head, l.flags).properties);
                    const deaths = headers?.['x-death'];
                    return deaths?.[0]?.reason;
                },
                restart: () => h.restart(),
                close: () => h.close(),
            };
        },
    };
}
export function engineStreamDriver() {
    return {
        name: 'engine stream',
        durable: true,
        async start() {
            const h = new EngineHarness();
            const partition = (name) => {
                const p = h.broker.streams('/').get(name)?.partition(0);
                if (!p)
                    throw new Error(`no stream ${name}`);
                return p;
            };
            const entries = (p, from, max) => p
                .read(from, 1 << 20)
                .slice(0, max)
                .map((r) => ({ id: String(r.offset), body: r.body.toString() }));
            return {
                async create(name) {
                    h.broker.streams('/').create(name);
                },
                async append(name, bodies) {
                    const p = partition(name);
                    const ids = bodies.map((b) => String(p.append(StreamFormat.resp, Date.now(), Buffer.alloc(0), Buffer.from(b))));
                    await p.syncPromise();
                    return ids;
                },
                read: async (name, from, max) => entries(partition(name), from === 'first' ? 0 : Number(from) + 1, max),
                async waitAfter(name, afterId, waitMs) {
                    const p = partition(name);
                    const next = Number(afterId) + 1;
                    if (!(await p.waitFor(next, waitMs)))
                        return [];
                    return entries(p, next, 100);
                },
                async commitOffset(group, name, id) {
                    h.broker.groupOffsets.commit('/', group, name, 0, Number(id) + 1, '');
                    await h.broker.groupOffsets.syncPromise();
                },
                async fetchOffset(group, name) {
                    const c = h.broker.groupOffsets.fetch('/', group, name, 0);
                    return c === undefined ? undefined : String(c.offset - 1);
                },
                async createGroup(name, group) {
                    h.broker.streamGroups.create('/', name, 0, group, -1);
                },
                async readGroup(name, group, consumer, max) {
                    const g = h.broker.streamGroups.get('/', name, 0, group);
                    return readNew(partition(name), g, consumer, max, false, Date.now()).map((r) => ({
                        id: String(r.offset),
                        body: r.body.toString(),
                    }));
                },
                async pending(name, group) {
                    const g = h.broker.streamGroups.get('/', name, 0, group);
                    return g.pendingRange(0, Number.MAX_SAFE_INTEGER, 1000, Date.now()).map((e) => ({
                        id: String(e.offset),
                        consumer: e.consumer,
                        deliveries: e.deliveries,
                    }));
                },
                async ackGroup(name, group, ids) {
                    const g = h.broker.streamGroups.get('/', name, 0, group);
                    let n = 0;
                    for (const id of ids)
                        if (g.ack(Number(id)))
                            n++;
                    await h.broker.streamGroups.syncPromise();
                    return n;
                },
                async claim(name, group, consumer, minIdleMs, ids) {
                    const g = h.broker.streamGroups.get('/', name, 0, group);
                    return claim(partition(name), g, consumer, minIdleMs, ids.map(Number)).map((x) => String(x.entry.offset));
                },
                restart: () => h.restart(),
                close: () => h.close(),
            };
        },
    };
}
//# sourceMappingURL=engine-drivers.js.map