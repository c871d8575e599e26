import { body, sleep, txCommit, txRollback, txSelect } from '../../helpers/amqp.js';
import { uniqueName } from '../../helpers/brokers.js';
import { withSession } from '../../helpers/session.js';
import { scenario } from '../harness.js';
async function fill(ch, queue, bodies) {
    for (const b of bodies)
        ch.sendToQueue(queue, Buffer.from(b));
    await ch.waitForConfirms();
}
const purge = scenario('queue.purge returns the ready count and leaves unacked messages alone', { firstPurge: 4, secondPurge: 0, afterRequeue: 1, requeued: ['1'] }, (url) => withSession(url, async (s) => {
    const ch = await s.confirmChannel();
    const q = s.queue('purge');
    await ch.assertQueue(q, { durable: false });
    await fill(ch, q, ['1', '2', '3', '4', '5']);
    const held = await ch.get(q, { noAck: false });
    const firstPurge = (await ch.purgeQueue(q)).messageCount;
    const secondPurge = (await ch.purgeQueue(q)).messageCount;
    if (held)
        ch.nack(held, false, true);
    await sleep(200); // requeue is applied asynchronously by RabbitMQ
    const afterRequeue = (await ch.checkQueue(q)).messageCount;
    const again = await ch.get(q, { noAck: true });
    return { firstPurge, secondPurge, afterRequeue, requeued: again ? [body(again)] : [] };
}));
const deleteCounts = scenario('queue.delete returns the message count; deleting a missing queue is not an error', { deleted: 3, missing: { messageCount: 0 }, gone: { code: 404, classId: 50, methodId: 10 } }, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const ch = await s.confirmChannel(conn);
    const q = s.queue('delete');
    await ch.assertQueue(q, { durable: true });
    await fill(ch, q, ['a', 'b', 'c']);
    const deleted = (await ch.deleteQueue(q)).messageCount;
    const missing = await ch.deleteQueue(q);
    const gone = await s.attempt(conn, (c) => c.checkQueue(q));
    return { deleted, missing: { messageCount: missing.messageCount }, gone };
}));
const conditionalDeletes = scenario('delete if-unused / if-empty refuse with 406 and leave the queue or exchange in place', {
    queueInUse: { code: 406, classId: 50, methodId: 40 },
    queueNotEmpty: { code: 406, classId: 50, methodId: 40 },
    exchangeInUse: { code: 406, classId: 40, methodId: 20 },
    stillThere: { consumers: 1, messages: 1 },
    unusedEmptyDelete: 0,
    unusedExchangeDelete: 'ok',
}, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const ch = await s.confirmChannel(conn);
    const used = s.queue('inuse');
    const full = s.queue('full');
    const idle = s.queue('idle');
    const x = s.exchange('bound');
    const lone = s.exchange('lone');
    for (const q of [used, full, idle])
        await ch.assertQueue(q, { durable: false });
    await ch.assertExchange(x, 'direct', { durable: false });
    await ch.assertExchange(lone, 'direct', { durable: false });
    await ch.bindQueue(idle, x, 'k');
    await ch.consume(used, () => { });
    await fill(ch, full, ['m']);
    const queueInUse = await s.attempt(conn, (c) => c.deleteQueue(used, { ifUnused: true }));
    const queueNotEmpty = await s.attempt(conn, (c) => c.deleteQueue(full, { ifEmpty: true }));
    const exchangeInUse = await s.attempt(conn, (c) => c.deleteExchange(x, { ifUnused: true }));
    const stillThere = {
        consumers: (await ch.checkQueue(used)).consumerCount,
        messages: (await ch.checkQueue(full)).messageCount,
    };
    await ch.unbindQueue(idle, x, 'k');
    const unusedEmptyDelete = (await ch.deleteQueue(idle, { ifUnused: true, ifEmpty: true })).messageCount;
    const unusedExchangeDelete = await s.attempt(conn, (c) => c.deleteExchange(lone, { ifUnused: true }));
    return {
        queueInUse,
        queueNotEmpty,
        exchangeInUse,
        stillThere,
        unusedEmptyDelete,
        unusedExchangeDelete,
    };
}));
const passiveMissing = scenario('passive declare of a missing queue or exchange closes the channel with 404', {
    queue: { code: 404, classId: 50, methodId: 10 },
    exchange: { code: 404, classId: 40, methodId: 10 },
    existing: { queue: 'ok', exchange: 'ok' },
}, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const ch = await s.channel(conn);
    const q = s.queue();
    const x = s.exchange();
    await ch.assertQueue(q, { durable: false });
    await ch.assertExchange(x, 'topic', { durable: false });
    return {
        queue: await s.attempt(conn, (c) => c.checkQueue(`${q}-missing`)),
        exchange: await s.attempt(conn, (c) => c.checkExchange(`${x}-missing`)),
        existing: {
            queue: await s.attempt(conn, (c) => c.checkQueue(q)),
            exchange: await s.attempt(conn, (c) => c.checkExchange(x)),
        },
    };
}));
const PRECONDITION_QUEUE = { code: 406, classId: 50, methodId: 10 };
const PRECONDITION_EXCHANGE = { code: 406, classId: 40, methodId: 10 };
const redeclare = scenario('redeclaring with different durable, auto-delete, arguments or type fails with 406', {
    sameAgain: 'ok',
    durable: PRECONDITION_QUEUE,
    autoDelete: PRECONDITION_QUEUE,
    ttlValue: PRECONDITION_QUEUE,
    ttlMissing: PRECONDITION_QUEUE,
    ttlAsString: PRECONDITION_QUEUE,
    unknownArgAdded: 'ok',
    exchangeSameAgain: 'ok',
    exchangeType: PRECONDITION_EXCHANGE,
    exchangeDurable: PRECONDITION_EXCHANGE,
    exchangeAutoDelete: PRECONDITION_EXCHANGE,
    exchangeInternal: PRECONDITION_EXCHANGE,
    invalidArg: PRECONDITION_QUEUE,
}, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const ch = await s.channel(conn);
    const q = s.queue('redecl');
    const x = s.exchange('redecl');
    const qArgs = { durable: false, autoDelete: false, arguments: { 'x-message-ttl': 60000 } };
    await ch.assertQueue(q, qArgs);
    await ch.assertExchange(x, 'direct', { durable: false });
    const try_ = (op) => s.attempt(conn, op);
    return {
        sameAgain: await try_((c) => c.assertQueue(q, qArgs)),
        durable: await try_((c) => c.assertQueue(q, { ...qArgs, durable: true })),
        autoDelete: await try_((c) => c.assertQueue(q, { ...qArgs, autoDelete: true })),
        ttlValue: await try_((c) => c.assertQueue(q, { ...qArgs, arguments: { 'x-message-ttl': 1000 } })),
        ttlMissing: await try_((c) => c.assertQueue(q, { ...qArgs, arguments: {} })),
        ttlAsString: await try_((c) => c.assertQueue(q, { ...qArgs, arguments: { 'x-message-ttl': '60000' } })),
        unknownArgAdded: await try_((c) => c.assertQueue(q, { ...qArgs, arguments: { 'x-message-ttl': 60000, 'x-wharf-custom': 1 } })),
        exchangeSameAgain: await try_((c) => c.assertExchange(x, 'direct', { durable: false })),
        exchangeType: await try_((c) => c.assertExchange(x, 'fanout', { durable: false })),
        exchangeDurable: await try_((c) => c.assertExchange(x, 'direct', { durable: true })),
        exchangeAutoDelete: await try_((c) => c.assertExchange(x, 'direct', { durable: false, autoDelete: true })),
        exchangeInternal: await try_((c) => c.assertExchange(x, 'direct', { durable: false, internal: true })),
        invalidArg: await try_((c) => c.assertQueue(s.queue('badarg'), { durable: false, arguments: { 'x-max-length': 'ten' } })),
    };
}));
const RESOURCE_LOCKED = (classId, methodId) => ({ code: 405, classId, methodId });
const exclusive = scenario('an exclusive queue is locked (405) for other connections and deleted with its owner', {
    owner: { publish: ['from-owner'], passive: 'ok' },
    other: {
        passive: RESOURCE_LOCKED(50, 10),
        declare: RESOURCE_LOCKED(50, 10),
        consume: RESOURCE_LOCKED(60, 20),
        get: RESOURCE_LOCKED(60, 70),
        purge: RESOURCE_LOCKED(50, 30),
        delete: RESOURCE_LOCKED(50, 40),
        bind: RESOURCE_LOCKED(50, 20),
        publish: 'ok',
    },
    afterOwnerCloses: { code: 404, classId: 50, methodId: 10 },
}, (url) => withSession(url, async (s) => {
    const ownerConn = await s.connection();
    const owner = await s.confirmChannel(ownerConn);
    const q = s.queue('excl');
    await owner.assertQueue(q, { exclusive: true, durable: false });
    const otherConn = await s.connection();
    const try_ = (op) => s.attempt(otherConn, op);
    const other = {
        passive: await try_((c) => c.checkQueue(q)),
        declare: await try_((c) => c.assertQueue(q, { exclusive: true, durable: false })),
        consume: await try_((c) => c.consume(q, () => { })),
        get: await try_((c) => c.get(q)),
        purge: await try_((c) => c.purgeQueue(q)),
        delete: await try_((c) => c.deleteQueue(q)),
        bind: await try_((c) => c.bindQueue(q, 'amq.direct', 'k')),
        publish: await try_((c) => c.sendToQueue(q, Buffer.from('from-other'))),
    };
    await owner.purgeQueue(q);
    owner.sendToQueue(q, Buffer.from('from-owner'));
    await owner.waitForConfirms();
    const got = await owner.get(q, { noAck: true });
    const ownerView = {
        publish: got ? [body(got)] : [],
        passive: await s.attempt(ownerConn, (c) => c.checkQueue(q)),
    };
    await ownerConn.close();
    const afterOwnerCloses = await s.attempt(otherConn, (c) => c.checkQueue(q));
    return { owner: ownerView, other, afterOwnerCloses };
}));
const serverNamed = scenario('queue.declare with an empty name creates a fresh amq.gen-* queue; clients may not name queues amq.*', {
    prefixed: true,
    distinct: true,
    counts: { messageCount: 0, consumerCount: 0 },
    routable: ['to-generated'],
    clientNamedAmq: { code: 403, classId: 50, methodId: 10 },
}, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const ch = await s.confirmChannel(conn);
    const a = await ch.assertQueue('', { exclusive: true });
    const b = await ch.assertQueue('', { exclusive: true });
    s.track(a.queue);
    s.track(b.queue);
    ch.sendToQueue(a.queue, Buffer.from('to-generated'));
    await ch.waitForConfirms();
    const m = await ch.get(a.queue, { noAck: true });
    const amqName = s.track(uniqueName('amq.wharf-test'));
    return {
        prefixed: a.queue.startsWith('amq.gen-') && b.queue.startsWith('amq.gen-'),
        distinct: a.queue !== b.queue,
        counts: { messageCount: a.messageCount, consumerCount: a.consumerCount },
        routable: m ? [body(m)] : [],
        clientNamedAmq: await s.attempt(conn, (c) => c.assertQueue(amqName, { durable: false })),
    };
}));
const transactions = scenario('tx.select/commit/rollback: rolled-back publishes never appear, rolled-back acks are undone', {
    beforeCommit: 0,
    afterCommit: 2,
    afterRollback: 2,
    ackRolledBack: { ready: 1 }, // neither removed nor requeued: still unacked
    ackCommitted: { ready: 1 },
    bodies: ['t1', 't2'],
}, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const tx = await s.channel(conn);
    const observer = await s.channel(conn);
    const q = s.queue('tx');
    await observer.assertQueue(q, { durable: false });
    const ready = async () => (await observer.checkQueue(q)).messageCount;
    await txSelect(tx);
    tx.sendToQueue(q, Buffer.from('t1'));
    tx.sendToQueue(q, Buffer.from('t2'));
    const beforeCommit = await (async () => {
        await tx.checkQueue(q); // the publishes have reached the broker, uncommitted
        return ready();
    })();
    await txCommit(tx);
    const afterCommit = await ready();
    tx.sendToQueue(q, Buffer.from('rolled-back'));
    await txRollback(tx);
    const afterRollback = await ready();
    // Acks: get one message, ack it, roll back: still unacked (not requeued).
    const m = await tx.get(q, { noAck: false });
    if (!m)
        throw new Error('transactional queue is empty');
    await txCommit(tx); // the get itself is not transactional; commit an empty tx
    tx.ack(m);
    await txRollback(tx);
    const ackRolledBack = { ready: await ready() };
    tx.ack(m); // would be an unknown delivery tag (406) had the rolled-back ack counted
    await txCommit(tx);
    const ackCommitted = { ready: await ready() };
    const bodies = [body(m)];
    const rest = await observer.get(q, { noAck: true });
    if (rest)
        bodies.push(body(rest));
    return { beforeCommit, afterCommit, afterRollback, ackRolledBack, ackCommitted, bodies };
}));
export const queueScenarios = [
    purge,
    deleteCounts,
    conditionalDeletes,
    passiveMissing,
    redeclare,
    exclusive,
    serverNamed,
    transactions,
];
//# sourceMappingURL=queues.js.map