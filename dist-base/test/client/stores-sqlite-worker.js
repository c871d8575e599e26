// Worker for the SQLite concurrency test: its own connection to the shared file; for
// each key, every worker claims it at the same instant (released together by a barrier
// on shared memory), so the claims really race inside SQLite's locking. Reports, per
// key, whether this worker's claim was the one that got 'claimed'. Imports only
// what it needs: worker start-up dominates this test's time.
import { parentPort, workerData } from 'node:worker_threads';
import Sqlite from 'better-sqlite3';
import { SqliteDedupStore } from '../../src/client/stores/sqlite.js';
const job = workerData;
const db = new Sqlite(job.path, { timeout: 10_000 });
const store = new SqliteDedupStore({ db, table: job.table, pruneIntervalMs: 0 });
const gate = new Int32Array(job.barrier);
const won = [];
for (let i = 0; i < job.keys.length; i++) {
    // Arrive, then wait until everyone has arrived.
    Atomics.add(gate, i, 1);
    Atomics.notify(gate, i);
    for (let seen = Atomics.load(gate, i); seen < job.workers; seen = Atomics.load(gate, i)) {
        Atomics.wait(gate, i, seen, 50);
    }
    won.push((await store.claim(job.keys[i], 60)) === 'claimed');
}
await store.close();
db.close();
parentPort.postMessage(won);
//# sourceMappingURL=stores-sqlite-worker.js.map