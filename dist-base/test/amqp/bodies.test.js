// Message bodies of every size survive the trip byte for byte: empty, one frame, many
// frames (1 MiB and 5 MiB span dozens of frames at the default frame_max), and the
// confirm for a persistent large body still waits for the disk.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import amqp from 'amqplib';
import { startWharf } from '../helpers/brokers.js';
let wharf;
before(async () => {
    wharf = await startWharf();
});
after(async () => {
    await wharf?.stop();
});
test('bodies of 0 B, 1 B, 131 064 B (exactly one frame), 1 MiB and 5 MiB round-trip exactly', async () => {
    const conn = await amqp.connect(wharf.url);
    try {
        const ch = await conn.createConfirmChannel();
        const q = (await ch.assertQueue('', { exclusive: true, durable: true })).queue;
        const sizes = [0, 1, 131_072 - 8, 1024 * 1024, 5 * 1024 * 1024];
        const bodies = sizes.map((n) => randomBytes(n));
        for (const b of bodies)
            ch.sendToQueue(q, b, { persistent: true });
        await ch.waitForConfirms();
        for (const b of bodies) {
            const m = await ch.get(q, { noAck: true });
            assert.ok(m, 'message present');
            assert.equal(m.content.length, b.length);
            assert.ok(m.content.equals(b), `body of ${b.length} bytes intact`);
        }
    }
    finally {
        await conn.close();
    }
});
//# sourceMappingURL=bodies.test.js.map