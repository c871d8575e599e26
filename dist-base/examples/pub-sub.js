// Pub/sub: a fanout exchange copies every event to every subscriber. Each subscribe()
// gets its own exclusive, server-named queue (gone when the subscriber disconnects), so
// the email service and the audit service both see every signup.
//
//   node dist/examples/pub-sub.js [amqp://guest:guest@127.0.0.1:5672]
//
// For a subscriber whose instances should share the work and keep events while all are
// down, pass a durable queue name: events.subscribe(handler, { queue: 'audit.signups' }).
import { randomUUID } from 'node:crypto';
import { connect } from 'wharfmq/client';
const url = process.argv[2] ?? process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
setTimeout(() => fail('timed out'), 20_000).unref();
const client = await connect(url);
// autoDelete: the exchange goes away with its last subscriber's queue.
const signups = await client.pubsub(`examples.signups.${randomUUID().slice(0, 8)}`, { autoDelete: true });
console.log(`fanout exchange ${signups.exchange} on ${client.url}`);
const EVENTS = 3;
const seen = { email: [], audit: [] };
let expected = EVENTS * Object.keys(seen).length;
let allSeen;
const done = new Promise((resolve) => (allSeen = resolve));
for (const service of Object.keys(seen)) {
    await signups.subscribe((msg) => {
        console.log(`${service}: user ${msg.payload.userId} signed up (${msg.payload.email})`);
        seen[service].push(msg.payload.userId);
        if (--expected === 0)
            allSeen();
    });
}
for (let userId = 1; userId <= EVENTS; userId++)
    await signups.publish({ userId, email: `user${userId}@example.com` });
await done;
await client.close();
for (const [service, ids] of Object.entries(seen))
    if (ids.join() !== '1,2,3')
        fail(`${service} saw [${ids.join()}], expected [1,2,3]`);
console.log(`OK: both subscribers got all ${EVENTS} events`);
function fail(why) {
    console.error(`FAILED: ${why}`);
    process.exit(1);
}
//# sourceMappingURL=pub-sub.js.map