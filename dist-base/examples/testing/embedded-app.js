// A single-process app with Wharf as its embedded broker: the broker, its dashboard and the order
// service's worker all run in this one process, and the broker's data directory survives restarts
// (pass the same directory again: orders queued but not yet shipped are shipped then).
//
//   npm run build && node dist/examples/testing/embedded-app.js [data-dir]   (default ./embedded-data)
//
// It places a few orders, waits until each is shipped, prints the dashboard's address and stops with
// an "OK:" line (exit 1 if an order did not make it), like the other examples.
import { startWharf } from 'wharfmq';
import { OrderService } from './order-service.js';
const dataDir = process.argv[2] ?? 'embedded-data';
const wharf = await startWharf({ dataDir, logLevel: 'warn' });
console.log(`broker in this process: ${wharf.amqpUrl}, dashboard ${wharf.httpUrl}/ (guest/guest), data in ${dataDir}`);
const service = await OrderService.start(wharf.amqpUrl);
let failed = false;
try {
    const ids = ['a-1', 'a-2', 'a-3'];
    for (const [i, id] of ids.entries())
        await service.place({ id, items: i + 1 });
    for (const id of ids) {
        const order = await service.whenShipped(id, 10_000);
        console.log(`shipped ${order.id} (${order.items} items)`);
    }
}
catch (err) {
    failed = true;
    console.error(err.message);
}
finally {
    await service.close();
    await wharf.close(); // flushes the queue files; the process then ends by itself
}
if (failed)
    process.exitCode = 1;
else
    console.log('OK: 3 orders placed and shipped through the embedded broker');
//# sourceMappingURL=embedded-app.js.map