// A publish that closes its confirm channel (404: no such exchange) must not be
// confirmed afterwards: the client may already have reopened the same channel number,
// and a stray basic.ack there would shift that channel's confirm sequence by one.
// Run against Wharf and RabbitMQ: a new confirm channel's publishes all confirm, each once.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { connect } from 'amqplib';
import { brokersUnderTest, uniqueName } from '../helpers/brokers.js';
import { withTimeout } from '../helpers/amqp.js';
let brokers = [];
before(async () => {
    brokers = await brokersUnderTest();
});
after(async () => {
    for (const b of brokers)
        await b.stop();
});
describe('confirms after a channel error', () => {
    test('no confirm arrives for the failed publish, on the reused channel number or anywhere', async () => {
        for (const b of brokers) {
            const conn = await connect(b.url);
            conn.on('error', () => { });
            try {
                const q = uniqueName('after-close');
                const setup = await conn.createChannel();
                await setup.assertQueue(q, { exclusive: true });
                for (let round = 0; round < 5; round++) {
                    const ch = await conn.createConfirmChannel();
                    ch.on('error', () => { });
                    const closed = new Promise((resolve) => ch.once('close', resolve));
                    // a few good publishes, then one to a missing exchange in the same batch
                    for (let i = 0; i < 3; i++)
                        ch.sendToQueue(q, Buffer.from('ok'));
                    ch.publish(uniqueName('missing-exchange'), '', Buffer.from('x'));
                    await withTimeout(closed, 3000, `${b.name}: channel closed by 404`);
                    // let any late confirm for the closed channel arrive now
                    await new Promise((r) => setTimeout(r, 100));
                    const next = await conn.createConfirmChannel();
                    const acks = [];
                    for (let i = 0; i < 10; i++) {
                        next.sendToQueue(q, Buffer.from(`n${i}`), {}, (err) => {
                            assert.ifError(err);
                            acks.push(i);
                        });
                    }
                    await withTimeout(next.waitForConfirms(), 3000, `${b.name}: confirms on the next channel`);
                    assert.deepEqual(acks, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], `${b.name} round ${round}`);
                    await next.close();
                }
            }
            finally {
                await conn.close().catch(() => { });
            }
        }
    });
});
//# sourceMappingURL=confirm-after-close.test.js.map