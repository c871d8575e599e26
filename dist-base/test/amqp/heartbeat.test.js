// Heartbeats as negotiated in connection.tune-ok: the server sends them, and drops a
// client that stays silent for two periods (RabbitMQ closes the socket the same way).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startWharf } from '../helpers/brokers.js';
import { RawClient } from './raw-client.js';
let wharf;
before(async () => {
    wharf = await startWharf();
});
after(async () => {
    await wharf?.stop();
});
const HEARTBEAT_FRAME = Buffer.from([8, 0, 0, 0, 0, 0, 0, 0xce]);
test('a 1 s heartbeat: the server sends heartbeats, then drops the silent client', async () => {
    const c = await RawClient.connect(wharf.amqpPort);
    const t0 = Date.now();
    await c.handshake('/', 1);
    await c.until(() => Buffer.concat(c.raw).includes(HEARTBEAT_FRAME), 3000, 'a heartbeat frame');
    await c.until(() => c.closed, 6000, 'the server to drop the silent client');
    const elapsed = Date.now() - t0;
    assert.ok(elapsed >= 1500, `dropped after ${elapsed} ms, before two heartbeat periods`);
});
test('heartbeat 0 (disabled): an idle client stays connected', async () => {
    const c = await RawClient.connect(wharf.amqpPort);
    await c.handshake('/', 0);
    await new Promise((r) => setTimeout(r, 2500));
    assert.equal(c.closed, false);
    c.end();
});
//# sourceMappingURL=heartbeat.test.js.map