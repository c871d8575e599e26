import { drainBodies } from '../../helpers/amqp.js';
import { uniqueName } from '../../helpers/brokers.js';
import { withSession } from '../../helpers/session.js';
import { scenario } from '../harness.js';
/** Publish with confirms so every message is routed before the queues are read. */
async function publishAll(ch, msgs) {
    for (const [x, rk, bodyText, headers] of msgs)
        ch.publish(x, rk, Buffer.from(bodyText), { headers });
    await ch.waitForConfirms();
}
async function bodiesByQueue(s, queues) {
    const ch = await s.channel();
    const out = {};
    for (const [label, q] of Object.entries(queues))
        out[label] = await drainBodies(ch, q);
    return out;
}
const fanout = scenario('fanout delivers every message to all 3 bound queues, ignoring routing keys', {
    queues: { a: ['m1', 'm2', 'm3'], b: ['m1', 'm2', 'm3'], c: ['m1', 'm2', 'm3'] },
    fields: { exchange: 'X', routingKey: 'any.key', redelivered: false },
}, (url) => withSession(url, async (s) => {
    const ch = await s.confirmChannel();
    const x = s.exchange('fanout');
    await ch.assertExchange(x, 'fanout', { durable: false, autoDelete: false });
    const queues = { a: s.queue(), b: s.queue(), c: s.queue() };
    let i = 0;
    for (const q of Object.values(queues)) {
        await ch.assertQueue(q, { durable: false });
        await ch.bindQueue(q, x, `ignored-${i++}`);
    }
    await publishAll(ch, [
        [x, 'any.key', 'm1'],
        [x, '', 'm2'],
        [x, 'other', 'm3'],
    ]);
    const first = await ch.get(queues.a, { noAck: false });
    if (!first)
        throw new Error('fanout queue a is empty');
    await ch.nack(first, false, true);
    const fields = {
        exchange: first.fields.exchange === x ? 'X' : first.fields.exchange,
        routingKey: first.fields.routingKey,
        redelivered: first.fields.redelivered,
    };
    return { queues: await bodiesByQueue(s, queues), fields };
}));
const direct = scenario('direct exchange routes by exact key; a queue bound twice gets one copy', {
    queues: { k1: ['to-k1'], k2: ['to-k2'], both: ['to-k1', 'to-k2'], empty: ['to-empty'] },
    unrouted: { confirmed: true },
}, (url) => withSession(url, async (s) => {
    const ch = await s.confirmChannel();
    const x = s.exchange('direct');
    await ch.assertExchange(x, 'direct', { durable: false });
    const queues = { k1: s.queue(), k2: s.queue(), both: s.queue(), empty: s.queue() };
    for (const q of Object.values(queues))
        await ch.assertQueue(q, { durable: false });
    await ch.bindQueue(queues.k1, x, 'k1');
    await ch.bindQueue(queues.k2, x, 'k2');
    await ch.bindQueue(queues.both, x, 'k1');
    await ch.bindQueue(queues.both, x, 'k2');
    await ch.bindQueue(queues.both, x, 'k1'); // same binding again is a no-op
    await ch.bindQueue(queues.empty, x, '');
    await publishAll(ch, [
        [x, 'k1', 'to-k1'],
        [x, 'k2', 'to-k2'],
        [x, 'k3', 'to-nowhere'],
        [x, 'K1', 'case-differs'],
        [x, '', 'to-empty'],
    ]);
    return { queues: await bodiesByQueue(s, queues), unrouted: { confirmed: true } };
}));
const TOPIC_PATTERNS = [
    '*',
    '#',
    'a.*',
    'a.#',
    '#.b',
    'a.#.b',
    '*.b',
    'a.*.b',
    '',
    'a..b',
    '*.*',
    '#.#',
    'a.*.#',
    '#.*',
    'a.#.#.b',
    'a.b',
];
const TOPIC_KEYS = [
    '',
    'a',
    'b',
    'a.b',
    'a.x.b',
    'a.x.y.b',
    'a..b',
    '.',
    'a.',
    '.b',
    'x.a.b',
    'a.b.c',
    'a.b.b',
];
const topic = scenario('topic routing: *, #, empty words, # alone, a.#.b', {
    // RabbitMQ splits '' into zero words, so '*' and '#.*' do not match it; '.' is two empty words.
    '*': ['a', 'b'],
    '#': ['', 'a', 'b', 'a.b', 'a.x.b', 'a.x.y.b', 'a..b', '.', 'a.', '.b', 'x.a.b', 'a.b.c', 'a.b.b'],
    'a.*': ['a.b', 'a.'],
    'a.#': ['a', 'a.b', 'a.x.b', 'a.x.y.b', 'a..b', 'a.', 'a.b.c', 'a.b.b'],
    '#.b': ['b', 'a.b', 'a.x.b', 'a.x.y.b', 'a..b', '.b', 'x.a.b', 'a.b.b'],
    'a.#.b': ['a.b', 'a.x.b', 'a.x.y.b', 'a..b', 'a.b.b'],
    '*.b': ['a.b', '.b'],
    'a.*.b': ['a.x.b', 'a..b', 'a.b.b'],
    '': [''],
    'a..b': ['a..b'],
    '*.*': ['a.b', '.', 'a.', '.b'],
    '#.#': ['', 'a', 'b', 'a.b', 'a.x.b', 'a.x.y.b', 'a..b', '.', 'a.', '.b', 'x.a.b', 'a.b.c', 'a.b.b'],
    'a.*.#': ['a.b', 'a.x.b', 'a.x.y.b', 'a..b', 'a.', 'a.b.c', 'a.b.b'],
    '#.*': ['a', 'b', 'a.b', 'a.x.b', 'a.x.y.b', 'a..b', '.', 'a.', '.b', 'x.a.b', 'a.b.c', 'a.b.b'],
    'a.#.#.b': ['a.b', 'a.x.b', 'a.x.y.b', 'a..b', 'a.b.b'],
    'a.b': ['a.b'],
}, (url) => withSession(url, async (s) => {
    const ch = await s.confirmChannel();
    const x = s.exchange('topic');
    await ch.assertExchange(x, 'topic', { durable: false });
    const queues = {};
    for (const p of TOPIC_PATTERNS) {
        queues[p] = s.queue('topic');
        await ch.assertQueue(queues[p], { durable: false });
        await ch.bindQueue(queues[p], x, p);
    }
    await publishAll(ch, TOPIC_KEYS.map((k) => [x, k, k]));
    return bodiesByQueue(s, queues);
}));
const HEADER_BINDINGS = {
    all: { 'x-match': 'all', a: 1, b: 'two' },
    any: { 'x-match': 'any', a: 1, b: 'two' },
    allWithX: { 'x-match': 'all-with-x', 'x-k': 'v', a: 1 },
    anyWithX: { 'x-match': 'any-with-x', 'x-k': 'v', b: 'two' },
    allIgnoresX: { 'x-match': 'all', 'x-k': 'v', a: 1 },
    anyIgnoresX: { 'x-match': 'any', 'x-k': 'v' },
    defaultIsAll: { a: 1, b: 'two' },
    allEmpty: { 'x-match': 'all' },
    anyEmpty: { 'x-match': 'any' },
    noArgs: {},
    voidMatchesPresence: { 'x-match': 'all', a: null },
};
const HEADER_MESSAGES = [
    ['ab', { a: 1, b: 'two' }],
    ['a', { a: 1 }],
    ['b', { b: 'two' }],
    ['abx', { a: 1, b: 'two', 'x-k': 'v' }],
    ['x', { 'x-k': 'v' }],
    ['ax', { a: 1, 'x-k': 'v' }],
    ['a-as-string', { a: '1' }],
    ['a-as-long', { a: { '!': 'long', value: 1 }, b: 'two' }],
    ['a-b-wrong', { a: 1, b: 'three' }],
    ['extra', { a: 1, b: 'two', c: true }],
    ['none', undefined],
    ['empty', {}],
];
const headers = scenario('headers exchange: x-match all, any, all-with-x, any-with-x, defaults and value types', {
    all: ['ab', 'abx', 'a-as-long', 'extra'],
    any: ['ab', 'a', 'b', 'abx', 'ax', 'a-as-long', 'a-b-wrong', 'extra'],
    allWithX: ['abx', 'ax'],
    anyWithX: ['ab', 'b', 'abx', 'x', 'ax', 'a-as-long', 'extra'],
    allIgnoresX: ['ab', 'a', 'abx', 'ax', 'a-as-long', 'a-b-wrong', 'extra'],
    anyIgnoresX: [],
    defaultIsAll: ['ab', 'abx', 'a-as-long', 'extra'],
    allEmpty: [
        'ab',
        'a',
        'b',
        'abx',
        'x',
        'ax',
        'a-as-string',
        'a-as-long',
        'a-b-wrong',
        'extra',
        'none',
        'empty',
    ],
    anyEmpty: [],
    noArgs: [
        'ab',
        'a',
        'b',
        'abx',
        'x',
        'ax',
        'a-as-string',
        'a-as-long',
        'a-b-wrong',
        'extra',
        'none',
        'empty',
    ],
    voidMatchesPresence: ['ab', 'a', 'abx', 'ax', 'a-as-string', 'a-as-long', 'a-b-wrong', 'extra'],
}, (url) => withSession(url, async (s) => {
    const ch = await s.confirmChannel();
    const x = s.exchange('headers');
    await ch.assertExchange(x, 'headers', { durable: false });
    const queues = {};
    for (const [label, args] of Object.entries(HEADER_BINDINGS)) {
        queues[label] = s.queue('hdr');
        await ch.assertQueue(queues[label], { durable: false });
        await ch.bindQueue(queues[label], x, 'ignored', args);
    }
    await publishAll(ch, HEADER_MESSAGES.map(([label, h]) => [x, 'rk', label, h]));
    return bodiesByQueue(s, queues);
}));
const defaultExchange = scenario('default exchange routes by queue name and refuses bindings', {
    delivered: ['via-default'],
    fields: { exchange: '', routingKey: 'Q' },
    checkDefault: { code: 403, classId: 40, methodId: 10 },
    bind: { code: 403, classId: 50, methodId: 20 },
    unbind: { code: 403, classId: 50, methodId: 50 },
    deleteDefault: { code: 403, classId: 40, methodId: 20 },
}, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const ch = await s.confirmChannel(conn);
    const q = s.queue();
    await ch.assertQueue(q, { durable: false });
    await publishAll(ch, [
        ['', q, 'via-default'],
        ['', `${q}-missing`, 'dropped'],
    ]);
    const m = await ch.get(q, { noAck: false });
    if (!m)
        throw new Error('nothing routed through the default exchange');
    ch.ack(m);
    const delivered = [m.content.toString(), ...(await drainBodies(ch, q))];
    const fields = {
        exchange: m.fields.exchange,
        routingKey: m.fields.routingKey === q ? 'Q' : m.fields.routingKey,
    };
    return {
        delivered,
        fields,
        checkDefault: await s.attempt(conn, (c) => c.checkExchange('')),
        bind: await s.attempt(conn, (c) => c.bindQueue(q, '', q)),
        unbind: await s.attempt(conn, (c) => c.unbindQueue(q, '', q)),
        deleteDefault: await s.attempt(conn, (c) => c.deleteExchange('')),
    };
}));
const AMQ_EXCHANGES = ['amq.direct', 'amq.fanout', 'amq.topic', 'amq.headers', 'amq.match'];
const amqExchanges = scenario('amq.* exchanges exist, route, and cannot be declared or deleted', {
    exist: AMQ_EXCHANGES,
    routedViaAmqDirect: ['through-amq.direct'],
    redeclareSameType: 'ok',
    redeclareOtherType: { code: 406, classId: 40, methodId: 10 },
    declareNewAmq: { code: 403, classId: 40, methodId: 10 },
    deleteAmq: { code: 403, classId: 40, methodId: 20 },
}, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const ch = await s.confirmChannel(conn);
    const exist = [];
    for (const x of AMQ_EXCHANGES) {
        await ch.checkExchange(x);
        exist.push(x);
    }
    const q = s.queue();
    await ch.assertQueue(q, { durable: false });
    await ch.bindQueue(q, 'amq.direct', q);
    await publishAll(ch, [['amq.direct', q, 'through-amq.direct']]);
    const routedViaAmqDirect = await drainBodies(ch, q);
    return {
        exist,
        routedViaAmqDirect,
        redeclareSameType: await s.attempt(conn, (c) => c.assertExchange('amq.direct', 'direct', { durable: true })),
        redeclareOtherType: await s.attempt(conn, (c) => c.assertExchange('amq.direct', 'fanout', { durable: true })),
        declareNewAmq: await s.attempt(conn, (c) => c.assertExchange(s.trackExchange(uniqueName('amq.wharf-test')), 'direct')),
        deleteAmq: await s.attempt(conn, (c) => c.deleteExchange('amq.fanout')),
    };
}));
const exchangeToExchange = scenario('exchange-to-exchange bindings: bind, route through, unbind', {
    bound: ['k-match', 'deep'],
    afterUnbind: [],
    viaTopicChain: ['a.b'],
}, (url) => withSession(url, async (s) => {
    const ch = await s.confirmChannel();
    const src = s.exchange('e2e-src');
    const mid = s.exchange('e2e-mid');
    const leaf = s.exchange('e2e-leaf');
    await ch.assertExchange(src, 'direct', { durable: false });
    await ch.assertExchange(mid, 'fanout', { durable: false });
    await ch.assertExchange(leaf, 'topic', { durable: false });
    const q = s.queue();
    const qt = s.queue();
    await ch.assertQueue(q, { durable: false });
    await ch.assertQueue(qt, { durable: false });
    await ch.bindExchange(mid, src, 'k'); // destination, source, key
    await ch.bindQueue(q, mid, '');
    await ch.bindExchange(leaf, mid, '');
    await ch.bindQueue(qt, leaf, 'a.*');
    await publishAll(ch, [
        [src, 'k', 'k-match'],
        [src, 'other', 'no-match'],
        [mid, 'x', 'deep'],
    ]);
    const bound = await drainBodies(ch, q);
    await drainBodies(ch, qt);
    await publishAll(ch, [[src, 'a.b', 'a.b']]);
    await ch.bindExchange(mid, src, 'a.b');
    await publishAll(ch, [[src, 'a.b', 'a.b']]);
    const viaTopicChain = await drainBodies(ch, qt);
    await drainBodies(ch, q);
    await ch.unbindExchange(mid, src, 'k');
    await ch.unbindExchange(mid, src, 'a.b');
    await publishAll(ch, [
        [src, 'k', 'after-unbind'],
        [src, 'a.b', 'after-unbind'],
    ]);
    const afterUnbind = [...(await drainBodies(ch, q)), ...(await drainBodies(ch, qt))];
    return { bound, afterUnbind, viaTopicChain };
}));
const unbinding = scenario('unbinding removes one binding only; unbinding what is not bound', {
    afterUnbind: ['k2'],
    unbindMissingBinding: 'ok',
    // RabbitMQ 3.10 makes every unbind idempotent, even when the exchange or queue is missing.
    unbindMissingExchange: 'ok',
    unbindMissingQueue: 'ok',
    bindMissingExchange: { code: 404, classId: 50, methodId: 20 },
    bindMissingQueue: { code: 404, classId: 50, methodId: 20 },
    unbindExchangeMissing: 'ok',
}, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const ch = await s.confirmChannel(conn);
    const x = s.exchange('direct');
    const q = s.queue();
    await ch.assertExchange(x, 'direct', { durable: false });
    await ch.assertQueue(q, { durable: false });
    await ch.bindQueue(q, x, 'k1');
    await ch.bindQueue(q, x, 'k2');
    await ch.unbindQueue(q, x, 'k1');
    await publishAll(ch, [
        [x, 'k1', 'k1'],
        [x, 'k2', 'k2'],
    ]);
    const afterUnbind = await drainBodies(ch, q);
    return {
        afterUnbind,
        unbindMissingBinding: await s.attempt(conn, (c) => c.unbindQueue(q, x, 'never-bound')),
        unbindMissingExchange: await s.attempt(conn, (c) => c.unbindQueue(q, `${x}-missing`, 'k2')),
        unbindMissingQueue: await s.attempt(conn, (c) => c.unbindQueue(`${q}-missing`, x, 'k2')),
        bindMissingExchange: await s.attempt(conn, (c) => c.bindQueue(q, `${x}-missing`, 'k2')),
        bindMissingQueue: await s.attempt(conn, (c) => c.bindQueue(`${q}-missing`, x, 'k2')),
        unbindExchangeMissing: await s.attempt(conn, (c) => c.unbindExchange(x, `${x}-missing`, 'k')),
    };
}));
const senderSelected = scenario('CC and BCC headers add routing keys; BCC is stripped from what consumers see', {
    queues: { main: ['cc-bcc'], cc: ['cc-bcc'], bcc: ['cc-bcc'], other: [] },
    headersSeen: { main: { CC: ['cc'], h: 'kept' }, bcc: { CC: ['cc'], h: 'kept' } },
}, (url) => withSession(url, async (s) => {
    const ch = await s.confirmChannel();
    const x = s.exchange('direct');
    await ch.assertExchange(x, 'direct', { durable: false });
    const queues = { main: s.queue(), cc: s.queue(), bcc: s.queue(), other: s.queue() };
    for (const [key, q] of Object.entries(queues)) {
        await ch.assertQueue(q, { durable: false });
        await ch.bindQueue(q, x, key);
    }
    ch.publish(x, 'main', Buffer.from('cc-bcc'), { CC: 'cc', BCC: ['bcc'], headers: { h: 'kept' } });
    await ch.waitForConfirms();
    const main = await ch.get(queues.main, { noAck: false });
    const bcc = await ch.get(queues.bcc, { noAck: false });
    const headersSeen = {
        main: main ? main.properties.headers : null,
        bcc: bcc ? bcc.properties.headers : null,
    };
    ch.nackAll(true);
    return { queues: await bodiesByQueue(s, queues), headersSeen };
}));
const autoDeleteExchanges = scenario('an auto-delete exchange goes with its last binding as a source: unbind, queue delete, cascades', {
    afterFirstUnbind: 'ok',
    afterLastUnbind: { code: 404, classId: 40, methodId: 10 },
    neverBound: 'ok',
    afterQueueDelete: { code: 404, classId: 40, methodId: 10 },
    afterDestinationExchangeDelete: { code: 404, classId: 40, methodId: 10 },
    destinationOnlyUnbound: 'ok',
    cascade: {
        inner: { code: 404, classId: 40, methodId: 10 },
        outer: { code: 404, classId: 40, methodId: 10 },
    },
}, (url) => withSession(url, async (s) => {
    const conn = await s.connection();
    const ch = await s.confirmChannel(conn);
    const exists = (x) => s.attempt(conn, (c) => c.checkExchange(x));
    const auto = { durable: false, autoDelete: true };
    const q = s.queue();
    await ch.assertQueue(q, { durable: false });
    const x1 = s.exchange('ad');
    await ch.assertExchange(x1, 'topic', auto);
    await ch.bindQueue(q, x1, 'a');
    await ch.bindQueue(q, x1, 'b');
    await ch.unbindQueue(q, x1, 'a');
    const afterFirstUnbind = await exists(x1);
    await ch.unbindQueue(q, x1, 'b');
    const afterLastUnbind = await exists(x1);
    const x2 = s.exchange('ad');
    await ch.assertExchange(x2, 'fanout', auto);
    const neverBound = await exists(x2);
    const x3 = s.exchange('ad');
    const q3 = s.queue();
    await ch.assertExchange(x3, 'direct', auto);
    await ch.assertQueue(q3, { durable: false });
    await ch.bindQueue(q3, x3, 'k');
    await ch.deleteQueue(q3);
    const afterQueueDelete = await exists(x3);
    const x4 = s.exchange('ad');
    const d4 = s.exchange('plain');
    await ch.assertExchange(x4, 'fanout', auto);
    await ch.assertExchange(d4, 'fanout', { durable: false });
    await ch.bindExchange(d4, x4, '');
    await ch.deleteExchange(d4);
    const afterDestinationExchangeDelete = await exists(x4);
    const x5 = s.exchange('ad');
    const s5 = s.exchange('plain');
    await ch.assertExchange(x5, 'fanout', auto);
    await ch.assertExchange(s5, 'fanout', { durable: false });
    await ch.bindExchange(x5, s5, '');
    await ch.unbindExchange(x5, s5, '');
    const destinationOnlyUnbound = await exists(x5);
    // outer -> inner -> queue: deleting the queue empties inner, whose deletion empties outer
    const outer = s.exchange('ad');
    const inner = s.exchange('ad');
    const q6 = s.queue();
    await ch.assertExchange(outer, 'fanout', auto);
    await ch.assertExchange(inner, 'fanout', auto);
    await ch.assertQueue(q6, { durable: false });
    await ch.bindExchange(inner, outer, '');
    await ch.bindQueue(q6, inner, '');
    await ch.deleteQueue(q6);
    const cascade = { inner: await exists(inner), outer: await exists(outer) };
    return {
        afterFirstUnbind,
        afterLastUnbind,
        neverBound,
        afterQueueDelete,
        afterDestinationExchangeDelete,
        destinationOnlyUnbound,
        cascade,
    };
}));
export const routingScenarios = [
    fanout,
    direct,
    topic,
    headers,
    defaultExchange,
    amqExchanges,
    exchangeToExchange,
    unbinding,
    senderSelected,
    autoDeleteExchanges,
];
//# sourceMappingURL=routing.js.map