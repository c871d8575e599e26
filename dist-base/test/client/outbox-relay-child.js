// A relay in a process of its own, for the crash test: the parent SIGKILLs it in the
// middle of a batch. Publishes are throttled to about one per millisecond so a batch
// of a few hundred rows takes long enough for the kill to land inside it (the parent
// kills on a delivery count that falls mid-batch). Prints "ready" once running.
//
// argv: <pg|sqlite> <pg url | sqlite path> <table> <amqp url> <batch size>
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { OutboxRelay } from '../../src/client/outbox/relay.js';
import { PostgresOutbox } from '../../src/client/outbox/postgres.js';
import { SqliteOutbox } from '../../src/client/outbox/sqlite.js';
import { AmqpTestPublisher } from './outbox-amqp.js';
const [kind, where, table, amqpUrl, batch] = process.argv.slice(2);
/** Starts each publish about 1 ms after the previous one; confirms still overlap. */
class Throttled {
    inner;
    #turn = Promise.resolve();
    constructor(inner) {
        this.inner = inner;
    }
    publish(exchange, routingKey, payload, options) {
        const go = this.#turn.then(() => new Promise((r) => setTimeout(r, 1)));
        this.#turn = go;
        return go.then(() => this.inner.publish(exchange, routingKey, payload, options));
    }
}
let outbox;
if (kind === 'pg') {
    const pool = new pg.Pool({ connectionString: where, max: 3 });
    pool.on('error', () => { });
    outbox = new PostgresOutbox({ pool, table, leaseMs: 1500 });
}
else {
    const db = new Sqlite(where, { timeout: 10_000 });
    outbox = new SqliteOutbox({ db, table, leaseMs: 1500 });
}
const publisher = new Throttled(await AmqpTestPublisher.open(amqpUrl));
const relay = new OutboxRelay({
    outbox,
    publisher,
    batchSize: Number(batch),
    pollIntervalMs: 100,
    onError: (err) => process.stderr.write(`relay error: ${String(err)}\n`),
});
await relay.start();
process.stdout.write('ready\n');
//# sourceMappingURL=outbox-relay-child.js.map