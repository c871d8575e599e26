import { body, definedProps, sleep, waitUntil } from '../../helpers/amqp.js';
import { contentHeadersIn, tapFrames } from '../../helpers/frames.js';
import { withSession } from '../../helpers/session.js';
import { scenario } from '../harness.js';
const nums = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
async function getAll(ch, queue, n) {
    const out = [];
    for (let i = 0; i < n; i++) {
        const m = await ch.get(queue, { noAck: false });
        if (!m)
            throw new Error(`queue ran dry after ${i} of ${n} messages`);
        out.push(m);
    }
    return out;
}
/** Body and redelivered flag, the pair that shows requeue order. */
const seen = (m) => [body(m), m.fields.redelivered];
const workQueue = scenario('work queue: 2 competing consumers with prefetch 1 share messages round-robin', {
    firstRound: { a: ['1'], b: ['2'] },
    readyWhileBothBusy: 8,
    a: ['1', '3', '5', '7', '9'],
    b: ['2', '4', '6', '8', '10'],
}, (url) => withSession(url, async (s) => {
    const q = s.queue('work');
    const pub = await s.confirmChannel();
    await pub.assertQueue(q, { durable: false });
    const got = { a: [], b: [] };
    const chans = { a: await s.channel(), b: await s.channel() };
    for (const k of ['a', 'b']) {
        await chans[k].prefetch(1);
        await chans[k].consume(q, (m) => m && got[k].push(m), { noAck: false });
    }
    for (const n of nums(1, 10))
        pub.sendToQueue(q, Buffer.from(n));
    await pub.waitForConfirms();
    await waitUntil(() => got.a.length === 1 && got.b.length === 1, 3000, 'one message per consumer');
    await sleep(100); // prefetch 1: nothing more may arrive before an ack
    const firstRound = { a: got.a.map(body), b: got.b.map(body) };
    const readyWhileBothBusy = (await pub.checkQueue(q)).messageCount;
    // Ack in lockstep so the observation does not depend on timing: the consumer that
    // acks is the only one with credit, so it gets the next message.
    for (let round = 1; round < 5; round++) {
        for (const k of ['a', 'b']) {
            chans[k].ack(got[k][got[k].length - 1]);
            await waitUntil(() => got[k].length === round + 1, 3000, `delivery ${round + 1} to ${k}`);
        }
    }
    return { firstRound, readyWhileBothBusy, a: got.a.map(body), b: got.b.map(body) };
}));
const FULL_PROPS = {
    contentType: 'application/json',
    contentEncoding: 'gzip',
    deliveryMode: 2,
    priority: 7,
    correlationId: 'corr-1',
    replyTo: 'reply-queue',
    expiration: '60000',
    messageId: 'msg-1',
    timestamp: 1700000000,
    type: 'order.created',
    userId: 'guest',
    appId: 'wharf-tests',
    // amqplib cannot send cluster-id (it always encodes it as absent); the pika suite covers it.
};
const HEADERS = {
    string: 'text ü',
    empty: '',
    byte: { '!': 'int8', value: -5 },
    ubyte: { '!': 'uint8', value: 200 },
    short: { '!': 'int16', value: -30000 },
    ushort: { '!': 'uint16', value: 60000 },
    int: { '!': 'int32', value: -2000000000 },
    uint: { '!': 'uint32', value: 4000000000 },
    long: { '!': 'int64', value: 9007199254740991 },
    guessedSmall: 7,
    guessedLong: 2 ** 40,
    float: { '!': 'float', value: 1.5 },
    double: 3.25,
    decimal: { '!': 'decimal', value: { places: 2, digits: 12345 } },
    timestamp: { '!': 'timestamp', value: 1700000000 },
    true: true,
    false: false,
    void: null,
    bytes: Buffer.from([0, 1, 254, 255]),
    array: [1, 'two', true, null, [3], { nested: 'in-array' }],
    table: { inner: { deep: 'x' }, n: 1 },
};
const getWithProperties = scenario('basic.get returns every property amqplib can send, every header type intact, and the message count', {
    fields: { deliveryTag: 1, redelivered: false, exchange: '', routingKey: 'Q', messageCount: 2 },
    props: {
        ...FULL_PROPS,
        headers: {
            string: 'text ü',
            empty: '',
            byte: -5,
            ubyte: 200,
            short: -30000,
            ushort: 60000,
            int: -2000000000,
            uint: 4000000000,
            long: 9007199254740991,
            guessedSmall: 7,
            guessedLong: 2 ** 40,
            float: 1.5,
            double: 3.25,
            decimal: { '!': 'decimal', value: { places: 2, digits: 12345 } },
            timestamp: { '!': 'timestamp', value: 1700000000 },
            true: true,
            false: false,
            void: null,
            bytes: Buffer.from([0, 1, 254, 255]),
            array: [1, 'two', true, null, [3], { nested: 'in-array' }],
            table: { inner: { deep: 'x' }, n: 1 },
        },
    },
    wire: {
        classId: 60,
        weight: 0,
        bodySize: '4',
        contentType: 'application/json',
        contentEncoding: 'gzip',
        headers: [
            ['string', 'S', 'text ü'],
            ['empty', 'S', ''],
            ['byte', 'b', -5],
            ['ubyte', 'B', 200],
            ['short', 's', -30000],
            ['ushort', 'u', 60000],
            ['int', 'I', -2000000000],
            ['uint', 'i', 4000000000],
            ['long', 'l', '9007199254740991'],
            ['guessedSmall', 'b', 7],
            ['guessedLong', 'l', '1099511627776'],
            ['float', 'f', 1.5],
            ['double', 'd', 3.25],
            ['decimal', 'D', { places: 2, digits: 12345 }],
            ['timestamp', 'T', '1700000000'],
            ['true', 't', true],
            ['false', 't', false],
            ['void', 'V', null],
            ['bytes', 'x', '0001feff'],
            [
                'array',
                'A',
                [
                    ['b', 1],
                    ['S', 'two'],
                    ['t', true],
                    ['V', null],
                    ['A', [['b', 3]]],
                    ['F', [['nested', 'S', 'in-array']]],
                ],
            ],
            [
                'table',
                'F',
                [
                    ['inner', 'F', [['deep', 'S', 'x']]],
                    ['n', 'b', 1],
                ],
            ],
        ],
        deliveryMode: 2,
        priority: 7,
        correlationId: 'corr-1',
        replyTo: 'reply-queue',
        expiration: '60000',
        messageId: 'msg-1',
        timestamp: '1700000000',
        type: 'order.created',
        userId: 'guest',
        appId: 'wharf-tests',
    },
    body: 'full',
    restBodies: ['bare', ''],
    restProps: [{ headers: {} }, { headers: {} }], // amqplib always sends a (possibly empty) headers table
}, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const frames = tapFrames(conn);
    const ch = await s.confirmChannel(conn);
    const q = s.queue('props');
    await ch.assertQueue(q, { durable: false });
    ch.sendToQueue(q, Buffer.from('full'), { ...FULL_PROPS, headers: HEADERS });
    ch.sendToQueue(q, Buffer.from('bare'));
    ch.sendToQueue(q, Buffer.alloc(0), { headers: {} });
    await ch.waitForConfirms();
    const m = await ch.get(q, { noAck: true });
    if (!m)
        throw new Error('basic.get-empty on a queue holding 3 messages');
    const rest = [await ch.get(q, { noAck: true }), await ch.get(q, { noAck: true })];
    const fields = { ...m.fields, routingKey: m.fields.routingKey === q ? 'Q' : m.fields.routingKey };
    return {
        fields,
        props: definedProps(m),
        wire: contentHeadersIn(frames)[0],
        body: body(m),
        restBodies: rest.map((r) => (r ? body(r) : 'EMPTY')),
        restProps: rest.map((r) => (r ? definedProps(r) : {})),
    };
}));
const getEmpty = scenario('basic.get on an empty queue answers get-empty; on a missing queue closes the channel 404', { empty: false, afterDrain: false, missing: { code: 404, classId: 60, methodId: 70 } }, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const ch = await s.confirmChannel(conn);
    const q = s.queue();
    await ch.assertQueue(q, { durable: false });
    const empty = await ch.get(q);
    ch.sendToQueue(q, Buffer.from('x'));
    await ch.waitForConfirms();
    await ch.get(q, { noAck: true });
    const afterDrain = await ch.get(q);
    const missing = await s.attempt(conn, (c) => c.get(`${q}-missing`));
    return { empty, afterDrain, missing };
}));
const mandatoryReturn = scenario('mandatory publish to nowhere: basic.return 312 NO_ROUTE with properties intact, before the ack', {
    events: ['return', 'ack', 'return', 'ack'],
    returned: {
        replyCode: 312,
        exchange: 'X',
        routingKey: 'no.such.key',
        body: 'lost',
        props: {
            contentType: 'text/plain',
            headers: { h: 'v', n: 1 },
            deliveryMode: 2,
            priority: 3,
            correlationId: 'c-1',
            replyTo: 'r',
            expiration: '1000',
            messageId: 'm-1',
            timestamp: 1700000001,
            type: 't',
            appId: 'a',
        },
    },
    viaDefault: { replyCode: 312, exchange: '', routingKey: 'MISSING' },
}, (url) => withSession(url, async (s) => {
    const ch = await s.confirmChannel();
    const x = s.exchange('direct');
    await ch.assertExchange(x, 'direct', { durable: false });
    const events = [];
    const returns = [];
    ch.on('return', (m) => {
        events.push('return');
        returns.push(m);
    });
    const props = {
        contentType: 'text/plain',
        headers: { h: 'v', n: 1 },
        persistent: true,
        priority: 3,
        correlationId: 'c-1',
        replyTo: 'r',
        expiration: '1000',
        messageId: 'm-1',
        timestamp: 1700000001,
        type: 't',
        appId: 'a',
    };
    const missing = s.queue('missing');
    await new Promise((resolve, reject) => {
        ch.publish(x, 'no.such.key', Buffer.from('lost'), { ...props, mandatory: true }, (err) => {
            events.push(err ? 'nack' : 'ack');
            if (err)
                reject(err);
        });
        ch.publish('', missing, Buffer.from('lost-too'), { mandatory: true }, (err) => {
            events.push(err ? 'nack' : 'ack');
            if (err)
                reject(err);
            else
                resolve();
        });
    });
    await waitUntil(() => returns.length === 2, 3000, 'two basic.return');
    const [r, d] = returns;
    return {
        events,
        returned: {
            replyCode: r.fields.replyCode,
            exchange: r.fields.exchange === x ? 'X' : r.fields.exchange,
            routingKey: r.fields.routingKey,
            body: body(r),
            props: definedProps(r),
        },
        viaDefault: {
            replyCode: d.fields.replyCode,
            exchange: d.fields.exchange,
            routingKey: d.fields.routingKey === missing ? 'MISSING' : d.fields.routingKey,
        },
    };
}));
const confirms = scenario('publisher confirms: routed and unroutable messages are both acked, in order', { outcomes: ['ack', 'ack', 'ack', 'ack', 'ack'], returns: 1, queued: ['routed-1', 'routed-2'] }, (url) => withSession(url, async (s) => {
    const ch = await s.confirmChannel();
    const q = s.queue();
    const x = s.exchange('fanout-unbound');
    await ch.assertQueue(q, { durable: true });
    await ch.assertExchange(x, 'fanout', { durable: false });
    let returns = 0;
    ch.on('return', () => returns++);
    const outcomes = [];
    const pending = [];
    const send = (exchange, rk, text, mandatory = false) => pending.push(new Promise((resolve) => {
        const i = outcomes.push('pending') - 1;
        ch.publish(exchange, rk, Buffer.from(text), { mandatory, persistent: true }, (err) => {
            outcomes[i] = err ? 'nack' : 'ack';
            resolve();
        });
    }));
    send('', q, 'routed-1');
    send(x, '', 'unbound-exchange');
    send('', `${q}-missing`, 'no-queue');
    send('', `${q}-missing`, 'no-queue-mandatory', true);
    send('', q, 'routed-2');
    await Promise.all(pending);
    const queued = [];
    for (let m = await ch.get(q, { noAck: true }); m; m = await ch.get(q, { noAck: true }))
        queued.push(body(m));
    return { outcomes, returns, queued };
}));
const rejectPublishNack = scenario('publisher confirms: x-overflow reject-publish nacks what the full queue refuses', { outcomes: ['ack', 'ack', 'nack', 'ack'], queued: ['1', '2', '4'] }, (url) => withSession(url, async (s) => {
    const ch = await s.confirmChannel();
    const q = s.queue('maxlen');
    await ch.assertQueue(q, { durable: false, maxLength: 2, overflow: 'reject-publish' });
    const outcomes = [];
    const publish = (text) => new Promise((resolve) => {
        ch.sendToQueue(q, Buffer.from(text), {}, (err) => {
            outcomes.push(err ? 'nack' : 'ack');
            resolve();
        });
    });
    await Promise.all([publish('1'), publish('2'), publish('3')]);
    const first = await ch.get(q, { noAck: true });
    await publish('4');
    const queued = first ? [body(first)] : [];
    for (let m = await ch.get(q, { noAck: true }); m; m = await ch.get(q, { noAck: true }))
        queued.push(body(m));
    return { outcomes, queued };
}));
const nackRequeueOrder = scenario('nack and reject with requeue: redelivered=true, requeued messages keep their original order', {
    afterNack: [
        ['2', true],
        ['4', true],
        ['6', false],
    ],
    afterChannelClose: [
        ['1', true],
        ['3', true],
        ['5', true],
    ],
}, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const getter = await s.confirmChannel(conn);
    const q = s.queue('requeue');
    await getter.assertQueue(q, { durable: false });
    for (const n of nums(1, 5))
        getter.sendToQueue(q, Buffer.from(n));
    await getter.waitForConfirms();
    const held = await getAll(getter, q, 5);
    getter.sendToQueue(q, Buffer.from('6'));
    await getter.waitForConfirms();
    getter.nack(held[3], false, true); // 4 first, then 2: the queue restores publish order
    getter.reject(held[1], true);
    const consumer = await s.channel(conn);
    const afterNack = [];
    await consumer.consume(q, (m) => m && afterNack.push(m), { noAck: true });
    await waitUntil(() => afterNack.length === 3, 3000, '3 deliveries after requeue');
    await getter.close(); // 1, 3 and 5 were never acked: closing requeues them
    await waitUntil(() => afterNack.length === 6, 3000, '3 deliveries after channel close');
    return { afterNack: afterNack.slice(0, 3).map(seen), afterChannelClose: afterNack.slice(3).map(seen) };
}));
const nackMultiple = scenario('nack multiple: requeue=false drops up to the tag, requeue=true puts them back in order', {
    readyAfterNacks: 2,
    redelivered: [
        ['4', true],
        ['5', true],
    ],
    nackAllRequeued: [
        ['7', true],
        ['8', true],
    ],
}, (url) => withSession(url, async (s) => {
    const ch = await s.confirmChannel();
    const q = s.queue('nackmulti');
    await ch.assertQueue(q, { durable: false });
    for (const n of nums(1, 6))
        ch.sendToQueue(q, Buffer.from(n));
    await ch.waitForConfirms();
    const held = await getAll(ch, q, 6);
    ch.nack(held[2], true, false); // 1..3 dropped (no dead-letter exchange)
    ch.nack(held[4], true, true); // 4..5 back to the queue
    ch.ack(held[5]);
    // RabbitMQ applies acks and nacks asynchronously: a passive declare right after them
    // may still count the old state.
    await sleep(200);
    const readyAfterNacks = (await ch.checkQueue(q)).messageCount;
    const again = await getAll(ch, q, 2);
    ch.ackAll();
    for (const n of ['7', '8'])
        ch.sendToQueue(q, Buffer.from(n));
    await ch.waitForConfirms();
    await getAll(ch, q, 2);
    ch.nackAll(true);
    const nackAllRequeued = await getAll(ch, q, 2);
    ch.ackAll();
    return { readyAfterNacks, redelivered: again.map(seen), nackAllRequeued: nackAllRequeued.map(seen) };
}));
const recover = scenario('basic.recover requeues unacked deliveries, which come back redelivered', {
    deliveries: [
        ['1', false],
        ['2', false],
        ['3', false],
        ['1', true],
        ['2', true],
        ['3', true],
    ],
}, (url) => withSession(url, async (s) => {
    const ch = await s.confirmChannel();
    const q = s.queue('recover');
    await ch.assertQueue(q, { durable: false });
    for (const n of nums(1, 3))
        ch.sendToQueue(q, Buffer.from(n));
    await ch.waitForConfirms();
    const got = [];
    await ch.consume(q, (m) => m && got.push(m), { noAck: false });
    await waitUntil(() => got.length === 3, 3000, '3 deliveries');
    await ch.recover();
    await waitUntil(() => got.length === 6, 3000, '3 redeliveries after recover');
    ch.ackAll();
    return { deliveries: got.map(seen) };
}));
/** Unacked deliveries per consumer once nothing more arrives. */
async function settle(counts, expectTotal) {
    await waitUntil(() => counts().reduce((a, b) => a + b, 0) >= expectTotal, 3000, `${expectTotal} deliveries`);
    await sleep(150);
    return counts();
}
const qosSemantics = scenario('basic.qos: global=false limits each new consumer, global=true limits the channel', {
    perConsumer: [2, 2],
    perChannelTotal: 3,
    both: { total: 3, max: 2 },
    raisedByAck: [3, 2],
}, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const setup = await s.confirmChannel(conn);
    const queues = [s.queue('qos'), s.queue('qos')];
    for (const q of queues) {
        await setup.assertQueue(q, { durable: false });
        for (const n of nums(1, 5))
            setup.sendToQueue(q, Buffer.from(n));
    }
    await setup.waitForConfirms();
    const run = async (qos) => {
        const ch = await s.channel(conn);
        for (const [count, global] of qos)
            await ch.prefetch(count, global);
        const got = [[], []];
        for (const i of [0, 1])
            await ch.consume(queues[i], (m) => m && got[i].push(m), { noAck: false });
        return { ch, got };
    };
    const a = await run([[2, false]]);
    const perConsumer = await settle(() => a.got.map((g) => g.length), 4);
    a.ch.ack(a.got[0][0]);
    const raisedByAck = await settle(() => a.got.map((g) => g.length), 5);
    await a.ch.close();
    const b = await run([[3, true]]);
    const perChannel = await settle(() => b.got.map((g) => g.length), 3);
    await b.ch.close();
    const c = await run([
        [2, false],
        [3, true],
    ]);
    const bothCounts = await settle(() => c.got.map((g) => g.length), 3);
    await c.ch.close();
    return {
        perConsumer,
        perChannelTotal: perChannel[0] + perChannel[1],
        both: { total: bothCounts[0] + bothCounts[1], max: Math.max(...bothCounts) },
        raisedByAck,
    };
}));
const cancelNotification = scenario('deleting a queue cancels its consumers (basic.cancel from the server); the channel stays open', { callbackGotNull: true, cancelEvent: true, channelStillOpen: true, consumerOnOtherQueueAlive: true }, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const ch = await s.confirmChannel(conn);
    const q = s.queue('cancel');
    const other = s.queue('cancel-other');
    await ch.assertQueue(q, { durable: false });
    await ch.assertQueue(other, { durable: false });
    let callbackGotNull = false;
    let cancelEvent = false;
    const otherGot = [];
    ch.on('cancel', () => {
        cancelEvent = true;
    });
    await ch.consume(q, (m) => {
        if (m === null)
            callbackGotNull = true;
    });
    await ch.consume(other, (m) => m && otherGot.push(body(m)), { noAck: true });
    const admin = await s.channel(conn);
    await admin.deleteQueue(q);
    await waitUntil(() => callbackGotNull, 3000, 'consumer cancel notification');
    await ch.checkQueue(other);
    ch.sendToQueue(other, Buffer.from('still-here'));
    await ch.waitForConfirms();
    await waitUntil(() => otherGot.length === 1, 3000, 'delivery to the remaining consumer');
    return { callbackGotNull, cancelEvent, channelStillOpen: true, consumerOnOtherQueueAlive: true };
}));
const rpc = scenario('RPC: request with reply_to and correlation_id, reply routed back through the default exchange', {
    replies: [
        { correlationId: 'c1', body: '1' },
        { correlationId: 'c2', body: '55' },
        { correlationId: 'c3', body: '6765' },
    ],
    serverSawReplyTo: true,
}, (url) => withSession(url, async (s) => {
    const server = await s.channel();
    const client = await s.confirmChannel();
    const rpcQueue = s.queue('rpc');
    await server.assertQueue(rpcQueue, { durable: false });
    await server.prefetch(1);
    const { queue: replyTo } = await client.assertQueue('', { exclusive: true });
    s.track(replyTo);
    let serverSawReplyTo = true;
    const fib = (n) => (n < 2 ? n : fib(n - 1) + fib(n - 2));
    await server.consume(rpcQueue, (m) => {
        if (!m)
            return;
        serverSawReplyTo &&= m.properties.replyTo === replyTo;
        const answer = String(fib(Number(body(m))));
        server.sendToQueue(m.properties.replyTo, Buffer.from(answer), {
            correlationId: m.properties.correlationId,
        });
        server.ack(m);
    });
    const replies = [];
    await client.consume(replyTo, (m) => m && replies.push({ correlationId: m.properties.correlationId, body: body(m) }), { noAck: true });
    for (const [id, n] of [
        ['c1', 1],
        ['c2', 10],
        ['c3', 20],
    ]) {
        client.sendToQueue(rpcQueue, Buffer.from(String(n)), { replyTo, correlationId: id });
        await waitUntil(() => replies.length > 0 && replies[replies.length - 1].correlationId === id, 3000, id);
    }
    return { replies, serverSawReplyTo };
}));
const directReplyTo = scenario('direct reply-to: consume amq.rabbitmq.reply-to no-ack, then request and receive the reply', {
    requestReplyToPrefixed: true,
    reply: { body: 'pong', correlationId: 'x1', exchange: '', routingKeyIsReplyTo: true, redelivered: false },
    publishWithoutConsumer: { code: 406, classId: 60, methodId: 40 },
    consumeWithAck: { code: 406, classId: 60, methodId: 20 },
}, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const server = await s.channel(conn);
    const client = await s.channel(conn);
    const rpcQueue = s.queue('drt');
    await server.assertQueue(rpcQueue, { durable: false });
    let requestReplyTo = '';
    await server.consume(rpcQueue, (m) => {
        if (!m)
            return;
        requestReplyTo = m.properties.replyTo;
        server.sendToQueue(requestReplyTo, Buffer.from('pong'), {
            correlationId: m.properties.correlationId,
        });
    }, { noAck: true });
    const replies = [];
    await client.consume('amq.rabbitmq.reply-to', (m) => m && replies.push(m), { noAck: true });
    client.sendToQueue(rpcQueue, Buffer.from('ping'), {
        replyTo: 'amq.rabbitmq.reply-to',
        correlationId: 'x1',
    });
    await waitUntil(() => replies.length === 1, 3000, 'direct reply');
    const r = replies[0];
    return {
        requestReplyToPrefixed: requestReplyTo.startsWith('amq.rabbitmq.reply-to.'),
        reply: {
            body: body(r),
            correlationId: r.properties.correlationId,
            exchange: r.fields.exchange,
            routingKeyIsReplyTo: r.fields.routingKey === requestReplyTo,
            redelivered: r.fields.redelivered,
        },
        publishWithoutConsumer: await s.attempt(conn, (c) => c.sendToQueue(rpcQueue, Buffer.from('x'), { replyTo: 'amq.rabbitmq.reply-to' })),
        consumeWithAck: await s.attempt(conn, (c) => c.consume('amq.rabbitmq.reply-to', () => { }, { noAck: false })),
    };
}));
export const deliveryScenarios = [
    workQueue,
    getWithProperties,
    getEmpty,
    mandatoryReturn,
    confirms,
    rejectPublishNack,
    nackRequeueOrder,
    nackMultiple,
    recover,
    qosSemantics,
    cancelNotification,
    rpc,
    directReplyTo,
];
//# sourceMappingURL=delivery.js.map