// The order service tested under node:test with an in-process Wharf: started once in before(),
// closed in after(), and `node --test` exits on its own (no --test-force-exit).
//   npm run build && node --test dist/examples/testing/node-test/
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startWharf } from 'wharfmq';
import { OrderService, queueDepthWhen } from '../order-service.js';
let wharf;
let service;
before(async () => {
    wharf = await startWharf({ storage: 'memory' });
    service = await OrderService.start(wharf.amqpUrl);
});
after(async () => {
    await service?.close();
    await wharf?.close();
});
test('a placed order is shipped', async () => {
    await service.place({ id: 'o-1', items: 2 });
    assert.deepEqual(await service.whenShipped('o-1'), { id: 'o-1', items: 2 });
});
test('an order without items goes to the dead-letter queue', async () => {
    await service.place({ id: 'o-empty', items: 0 });
    assert.equal(await queueDepthWhen(wharf.httpUrl, 'orders.dlq', (n) => n === 1), 1);
    assert.equal(service.shipped.has('o-empty'), false);
});
//# sourceMappingURL=orders.test.js.map