// The official RabbitMQ tutorials for Node.js (amqplib, promise API), 1-6 plus publisher
// confirms, written the way the tutorials write them but bounded: each sends N messages,
// consumes them, and the test checks what arrived. Names get a random suffix and every
// queue and exchange is deleted afterwards.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { connect as amqpConnect } from 'amqplib';
import { cleanup, closeQuietly, waitUntil, withTimeout } from '../helpers/amqp.js';
import { uniqueName } from '../helpers/brokers.js';
import { testEachBroker, useBrokers } from '../helpers/suite.js';
const brokers = useBrokers();
const opened = [];
/** amqplib's connect, remembering the connection so a failed tutorial cannot leak it. */
async function connect(url) {
    const c = await amqpConnect(url);
    c.on('error', () => { });
    opened.push(c);
    return c;
}
/**
 * Runs a tutorial with fresh names, bounded to 20 s; whatever happens, closes the
 * connections it left open and deletes its queues and exchanges.
 */
async function tutorial(url, names, fn) {
    try {
        return await withTimeout(fn(), 20_000, 'tutorial');
    }
    finally {
        for (const c of opened.splice(0))
            await closeQuietly(c);
        await cleanup(url, names);
    }
}
testEachBroker(brokers, 'tutorial 1: hello world', async (url) => {
    const queue = uniqueName('hello');
    const received = await tutorial(url, { queues: [queue] }, async () => {
        // receive.js
        const rconn = await connect(url);
        const rch = await rconn.createChannel();
        await rch.assertQueue(queue, { durable: false });
        const got = [];
        await rch.consume(queue, (message) => message && got.push(message.content.toString()), { noAck: true });
        // send.js
        const sconn = await connect(url);
        const sch = await sconn.createChannel();
        await sch.assertQueue(queue, { durable: false });
        sch.sendToQueue(queue, Buffer.from('Hello World!'));
        await sch.close();
        await sconn.close();
        await waitUntil(() => got.length === 1, 5000, 'Hello World!');
        await rch.close();
        await rconn.close();
        return got;
    });
    assert.deepEqual(received, ['Hello World!']);
});
testEachBroker(brokers, 'tutorial 2: work queues (durable, persistent, prefetch 1, manual ack)', async (url) => {
    const queue = uniqueName('task_queue');
    const tasks = Array.from({ length: 12 }, (_, i) => `task ${i}${'.'.repeat(i % 3)}`);
    const result = await tutorial(url, { queues: [queue] }, async () => {
        const done = { w1: [], w2: [] };
        const workers = [];
        // worker.js, twice
        for (const name of ['w1', 'w2']) {
            const connection = await connect(url);
            const channel = await connection.createChannel();
            await channel.assertQueue(queue, { durable: true });
            await channel.prefetch(1);
            await channel.consume(queue, (message) => {
                if (!message)
                    return;
                const text = message.content.toString();
                const seconds = text.split('.').length - 1;
                setTimeout(() => {
                    done[name].push(text);
                    channel.ack(message);
                }, seconds * 20); // the tutorial sleeps a second per dot
            }, { noAck: false });
            workers.push(connection);
        }
        // new_task.js, once per task
        for (const text of tasks) {
            const connection = await connect(url);
            const channel = await connection.createChannel();
            await channel.assertQueue(queue, { durable: true });
            channel.sendToQueue(queue, Buffer.from(text), { persistent: true });
            await channel.close();
            await connection.close();
        }
        await waitUntil(() => done.w1.length + done.w2.length === tasks.length, 10_000, 'all tasks done');
        for (const c of workers)
            await c.close();
        return done;
    });
    assert.deepEqual([...result.w1, ...result.w2].sort(), [...tasks].sort(), 'every task done exactly once');
    assert.ok(result.w1.length > 0 && result.w2.length > 0, `both workers got work: ${JSON.stringify(result)}`);
});
/** receive_logs*.js: an exclusive server-named queue bound with each key. */
async function logReceiver(url, exchange, type, keys) {
    const connection = await connect(url);
    const channel = await connection.createChannel();
    await channel.assertExchange(exchange, type, { durable: false });
    const { queue } = await channel.assertQueue('', { exclusive: true });
    for (const key of keys)
        await channel.bindQueue(queue, exchange, key);
    const got = [];
    await channel.consume(queue, (message) => message && got.push(`${message.fields.routingKey}:${message.content.toString()}`), { noAck: true });
    return { got, connection, queue };
}
/** emit_log*.js: one connection per message, as the tutorial's command line does. */
async function emit(url, exchange, type, key, text) {
    const connection = await connect(url);
    const channel = await connection.createChannel();
    await channel.assertExchange(exchange, type, { durable: false });
    channel.publish(exchange, key, Buffer.from(text));
    await channel.close();
    await connection.close();
}
testEachBroker(brokers, 'tutorial 3: publish/subscribe (fanout, exclusive server-named queues)', async (url) => {
    const exchange = uniqueName('logs');
    const result = await tutorial(url, { exchanges: [exchange] }, async () => {
        const receivers = [
            await logReceiver(url, exchange, 'fanout', ['']),
            await logReceiver(url, exchange, 'fanout', ['']),
        ];
        for (let i = 0; i < 5; i++)
            await emit(url, exchange, 'fanout', '', `info: Hello World! ${i}`);
        await waitUntil(() => receivers.every((r) => r.got.length === 5), 5000, 'logs at both receivers');
        for (const r of receivers)
            await r.connection.close();
        return receivers.map((r) => ({ got: r.got, serverNamed: r.queue.startsWith('amq.gen-') }));
    });
    const expected = Array.from({ length: 5 }, (_, i) => `:info: Hello World! ${i}`);
    assert.deepEqual(result, [
        { got: expected, serverNamed: true },
        { got: expected, serverNamed: true },
    ]);
});
testEachBroker(brokers, 'tutorial 4: routing (direct exchange, multiple bindings)', async (url) => {
    const exchange = uniqueName('direct_logs');
    const result = await tutorial(url, { exchanges: [exchange] }, async () => {
        const toDisk = await logReceiver(url, exchange, 'direct', ['warning', 'error']);
        const toScreen = await logReceiver(url, exchange, 'direct', ['info', 'warning', 'error']);
        for (const severity of ['info', 'warning', 'error', 'debug']) {
            await emit(url, exchange, 'direct', severity, `Run. Run. Or it will explode. (${severity})`);
        }
        await waitUntil(() => toDisk.got.length === 2 && toScreen.got.length === 3, 5000, 'routed logs');
        await toDisk.connection.close();
        await toScreen.connection.close();
        return {
            toDisk: toDisk.got.map((g) => g.split(':')[0]),
            toScreen: toScreen.got.map((g) => g.split(':')[0]),
        };
    });
    assert.deepEqual(result, { toDisk: ['warning', 'error'], toScreen: ['info', 'warning', 'error'] });
});
testEachBroker(brokers, 'tutorial 5: topics', async (url) => {
    const exchange = uniqueName('topic_logs');
    const result = await tutorial(url, { exchanges: [exchange] }, async () => {
        const receivers = {
            all: await logReceiver(url, exchange, 'topic', ['#']),
            kern: await logReceiver(url, exchange, 'topic', ['kern.*']),
            critical: await logReceiver(url, exchange, 'topic', ['*.critical']),
            both: await logReceiver(url, exchange, 'topic', ['kern.*', '*.critical']),
        };
        const keys = ['kern.critical', 'anonymous.info', 'kern.info', 'cron.critical', 'kern.disk.full'];
        for (const key of keys)
            await emit(url, exchange, 'topic', key, 'A critical kernel error');
        await waitUntil(() => receivers.all.got.length === keys.length, 5000, 'all logs at #');
        await new Promise((r) => setTimeout(r, 100));
        const out = {};
        for (const [name, r] of Object.entries(receivers)) {
            out[name] = r.got.map((g) => g.split(':')[0]);
            await r.connection.close();
        }
        return out;
    });
    assert.deepEqual(result, {
        all: ['kern.critical', 'anonymous.info', 'kern.info', 'cron.critical', 'kern.disk.full'],
        kern: ['kern.critical', 'kern.info'],
        critical: ['kern.critical', 'cron.critical'],
        both: ['kern.critical', 'kern.info', 'cron.critical'],
    });
});
function fib(n) {
    let a = 0;
    let b = 1;
    for (let i = 0; i < n; i++)
        [a, b] = [b, a + b];
    return a;
}
testEachBroker(brokers, 'tutorial 6: RPC (reply_to, correlation_id)', async (url) => {
    const queue = uniqueName('rpc_queue');
    const answers = await tutorial(url, { queues: [queue] }, async () => {
        // rpc_server.js
        const sconn = await connect(url);
        const sch = await sconn.createChannel();
        await sch.assertQueue(queue, { durable: false });
        await sch.prefetch(1);
        await sch.consume(queue, (message) => {
            if (!message)
                return;
            const n = Number.parseInt(message.content.toString(), 10);
            sch.sendToQueue(message.properties.replyTo, Buffer.from(fib(n).toString()), {
                correlationId: message.properties.correlationId,
            });
            sch.ack(message);
        });
        // rpc_client.js, with several calls in flight on one callback queue
        const cconn = await connect(url);
        const cch = await cconn.createChannel();
        const { queue: replyTo } = await cch.assertQueue('', { exclusive: true });
        const pending = new Map();
        await cch.consume(replyTo, (message) => {
            const resolve = message && pending.get(message.properties.correlationId);
            if (resolve)
                resolve(message.content.toString());
        }, { noAck: true });
        const call = (n) => new Promise((resolve) => {
            const correlationId = randomUUID();
            pending.set(correlationId, resolve);
            cch.sendToQueue(queue, Buffer.from(n.toString()), { correlationId, replyTo });
        });
        const results = await Promise.all([1, 10, 20, 30].map(call));
        await cconn.close();
        await sconn.close();
        return results;
    });
    assert.deepEqual(answers, ['1', '55', '6765', '832040']);
});
testEachBroker(brokers, 'tutorial 7: publisher confirms (individually, in batches, asynchronously)', async (url) => {
    const queue = uniqueName('confirms');
    const counts = await tutorial(url, { queues: [queue] }, async () => {
        const connection = await connect(url);
        const channel = await connection.createConfirmChannel();
        await channel.assertQueue(queue, { durable: true });
        // Strategy 1: publish and wait for its confirm, one message at a time.
        for (let i = 0; i < 20; i++) {
            channel.sendToQueue(queue, Buffer.from(`single ${i}`), { persistent: true });
            await channel.waitForConfirms();
        }
        // Strategy 2: publish a batch, then wait for the whole batch.
        for (let batch = 0; batch < 4; batch++) {
            for (let i = 0; i < 50; i++)
                channel.sendToQueue(queue, Buffer.from(`batch ${batch}.${i}`), { persistent: true });
            await channel.waitForConfirms();
        }
        // Strategy 3: track outstanding confirms with callbacks.
        const outstanding = new Set();
        let nacked = 0;
        await new Promise((resolve) => {
            for (let i = 0; i < 200; i++) {
                outstanding.add(i);
                channel.sendToQueue(queue, Buffer.from(`async ${i}`), { persistent: true }, (err) => {
                    if (err)
                        nacked++;
                    outstanding.delete(i);
                    if (outstanding.size === 0)
                        resolve();
                });
            }
        });
        const { messageCount } = await channel.checkQueue(queue);
        await connection.close();
        return { messageCount, nacked };
    });
    assert.deepEqual(counts, { messageCount: 420, nacked: 0 });
});
testEachBroker(brokers, 'direct reply-to example (amq.rabbitmq.reply-to)', async (url) => {
    const queue = uniqueName('rpc_queue');
    const reply = await tutorial(url, { queues: [queue] }, async () => {
        const connection = await connect(url);
        const server = await connection.createChannel();
        await server.assertQueue(queue, { durable: false });
        await server.consume(queue, (m) => m && server.sendToQueue(m.properties.replyTo, Buffer.from(' [.] pong')), { noAck: true });
        const channel = await connection.createChannel();
        let resolveReply = () => { };
        const got = new Promise((resolve) => {
            resolveReply = resolve;
        });
        await channel.consume('amq.rabbitmq.reply-to', (m) => m && resolveReply(m.content.toString()), {
            noAck: true,
        });
        channel.sendToQueue(queue, Buffer.from(' [X] ping'), { replyTo: 'amq.rabbitmq.reply-to' });
        const text = await got;
        await connection.close();
        return text;
    });
    assert.equal(reply, ' [.] pong');
});
//# sourceMappingURL=amqplib-tutorials.test.js.map