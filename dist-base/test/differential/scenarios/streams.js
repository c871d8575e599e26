import { body, sleep } from '../../helpers/amqp.js';
import { withSession } from '../../helpers/session.js';
import { scenario } from '../harness.js';
async function readFrom(ch, q, offset) {
    const got = [];
    const { consumerTag } = await ch.consume(q, (m) => {
        if (!m)
            return;
        got.push([body(m), m.properties.headers?.['x-stream-offset'], m.fields.redelivered]);
        ch.ack(m);
    }, { arguments: offset === undefined ? {} : { 'x-stream-offset': offset } });
    await sleep(300);
    await ch.cancel(consumerTag);
    return got;
}
const offsets = scenario('stream: first, next, numeric and interval offsets; x-stream-offset on each delivery; nothing consumed away', {
    declared: 0,
    first: [
        ['m0', 0, false],
        ['m1', 1, false],
        ['m2', 2, false],
        ['m3', 3, false],
        ['m4', 4, false],
    ],
    next: [],
    numeric: [
        ['m2', 2, false],
        ['m3', 3, false],
        ['m4', 4, false],
    ],
    beyondEnd: [],
    interval: 5,
    again: 5,
}, (url) => withSession(url, async (s) => {
    const ch = await s.confirmChannel();
    const q = s.queue('stream');
    const ok = await ch.assertQueue(q, { durable: true, arguments: { 'x-queue-type': 'stream' } });
    for (let i = 0; i < 5; i++)
        ch.sendToQueue(q, Buffer.from(`m${i}`));
    await ch.waitForConfirms();
    const reader = await s.channel();
    await reader.prefetch(100);
    return {
        declared: ok.messageCount,
        first: await readFrom(reader, q, 'first'),
        next: await readFrom(reader, q, 'next'),
        numeric: await readFrom(reader, q, 2),
        beyondEnd: await readFrom(reader, q, 99),
        interval: (await readFrom(reader, q, '1m')).length,
        again: (await readFrom(reader, q, 'first')).length,
    };
}));
const refusals = scenario('stream: basic.get, purge and no-ack consumers are 540; a consumer without prefetch is 406; streams are durable', {
    get: { code: 540, classId: 60, methodId: 70 },
    purge: { code: 540, classId: 50, methodId: 30 },
    noAck: { code: 540, classId: 60, methodId: 20 },
    noPrefetch: { code: 406, classId: 60, methodId: 20 },
    nonDurable: { code: 406, classId: 50, methodId: 10 },
}, (url) => withSession(url, async (s) => {
    const ch = await s.channel();
    const q = s.queue('stream');
    await ch.assertQueue(q, { durable: true, arguments: { 'x-queue-type': 'stream' } });
    const conn = await s.connection();
    const attemptAny = async (op) => {
        const r = await s.connectionAttempt(op);
        return typeof r === 'object' ? { code: r.code, classId: r.classId, methodId: r.methodId } : r;
    };
    return {
        get: await attemptAny((c) => c.get(q)),
        purge: await attemptAny((c) => c.purgeQueue(q)),
        noAck: await attemptAny(async (c) => {
            await c.prefetch(10);
            return c.consume(q, () => { }, { noAck: true });
        }),
        noPrefetch: await s.attempt(conn, (c) => c.consume(q, () => { })),
        nonDurable: await s.attempt(conn, (c) => c.assertQueue(s.queue('snd'), { durable: false, arguments: { 'x-queue-type': 'stream' } })),
    };
}));
export const streamScenarios = [offsets, refusals];
//# sourceMappingURL=streams.js.map