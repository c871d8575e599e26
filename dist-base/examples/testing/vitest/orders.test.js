// The order service tested under Vitest with an in-process Wharf started in beforeAll.
//   npm run build && npx vitest run --dir examples/testing/vitest
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startWharf } from 'wharfmq';
import { OrderService, queueDepthWhen } from '../order-service.js';
let wharf;
let service;
beforeAll(async () => {
    wharf = await startWharf({ storage: 'memory' });
    service = await OrderService.start(wharf.amqpUrl);
});
afterAll(async () => {
    await service?.close();
    await wharf?.close();
});
test('a placed order is shipped', async () => {
    await service.place({ id: 'o-1', items: 2 });
    expect(await service.whenShipped('o-1')).toEqual({ id: 'o-1', items: 2 });
});
test('an order without items goes to the dead-letter queue', async () => {
    await service.place({ id: 'o-empty', items: 0 });
    expect(await queueDepthWhen(wharf.httpUrl, 'orders.dlq', (n) => n === 1)).toBe(1);
    expect(service.shipped.has('o-empty')).toBe(false);
});
//# sourceMappingURL=orders.test.js.map