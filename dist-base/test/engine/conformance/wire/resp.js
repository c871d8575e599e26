// The stream suite through RESP with ioredis: XADD/XRANGE/XREAD BLOCK for the log, XGROUP,
// XREADGROUP, XPENDING, XACK and XCLAIM for the pending-entry lists. Redis groups have no
// committed offsets (they keep a last-delivered id), so that case is Kafka's and the engine's.
import { Redis } from 'ioredis';
import { WireHarness } from './harness.js';
const entries = (raw) => (raw ?? []).map(([id, f]) => ({ id, body: f[1] }));
export function respStreamDriver() {
    return {
        name: 'Redis Streams over RESP (ioredis)',
        durable: true,
        cannot: {
            groupOffsets: 'Redis groups keep a last-delivered id and pending lists, not committed offsets',
        },
        async start() {
            const h = new WireHarness();
            let redis;
            let blocking;
            const connect = () => {
                const port = h.port('resp');
                redis = new Redis({ port, host: '127.0.0.1', lazyConnect: false, maxRetriesPerRequest: 0 });
                blocking = new Redis({ port, host: '127.0.0.1', lazyConnect: false, maxRetriesPerRequest: 0 });
            };
            const disconnect = () => {
                redis?.disconnect();
                blocking?.disconnect();
            };
            await h.start();
            connect();
            return {
                async create() {
                    // a stream comes into being with its first XADD, as in Redis
                },
                async append(name, bodies) {
                    const p = redis.pipeline();
                    for (const b of bodies)
                        p.xadd(name, '*', 'body', b);
                    const replies = (await p.exec()) ?? [];
                    return replies.map(([err, id]) => {
                        if (err)
                            throw err;
                        return id;
                    });
                },
                read: async (name, from, max) => entries((await redis.xrange(name, from === 'first' ? '-' : `(${from}`, '+', 'COUNT', max))),
                async waitAfter(name, afterId, waitMs) {
                    const r = (await blocking.xread('BLOCK', waitMs, 'STREAMS', name, afterId));
                    return entries(r?.[0]?.[1] ?? null);
                },
                async commitOffset() {
                    throw new Error('not in Redis');
                },
                async fetchOffset() {
                    throw new Error('not in Redis');
                },
                async createGroup(name, group) {
                    await redis.xgroup('CREATE', name, group, '0');
                },
                async readGroup(name, group, consumer, max) {
                    const r = (await redis.xreadgroup('GROUP', group, consumer, 'COUNT', max, 'STREAMS', name, '>'));
                    return entries(r?.[0]?.[1] ?? null);
                },
                async pending(name, group) {
                    const r = (await redis.xpending(name, group, '-', '+', 1000));
                    return r.map(([id, consumer, , deliveries]) => ({ id, consumer, deliveries }));
                },
                ackGroup: async (name, group, ids) => redis.xack(name, group, ...ids),
                async claim(name, group, consumer, minIdleMs, ids) {
                    const r = (await redis.xclaim(name, group, consumer, minIdleMs, ...ids));
                    return r.map(([id]) => id);
                },
                async restart() {
                    disconnect();
                    await h.restart();
                    connect();
                },
                async close() {
                    disconnect();
                    await h.close();
                },
            };
        },
    };
}
//# sourceMappingURL=resp.js.map