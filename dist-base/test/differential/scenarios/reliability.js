import { body, sleep } from '../../helpers/amqp.js';
import { withSession } from '../../helpers/session.js';
import { scenario } from '../harness.js';
/** x-death entries with the time replaced by its type, and the first-death headers. */
function deaths(m) {
    if (!m)
        return null;
    const h = (m.properties.headers ?? {});
    const xd = (h['x-death'] ?? []).map((e) => {
        const { time, ...rest } = e;
        return { ...rest, time: typeof time };
    });
    return {
        body: body(m),
        routingKey: m.fields.routingKey,
        exchange: m.fields.exchange,
        expiration: m.properties.expiration ?? null,
        xDeath: xd,
        first: [h['x-first-death-reason'], h['x-first-death-queue'], h['x-first-death-exchange']],
    };
}
async function deadLetterSetup(ch, s) {
    const dlx = s.exchange('dlx');
    const dead = s.queue('dead');
    await ch.assertExchange(dlx, 'topic', { durable: false });
    await ch.assertQueue(dead, { durable: false });
    await ch.bindQueue(dead, dlx, '#');
    return { dlx, dead };
}
const rejectToDlx = scenario('reject/nack without requeue dead-letters with x-death; repeats count up; expiration moves into x-death', {
    first: {
        body: 'm1',
        routingKey: 'rk',
        exchange: 'DLX',
        expiration: null,
        xDeath: [
            {
                count: 1,
                reason: 'rejected',
                queue: 'WORK',
                exchange: 'SRC',
                'routing-keys': ['rk', 'cc1'],
                'original-expiration': '60000',
                time: 'object',
            },
        ],
        first: ['rejected', 'WORK', 'SRC'],
    },
    second: { count: 2, entries: 1 },
    dlrk: { routingKey: 'fixed', entries: 1 },
}, (url) => withSession(url, async (s) => {
    const ch = await s.confirmChannel();
    const { dlx, dead } = await deadLetterSetup(ch, s);
    const src = s.exchange('src');
    const work = s.queue('work');
    await ch.assertExchange(src, 'direct', { durable: false });
    await ch.assertQueue(work, { durable: false, arguments: { 'x-dead-letter-exchange': dlx } });
    await ch.bindQueue(work, src, 'rk');
    ch.publish(src, 'rk', Buffer.from('m1'), { expiration: '60000', CC: ['cc1'] });
    await ch.waitForConfirms();
    const m = await ch.get(work);
    if (m)
        ch.reject(m, false);
    await sleep(100);
    const d1 = await ch.get(dead, { noAck: true });
    const first = deaths(d1);
    if (first) {
        // names are random per run; compare their roles
        const names = (v) => (v === work ? 'WORK' : v === src ? 'SRC' : v === dlx ? 'DLX' : v);
        first.exchange = names(first.exchange);
        first.first = first.first.map(names);
        for (const e of first.xDeath) {
            e.queue = names(e.queue);
            e.exchange = names(e.exchange);
        }
    }
    // the dead letter goes round again through the same queue
    if (d1)
        ch.publish(src, 'rk', d1.content, d1.properties);
    await ch.waitForConfirms();
    const m2 = await ch.get(work);
    if (m2)
        ch.nack(m2, false, false);
    await sleep(100);
    const d2 = await ch.get(dead, { noAck: true });
    const xd2 = ((d2 && d2.properties.headers?.['x-death']) || []);
    // x-dead-letter-routing-key replaces the routing key
    const work2 = s.queue('work2');
    await ch.assertQueue(work2, {
        durable: false,
        arguments: { 'x-dead-letter-exchange': dlx, 'x-dead-letter-routing-key': 'fixed' },
    });
    ch.sendToQueue(work2, Buffer.from('m2'));
    await ch.waitForConfirms();
    const m3 = await ch.get(work2);
    if (m3)
        ch.reject(m3, false);
    await sleep(100);
    const d3 = await ch.get(dead, { noAck: true });
    return {
        first,
        second: { count: xd2[0]?.count, entries: xd2.length },
        dlrk: {
            routingKey: d3 ? d3.fields.routingKey : null,
            entries: ((d3 && d3.properties.headers?.['x-death']) || []).length,
        },
    };
}));
const ttl = scenario('x-message-ttl and per-message expiration dead-letter as expired; the shorter TTL wins', {
    queueTtl: { left: 0, dead: ['q1', 'expired'] },
    messageTtl: { left: 0, dead: ['m1', 'expired', '50'] },
    zeroTtlToConsumer: 'delivered',
}, (url) => withSession(url, async (s) => {
    const ch = await s.confirmChannel();
    const { dlx, dead } = await deadLetterSetup(ch, s);
    const qt = s.queue('qttl');
    await ch.assertQueue(qt, {
        durable: false,
        arguments: { 'x-message-ttl': 50, 'x-dead-letter-exchange': dlx },
    });
    ch.sendToQueue(qt, Buffer.from('q1'));
    await ch.waitForConfirms();
    await sleep(300);
    const left1 = (await ch.checkQueue(qt)).messageCount;
    const d1 = await ch.get(dead, { noAck: true });
    const mt = s.queue('mttl');
    await ch.assertQueue(mt, {
        durable: false,
        arguments: { 'x-message-ttl': 60000, 'x-dead-letter-exchange': dlx },
    });
    ch.sendToQueue(mt, Buffer.from('m1'), { expiration: '50' });
    await ch.waitForConfirms();
    await sleep(300);
    const left2 = (await ch.checkQueue(mt)).messageCount;
    const d2 = await ch.get(dead, { noAck: true });
    const xd = d2 ? (d2.properties.headers?.['x-death'])[0] : undefined;
    // TTL 0 still reaches a consumer that is ready for it
    const zq = s.queue('zero');
    await ch.assertQueue(zq, { durable: false });
    let got = 'not delivered';
    await ch.consume(zq, () => {
        got = 'delivered';
    }, { noAck: true });
    ch.sendToQueue(zq, Buffer.from('z'), { expiration: '0' });
    await ch.waitForConfirms();
    await sleep(200);
    return {
        queueTtl: {
            left: left1,
            dead: d1 ? [body(d1), (d1.properties.headers?.['x-death'])[0].reason] : [],
        },
        messageTtl: { left: left2, dead: d2 ? [body(d2), xd?.reason, xd?.['original-expiration']] : [] },
        zeroTtlToConsumer: got,
    };
}));
const queueExpiry = scenario('x-expires deletes an unused queue, not one with a consumer', { withConsumer: 'ok', unused: { code: 404, classId: 50, methodId: 10 } }, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const ch = await s.channel(conn);
    const busy = s.queue('busy');
    const idle = s.queue('idle');
    await ch.assertQueue(busy, { durable: false, arguments: { 'x-expires': 200 } });
    await ch.consume(busy, () => { });
    await ch.assertQueue(idle, { durable: false, arguments: { 'x-expires': 200 } });
    await sleep(500);
    return {
        withConsumer: await s.attempt(conn, (c) => c.checkQueue(busy)),
        unused: await s.attempt(conn, (c) => c.checkQueue(idle)),
    };
}));
const maxLength = scenario('x-max-length and x-max-length-bytes: drop-head dead-letters the oldest as maxlen; reject-publish nacks', {
    dropHead: { left: ['3', '4', '5'], dead: ['1:maxlen', '2:maxlen'] },
    bytes: { left: ['bbbb', 'cccc'] },
    rejectPublish: { confirms: ['ack', 'ack', 'nack', 'nack'], left: ['a', 'b'] },
    rejectPublishDlx: { confirms: ['ack', 'nack'], dead: ['y:maxlen'] },
}, (url) => withSession(url, async (s) => {
    const ch = await s.confirmChannel();
    const { dlx, dead } = await deadLetterSetup(ch, s);
    const drain = async (q) => {
        const out = [];
        for (let m = await ch.get(q, { noAck: true }); m; m = await ch.get(q, { noAck: true }))
            out.push(body(m));
        return out;
    };
    const drainDead = async () => {
        const out = [];
        for (let m = await ch.get(dead, { noAck: true }); m; m = await ch.get(dead, { noAck: true })) {
            out.push(`${body(m)}:${(m.properties.headers?.['x-death'])[0].reason}`);
        }
        return out;
    };
    const q1 = s.queue('maxlen');
    await ch.assertQueue(q1, {
        durable: false,
        arguments: { 'x-max-length': 3, 'x-dead-letter-exchange': dlx },
    });
    for (const b of ['1', '2', '3', '4', '5'])
        ch.sendToQueue(q1, Buffer.from(b));
    await ch.waitForConfirms();
    await sleep(100);
    const dropHead = { left: await drain(q1), dead: await drainDead() };
    const q2 = s.queue('maxbytes');
    await ch.assertQueue(q2, { durable: false, arguments: { 'x-max-length-bytes': 8 } });
    for (const b of ['aaaa', 'bbbb', 'cccc'])
        ch.sendToQueue(q2, Buffer.from(b));
    await ch.waitForConfirms();
    const bytes = { left: await drain(q2) };
    const confirmsOf = async (q, bodies) => {
        const results = await Promise.all(bodies.map((b) => new Promise((resolve) => ch.sendToQueue(q, Buffer.from(b), {}, (err) => resolve(err ? 'nack' : 'ack')))));
        return results;
    };
    const q3 = s.queue('reject');
    await ch.assertQueue(q3, {
        durable: false,
        arguments: { 'x-max-length': 2, 'x-overflow': 'reject-publish' },
    });
    const rc = await confirmsOf(q3, ['a', 'b', 'c', 'd']);
    const rejectPublish = { confirms: rc, left: await drain(q3) };
    const q4 = s.queue('rejectdlx');
    await ch.assertQueue(q4, {
        durable: false,
        arguments: { 'x-max-length': 1, 'x-overflow': 'reject-publish-dlx', 'x-dead-letter-exchange': dlx },
    });
    const rc2 = await confirmsOf(q4, ['x', 'y']);
    await sleep(100);
    return { dropHead, bytes, rejectPublish, rejectPublishDlx: { confirms: rc2, dead: await drainDead() } };
}));
const alternateExchange = scenario('alternate-exchange takes what the exchange cannot route; mandatory then does not return', { viaAe: ['lost'], returned: 0, routedNormally: ['kept'] }, (url) => withSession(url, async (s) => {
    const ch = await s.confirmChannel();
    const ae = s.exchange('ae');
    const main = s.exchange('main');
    const aeq = s.queue('aeq');
    const mq = s.queue('mq');
    await ch.assertExchange(ae, 'fanout', { durable: false });
    await ch.assertExchange(main, 'direct', { durable: false, alternateExchange: ae });
    await ch.assertQueue(aeq, { durable: false });
    await ch.assertQueue(mq, { durable: false });
    await ch.bindQueue(aeq, ae, '');
    await ch.bindQueue(mq, main, 'known');
    let returned = 0;
    ch.on('return', () => returned++);
    ch.publish(main, 'unknown', Buffer.from('lost'), { mandatory: true });
    ch.publish(main, 'known', Buffer.from('kept'), { mandatory: true });
    await ch.waitForConfirms();
    await sleep(50);
    const a = await ch.get(aeq, { noAck: true });
    const m = await ch.get(mq, { noAck: true });
    return { viaAe: a ? [body(a)] : [], returned, routedNormally: m ? [body(m)] : [] };
}));
const priorities = scenario('x-max-priority: higher priority first, FIFO within a priority, priorities above the max count as the max', {
    order: ['m3', 'm4', 'm1', 'm6', 'm5', 'm0', 'm2', 'm7'],
    requeued: ['m3:r', 'm4:r'],
}, (url) => withSession(url, async (s) => {
    const ch = await s.confirmChannel();
    const q = s.queue('prio');
    await ch.assertQueue(q, { durable: true, arguments: { 'x-max-priority': 5 } });
    const prios = [0, 3, undefined, 9, 5, 1, 3, 0];
    prios.forEach((p, i) => ch.sendToQueue(q, Buffer.from(`m${i}`), { priority: p, persistent: true }));
    await ch.waitForConfirms();
    const got = [];
    for (let m = await ch.get(q); m; m = await ch.get(q))
        got.push(m);
    ch.nack(got[1], false, true);
    ch.nack(got[0], false, true);
    await sleep(100);
    const requeued = [];
    for (let m = await ch.get(q, { noAck: true }); m; m = await ch.get(q, { noAck: true })) {
        requeued.push(`${body(m)}${m.fields.redelivered ? ':r' : ''}`);
    }
    ch.ackAll();
    return { order: got.map(body), requeued };
}));
const consumerPriorities = scenario('consumer priorities (x-priority) and single active consumer', { byPriority: { high: 4, low: 2 }, sac: { exclusiveConsume: 403, first: 1, second: 0, afterClose: 3 } }, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const ch = await s.confirmChannel(conn);
    const q = s.queue('cprio');
    await ch.assertQueue(q, { durable: false });
    const cc = await s.channel(conn);
    await cc.prefetch(4);
    const g = { high: 0, low: 0 };
    await cc.consume(q, () => g.low++, { priority: 1 });
    await cc.consume(q, () => g.high++, { priority: 10 });
    for (let i = 0; i < 6; i++)
        ch.sendToQueue(q, Buffer.from('p'));
    await ch.waitForConfirms();
    await sleep(200);
    const sacq = s.queue('sac');
    await ch.assertQueue(sacq, { durable: false, arguments: { 'x-single-active-consumer': true } });
    const excl = await s.attempt(conn, (c) => c.consume(sacq, () => { }, { exclusive: true }));
    const a = await s.channel(conn);
    const b = await s.channel(conn);
    await a.prefetch(1);
    await b.prefetch(1);
    const got = { a: 0, b: 0 };
    await a.consume(sacq, (m) => m && got.a++);
    await b.consume(sacq, (m) => {
        if (!m)
            return;
        got.b++;
        b.ack(m);
    });
    for (let i = 0; i < 3; i++)
        ch.sendToQueue(sacq, Buffer.from('s'));
    await ch.waitForConfirms();
    await sleep(200);
    const before = { ...got };
    await a.close();
    await sleep(300);
    return {
        byPriority: g,
        sac: {
            exclusiveConsume: typeof excl === 'object' ? excl.code : 0,
            first: before.a,
            second: before.b,
            afterClose: got.b,
        },
    };
}));
const quorumPoison = scenario('quorum queue: x-delivery-count on every delivery, x-delivery-limit dead-letters as delivery_limit', {
    deliveries: [
        [false, 0],
        [true, 1],
        [true, 2],
    ],
    afterLimit: 'empty',
    dead: [['delivery_limit', 1]],
    nonDurable: { code: 406, classId: 50, methodId: 10 },
    exclusive: { code: 406, classId: 50, methodId: 10 },
}, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const ch = await s.confirmChannel(conn);
    const { dlx, dead } = await deadLetterSetup(ch, s);
    const q = s.queue('quorum');
    await ch.assertQueue(q, {
        durable: true,
        arguments: { 'x-queue-type': 'quorum', 'x-delivery-limit': 2, 'x-dead-letter-exchange': dlx },
    });
    ch.sendToQueue(q, Buffer.from('poison'));
    await ch.waitForConfirms();
    const deliveries = [];
    let afterLimit = 'message';
    for (let i = 0; i < 4; i++) {
        let m = false;
        for (let tries = 0; tries < 10 && !m; tries++) {
            m = await ch.get(q);
            if (!m)
                await sleep(30);
        }
        if (!m) {
            afterLimit = 'empty';
            break;
        }
        deliveries.push([m.fields.redelivered, m.properties.headers?.['x-delivery-count'] ?? null]);
        ch.nack(m, false, true);
        await sleep(50);
    }
    await sleep(100);
    const d = await ch.get(dead, { noAck: true });
    const xd = d ? (d.properties.headers?.['x-death'] ?? []) : [];
    return {
        deliveries,
        afterLimit,
        dead: xd.map((e) => [e.reason, e.count]),
        nonDurable: await s.attempt(conn, (c) => c.assertQueue(s.queue('qnd'), { durable: false, arguments: { 'x-queue-type': 'quorum' } })),
        exclusive: await s.attempt(conn, (c) => c.assertQueue(s.queue('qex'), {
            durable: true,
            exclusive: true,
            arguments: { 'x-queue-type': 'quorum' },
        })),
    };
}));
export const reliabilityScenarios = [
    quorumPoison,
    rejectToDlx,
    ttl,
    queueExpiry,
    maxLength,
    alternateExchange,
    priorities,
    consumerPriorities,
];
//# sourceMappingURL=reliability.js.map