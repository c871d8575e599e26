// Error handling: which mistakes close the channel and which close the connection, with
// which reply code and which class/method ids. Reply texts are never compared.
import { txCommit, txSelect } from '../../helpers/amqp.js';
import { uniqueName } from '../../helpers/brokers.js';
import { withSession } from '../../helpers/session.js';
import { scenario } from '../harness.js';
const publishToMissingExchange = scenario('publishing to a missing exchange closes the channel with 404 NOT_FOUND (basic.publish)', { closed: { code: 404, classId: 60, methodId: 40 }, connectionStillOpen: 'ok' }, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const x = s.exchange('missing');
    const closed = await s.attempt(conn, (c) => c.publish(x, 'k', Buffer.from('lost')));
    return { closed, connectionStillOpen: await s.attempt(conn, (c) => c.checkExchange('amq.topic')) };
}));
const PRECONDITION = (methodId) => ({ code: 406, classId: 60, methodId });
const unknownDeliveryTags = scenario('ack, nack or reject of an unknown delivery tag closes the channel with 406 PRECONDITION_FAILED', {
    ackUnknown: PRECONDITION(80),
    ackTwice: PRECONDITION(80),
    nackUnknown: PRECONDITION(120),
    rejectUnknown: PRECONDITION(90),
    ackZeroNotMultiple: PRECONDITION(80),
    ackOfNoAckDelivery: PRECONDITION(80),
    ackAllWithNothingOutstanding: 'ok',
}, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const setup = await s.confirmChannel(conn);
    const q = s.queue('tags');
    await setup.assertQueue(q, { durable: false });
    for (let i = 0; i < 4; i++)
        setup.sendToQueue(q, Buffer.from(`m${i}`));
    await setup.waitForConfirms();
    const fake = (tag) => ({ fields: { deliveryTag: tag } });
    return {
        ackUnknown: await s.attempt(conn, (c) => c.ack(fake(42))),
        ackTwice: await s.attempt(conn, async (c) => {
            const m = await c.get(q);
            if (!m)
                throw new Error('queue empty');
            c.ack(m);
            c.ack(m);
        }),
        nackUnknown: await s.attempt(conn, (c) => c.nack(fake(7), false, true)),
        rejectUnknown: await s.attempt(conn, (c) => c.reject(fake(7), true)),
        ackZeroNotMultiple: await s.attempt(conn, (c) => c.ack(fake(0), false)),
        ackOfNoAckDelivery: await s.attempt(conn, async (c) => {
            const m = await c.get(q, { noAck: true });
            if (!m)
                throw new Error('queue empty');
            c.ack(m);
        }),
        ackAllWithNothingOutstanding: await s.attempt(conn, (c) => c.ackAll()),
    };
}));
const unknownExchangeType = scenario('declaring an exchange of unknown type closes the connection with 503 COMMAND_INVALID', { closed: { scope: 'connection', code: 503, classId: 40, methodId: 10 } }, (url) => withSession(url, async (s) => {
    const x = s.exchange('badtype');
    return {
        closed: await s.connectionAttempt((c) => c.assertExchange(x, 'x-no-such-type', { durable: false })),
    };
}));
const amqPrefix = scenario('declaring a new amq.-prefixed exchange is refused with 403 ACCESS_REFUSED', {
    closed: { code: 403, classId: 40, methodId: 10 },
    passiveMissingAmq: { code: 404, classId: 40, methodId: 10 },
}, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const name = s.trackExchange(uniqueName('amq.wharf-test'));
    return {
        closed: await s.attempt(conn, (c) => c.assertExchange(name, 'topic', { durable: false })),
        passiveMissingAmq: await s.attempt(conn, (c) => c.checkExchange(name)),
    };
}));
const consumerMistakes = scenario('consumer errors: missing queue 404, reused tag 530 (connection), unknown cancel is fine', {
    consumeMissingQueue: { code: 404, classId: 60, methodId: 20 },
    cancelUnknownTag: 'ok',
    reuseTag: { scope: 'connection', code: 530, classId: 60, methodId: 20 },
}, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const q = s.queue('consumer');
    const setup = await s.channel(conn);
    await setup.assertQueue(q, { durable: false });
    return {
        consumeMissingQueue: await s.attempt(conn, (c) => c.consume(`${q}-missing`, () => { })),
        cancelUnknownTag: await s.attempt(conn, (c) => c.cancel('no-such-consumer')),
        reuseTag: await s.connectionAttempt(async (c) => {
            await c.consume(q, () => { }, { consumerTag: 'dup' });
            await c.consume(q, () => { }, { consumerTag: 'dup' });
        }),
    };
}));
const publishMistakes = scenario('publish errors: user-id that is not the connection user is 406 (basic.publish)', { wrongUserId: { code: 406, classId: 60, methodId: 40 }, rightUserId: 'ok' }, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const q = s.queue('userid');
    await (await s.channel(conn)).assertQueue(q, { durable: false });
    return {
        wrongUserId: await s.attempt(conn, (c) => c.sendToQueue(q, Buffer.from('x'), { userId: 'mallory' })),
        rightUserId: await s.attempt(conn, (c) => c.sendToQueue(q, Buffer.from('x'), { userId: 'guest' })),
    };
}));
const txRefusedByQueue = scenario('a transaction whose message a full queue refuses fails tx.commit with 406 (tx.commit); the rest is kept', { commit: { code: 406, classId: 90, methodId: 20 }, depth: 1, other: 1 }, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const setup = await s.channel(conn);
    const q = s.queue('tx-full');
    const other = s.queue('tx-other');
    await setup.assertQueue(q, {
        durable: false,
        arguments: { 'x-max-length': 1, 'x-overflow': 'reject-publish' },
    });
    await setup.assertQueue(other, { durable: false });
    const commit = await s.attempt(conn, async (c) => {
        await txSelect(c);
        c.sendToQueue(q, Buffer.from('fits'));
        c.sendToQueue(q, Buffer.from('refused'));
        c.sendToQueue(other, Buffer.from('elsewhere'));
        await txCommit(c);
    });
    return {
        commit,
        depth: (await setup.checkQueue(q)).messageCount,
        other: (await setup.checkQueue(other)).messageCount,
    };
}));
export const errorScenarios = [
    publishToMissingExchange,
    unknownDeliveryTags,
    unknownExchangeType,
    amqPrefix,
    consumerMistakes,
    publishMistakes,
    txRefusedByQueue,
];
//# sourceMappingURL=errors.js.map