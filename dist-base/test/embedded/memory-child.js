// Run by memory-storage.test.ts with an empty working directory and an empty TMPDIR: uses a
// memory Wharf in every way that would write files on disk storage (durable queues with
// persistent messages, priorities, a stream, a delayed exchange, a dead-letter queue, users
// and policies), after a disk start that fails (its temporary data dir must go too). The
// parent then checks that neither directory holds anything.
import { createServer } from 'node:net';
import amqp from 'amqplib';
import { startWharf } from 'wharfmq';
// a port that is taken, so the first (disk) start fails after making its temp dir
const blocker = createServer();
await new Promise((r) => blocker.listen(0, '127.0.0.1', r));
const taken = blocker.address().port;
const failed = await startWharf({ amqpPort: taken }).then(() => 'started', (err) => err.message);
blocker.close();
const wharf = await startWharf({ storage: 'memory' });
const conn = await amqp.connect(wharf.amqpUrl);
const ch = await conn.createConfirmChannel();
await ch.assertQueue('dead', { durable: true });
await ch.assertQueue('work', {
    durable: true,
    arguments: { 'x-max-priority': 3, 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': 'dead' },
});
await ch.assertQueue('events', { durable: true, arguments: { 'x-queue-type': 'stream' } });
await ch.assertExchange('later', 'x-delayed-message', {
    durable: true,
    arguments: { 'x-delayed-type': 'direct' },
});
await ch.bindQueue('work', 'later', 'k');
for (let i = 0; i < 100; i++)
    ch.sendToQueue('work', Buffer.alloc(1000, i), { persistent: true, priority: i % 4 });
ch.sendToQueue('events', Buffer.from('e'), { persistent: true });
ch.publish('later', 'k', Buffer.from('delayed'), { persistent: true, headers: { 'x-delay': 20 } });
await ch.waitForConfirms();
const m = await ch.get('work');
if (m)
    ch.nack(m, false, false); // dead-lettered
const put = await fetch(`${wharf.httpUrl}/api/users/alice`, {
    method: 'PUT',
    headers: {
        authorization: `Basic ${Buffer.from('guest:guest').toString('base64')}`,
        'content-type': 'application/json',
    },
    body: JSON.stringify({ password: 'secret', tags: '' }),
});
const deadline = Date.now() + 5000;
let dead = 0;
while (dead === 0 && Date.now() < deadline) {
    dead = (await ch.checkQueue('dead')).messageCount;
    if (dead === 0)
        await new Promise((r) => setTimeout(r, 10));
}
await conn.close();
await wharf.close();
console.log(JSON.stringify({ failed, dataDir: wharf.dataDir ?? null, userPut: put.status, dead }));
//# sourceMappingURL=memory-child.js.map