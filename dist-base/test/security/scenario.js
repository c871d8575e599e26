// One identity-and-access scenario, run the same way on Wharf and on RabbitMQ: the same
// users, vhosts, permissions, topic permissions and limits (Wharf through its management
// API, RabbitMQ through `rabbitmqctl import_definitions` of the same document), then the
// same AMQP operations as a restricted user, each reduced to RabbitMQ's reply code and
// text. The suites compare the two lists entry by entry.
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../src/broker/identity/password.js';
import { closedWith, openAs, openResult, tryOp } from './support.js';
export function names() {
    const id = randomBytes(4).toString('hex');
    const password = `pw-${randomBytes(6).toString('hex')}`;
    return {
        v: `wharf-sec-${id}`,
        v2: `wharf-sec-${id}-closed`,
        vl: `wharf-sec-${id}-queues`,
        vc: `wharf-sec-${id}-conns`,
        u: { user: `wharf-sec-u-${id}`, password },
        s: { user: `wharf-sec-s-${id}`, password },
        ul: { user: `wharf-sec-l-${id}`, password },
        imp: { user: `wharf-sec-i-${id}`, password },
    };
}
export const U_PERMISSIONS = { configure: '^u-', write: '^(u-|wx-)', read: '^(u-|rx-)' };
export const U_TOPIC = { exchange: 'u-topic', write: '^{username}\\.', read: '^bind\\.{vhost}$' };
const FULL = { configure: '.*', write: '.*', read: '.*' };
/** The scenario's identity as a RabbitMQ definitions document. */
export function definitions(n) {
    const user = (a, limits = {}, tags = []) => ({
        name: a.user,
        password_hash: hashPassword(a.password),
        hashing_algorithm: 'rabbit_password_hashing_sha256',
        tags,
        limits,
    });
    const perm = (a, vhost, p) => ({ user: a.user, vhost, ...p });
    return {
        users: [
            user(n.u),
            user(n.s),
            user(n.ul, { 'max-connections': 1, 'max-channels': 2 }),
            user(n.imp, {}, ['impersonator']),
        ],
        vhosts: [n.v, n.v2, n.vl, n.vc].map((name) => ({ name })),
        permissions: [
            perm(n.u, n.v, U_PERMISSIONS),
            perm(n.s, n.v, FULL),
            perm(n.s, n.vl, FULL),
            perm(n.s, n.vc, FULL),
            perm(n.ul, n.vl, FULL),
            perm(n.imp, n.v, FULL),
        ],
        topic_permissions: [{ user: n.u.user, vhost: n.v, ...U_TOPIC }],
        parameters: [
            { vhost: n.vl, component: 'vhost-limits', name: 'limits', value: { 'max-queues': 2 } },
            { vhost: n.vc, component: 'vhost-limits', name: 'limits', value: { 'max-connections': 1 } },
        ],
    };
}
/** Exchanges and queues the restricted user works with, declared by the setup user. */
async function topology(port, n) {
    const conn = await openAs(port, n.s, n.v);
    try {
        const ch = await conn.createChannel();
        for (const x of ['wx-ex', 'rx-ex', 'other-ex', 'u-ex'])
            await ch.assertExchange(x, 'direct', { durable: false });
        await ch.assertExchange('u-topic', 'topic', { durable: false });
        await ch.assertExchange('wx-topic', 'topic', { durable: false });
        for (const q of ['other-q', 'rx-q', 'u-q'])
            await ch.assertQueue(q, { durable: false });
        ch.sendToQueue('rx-q', Buffer.from('for get'));
        ch.sendToQueue('other-q', Buffer.from('not yours'));
        await ch.close();
    }
    finally {
        await conn.close();
    }
}
/** Every AMQP operation RabbitMQ checks permissions on, allowed and refused. */
function operations(n) {
    const q = (name, opts = {}) => (ch) => ch.assertQueue(name, { durable: false, ...opts });
    const pub = (ex, key) => (ch) => ch.publish(ex, key, Buffer.from('m'));
    return [
        ['queue.declare allowed', q('u-q1')],
        ['queue.declare refused (configure)', q('other-q2')],
        ['queue.declare an existing queue, refused (configure)', q('other-q')],
        ['queue.declare passive needs nothing', (ch) => ch.checkQueue('other-q')],
        ['queue.declare passive of a missing queue: 404', (ch) => ch.checkQueue('zz-missing')],
        ['queue.declare server-named (amq.gen-*) refused', q('')],
        [
            'queue.declare with a dead-letter exchange not writable',
            q('u-dlx1', { deadLetterExchange: 'other-ex' }),
        ],
        ['queue.declare with a writable dead-letter exchange', q('u-dlx2', { deadLetterExchange: 'wx-ex' })],
        [
            'queue.declare with the default exchange as dead-letter target',
            q('u-dlx3', { deadLetterExchange: '' }),
        ],
        ['exchange.declare allowed', (ch) => ch.assertExchange('u-ex2', 'direct', { durable: false })],
        ['exchange.declare refused', (ch) => ch.assertExchange('other-ex2', 'direct', { durable: false })],
        ['exchange.declare passive needs nothing', (ch) => ch.checkExchange('other-ex')],
        [
            'exchange.declare with an alternate exchange not writable',
            (ch) => ch.assertExchange('u-ae1', 'direct', { durable: false, alternateExchange: 'other-ex' }),
        ],
        [
            'exchange.declare with a writable alternate exchange',
            (ch) => ch.assertExchange('u-ae2', 'direct', { durable: false, alternateExchange: 'wx-ex' }),
        ],
        ['exchange.declare of the default exchange', (ch) => ch.assertExchange('', 'direct')],
        ['exchange.delete refused', (ch) => ch.deleteExchange('other-ex')],
        ['exchange.delete of a missing exchange, refused', (ch) => ch.deleteExchange('zz-none')],
        ['exchange.delete of a system exchange', (ch) => ch.deleteExchange('amq.fanout')],
        ['exchange.delete allowed', (ch) => ch.deleteExchange('u-ex2')],
        ['queue.delete refused', (ch) => ch.deleteQueue('other-q')],
        ['queue.delete of a missing queue, refused', (ch) => ch.deleteQueue('zz-none')],
        ['queue.delete allowed', (ch) => ch.deleteQueue('u-q1')],
        ['queue.purge refused (read)', (ch) => ch.purgeQueue('other-q')],
        ['queue.purge allowed', (ch) => ch.purgeQueue('u-q')],
        ['queue.bind allowed', (ch) => ch.bindQueue('u-q', 'rx-ex', 'k')],
        ['queue.bind from a source not readable', (ch) => ch.bindQueue('u-q', 'other-ex', 'k')],
        ['queue.bind of a queue not writable', (ch) => ch.bindQueue('other-q', 'rx-ex', 'k')],
        ['queue.bind from the default exchange', (ch) => ch.bindQueue('u-q', '', 'k')],
        ['queue.bind from a missing exchange (allowed name): 404', (ch) => ch.bindQueue('u-q', 'u-none', 'k')],
        ['queue.unbind allowed', (ch) => ch.unbindQueue('u-q', 'rx-ex', 'k')],
        ['queue.unbind from a source not readable', (ch) => ch.unbindQueue('u-q', 'other-ex', 'k')],
        ['queue.unbind of a queue not writable', (ch) => ch.unbindQueue('other-q', 'rx-ex', 'k')],
        ['exchange.bind allowed', (ch) => ch.bindExchange('u-ex', 'rx-ex', 'k')],
        ['exchange.bind to a destination not writable', (ch) => ch.bindExchange('other-ex', 'rx-ex', 'k')],
        ['exchange.bind from a source not readable', (ch) => ch.bindExchange('wx-ex', 'other-ex', 'k')],
        ['exchange.unbind allowed', (ch) => ch.unbindExchange('u-ex', 'rx-ex', 'k')],
        ['exchange.unbind to a destination not writable', (ch) => ch.unbindExchange('other-ex', 'rx-ex', 'k')],
        ['basic.publish allowed', pub('wx-ex', 'k')],
        ['basic.publish to an exchange not writable', pub('other-ex', 'k')],
        ['basic.publish to the default exchange (amq.default)', pub('', 'u-q')],
        ['basic.publish to a missing exchange, writable name: 404', pub('u-nope', 'k')],
        ['basic.publish to a missing exchange, refused name: 403 first', pub('zz-nope', 'k')],
        ['basic.consume refused (read)', (ch) => ch.consume('other-q', () => { })],
        ['basic.consume allowed', (ch) => ch.consume('rx-q', () => { }, { noAck: false })],
        ['basic.consume of a missing queue, refused name: 403 first', (ch) => ch.consume('zz-none', () => { })],
        ['basic.consume of a missing queue, readable name: 404', (ch) => ch.consume('u-none', () => { })],
        ['basic.get refused (read)', (ch) => ch.get('other-q')],
        ['basic.get allowed', (ch) => ch.get('u-q')],
        ['topic: publish with a permitted key ({username} expanded)', pub('u-topic', `${n.u.user}.x`)],
        ['topic: publish with a refused key', pub('u-topic', 'someone-else.x')],
        ['topic: an exchange without topic permissions takes any key', pub('wx-topic', 'any.key')],
        [
            'topic: bind with a permitted key ({vhost} expanded)',
            (ch) => ch.bindQueue('u-q', 'u-topic', `bind.${n.v}`),
        ],
        ['topic: bind with a refused key', (ch) => ch.bindQueue('u-q', 'u-topic', 'bind.other')],
        ['topic: unbind with a refused key', (ch) => ch.unbindQueue('u-q', 'u-topic', 'bind.other')],
    ];
}
const normalize = (r) => r.replace(/amq\.gen-[\w-]+/g, 'amq.gen-*');
/** Runs the scenario against a broker set up with definitions(n); label -> result. */
export async function run(port, n) {
    await topology(port, n);
    const out = [];
    const conn = await openAs(port, n.u, n.v);
    try {
        for (const [label, op] of operations(n))
            out.push([label, normalize(await tryOp(conn, op))]);
    }
    finally {
        await conn.close().catch(() => { });
    }
    const userId = (id) => (ch) => ch.publish('wx-ex', 'k', Buffer.from('m'), { userId: id });
    const again = await openAs(port, n.u, n.v);
    const imp = await openAs(port, n.imp, n.v);
    try {
        out.push(['user_id: the authenticated user', await tryOp(again, userId(n.u.user))]);
        out.push(['user_id: someone else', await tryOp(again, userId('someone-else'))]);
        out.push(['user_id: someone else, by an impersonator', await tryOp(imp, userId('someone-else'))]);
    }
    finally {
        await again.close().catch(() => { });
        await imp.close().catch(() => { });
    }
    out.push(['connection.open of a vhost without permissions', await openResult(port, n.u, n.v2)]);
    out.push(['connection.open of a missing vhost', await openResult(port, n.u, `${n.v}-missing`)]);
    out.push(['connection.open with a wrong password', await openResult(port, { ...n.u, password: 'x' }, n.v)]);
    out.push([
        'connection.open of an unknown user',
        await openResult(port, { ...n.u, user: `${n.u.user}-x` }, n.v),
    ]);
    out.push(...(await limits(port, n)));
    return out;
}
async function limits(port, n) {
    const out = [];
    // max-queues 2 in vl
    const s = await openAs(port, n.s, n.vl);
    try {
        for (const name of ['l-1', 'l-2', 'l-3']) {
            out.push([
                `max-queues: declare ${name}`,
                await tryOp(s, (ch) => ch.assertQueue(name, { durable: false })),
            ]);
        }
        out.push([
            'max-queues: redeclaring an existing queue',
            await tryOp(s, (ch) => ch.assertQueue('l-1', { durable: false })),
        ]);
    }
    finally {
        await s.close().catch(() => { });
    }
    // max-connections 1 in vc
    const first = await openAs(port, n.s, n.vc);
    try {
        out.push(['vhost max-connections: a second connection', await openResult(port, n.s, n.vc)]);
    }
    finally {
        await first.close().catch(() => { });
    }
    // user ul: max-connections 1, max-channels 2
    const ul = await openAs(port, n.ul, n.vl);
    try {
        out.push(['user max-connections: a second connection', await openResult(port, n.ul, n.vl)]);
        await ul.createChannel();
        await ul.createChannel();
        // the refusal closes the whole connection (530)
        const closed = closedWith(ul);
        await ul.createChannel().catch(() => { });
        out.push(['user max-channels: a third channel', await closed]);
    }
    finally {
        await ul.close().catch(() => { });
    }
    return out;
}
//# sourceMappingURL=scenario.js.map