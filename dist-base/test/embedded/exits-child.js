// Run by exits.test.ts as its own process: starts Wharf, uses every part that holds a
// socket, timer or file (connections, consumers, confirms, a stream, a delayed exchange, a
// priority queue, the management API, /metrics), closes it, and then does NOT exit: the
// parent checks that the process ends by itself. It prints what is still active.
import { request } from 'node:http';
import amqp from 'amqplib';
import { startWharf } from 'wharfmq';
const storage = process.argv[2] === 'memory' ? 'memory' : 'disk';
function get(url, path) {
    // agent: false, so no keep-alive socket of the client's own is left open
    return new Promise((resolve, reject) => {
        const req = request(`${url}${path}`, { agent: false, auth: 'guest:guest' }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.end();
    });
}
async function settled() {
    // a closed handle, or a request whose callback just ran, is released on the loop's next turns
    for (let i = 0; i < 3; i++)
        await new Promise((r) => setImmediate(r));
    return process.getActiveResourcesInfo().sort();
}
const before = await settled();
const wharf = await startWharf({ storage });
const conn = await amqp.connect(wharf.amqpUrl);
const ch = await conn.createConfirmChannel();
await ch.assertQueue('work', { durable: true, arguments: { 'x-max-priority': 2 } });
await ch.assertQueue('events', { durable: true, arguments: { 'x-queue-type': 'stream' } });
await ch.assertExchange('later', 'x-delayed-message', {
    durable: true,
    arguments: { 'x-delayed-type': 'direct' },
});
await ch.bindQueue('work', 'later', 'k');
const delivered = new Promise((resolve) => {
    void ch.consume('work', (m) => {
        if (m)
            ch.ack(m);
        if (m && String(m.content) === 'delayed')
            resolve();
    });
});
ch.sendToQueue('work', Buffer.from('now'), { persistent: true });
ch.sendToQueue('events', Buffer.from('e'), { persistent: true });
ch.publish('later', 'k', Buffer.from('delayed'), { persistent: true, headers: { 'x-delay': 30 } });
await ch.waitForConfirms();
await delivered;
const statuses = [await get(wharf.httpUrl, '/api/overview'), await get(wharf.httpUrl, '/metrics')];
await get(wharf.httpUrl, '/'); // the dashboard
await conn.close();
await wharf.close();
const after = await settled();
console.log(JSON.stringify({ storage, statuses, before, after }));
//# sourceMappingURL=exits-child.js.map