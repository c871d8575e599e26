// Request-reply (RPC) over AMQP: a responder serves a queue; the requester sends a
// request with a reply address and a correlation id and waits for the matching reply.
// The SDK uses direct reply-to (amq.rabbitmq.reply-to, which Wharf implements too), so
// there is no reply queue to declare, and any number of requests may be in flight.
//
//   node dist/examples/rpc.js [amqp://guest:guest@127.0.0.1:5672]
import { randomUUID } from 'node:crypto';
import { connect, PermanentError, RemoteError, RequestError } from 'wharfmq/client';
const url = process.argv[2] ?? process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
setTimeout(() => fail('timed out'), 20_000).unref();
const prices = { apple: 0.5, pear: 0.75 };
// The service (usually another process): its result, or its error, is the reply.
const service = await connect(url);
const queue = `examples.pricing.${randomUUID().slice(0, 8)}`;
await service.respond(queue, (msg) => {
    const price = prices[msg.payload.sku];
    if (price === undefined)
        throw new PermanentError(`unknown sku '${msg.payload.sku}'`);
    return { sku: msg.payload.sku, total: price * msg.payload.qty };
});
console.log(`pricing service answers on ${queue} (${service.url})`);
// The caller.
const client = await connect(url);
const quote = await client.request(queue, { sku: 'apple', qty: 4 }, { timeoutMs: 5000 });
console.log(`4 apples cost ${quote.total}`);
if (quote.total !== 2)
    fail(`expected 2, got ${quote.total}`);
// Several in flight at once: each reply finds its request by correlation id.
const quotes = await Promise.all([1, 2, 3].map((qty) => client.request(queue, { sku: 'pear', qty }, { timeoutMs: 5000 })));
console.log(`1, 2, 3 pears cost ${quotes.map((q) => q.total).join(', ')}`);
if (quotes.map((q) => q.total).join() !== '0.75,1.5,2.25')
    fail('wrong parallel replies');
// The responder's error comes back as a RemoteError.
const error = await client.request(queue, { sku: 'durian', qty: 1 }, { timeoutMs: 5000 }).catch((e) => e);
if (!(error instanceof RemoteError) || !error.permanent)
    fail(`expected a RemoteError, got ${error}`);
console.log(`durian: ${error.remoteName}: ${error.message}`);
// Nobody serving that queue: rejected at once (mandatory publish returned), no timeout wait.
const nobody = await client.request(`${queue}.nobody`, {}, { timeoutMs: 5000 }).catch((e) => e);
if (!(nobody instanceof RequestError) || nobody.reason !== 'unroutable')
    fail(`expected RequestError('unroutable'), got ${nobody}`);
console.log(`a queue nobody serves: ${nobody.reason}`);
await client.close();
await service.close();
console.log('OK: replies matched their requests, errors and unroutable requests were reported');
function fail(why) {
    console.error(`FAILED: ${why}`);
    process.exit(1);
}
//# sourceMappingURL=rpc.js.map