// A consumer in a process of its own, for the dedup crash test: it consumes the queue
// with a shared DedupStore (Redis or PostgreSQL) and a short lease, prints "started <id>"
// when its handler begins, and then never finishes that handler, so the parent can
// SIGKILL it in the middle of the work. Prints "ready" once consuming.
//
// argv: <amqp url> <queue> <redis|pg> <redis prefix | pg table> <lease seconds>
import { Redis } from 'ioredis';
import pg from 'pg';
import { connect } from '../../src/client/index.js';
import { PostgresDedupStore } from '../../src/client/stores/postgres.js';
import { RedisDedupStore } from '../../src/client/stores/redis.js';
import { PG_URL, REDIS_URL } from './stores-helpers.js';
const [amqpUrl, queue, kind, where, lease] = process.argv.slice(2);
let dedup;
if (kind === 'redis') {
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    redis.on('error', () => { });
    dedup = new RedisDedupStore({ redis, prefix: where });
}
else {
    const pool = new pg.Pool({ connectionString: PG_URL, max: 2 });
    pool.on('error', () => { });
    dedup = new PostgresDedupStore({ pool, table: where });
}
const client = await connect(amqpUrl);
client.on('error', (err) => process.stderr.write(`client error: ${err.message}\n`));
await client.consume(queue, async (msg) => {
    process.stdout.write(`started ${msg.id}\n`);
    await new Promise(() => undefined); // the slow part of the work: killed here
}, { dedup, dedupLeaseSeconds: Number(lease) });
process.stdout.write('ready\n');
//# sourceMappingURL=dedup-consumer-child.js.map